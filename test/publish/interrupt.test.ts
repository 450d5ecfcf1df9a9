/**
 * Interrupted publishing: a child process writing large revisions is killed with SIGKILL at
 * random moments, 20 times; a small tmpfs makes the disk full. Earlier revisions must verify
 * unchanged, no partial rev-NNN may remain, and the next run cleans up.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asEvidenceError } from '../../src/errors.js';
import type { ManifestInput } from '../../src/publish/manifest.js';
import { listRevisions, publishRevision } from '../../src/publish/revision.js';
import { verifyCase } from '../../src/publish/verify.js';
import { appendEvent, readLog } from '../../src/publish/correspondence.js';
import { collect, hashTree, requireBuilt, startPublisher, tempCase } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a build killed at random moments (SIGKILL, 20 times)', () => {
  beforeAll(requireBuilt);

  it('leaves earlier revisions verified and unchanged and no partial revision', async () => {
    const dir = await tempCase();
    // One finished revision first, so that every round has an earlier revision to protect.
    expect((await collect(startPublisher(dir, 'once', '1'))).code).toBe(0);
    const seed = Date.now();
    let rnd = seed % 2147483647;
    const random = () => (rnd = (rnd * 48271) % 2147483647) / 2147483647;
    let before: Record<string, string> = {};
    const outcomes: string[] = [];
    let midWrite = 0;
    for (let round = 0; round < 20; round++) {
      const child = startPublisher(dir, 'loop', '1');
      const done = collect(child);
      await sleep(30 + Math.floor(random() * 500));
      child.kill('SIGKILL');
      const r = await done;
      outcomes.push(`${r.signal ?? r.code}:${r.stdout.split('\n').filter(Boolean).length}`);
      const revs = await listRevisions(dir);
      const v = await verifyCase(dir);
      expect(v.problems, `seed ${seed} round ${round}`).toEqual([]);
      expect(v.revisions.every((x) => x.ok)).toBe(true);
      const after = await hashTree(path.join(dir, 'submissions'));
      for (const [f, h] of Object.entries(before))
        if (/^rev-/.test(f)) expect(after[f], `seed ${seed}: ${f} changed`).toBe(h);
      before = after;
      if (Object.keys(after).some((f) => f.startsWith('.tmp-'))) midWrite++;
      // Whatever exists is finished: every rev-NNN has its manifest listing every file.
      for (const rev of revs) expect(Object.keys(after)).toContain(`${rev}/manifest.json`);
    }
    // The next run removes the temp folders of the killed processes and takes their stale lock.
    const last = await collect(startPublisher(dir, 'once', '1'));
    expect(last.code, last.stderr).toBe(0);
    const left = (await readdir(path.join(dir, 'submissions'))).filter((n) => !/^rev-\d+$/.test(n));
    expect(left).toEqual([]);
    expect((await verifyCase(dir)).problems).toEqual([]);
    expect(outcomes.every((o) => o.startsWith('SIGKILL'))).toBe(true);
    console.log(
      `kill test (seed ${seed}): ${midWrite}/20 kills left a temp folder, ${(await listRevisions(dir)).length} revisions made`,
    );
  });
});

// A small tmpfs (needs root / CAP_SYS_ADMIN; skipped with a message otherwise).
let mountDir: string | undefined;
let mountError = '';
try {
  const d = mkdtempSync(path.join(os.tmpdir(), 'ep-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', d], { stdio: 'pipe' });
    mountDir = d;
  } catch (e) {
    mountError = String((e as Error).message).split('\n')[0]!;
    rmSync(d, { recursive: true, force: true });
  }
} catch (e) {
  mountError = String(e);
}

function input(key: string): ManifestInput {
  return {
    options: {},
    language: 'ja',
    buildDate: '2026-10-01',
    case: { path: 'case.json', size: 2, sha256: 'c'.repeat(64) },
    inputs: [],
    pages: 1,
    documents: [],
    findings: {},
    inputsKey: key,
  };
}

describe('a full disk', () => {
  afterAll(() => {
    if (mountDir) {
      execFileSync('umount', [mountDir]);
      rmSync(mountDir, { recursive: true, force: true });
    }
  });

  it.skipIf(!mountDir)(
    `fails with exit code 2 (DISK_FULL) and leaves earlier revisions intact${mountDir ? '' : ` [skipped: cannot mount a tmpfs: ${mountError}]`}`,
    async () => {
      const dir = path.join(mountDir!, 'case');
      await mkdir(dir);
      await writeFile(path.join(dir, 'case.json'), '{}');
      await publishRevision(
        dir,
        [{ name: 'submission.pdf', bytes: Buffer.alloc(300_000, 1) }],
        input('k1'),
      );
      const before = await hashTree(path.join(dir, 'submissions'));
      const err = await publishRevision(
        dir,
        [
          { name: 'submission.pdf', bytes: Buffer.alloc(1_000_000, 2) },
          { name: 'upload/big.pdf', bytes: Buffer.alloc(1_500_000, 3) },
        ],
        input('k2'),
      ).catch((e: unknown) => e);
      const ev = asEvidenceError(err);
      expect(ev.exitCode).toBe(2);
      expect(ev.code).toBe('DISK_FULL');
      expect(ev.problems[0]!.hint?.en).toContain('Earlier submissions were not changed');
      expect(await readdir(path.join(dir, 'submissions'))).toEqual(['rev-001']);
      expect(await hashTree(path.join(dir, 'submissions'))).toEqual(before);
      expect((await verifyCase(dir)).problems).toEqual([]);
      // The correspondence log: a line that does not fit is taken back, the log stays readable.
      await appendEvent(dir, {
        type: 'submitted',
        revision: 'rev-001',
        date: '2026-10-02',
        message: '',
      });
      const big = await appendEvent(dir, {
        type: 'rejected',
        revision: 'rev-001',
        date: '2026-10-09',
        message: '理由'.repeat(1_500_000),
      }).catch((e: unknown) => e);
      expect(asEvidenceError(big).code).toBe('DISK_FULL');
      const log = await readLog(dir);
      expect(log.problems).toEqual([]);
      expect(log.events.map((e) => e.type)).toEqual(['submitted']);
    },
  );
});
