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

  it('kill -9 at random moments of a build: earlier revisions verify, no partial revision', async () => {
    const dir = baseCaseDir();
    expect(runCli(['build', dir]).code).toBe(0);
    const first = snapshot(path.join(dir, 'submissions', 'rev-001'));
    // deterministic "random" delays spread over a build's life
    const delays = [150, 400, 700, 1000, 1400];
    for (const ms of delays) {
      const child = spawn(process.execPath, [cli, 'build', dir, '--force'], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, ms));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
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
