import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EvidenceError } from '../../src/errors.js';
import { acquireLock } from '../../src/publish/lock.js';
import type { ManifestInput } from '../../src/publish/manifest.js';
import { listRevisions, publishRevision, removeStaleTemps } from '../../src/publish/revision.js';
import { openPublishSession } from '../../src/publish/session.js';
import { appendEvent, readLog } from '../../src/publish/correspondence.js';
import { verifyCase } from '../../src/publish/verify.js';
import { collect, requireBuilt, startPublisher, tempCase, waitFor } from './helpers.js';

function input(key: string): ManifestInput {
  return {
    options: { lang: 'ja', draft: false },
    language: 'ja',
    buildDate: '2026-10-01',
    case: { path: 'case.json', size: 2, sha256: 'c'.repeat(64) },
    inputs: [],
    pages: 3,
    documents: [
      { file: 'documents/a.pdf', kind: 'invoice', label: 'A-1', pages: { first: 2, last: 3 } },
    ],
    findings: { NO_INVOICE: 2 },
    inputsKey: key,
  };
}

const files = (s: string) => [
  { name: 'submission.pdf', bytes: Buffer.from(`%PDF-1.7 ${s}`) },
  { name: 'upload/A-1_a.pdf', bytes: async () => Buffer.from(`doc ${s}`) },
];

describe('write-once revisions', () => {
  it('publishes rev-001, rev-002 as a verifiable chain of read-only files', async () => {
    const dir = await tempCase();
    const r1 = await publishRevision(dir, files('one'), input('k1'));
    const r2 = await publishRevision(dir, files('two'), input('k2'));
    expect([r1.revision, r2.revision]).toEqual(['rev-001', 'rev-002']);
    expect(await listRevisions(dir)).toEqual(['rev-001', 'rev-002']);
    expect(r2.manifest.previous?.revision).toBe('rev-001');
    expect(r2.manifest.previous?.manifestSha256).toBe(r1.manifestSha256);
    expect(r2.manifest.outputs.map((o) => o.path)).toEqual(['submission.pdf', 'upload/A-1_a.pdf']);
    const mode = (await stat(path.join(r1.dir, 'upload/A-1_a.pdf'))).mode & 0o777;
    expect(mode).toBe(0o444);
    const text = await readFile(path.join(r2.dir, 'manifest.json'), 'utf8');
    expect(Object.keys(JSON.parse(text))).toEqual([...Object.keys(JSON.parse(text))].sort());
    expect(await verifyCase(dir)).toMatchObject({ problems: [] });
    // Nothing but the revisions is left in submissions/ (no temp folder, no lock).
    expect((await readdir(path.join(dir, 'submissions'))).sort()).toEqual(['rev-001', 'rev-002']);
  });

  it('catches one changed byte of an old revision, naming the file', async () => {
    const dir = await tempCase();
    await publishRevision(dir, files('one'), input('k1'));
    await publishRevision(dir, files('two'), input('k2'));
    const f = path.join(dir, 'submissions/rev-001/upload/A-1_a.pdf');
    await chmod(f, 0o644);
    const b = await readFile(f);
    b[2] = b[2]! ^ 1;
    await writeFile(f, b);
    const r = await verifyCase(dir);
    expect(r.problems.map((p) => [p.code, p.where.file])).toEqual([
      ['VERIFY_MISMATCH', 'submissions/rev-001/upload/A-1_a.pdf'],
    ]);
    // A changed manifest of an old revision breaks the chain at the next one.
    const m = path.join(dir, 'submissions/rev-001/manifest.json');
    await chmod(m, 0o644);
    await writeFile(m, (await readFile(m, 'utf8')).replace('"pages": 3', '"pages": 4'));
    const r2 = await verifyCase(dir, 'rev-002');
    expect(r2.problems.map((p) => [p.code, p.where.file])).toEqual([
      ['VERIFY_CHAIN', 'submissions/rev-001/manifest.json'],
    ]);
  });

  it('removes temporary folders of dead processes only', async () => {
    const dir = await tempCase();
    const sub = path.join(dir, 'submissions');
    await mkdir(path.join(sub, '.tmp-999999-abcdef'), { recursive: true });
    await mkdir(path.join(sub, `.tmp-${process.pid}-abcdef`), { recursive: true });
    expect(await removeStaleTemps(dir)).toEqual(['.tmp-999999-abcdef']);
    expect((await readdir(sub)).sort()).toEqual([`.tmp-${process.pid}-abcdef`]);
  });

  it('never takes a revision name that exists, even an empty folder', async () => {
    const dir = await tempCase();
    await mkdir(path.join(dir, 'submissions/rev-001'), { recursive: true });
    await writeFile(path.join(dir, 'submissions/rev-001/manifest.json'), '{}');
    const r = await publishRevision(dir, files('x'), input('k'));
    expect(r.revision).toBe('rev-002');
  });
});

describe('the case lock', () => {
  beforeAll(requireBuilt);

  it('a second process waits briefly, then fails naming the holder; a dead holder is taken over', async () => {
    const dir = await tempCase();
    const holder = startPublisher(dir, 'hold');
    const done = collect(holder);
    await waitFor(holder, 'locked');
    const err = await acquireLock(path.join(dir, 'submissions'), 'test', { waitMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(EvidenceError);
    const e = err as EvidenceError;
    expect(e.code).toBe('LOCKED');
    expect(e.exitCode).toBe(1);
    expect(e.problems[0]!.message.en).toContain(`pid ${holder.pid}`);
    expect(e.problems[0]!.message.en).toContain('test hold');
    holder.kill('SIGKILL');
    await done;
    // The holder is dead: its lock is stale and taken over at once.
    const lock = await acquireLock(path.join(dir, 'submissions'), 'test', { waitMs: 0 });
    await lock.release();
  });

  it('two concurrent publishers both finish, one after the other, as rev-001 and rev-002', async () => {
    const dir = await tempCase();
    const [a, b] = await Promise.all([
      collect(startPublisher(dir, 'once', '2')),
      collect(startPublisher(dir, 'once', '2')),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect([a.stdout.trim(), b.stdout.trim()].sort()).toEqual(['rev-001', 'rev-002']);
    expect((await verifyCase(dir)).problems).toEqual([]);
  });
});

describe('the publish session of a build', () => {
  it('refuses a revision identical to the last submitted one unless forced', async () => {
    const dir = await tempCase();
    let s = await openPublishSession(dir);
    const snapshot = {
      format: 'evidence-pack/inputs@1' as const,
      buildDate: '2026-10-01',
      language: 'ja' as const,
      inputsKey: 'k1',
      case: { narrative: {}, rejectionAnswers: [], actionsTaken: [] } as never,
      products: [],
      findings: [],
      documents: [],
    };
    await s.publish(files('one'), input('k1'), snapshot);
    await s.close();
    s = await openPublishSession(dir);
    // Nothing submitted yet: compared with the latest revision.
    expect(() => s.refuseIdentical('k1')).toThrow(/identical to the latest revision rev-001/);
    await s.publish(files('two'), input('k2'), { ...snapshot, inputsKey: 'k2' });
    await s.close();
    await appendEvent(dir, {
      type: 'submitted',
      revision: 'rev-001',
      date: '2026-10-02',
      message: '',
    });
    await appendEvent(dir, {
      type: 'rejected',
      revision: 'rev-001',
      date: '2026-10-09',
      message: '1. a\n2. b',
    });
    s = await openPublishSession(dir);
    try {
      expect(s.against?.revision).toBe('rev-001');
      let err: EvidenceError | undefined;
      try {
        s.refuseIdentical('k1');
      } catch (e) {
        err = e as EvidenceError;
      }
      expect(err?.code).toBe('IDENTICAL_RESUBMISSION');
      expect(err?.exitCode).toBe(1);
      expect(err?.problems[0]!.message.en).toContain('rev-001, rejected on 2026-10-09');
      expect(err?.problems[0]!.hint?.en).toContain('--force');
      expect(() => s.refuseIdentical('k1', true)).not.toThrow();
      expect(() => s.refuseIdentical('k2')).not.toThrow();
      const ch = s.changes({ ...snapshot, revision: 'rev-003', inputsKey: 'k3' });
      expect(ch?.response?.points.map((p) => p.text)).toEqual(['a', 'b']);
    } finally {
      await s.close();
    }
    const log = await readLog(dir);
    expect(log.problems).toEqual([]);
    expect(log.events.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('catches a changed manifest of the latest revision once Amazon saw it (log anchor)', async () => {
    const dir = await tempCase();
    await publishRevision(dir, files('one'), input('k1'));
    await appendEvent(dir, {
      type: 'submitted',
      revision: 'rev-001',
      date: '2026-10-02',
      message: '',
    });
    expect((await verifyCase(dir)).problems).toEqual([]);
    const m = path.join(dir, 'submissions/rev-001/manifest.json');
    await chmod(m, 0o644);
    await writeFile(m, (await readFile(m, 'utf8')).replace('"pages": 3', '"pages": 5'));
    const r = await verifyCase(dir);
    expect(r.problems.map((p) => [p.code, p.where.file])).toEqual([
      ['VERIFY_CHAIN', 'submissions/rev-001/manifest.json'],
    ]);
    expect(r.problems[0]!.message.en).toContain('line 1 of the correspondence log');
  });

  it('catches a changed line of the correspondence log', async () => {
    const dir = await tempCase();
    await publishRevision(dir, files('one'), input('k1'));
    await appendEvent(dir, {
      type: 'submitted',
      revision: 'rev-001',
      date: '2026-10-02',
      message: '',
    });
    await appendEvent(dir, {
      type: 'rejected',
      revision: 'rev-001',
      date: '2026-10-09',
      message: '数量が不足',
    });
    await appendEvent(dir, {
      type: 'submitted',
      revision: 'rev-001',
      date: '2026-10-10',
      message: '',
    });
    const f = path.join(dir, 'submissions/correspondence.jsonl');
    await writeFile(f, (await readFile(f, 'utf8')).replace('数量が不足', '数量は十分'));
    const r = await verifyCase(dir);
    expect(r.problems.map((p) => [p.code, p.where.file, p.where.line])).toEqual([
      ['LOG_CHAIN', 'submissions/correspondence.jsonl', 3],
    ]);
  });
});
