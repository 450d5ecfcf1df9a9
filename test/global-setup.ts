/**
 * vitest globalSetup: generates the sample cases (samples/<case>/records and documents) once
 * before any test file runs, one process per case so two cores share the work. Each process
 * skips its case when the files still match what the current generator wrote
 * (scripts/make-samples.mjs --if-stale), so repeated runs cost well under a second. Then each
 * sample is checked once, which keeps its documents' texts in samples/<case>/preview/.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
  // the documents' texts (pdftotext, OCR of the scans: seconds a page) read once per sample into
  // samples/<case>/preview/document-texts.json, as a seller's first `check` keeps them: the tests
  // that check a sample or a copy of it take them from there (the store is keyed by the bytes)
  if (existsSync(cli)) await Promise.all(ids.map(readTexts));
}

const cli = path.join(root, 'dist', 'src', 'cli.js');

function readTexts(id: string): Promise<void> {
  return new Promise((resolve) => {
    // its findings do not matter here (the flawed sample has some): only the texts it keeps
    const child = spawn(process.execPath, [cli, 'check', path.join(root, 'samples', id)], {
      cwd: root,
      stdio: 'ignore',
    });
    child.on('error', () => resolve());
    child.on('close', () => resolve());
  });
}
