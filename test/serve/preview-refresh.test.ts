/**
 * The server's preview runs: pending from the moment one is scheduled until its child has ended,
 * so the state it sends tells the page to keep asking for the new pages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PreviewRefresher } from '../../src/serve/preview-refresh.js';

it('is pending while a preview is scheduled or running, and not after', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ep-refresh-'));
  // a stand-in for the CLI: takes 300 ms, as a preview takes its time
  const cli = path.join(dir, 'slow.mjs');
  writeFileSync(cli, 'setTimeout(() => {}, 300);\n');
  const r = new PreviewRefresher(dir, undefined, cli);
  expect(r.pending).toBe(false);
  r.schedule(50);
  expect(r.pending).toBe(true);
  await new Promise((ok) => setTimeout(ok, 150));
  expect(r.pending, 'running').toBe(true);
  const until = Date.now() + 10_000;
  while (r.runs === 0 && Date.now() < until) await new Promise((ok) => setTimeout(ok, 20));
  expect(r.runs).toBe(1);
  expect(r.pending).toBe(false);
  r.schedule(10_000);
  r.stop();
  expect(r.pending).toBe(false);
});
