/**
 * Fault injection (issue 11): a read-only case folder, a full disk, kill -9 during a build and
 * two builds at once. Afterwards every earlier revision still verifies and nothing half-written
 * is left where a finished file is expected.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM script without types
import { writeBaseCase } from '../../scripts/hostile/base-case.mjs';
import { cli, runCli, snapshot } from './run.js';

function baseCaseDir(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-fault-')), 'case');
  writeBaseCase(dir);
  return dir;
}

function canMount(): boolean {
  const probe = mkdtempSync(path.join(tmpdir(), 'ep-mount-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
  if (r.status !== 0) return false;
  spawnSync('umount', [probe]);
  return true;
}

const revisions = (dir: string) =>
  readdirSync(path.join(dir, 'submissions')).filter((n) => /^rev-\d{3}$/.test(n));

function expectVerified(dir: string) {
  const v = runCli(['verify', dir]);
  expect(v.code, v.stdout + v.stderr).toBe(0);
}

const mountable = canMount();

describe('fault injection', () => {
  it.skipIf(!mountable)('read-only case folder: exit 2, a clear message, nothing changed', () => {
    const dir = baseCaseDir();
    expect(runCli(['build', dir]).code).toBe(0);
    const before = snapshot(dir);
    spawnSync('mount', ['--bind', dir, dir]);
    spawnSync('mount', ['-o', 'remount,ro,bind', dir]);
    try {
      const r = runCli(['build', dir, '--force']);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    } finally {
      spawnSync('umount', [dir]);
    }
    expect(snapshot(dir)).toEqual(before);
    expectVerified(dir);
  });

  it.skipIf(!mountable)('full disk: exit 2, earlier revision intact, no partial revision', () => {
    const mnt = mkdtempSync(path.join(tmpdir(), 'ep-full-'));
    const src = baseCaseDir();
    expect(runCli(['build', src]).code).toBe(0);
    const used = Object.keys(snapshot(src)).length;
    expect(used).toBeGreaterThan(0);
    // room for the case and its first revision, not for a second one
    const du = spawnSync('du', ['-sk', src], { encoding: 'utf8' });
    const kb = Number(du.stdout.split(/\s/)[0]) + 96;
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', mnt]).status).toBe(0);
    try {
      const dir = path.join(mnt, 'case');
      cpSync(src, dir, { recursive: true });
      const before = snapshot(path.join(dir, 'submissions'));
      const r = runCli(['build', dir, '--force']);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stdout + r.stderr).toContain('DISK_FULL');
      expect(revisions(dir)).toEqual(['rev-001']);
      const after = snapshot(path.join(dir, 'submissions'));
      for (const [f, h] of Object.entries(before))
        if (f.startsWith('rev-001')) expect(after[f]).toBe(h);
      expectVerified(dir);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });

  it('kill -9 at 8 random moments of a build: earlier revisions verify, no partial revision', async () => {
    const dir = baseCaseDir();
    const t0 = Date.now();
    expect(runCli(['build', dir]).code).toBe(0);
    // the moments are spread over the life of a build as long as this one took (start-up,
    // reading, rendering, writing and renaming the revision): one kill in each eighth of it, at
    // a pseudo-random point of that eighth (fixed seed, so a failure can be replayed)
    const life = Math.max(1000, Date.now() - t0);
    const first = snapshot(path.join(dir, 'submissions', 'rev-001'));
    let seed = 20261122;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const delays = Array.from({ length: 8 }, (_, i) => Math.round(((i + rnd()) * life) / 8));
    for (const ms of delays) {
      const child = spawn(process.execPath, [cli, 'build', dir, '--force'], { stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r));
      await Promise.race([exited, new Promise((r) => setTimeout(r, ms))]);
      child.kill('SIGKILL'); // a build that already finished is a finished revision: fine
      await exited;
      for (const rev of revisions(dir))
        expect(readdirSync(path.join(dir, 'submissions', rev))).toContain('manifest.json');
      expect(snapshot(path.join(dir, 'submissions', 'rev-001'))).toEqual(first);
    }
    // the next run cleans up stale temporary folders and succeeds
    const r = runCli(['build', dir, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'submissions')).filter((n) => n.startsWith('.tmp'))).toEqual(
      [],
    );
    expectVerified(dir);
  });

  it('two builds at once: both finish as separate revisions, or the second names the holder', async () => {
    const dir = baseCaseDir();
    mkdirSync(path.join(dir, 'submissions'), { recursive: true });
    const runOne = () =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const c = spawn(process.execPath, [cli, 'build', dir, '--force'], {
          env: { ...process.env, LANG: 'ja_JP.UTF-8', EVIDENCE_PACK_LOCK_WAIT_MS: '200' },
        });
        let err = '';
        c.stderr.on('data', (d) => (err += d));
        c.on('exit', (code) => resolve({ code, err }));
      });
    const [a, b] = await Promise.all([runOne(), runOne()]);
    const codes = [a.code, b.code].sort();
    if (codes[0] === 0 && codes[1] === 0) expect(revisions(dir)).toEqual(['rev-001', 'rev-002']);
    else {
      expect(codes).toEqual([0, 1]);
      const loser = a.code === 1 ? a : b;
      expect(loser.err).toMatch(/pid|プロセス/i);
      expect(revisions(dir)).toEqual(['rev-001']);
    }
    expectVerified(dir);
  });
});
