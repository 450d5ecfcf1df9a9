/** migrate never overwrites, and a case with its text in two places is refused. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/case/load.js';
import { EvidenceError } from '../../src/errors.js';
import { loadPlan } from '../../src/plan/load.js';
import { migrateCase } from '../../src/plan/migrate.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

const codes = async (p: Promise<unknown>) =>
  ((await p.catch((e: unknown) => e)) as EvidenceError).problems.map((x) => x.code);

describe('migrate', () => {
  it('moves the narrative into plan.md and keeps the old case.json beside it', async () => {
    const dir = makeCaseDir(validCase());
    const before = readFileSync(path.join(dir, 'case.json'));
    const r = await migrateCase(dir);
    expect(r.sections).toBe(23);
    expect(JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')).narrative).toBeUndefined();
    expect(readFileSync(path.join(dir, 'case.before-migrate.json'))).toEqual(before);
    const { plan, problems } = await loadPlan(await loadCase(dir));
    expect(problems).toEqual([]);
    expect(plan.kind).toBe('plan.md');
    expect(plan.sections.rootCause!.text).toBe('rootCause の本文です。');
    // nothing left to move
    expect(await codes(migrateCase(dir))).toEqual(['MIGRATE_NOTHING']);
  });

  it('never overwrites plan.md, and refuses text in two places', async () => {
    const dir = makeCaseDir(validCase(), { 'plan.md': '## この度の問題\n\n手で書いた本文。\n' });
    const before = readFileSync(path.join(dir, 'case.json'));
    expect(await codes(migrateCase(dir))).toEqual(['MIGRATE_EXISTS']);
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toContain('手で書いた本文。');
    expect(readFileSync(path.join(dir, 'case.json'))).toEqual(before);
    expect(await codes(loadCase(dir).then(loadPlan))).toEqual(['PLAN_SOURCES']);
  });
});
