/**
 * The typesetting targets on a generated case built by the real build: a one-ASIN case whose
 * sections are one sentence each (the case that used to leave report pages nearly empty), some
 * long paragraphs full of ASINs, invoice numbers, units and dates, two invoices behind separator
 * pages and a 2,000-letter token. scripts/measure-typesetting.mjs reads the PDF: at most 3 % of
 * the running Japanese lines end short, no report page is left nearly empty, no font subset
 * tag is used twice; pdftotext finds every character of the long token.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { AUTHENTICITY_SECTIONS } from '../../src/case/sections.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
// @ts-expect-error plain ESM script without types
import { measure } from '../../scripts/measure-typesetting.mjs';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

const LONG = [
  '2026年10月20日、Amazon.co.jp から当店（出品者ID A1TEST0000000）に対し、B0TEST0001 の真正性に関する通知を受領しました。',
  '返品 6個を1個ずつ開封し、請求数量 ÷ 販売数量を ASIN ごとに計算しました。2026年4月1日以降の450mlの商品の返品率は3.2%でした。',
  'テスト卸株式会社の請求書 INV-2026-0042 と SKU SG-TEA-001 の納品数を照合し、差異がないことを2026年10月22日に確認しました。',
  '仕入先がメーカーの正規代理店であることを書面で確認する手順がなかったため、流通経路を証明できませんでした。',
].join('');
const TOKEN = `https://example.com/${'x'.repeat(2000)}`;

interface Measured {
  runningLines: number;
  shortShare: number;
  short: { page: number; text: string }[];
  nearEmptyPages: { page: number; fill: number }[];
  reusedTags: { name: string; objects: number }[];
}

describe('typesetting of a built case', () => {
  let pdf: string;
  let m: Measured;

  beforeAll(async () => {
    const c = validCase();
    const narrative: Record<string, string> = {};
    for (const id of AUTHENTICITY_SECTIONS) narrative[id] = `${id} について確認しました。`;
    // (in sections the one-page summary does not quote)
    narrative.issue = `${LONG}\n${LONG}`;
    narrative.sourcing = `${LONG}${LONG}`;
    narrative.returnInspection = `${LONG} 詳細は ${TOKEN} に記録しました。`;
    c.narrative = narrative;
    c.documents = [
      { file: 'documents/a.pdf', kind: 'invoice', invoiceNumber: 'INV-A', supplierId: 'S1' },
      { file: 'documents/b.pdf', kind: 'invoice', invoiceNumber: 'INV-B', supplierId: 'S1' },
    ];
    const dir = makeCaseDir(c, {
      'documents/a.pdf': await make.invoicePdf({ number: 'INV-A', pages: 1 }),
      'documents/b.pdf': await make.invoicePdf({ number: 'INV-B', pages: 2 }),
    });
    pdf = (await build(dir, { date: '2026-10-01' })).pdf;
    m = measure(pdf) as Measured;
  }, 120_000);

  it('ends at most 3 % of the running Japanese lines short of the right edge', () => {
    expect(m.runningLines).toBeGreaterThan(20);
    expect(m.shortShare, JSON.stringify(m.short)).toBeLessThanOrEqual(0.03);
  });

  it('leaves no report page nearly empty', () => {
    expect(m.nearEmptyPages).toEqual([]);
  });

  it('gives every font subset a tag of its own', () => {
    expect(m.reusedTags).toEqual([]);
    const names = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0]!)
      .filter((n) => /^[A-Z]{6}\+/.test(n));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });

  it('puts every character of a 2,000-letter token on the page', () => {
    // the text without the page furniture, so that a token running on to the next page reads on
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .split('\n')
      .filter(
        (l) => !/^\s*\d+ \/ \d+\s*$|^\s*テストストア\s*$|^\s*rev-\d{3}/.test(l.replace('\f', '')),
      )
      .join('')
      .replace(/\s+/g, '');
    expect(text).toContain(TOKEN);
  });
});
