/** Helpers of the publish tests: temp case folders and the child publisher (built code in dist/). */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/src/cli.js');
export const PUBLISHER = path.join(ROOT, 'test/publish/fixtures/publisher.mjs');

/** Fails clearly when the built code is missing (`npx tsc -p .` builds it; npm test does too). */
export function requireBuilt(): void {
  if (!existsSync(path.join(ROOT, 'dist/src/publish/revision.js')))
    throw new Error('dist/ is missing: run `npx tsc -p .` before these tests');
}

export async function tempCase(prefix = 'ep-publish-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export function startPublisher(
  caseDir: string,
  mode: string,
  mib = '1',
  env: NodeJS.ProcessEnv = {},
): ChildProcess {
  return spawn(process.execPath, [PUBLISHER, caseDir, mode, mib], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
}

export function collect(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += String(d)));
  child.stderr?.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** Resolves when the child has printed `text` on stdout. */
export function waitFor(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes(text)) resolve();
    });
    child.on('close', () => reject(new Error(`child ended before printing ${text}: ${out}`)));
  });
}

/** SHA-256 of every file under `dir` (relative path → hash). */
export async function hashTree(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, await hashTree(abs, rel));
    else
      out[rel] = createHash('sha256')
        .update(await readFile(abs))
        .digest('hex');
  }
  return out;
}
