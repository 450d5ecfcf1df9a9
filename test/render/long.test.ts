/**
 * Typography under stress: a long Japanese paragraph full of punctuation and a 1,000-row table,
 * read back with pdftotext: no line starts with a character that may not start one, no hyphen
 * is inserted, every row appears exactly once, and the header row starts every table page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import type { ReportModel } from '../../src/compose/model.js';
import { renderReport, syntheticTable, type RenderResult } from '../../src/render/index.js';
import { NO_LINE_END, NO_LINE_START } from '../../src/render/linebreak.js';
import { chunkRows, measureTable } from '../../src/render/table.js';
import { TABLE_PAGE_AVAIL } from '../../src/render/plan.js';
import { CONTENT_WIDTH } from '../../layouts/theme.js';
import { reportInput } from './fixtures/report-case.js';
import { pagesText, squash, tempPdf } from './pdf-tools.js';

const SENTENCES = [
  '当社は、お客様から「偽物ではないか」とのご指摘（ASIN：B0SAMPLE01）を受け、直ちに調査を開始しました。',
  '仕入先の株式会社みほん卸（正規代理店）に、請求書INV-2026-0042の原本・納品書・ロット番号の照会を依頼しました。',
  'その結果、1,234個のうち、返品された3個はいずれも正規品であることが確認できました……しかし、確認の手順は不十分でした。',
  'ッ、ャ、ュ、ョ、ー、ゃ、ゅ、ょ――このような文字が行頭に来ないことを確認します！？',
  '「検品記録」（写真・チェックリスト）は、SKU：SG-TEA-001ごとに保存し、週次で責任者が確認します。',
];
const PARAGRAPH = Array.from({ length: 14 }, (_, i) => SENTENCES[i % SENTENCES.length]).join('');
const ROWS = 1000;

describe('long Japanese paragraph and a 1,000-row table', () => {
  let r: RenderResult;
  let pages: string[];

  beforeAll(async () => {
    const base = compose(reportInput('ja'));
    const model: ReportModel = {
      ...base,
      evidenceIndex: undefined,
      sections: [
        {
          id: 'rootCause',
          number: '7',
          title: '問題の根本的な原因',
          blocks: [{ kind: 'paragraph', runs: [{ text: PARAGRAPH }] }],
        },
        {
          id: 'sourcing',
          number: '3',
          title: '仕入と納品',
          blocks: [{ kind: 'table', table: syntheticTable(ROWS) }],
        },
      ],
    };
    r = await renderReport(model);
    pages = pagesText(tempPdf(r.pdf));
  });

  it('breaks the paragraph only where Japanese allows, without hyphens', () => {
    const lines = pages
      .slice(r.sectionStarts.rootCause! - 1, r.sectionStarts.sourcing! - 1)
      .join('\n')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // the paragraph's lines, in order
    const start = lines.findIndex((l) => squash(PARAGRAPH).startsWith(squash(l)));
    expect(start).toBeGreaterThanOrEqual(0);
    let joined = '';
    const para: string[] = [];
    // (letter-spaced lines of justified text read back with spaces between the characters)
    const target = squash(PARAGRAPH).length;
    for (let i = start; squash(joined).length < target && i < lines.length; i++) {
      const l = lines[i]!;
      if (/^\d+ \/ \d+$|^サンプル商店|^rev-/.test(l) || /^\d+\/\d+$/.test(l)) continue; // page furniture
      para.push(l);
      joined += l;
    }
    expect(squash(joined)).toBe(squash(PARAGRAPH));
    expect(para.length).toBeGreaterThan(10);
    for (const [i, l] of para.entries()) {
      if (i > 0)
        expect(NO_LINE_START.has(Array.from(l)[0]!), `line starts badly: ${l}`).toBe(false);
      if (i < para.length - 1) {
        const last = Array.from(l).pop()!;
        expect(NO_LINE_END.has(last), `line ends badly: ${l}`).toBe(false);
        expect(last, `hyphen inserted: ${l}`).not.toBe('-');
      }
    }
  });

  it('prints every row exactly once, with the header on every page of the table', () => {
    const tablePages = pages.filter((p) => /INV-2026-\d{5}/.test(p));
    expect(tablePages.length).toBeGreaterThan(20);
    for (const [i, p] of tablePages.entries()) {
      const t = squash(p);
      expect(t, `table page ${i + 1}`).toContain('請求書番号発行日仕入先ASIN');
      for (const h of ['数量', '書類']) expect(t, `table page ${i + 1}`).toContain(h);
    }
    const all = tablePages.join('\n');
    const seen = all.match(/INV-2026-\d{5}/g)!;
    expect(seen).toHaveLength(ROWS);
    expect(new Set(seen).size).toBe(ROWS);
    expect(squash(tablePages[1]!)).toContain('（続き）');
    expect(squash(all)).toContain('合計');
  });

  it('cuts rows into page chunks: each row once, none over a page, totals at the end', () => {
    const t = measureTable(syntheticTable(ROWS), CONTENT_WIDTH);
    const chunks = chunkRows(t, TABLE_PAGE_AVAIL, 0);
    let next = 0;
    for (const c of chunks) {
      expect(c.from).toBe(next);
      expect(c.to).toBeGreaterThan(c.from);
      expect(c.height).toBeLessThanOrEqual(TABLE_PAGE_AVAIL);
      next = c.to;
    }
    expect(next).toBe(ROWS);
    expect(chunks.map((c) => c.totals)).toEqual(chunks.map((_, i) => i === chunks.length - 1));
  });

  it('cuts a cell longer than a page so that its row still fits on one', () => {
    const table = syntheticTable(3);
    table.rows[1]!.cells[5] = '非常に長い説明文です。'.repeat(400);
    const t = measureTable(table, CONTENT_WIDTH);
    expect(t.rows[1]!.height + t.header.height).toBeLessThanOrEqual(TABLE_PAGE_AVAIL);
    expect(t.rows[1]!.cells[5]!.at(-1)!.endsWith('…')).toBe(true);
  });
});

describe('a medium table in the flow', () => {
  it('breaks between rows, repeats the header row on every page, prints each row once', async () => {
    const base = compose(reportInput('ja'));
    const intro = { kind: 'paragraph' as const, runs: [{ text: SENTENCES.join('') }] };
    const model: ReportModel = {
      ...base,
      evidenceIndex: undefined,
      sections: [
        {
          id: 'sourcing',
          number: '3',
          title: '仕入と納品',
          blocks: [intro, intro, { kind: 'table', table: syntheticTable(120) }, intro],
        },
      ],
    };
    const r = await renderReport(model);
    const pages = pagesText(tempPdf(r.pdf));
    const tablePages = pages.filter((p) => /INV-2026-\d{5}/.test(p));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    // the table starts on the page of the section (no page of its own)
    expect(tablePages[0]).toContain('仕入と納品');
    for (const p of tablePages) expect(squash(p)).toContain('請求書番号発行日仕入先ASIN');
    const seen = tablePages.join('\n').match(/INV-2026-\d{5}/g)!;
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    // the text after the table follows it on the same page
    expect(squash(tablePages.at(-1)!)).toContain(squash(SENTENCES[0]!));
  });
});
