/** Invoice lines held as they stream in: alike lines are one entry with units, lines and rows. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { INVOICE_HEADERS, writeBaseCase } from '../../scripts/hostile/base-case.mjs';
import { writeBigInvoiceXlsx } from '../../scripts/hostile/big-xlsx.mjs';
import { writeBigCase } from '../../scripts/hostile/big-case.mjs';
import { MAX_LISTED_FINDINGS } from '../../src/reconcile/finding.js';
import { MAX_TRACE_INVOICES } from '../../src/reconcile/trace.js';
import { InvoiceLines, TextIndex } from '../../src/records/invoice-lines.js';
import { loadCase, type LoadedCase } from '../../src/case/load.js';
import { reconcile } from '../../src/reconcile/index.js';
import { readRecords } from '../../src/records/index.js';
import { MAX_ORDER_RANGES, lineCount, type InvoiceLine } from '../../src/records/types.js';
import { productSources } from '../../src/serve/provenance.js';
import { makeCase, tsv } from './helpers.js';

const HEADERS = ['請求書番号', '発行日', '仕入先', 'ASIN', '数量', '種別'];
const line = (invoice: string, asin: string, qty: number, status = '') => [
  invoice,
  '2026-03-01',
  'テスト卸株式会社',
  asin,
  String(qty),
  status,
];

test('lines alike but for quantity and row are one entry; any other field keeps them apart', async () => {
  const c = await makeCase({
    'records/lines.txt': tsv([
      HEADERS,
      line('INV-1', 'B0EXAMPLE1', 2), // row 2
      line('INV-1', 'B0EXAMPLE1', 3), // row 3: same entry, consecutive
      line('INV-1', 'B0EXAMPLE2', 1), // row 4: another ASIN
      line('INV-2', 'B0EXAMPLE1', 4), // row 5: another invoice
      line('INV-1', 'B0EXAMPLE1', 5), // row 6: back to the first entry
      line('INV-1', 'B0EXAMPLE1', 1, 'quote'), // row 7: another status
    ]),
    'records/more.txt': tsv([HEADERS, line('INV-1', 'B0EXAMPLE1', 7)]), // another file
  });
  const { records, problems } = await readRecords(c);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(
    [...records.invoiceLines].map((l) => [
      l.src.file,
      l.invoiceNumber,
      l.asin,
      l.status,
      l.quantity,
      l.src.row,
      l.lines,
      l.rows,
    ]),
  ).toEqual([
    [
      'records/lines.txt',
      'INV-1',
      'B0EXAMPLE1',
      'final',
      10,
      2,
      3,
      [
        [2, 3],
        [6, 6],
      ],
    ],
    ['records/lines.txt', 'INV-1', 'B0EXAMPLE2', 'final', 1, 4, undefined, undefined],
    ['records/lines.txt', 'INV-2', 'B0EXAMPLE1', 'final', 4, 5, undefined, undefined],
    ['records/lines.txt', 'INV-1', 'B0EXAMPLE1', 'quote', 1, 7, undefined, undefined],
    ['records/more.txt', 'INV-1', 'B0EXAMPLE1', 'final', 7, 2, undefined, undefined],
  ]);
  // a line on its own keeps the shape it always had
  expect([...records.invoiceLines][1]).toEqual({
    invoiceNumber: 'INV-1',
    issueDate: '2026-03-01',
    supplier: 'テスト卸株式会社',
    asin: 'B0EXAMPLE2',
    quantity: 1,
    status: 'final',
    src: { file: 'records/lines.txt', row: 4 },
  });
  expect(records.files.map((f) => f.rows)).toEqual([6, 1]);
});

test('past the cap of runs only lines are counted: every run listed is a real row', async () => {
  const n = MAX_ORDER_RANGES + 50;
  const body: string[][] = [];
  // two ASINs interleaved: every row of each is a run of its own
  for (let i = 0; i < n; i++)
    body.push(line('INV-1', 'B0EXAMPLE1', 1), line('INV-1', 'B0EXAMPLE2', 2));
  const c = await makeCase({ 'records/lines.txt': tsv([HEADERS, ...body]) });
  const { records } = await readRecords(c);
  expect(records.invoiceLines).toHaveLength(2);
  const [a, b] = records.invoiceLines;
  expect([lineCount(a!), a!.quantity, lineCount(b!), b!.quantity]).toEqual([n, n, n, 2 * n]);
  // the first row of each entry, then MAX_ORDER_RANGES more
  expect(a!.rows).toHaveLength(MAX_ORDER_RANGES + 1);
  a!.rows!.forEach(([from, to], i) => expect([from, to]).toEqual([2 + 2 * i, 2 + 2 * i]));
  b!.rows!.forEach(([from, to], i) => expect([from, to]).toEqual([3 + 2 * i, 3 + 2 * i]));
});

/**
 * 200,000 lines in an xlsx, read as the reader holds them (alike lines as one entry) and as one
 * object per line (what the reader held before): the reconciliation is the same. The lines mix
 * what the reconciliation tells apart: 201 invoices, five products (one through its SKU, one not
 * in the case), three months, a date outside the window, quotes, quantities 1 to 4.
 */
describe('a 200,000-line workbook', () => {
  const N = 200_000;
  const ASINS = ['B0HOSTILE1', 'B0HOSTILE2', '', 'B0HOSTILE4', 'B0HOSTILE1'];
  const asinOf = (i: number) => ASINS[i % 5]!;
  const skuOf = (i: number) => (i % 5 === 2 ? 'SKU-B0HOSTILE3' : '');
  const invoiceOf = (i: number) => `INV-${String(Math.floor(i / 1000)).padStart(4, '0')}`;
  const dateOf = (i: number) => (i % 7 === 0 ? '2024-01-15' : `2026-0${1 + (i % 3)}-1${i % 10}`);
  const quantityOf = (i: number) => 1 + (i % 4);
  const statusOf = (i: number) => (i % 11 === 0 ? 'quote' : '');
  const src = (i: number) => ({ file: 'records/invoices.xlsx', sheet: 'Sheet1', row: i + 1 });
  /** The lines one by one, as the reader would give each on its own. */
  const perLine = (): InvoiceLine[] =>
    Array.from({ length: N }, (_, k) => {
      const i = k + 1;
      return {
        invoiceNumber: invoiceOf(i),
        issueDate: dateOf(i),
        supplier: 'テスト卸株式会社',
        ...(asinOf(i) ? { asin: asinOf(i) } : {}),
        ...(skuOf(i) ? { sku: skuOf(i) } : {}),
        quantity: quantityOf(i),
        status: statusOf(i) ? 'quote' : 'final',
        src: src(i),
      };
    });

  let loaded: LoadedCase;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ep-invoice-lines-'));
    writeBaseCase(dir, (c) => {
      c.products.push(
        { ...c.products[0], asin: 'B0HOSTILE2', skus: ['SKU-B0HOSTILE2'] },
        { ...c.products[0], asin: 'B0HOSTILE3', skus: ['SKU-B0HOSTILE3'] },
      );
      return c;
    });
    await rm(path.join(dir, 'records/invoice-lines.txt'));
    await writeBigInvoiceXlsx(path.join(dir, 'records/invoices.xlsx'), N, {
      headers: INVOICE_HEADERS.map((h) => (h === '状態' ? '種別' : h)),
      asinOf,
      skuOf,
      invoiceOf,
      dateOf,
      quantityOf,
      statusOf,
    });
    loaded = await loadCase(dir);
  }, 60_000);

  test('alike lines are entries; the reconciliation is the one of the lines one by one', async () => {
    const { records, problems } = await readRecords(loaded);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const lines = perLine();
    // an entry is its first line, with the units and the count of the lines alike
    expect(records.invoiceLines.length).toBeLessThan(N / 10);
    expect([...records.invoiceLines].reduce((n, l) => n + lineCount(l), 0)).toBe(N);
    for (const e of records.invoiceLines) {
      const { lines: _n, rows: _r, quantity: _q, ...first } = e;
      const { quantity: _, ...line } = lines[e.src.row - 2]!;
      expect(first).toEqual(line);
    }
    const one = { ...records, invoiceLines: lines };
    const grouped = reconcile(loaded.data, records);
    const each = reconcile(loaded.data, one);
    expect(grouped.products).toEqual(each.products);
    expect(grouped.trace).toEqual(each.trace);
    expect(grouped.findings).toEqual(each.findings);
    expect(grouped.rollForward).toEqual(each.rollForward);
    expect(grouped.complaintUnits).toEqual(each.complaintUnits);
    // the numbers themselves, from the lines as generated
    const invoiced = (asin: string) =>
      lines
        .filter(
          (l) =>
            l.status === 'final' &&
            l.issueDate >= grouped.window.from &&
            (l.asin ?? (l.sku === 'SKU-B0HOSTILE3' ? 'B0HOSTILE3' : '')) === asin,
        )
        .reduce((n, l) => n + l.quantity, 0);
    expect(grouped.products.map((p) => [p.asin, p.invoiced])).toEqual(
      ['B0HOSTILE1', 'B0HOSTILE2', 'B0HOSTILE3'].map((a) => [a, invoiced(a)]),
    );
    // the detail tables: the same units and lines, counted and not
    const sum = (table: Iterable<InvoiceLine>, ls = [...table]) => [
      ls.reduce((n, l) => n + l.quantity, 0),
      ls.reduce((n, l) => n + lineCount(l), 0),
    ];
    expect(sum(grouped.detail.invoiceLines)).toEqual(sum(each.detail.invoiceLines));
    expect(sum(grouped.detail.excludedInvoiceLines)).toEqual(sum(each.detail.excludedInvoiceLines));
    // the review page cites as many rows behind each number
    const cited = (r: typeof records, rec: typeof grouped) =>
      [...productSources(loaded.data, r, rec)].map(([a, s]) => [a, s.invoiced.map((x) => x.count)]);
    expect(cited(records, grouped)).toEqual(cited(one, each));
  }, 60_000);
});

/**
 * 100,000 lines each naming its own invoice (big-case.mjs --distinct scaled down; the full
 * 2.6 million are measured by hand): held in columns, one entry and one invoice number each,
 * and reconciled exactly — units per product, the trace's first invoices and the count of the
 * rest, one DOCUMENT_MISSING per invoice listed up to the cap and the rest counted.
 */
describe('100,000 lines each with its own invoice', () => {
  const N = 100_000;
  let loaded: LoadedCase;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ep-invoice-distinct-'));
    await writeBigCase(dir, N, { distinct: true });
    loaded = await loadCase(dir);
  }, 60_000);

  test('held in columns and reconciled exactly', async () => {
    const { records, problems } = await readRecords(loaded);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const store = records.invoiceLines as InvoiceLines;
    expect(store).toBeInstanceOf(InvoiceLines);
    expect([store.length, store.invoices.length, store.fields.length]).toEqual([N, N, 4]);
    expect(store.at(N - 1)).toMatchObject({ invoiceNumber: `INV-${N}`, quantity: 1 });
    const rec = reconcile(loaded.data, records);
    // the ASIN cycles over four: three products of the case, one unknown
    expect(rec.products.map((p) => [p.asin, p.invoiced])).toEqual(
      ['B0HOSTILE1', 'B0HOSTILE2', 'B0HOSTILE3'].map((a) => [a, N / 4]),
    );
    expect(rec.detail.invoiceLines.length).toBe((3 * N) / 4);
    expect(rec.detail.excludedInvoiceLines.length).toBe(N / 4);
    const trace = rec.trace!.find((x) => x.asin === 'B0HOSTILE1')!;
    expect(trace.invoices.length).toBe(MAX_TRACE_INVOICES);
    expect(trace.invoices.reduce((n, i) => n + i.units - i.remaining, 0)).toBe(trace.received);
    expect(trace.more).toEqual({
      invoices: N / 4 - MAX_TRACE_INVOICES,
      units: N / 4 - MAX_TRACE_INVOICES,
      remaining: N / 4 - MAX_TRACE_INVOICES,
    });
    // every counted invoice lacks its original: the first listed, the rest counted
    const missing = rec.findings.filter((f) => f.code === 'DOCUMENT_MISSING');
    expect(missing.length).toBe(MAX_LISTED_FINDINGS);
    // the first counted invoices of the file (every fourth line is of the unknown product)
    expect(missing.map((f) => Number(f.invoice!.slice(4))).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 134 }, (_, k) => k + 1)
        .filter((i) => i % 4 !== 3)
        .slice(0, 100),
    );
    const more = rec.findings.find((f) => f.code === 'MORE_FINDINGS')!;
    expect(more.message.en).toContain(`${(3 * N) / 4 - MAX_LISTED_FINDINGS}`);
  }, 60_000);
});

test('TextIndex: each text its number, through growth, with texts alike but for case and width', () => {
  const texts: string[] = [];
  const index = new TextIndex(texts);
  const all = [
    ...Array.from({ length: 5000 }, (_, i) => `INV-${i}`),
    'inv-1',
    'ＩＮＶ-1',
    '',
    '請求書１',
  ];
  for (const s of all) {
    expect(index.get(s)).toBe(-1);
    texts.push(s);
    index.add(s, texts.length - 1);
  }
  all.forEach((s, i) => expect(index.get(s)).toBe(i));
  expect(index.get('INV-5000')).toBe(-1);
});
