/** Helpers of the hostile suite: run the built CLI, snapshot folders, read outputs. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const cli = path.resolve('dist/src/cli.js');

export function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'ja_JP.UTF-8', ...env },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Every file below `dir` with its SHA-256 (links are listed, not followed). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile())
        out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
      else out[path.relative(dir, p)] = 'link';
    }
  };
  walk(dir);
  return out;
}

/** All files written below `dir` (e.g. a submissions folder). */
export function filesBelow(dir: string): string[] {
  return Object.keys(snapshot(dir)).map((f) => path.join(dir, f));
}

export function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}
