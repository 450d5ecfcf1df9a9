/**
 * The served state: a page load gets the state already built while no file of the case changed,
 * and a new one as soon as one did (a record, the plan, a document).
 */
import { rmSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { StateHolder } from '../../src/serve/state-holder.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

it('serves the state it has until a file of the case changes', async () => {
  const dir = makeCaseDir(validCase());
  dirs.push(dir);
  const holder = new StateHolder(dir, undefined, () => '2026-10-01');
  const first = await holder.fresh();
  expect(await holder.recent()).toBe(first);
  expect(await holder.recent()).toBe(first);

  // case.json saved again outside the page: the next load reads the case again
  const later = new Date(Date.now() + 5000);
  utimesSync(path.join(dir, 'case.json'), later, later);
  const second = await holder.recent();
  expect(second).not.toBe(first);
  expect(await holder.recent()).toBe(second);
});
