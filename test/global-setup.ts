/**
 * vitest globalSetup: generates the sample cases (samples/<case>/records and documents) once
 * before any test file runs. Skips the work when the files still match what the current
 * generator wrote (scripts/make-samples.mjs --if-stale), so repeated runs cost well under a
 * second.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default function setup(): void {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'make-samples.mjs'), '--if-stale'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0)
    throw new Error(`scripts/make-samples.mjs failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
}
