/**
 * The revision history in the review state: a real build of a small case, Amazon's rejection
 * recorded as `reject` records it, and the case's answers shown beside the points they answer.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { appendEvent } from '../../src/publish/correspondence.js';
import { buildReviewState } from '../../src/serve/state.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

it('shows each rejection with its points and the answer to each', async () => {
  const dir = makeCaseDir(validCase());
  dirs.push(dir);
  const built = await build(dir, { date: '2026-10-01', force: true });
  await appendEvent(dir, {
    type: 'submitted',
    revision: built.revision,
    date: '2026-10-02',
    message: '',
  });
  await appendEvent(dir, {
    type: 'rejected',
    revision: built.revision,
    date: '2026-10-09',
    message: [
      '以下の理由により承認できませんでした。',
      '',
      '1. 請求書の数量が販売数量を下回っています。',
      '2. 根本原因が具体的ではありません。',
    ].join('\n'),
  });
  const file = path.join(dir, 'case.json');
  const c = JSON.parse(readFileSync(file, 'utf8'));
  c.rejectionAnswers = [{ point: '1', answer: '追加の請求書を添付しました。' }];
  writeFileSync(file, JSON.stringify(c, null, 2));

  const s = await buildReviewState(dir, { today: '2026-10-10' }, {});
  expect(s.revisions).toHaveLength(1);
  const rev = s.revisions[0]!;
  expect(rev).toMatchObject({ revision: built.revision, status: '却下', statusDate: '2026-10-09' });
  expect(rev.pages).toBe(built.pages);
  expect(rev.rejections).toEqual([
    {
      date: '2026-10-09',
      points: [
        {
          text: '請求書の数量が販売数量を下回っています。',
          answer: '追加の請求書を添付しました。',
        },
        { text: '根本原因が具体的ではありません。' },
      ],
    },
  ]);
  // the unanswered point is also check's finding, beside the case
  const open = s.findings.filter((f) => f.code === 'REJECTION_UNANSWERED');
  expect(open).toHaveLength(1);
  expect(open[0]!.anchor).toEqual({ kind: 'case' });
});
