/**
 * The review page's state on a copy of the Japanese sample: findings are check's, anchored to
 * the section and part they concern, and refreshed from the cache after an edit; numbers list
 * the record rows they came from; an unknown number is null, never 0; a Word plan is not
 * editable. (Documents are cut to one: the text check of every sample document takes seconds.)
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { addDays } from '../../src/dates.js';
import { formatLocation } from '../../src/errors.js';
import { buildReviewState, type ReviewCache } from '../../src/serve/state.js';
import type { ReviewState } from '../../src/serve/types.js';
import { appendToSection } from '../helpers/plan-file.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { makeDocx } from '../plan/docx-fixture.js';
import { sampleCopy } from './state-helpers.js';

const TODAY = '2026-11-20';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const blame = (s: ReviewState) => s.findings.filter((f) => f.code === 'PLAN_TONE_BLAME');

describe('review state of the ja sample', () => {
  const dir = sampleCopy('ja-authenticity', { documents: 1 });
  dirs.push(dir);
  const cache: ReviewCache = {};
  let first: ReviewState;

  it('holds the findings check reports, in the case language, with where as the CLI prints it', async () => {
    first = await buildReviewState(dir, { today: TODAY }, cache);
    const cli = await runCheck(dir, { today: TODAY });
    const key = (code: string, where: string) => `${code} ${where}`;
    expect(first.findings.map((f) => key(f.code, f.whereText)).sort()).toEqual(
      cli.problems.map((p) => key(p.code, formatLocation(p.where))).sort(),
    );
    expect(first.lang).toBe('ja');
    // the header names the store and the notice as case.json writes them
    const json = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as {
      seller: { storeName: string };
      notice: { type: string };
    };
    expect(first.caseName).toBe(`${json.seller.storeName} — ${json.notice.type}`);
    expect(first.sections.map((s) => s.title.slice(0, 5))).toContain('7. 問題');
    const inv = first.documents[0]!;
    expect(inv).toMatchObject({ label: 'A-1', status: 'attached', text: 'checked' });
    // the document's text is kept beside the preview: the next server reads it from there
    const next: ReviewCache = {};
    const again = await buildReviewState(dir, { today: TODAY }, next);
    expect(next.check!.reused).toContain('texts');
    expect(again.stamp).toBe(first.stamp);
  });

  it('anchors a planted sentence to its section and part, and drops it once fixed', async () => {
    const sentence = 'お客様の誤解が原因と考えております。';
    appendToSection(dir, 'rootCause', sentence);
    const planted = await buildReviewState(dir, { today: TODAY }, cache);
    // only the plan changed: records, reconciliation and documents come from the cache
    expect(cache.check!.reused).toEqual(
      expect.arrayContaining(['records', 'reconciliation', 'documents']),
    );
    const found = blame(planted).filter(
      (f) => !blame(first).some((b) => b.whereText === f.whereText),
    );
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.message).toContain(sentence);
    expect(f.anchor.kind).toBe('section');
    if (f.anchor.kind !== 'section') return;
    expect(f.anchor.section).toBe('rootCause');
    const section = planted.sections.find((s) => s.id === 'rootCause')!;
    const part = section.parts[f.anchor.part!]!;
    expect(part.text).toBe(sentence);
    expect(part.line).toBe(f.where.line);
    expect(section.source).toContain(sentence);
    expect(section.source).not.toMatch(/^##/);
    expect(planted.stamp).not.toBe(first.stamp);

    const file = path.join(dir, 'plan.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(sentence, '当社の検品手順に不備がありました。'),
    );
    const fixed = await buildReviewState(dir, { today: TODAY }, cache);
    expect(blame(fixed).map((b) => b.whereText)).toEqual(blame(first).map((b) => b.whereText));
    expect(fixed.sections.find((s) => s.id === 'rootCause')!.version).not.toBe(section.version);
  });

  it("lists as sold's sources only real order lines of the ASIN, as many as were counted", () => {
    const asin = 'B0FQ7K2M4X';
    const sold = first.products
      .find((p) => p.asin === asin)!
      .numbers.find((n) => n.key === 'sold')!;
    expect(sold.value).toBeGreaterThan(0);
    expect(sold.sources).toHaveLength(1);
    const src = sold.sources[0]!;
    const bytes = readFileSync(path.join(dir, src.file));
    const lines = new TextDecoder('shift_jis').decode(bytes).split(/\r?\n/);
    const header = lines[0]!.split('\t');
    const col = (name: string) => header.indexOf(name);
    let listed = 0;
    for (const [a, b] of src.rows)
      for (let r = a; r <= b; r++) {
        const cells = lines[r - 1]!.split('\t');
        expect(cells[col('asin')]).toBe(asin);
        expect(cells[col('order-status')]).not.toBe('Cancelled');
        listed++;
      }
    // the count is every line counted: the ASIN's orders in the year before the notice
    const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    const to = c.notice.receivedOn as string;
    const from = addDays(to, -365);
    const counted = lines.slice(1).filter((l) => {
      const cells = l.split('\t');
      const day = (cells[col('purchase-date')] ?? '').slice(0, 10);
      return (
        cells[col('asin')] === asin &&
        cells[col('order-status')] !== 'Cancelled' &&
        day >= from &&
        day <= to
      );
    });
    expect(src.count).toBe(counted.length);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(src.count);
    expect(src.truncated ?? false).toBe(listed < src.count);
    expect(sold.text).toBe(`${sold.value} 個`);
  });

  it('gives received as null (never 0) with no receipts report', async () => {
    for (const f of ['在庫台帳_詳細.txt', '在庫台帳_概要.txt'])
      rmSync(path.join(dir, 'records', f));
    const s = await buildReviewState(dir, { today: TODAY }, cache);
    for (const p of s.products) {
      const received = p.numbers.find((n) => n.key === 'received')!;
      expect(received.value).toBeNull();
      expect(received.text).toContain('不明');
      expect(received.sources).toEqual([]);
    }
  });
});

describe('a Word plan', () => {
  it('is shown but not editable, saying why in the case language', async () => {
    const c = validCase();
    delete c.narrative;
    const docx = makeDocx([
      { style: 'Heading2', runs: ['この度の問題'] },
      { runs: ['真贋調査の通知を受けました。'] },
      { style: 'Heading2', runs: ['問題の根本的な原因'] },
      { runs: ['検品の手順がありませんでした。'] },
    ]);
    const dir = makeCaseDir(c, { 'plan.docx': docx });
    dirs.push(dir);
    const s = await buildReviewState(dir, { today: TODAY }, {});
    expect(s.planFile).toBe('plan.docx');
    const issue = s.sections.find((x) => x.id === 'issue')!;
    expect(issue.source).toContain('真贋調査の通知');
    for (const x of s.sections) {
      expect(x.editable).toBe(false);
      expect(x.notEditableReason).toContain('Word');
    }
    expect(s.caseName).toBe(`${c.seller.storeName} — ${c.notice.type}`);
    // an empty section's finding sits beside that section
    const missing = s.findings.find((f) => f.code === 'NARRATIVE_MISSING')!;
    expect(missing.anchor).toMatchObject({ kind: 'section' });
  });

  it("is named after its folder when case.json can't be read", async () => {
    const dir = makeCaseDir(validCase());
    dirs.push(dir);
    writeFileSync(path.join(dir, 'case.json'), '{ not json');
    const s = await buildReviewState(dir, { today: TODAY }, {});
    expect(s.caseName).toBe(path.basename(dir));
    expect(s.findings.length).toBeGreaterThan(0);
  });
});
