/**
 * Revisions that mean something: a language-only rebuild says so, diff lists record files and
 * answers that changed, verify checks what the newest manifest claims (pages), not only hashes.
 */
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadCase } from '../../src/case/load.js';
import { loadPlan } from '../../src/plan/load.js';
import { finishPublish, planPublish } from '../../src/publish/build-step.js';
import { answerChanges, recordChanges } from '../../src/publish/history.js';
import { openPublishSession } from '../../src/publish/session.js';
import { verifyCase } from '../../src/publish/verify.js';
import { CLI, ROOT, requireBuilt, tempCase } from './helpers.js';

const SAMPLE = path.join(ROOT, 'samples/ja-authenticity');

async function pdfOf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

async function publish(
  dir: string,
  opts: { lang?: 'ja' | 'en'; pages?: number; claim?: number; date?: string } = {},
) {
  const session = await openPublishSession(dir);
  try {
    const loaded = await loadCase(dir);
    const written = await loadPlan(loaded);
    const plan = await planPublish(session, {
      loaded,
      plan: written.plan,
      recordFiles: [],
      lang: opts.lang ?? 'ja',
      draft: true,
      force: false,
      buildDate: opts.date ?? '2026-10-01',
    });
    const rev = await finishPublish(plan, {
      pdf: await pdfOf(opts.pages ?? 2),
      pages: opts.claim ?? opts.pages ?? 2,
    });
    return { plan, rev };
  } finally {
    await session.close();
  }
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('diff: record files and answers', () => {
  it('lists record files added, removed and changed', () => {
    const f = (p: string, sha: string, role = 'record') => ({ path: p, sha256: sha, role });
    expect(
      recordChanges(
        [f('records/a.txt', '1'), f('records/b.txt', '2'), f('documents/x.pdf', '9', 'document')],
        [f('records/b.txt', '3'), f('records/c.txt', '4')],
      ),
    ).toEqual({ added: ['records/c.txt'], removed: ['records/a.txt'], changed: ['records/b.txt'] });
  });
  it('lists answers added, removed and reworded, not the same ones', () => {
    expect(
      answerChanges(
        [
          { point: '1', answer: 'A' },
          { point: '2', answer: 'B' },
        ],
        [
          { point: '1', answer: 'A' },
          { point: '2', answer: 'B2' },
          { point: '3', answer: 'C' },
        ],
      ),
    ).toEqual([
      { point: '2', before: 'B', after: 'B2' },
      { point: '3', before: null, after: 'C' },
    ]);
  });
});

describe.skipIf(!existsSync(path.join(SAMPLE, 'case.json')))('revisions on the sample', () => {
  beforeAll(requireBuilt);

  it('a language-only rebuild says it is the previous revision in English, not "nothing changed"; diff shows changed answers', async () => {
    const dir = await tempCase('ep-honest-');
    await cp(SAMPLE, dir, {
      recursive: true,
      filter: (src) => !path.relative(SAMPLE, src).startsWith('submissions'),
    });
    await publish(dir);
    expect(run(['submitted', dir, '--date', '2026-10-02']).code).toBe(0);
    const en = await publish(dir, { lang: 'en' });
    expect(en.plan.changes?.nothingChanged).toBe(false);
    expect(en.plan.changes?.language).toEqual({ before: 'ja', after: 'en' });
    const blocks = JSON.stringify(en.plan.composeChanges);
    expect(blocks).not.toContain('変更はありません');
    expect(run(['diff', dir, '--lang', 'en']).stdout).toContain('written in English');

    const file = path.join(dir, 'case.json');
    const c = JSON.parse(await readFile(file, 'utf8'));
    c.rejectionAnswers = [{ point: '1', answer: '照合表を第3章に追加しました。' }];
    await writeFile(file, JSON.stringify(c, null, 2));
    await publish(dir, { lang: 'en' });
    const d = run(['diff', dir, '--json']);
    expect(JSON.parse(d.stdout).answers).toEqual([
      { point: '1', before: null, after: '照合表を第3章に追加しました。' },
    ]);
    expect(run(['diff', dir, '--lang', 'en']).stdout).toContain('+ 照合表を第3章に追加しました。');
  });

  it('verify: a manifest that claims more pages than the PDF has is a problem', async () => {
    const dir = await tempCase('ep-claim-');
    await cp(SAMPLE, dir, {
      recursive: true,
      filter: (src) => !path.relative(SAMPLE, src).startsWith('submissions'),
    });
    await publish(dir, { pages: 2, claim: 2 });
    expect((await verifyCase(dir)).problems).toEqual([]);
    const file = path.join(dir, 'case.json');
    const c = JSON.parse(await readFile(file, 'utf8'));
    c.rejectionAnswers = [{ point: '1', answer: 'x' }];
    await writeFile(file, JSON.stringify(c, null, 2));
    await publish(dir, { pages: 2, claim: 3 });
    const ps = (await verifyCase(dir)).problems;
    expect(ps.map((p) => [p.code, p.expected, p.found, p.where.file])).toEqual([
      ['VERIFY_CLAIM', '3', '2', 'submissions/rev-002/submission.pdf'],
    ]);
  });
});
