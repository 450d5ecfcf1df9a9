/**
 * vitest globalSetup: generates the sample cases (samples/<case>/records and documents) once
 * before any test file runs, one process per case so two cores share the work. Each process
 * skips its case when the files still match what the current generator wrote
 * (scripts/make-samples.mjs --if-stale), so repeated runs cost well under a second.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'scripts', 'make-samples.mjs');

function generate(id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--if-stale', '--only', id], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`scripts/make-samples.mjs --only ${id} failed (exit ${code}):\n${output}`),
          ),
    );
  });
}

export default async function setup(): Promise<void> {
  const ids = execFileSync(process.execPath, [script, '--list'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  await Promise.all(ids.map(generate));
}
