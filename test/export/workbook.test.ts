/** The reconciliation workbook, read back with exceljs as a spreadsheet program would. */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvEscape, neutralise } from '../../src/export/cells.js';
import { MAX_WORKBOOK_LINES, reconciliationWorkbook } from '../../src/export/workbook.js';
import { workbookLines } from '../../src/export/workbook-lines.js';
import { dosDate, zipTimestamps } from '../../src/export/zip.js';
import { reconcile } from '../../src/reconcile/index.js';
import { aCase, doc, line, order, receipt, records, ret } from '../reconcile/builders.js';

const c = aCase({
  suppliers: [
    {
      id: 'sup1',
      name: '=HYPERLINK("http://evil.example","x")',
      kind: 'wholesaler',
      address: 'a',
      phone: 'p',
      website: 'w',
    },
  ],
  documents: [doc('INV-1')],
});
const r = records({
  orders: [order({ quantity: 4 })],
  receipts: {
    ledgerDetail: [receipt({ date: '2025-04-20', quantity: 3, reference: '@SUM(A1)' })],
    receivedInventory: [],
  },
  returns: [
    ret({ comment: '＝１＋１ 偽物です', reason: 'DEFECTIVE', fnsku: 'X00ABC' }),
    ret({ comment: '-2+3 fake', returnDate: '2025-08-01' }),
  ],
  invoiceLines: [
    line({ quantity: 3, supplier: 'sup1', productCode: '+81-0012', productName: '00123' }),
    line({ invoiceNumber: 'Q-9', status: 'quote', quantity: 2 }),
  ],
});
const rec = reconcile(c, r);

let wb: ExcelJS.Workbook;
let bytes: Buffer;
beforeAll(async () => {
  bytes = await reconciliationWorkbook(rec, c, 'en', '2026-04-02');
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
});

describe('neutralise and csvEscape', () => {
  it('prefixes values that could start a formula, half- or full-width', () => {
    for (const s of ['=1+1', '+1', '-1', '@x', '＝１', '＋１', '－１', '＠x', '\tx', '\rx'])
      expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ['abc', '偽物', "'quoted", '1=1', '']) expect(neutralise(s)).toBe(s);
    expect(csvEscape('=a,"b"')).toBe('"\'=a,""b"""');
    expect(csvEscape(3)).toBe('3');
  });
});

describe('reconciliationWorkbook', () => {
  it('has the eight sheets, each with a frozen header row', () => {
    // no ledger summary with balances here: no roll-forward sheet
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Per ASIN',
      'Invoice lines',
      'Receipts',
      'Invoice to receipt',
      'Returns',
      'Complaint units',
      'Monthly',
      'Findings',
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
      for (let i = 1; i <= ws.columnCount; i++)
        expect(ws.getColumn(i).width).toBeGreaterThanOrEqual(10);
    }
  });

  it('writes numbers with number formats and the summary as computed', () => {
    const ws = wb.getWorksheet('Per ASIN')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'ASIN',
      'SKUs',
      'Cited',
      'Invoiced',
      'Received',
      'Sold',
      'Returned',
      'Quality returns',
      'Fake mentions',
      'Return rate',
      'Coverage',
    ]);
    const a = ws.getRow(2);
    // invoiced 3, received 3, sold 4, returned 2 (both fake mentions, so both quality)
    expect([4, 5, 6, 7, 8, 9].map((i) => a.getCell(i).value)).toEqual([3, 3, 4, 2, 2, 2]);
    expect(a.getCell(10).value).toBe(0.5); // 2 / 4
    expect(a.getCell(10).numFmt).toBe('0.0%');
    expect(a.getCell(11).value).toBe(0.75); // 3 / 4
    expect(a.getCell(4).numFmt).toBe('#,##0');
  });

  it('writes every text cell as text and neutralises formula-like values', () => {
    let formulas = 0;
    const texts: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas++;
          if (typeof cell.value === 'string') {
            expect(cell.numFmt).toBe('@');
            texts.push(cell.value);
          }
        }),
      );
    expect(formulas).toBe(0);
    expect(texts).toContain('\'=HYPERLINK("http://evil.example","x")');
    expect(texts).toContain("'＝１＋１ 偽物です");
    expect(texts).toContain("'-2+3 fake");
    expect(texts).toContain("'@SUM(A1)");
    expect(texts).toContain("'+81-0012");
    expect(texts).toContain('00123'); // leading zeros kept: a text, not a number
    for (const s of texts) expect(s).not.toMatch(/^[=+\-@＝＋－＠]/);
  });

  it('lists counted and excluded invoice lines with the reason', () => {
    const ws = wb.getWorksheet('Invoice lines')!;
    expect(ws.getRow(2).getCell(1).value).toBe('INV-1');
    expect(ws.getRow(2).getCell(10).value).toBe('counted');
    expect(ws.getRow(2).getCell(11).value).toBe('documents/INV-1.pdf');
    expect(ws.getRow(3).getCell(1).value).toBe('Q-9');
    expect(ws.getRow(3).getCell(10).value).toBe('not a final invoice');
    const d = ws.getRow(2).getCell(2);
    expect(d.value).toEqual(new Date('2025-04-15T00:00:00Z'));
    expect(d.numFmt).toBe('yyyy-mm-dd');
  });

  it('carries returns with comments and the findings with their messages', () => {
    const ret = wb.getWorksheet('Returns')!;
    expect(ret.rowCount).toBe(3);
    const f = wb.getWorksheet('Findings')!;
    const codes = [];
    for (let i = 2; i <= f.rowCount; i++) codes.push(f.getRow(i).getCell(2).value);
    expect(codes).toEqual(rec.findings.map((x) => x.code));
    expect(String(f.getRow(2).getCell(7).value).length).toBeGreaterThan(20);
    const places = [];
    for (let i = 2; i <= f.rowCount; i++) places.push(f.getRow(i).getCell(6).value);
    // COUNTERFEIT_MENTION and COMPLAINT_NOT_INSPECTED for each of the two returns
    expect(places.filter((p) => String(p).startsWith('records/returns.txt:'))).toHaveLength(4);
  });

  it('traces the invoice to the receipt and keeps formula-like ids as text', () => {
    const ws = wb.getWorksheet('Invoice to receipt')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'ASIN',
      'Invoice',
      'Issued',
      'Supplier',
      'Units',
      'FBA shipment',
      'Received on',
      'Allocated',
      'Remaining',
    ]);
    const row = ws.getRow(2);
    expect(row.getCell(2).value).toBe('INV-1');
    expect(row.getCell(5).value).toBe(3);
    expect(row.getCell(6).value).toBe("'@SUM(A1)");
    expect(row.getCell(8).value).toBe(3);
    expect(row.getCell(9).value).toBe(0);
    const units = wb.getWorksheet('Complaint units')!;
    expect(units.rowCount).toBe(3);
    expect(units.getRow(2).getCell(9).value).toBe('unknown');
  });

  it('gives identical bytes for the same input, with the date given', async () => {
    const again = await reconciliationWorkbook(rec, c, 'en', '2026-04-02');
    expect(again.equals(bytes)).toBe(true);
    const stamps = zipTimestamps(bytes);
    expect(stamps.length).toBeGreaterThan(10);
    for (const [, date, time] of stamps) {
      expect(date).toBe(dosDate('2026-04-02'));
      expect(time).toBe(0);
    }
    expect(wb.created?.toISOString()).toBe('2026-04-02T00:00:00.000Z');
    expect(wb.modified?.toISOString()).toBe('2026-04-02T00:00:00.000Z');
  });

  it('writes Japanese headers for ja', async () => {
    const ja = new ExcelJS.Workbook();
    await ja.xlsx.load((await reconciliationWorkbook(rec, c, 'ja')) as unknown as ArrayBuffer);
    expect(ja.worksheets[0]!.name).toBe('ASIN別集計');
    expect(ja.worksheets[0]!.getRow(1).getCell(4).value).toBe('仕入');
  });
});

describe('a workbook of more invoice lines than it lists', () => {
  it('caps the sheet at MAX_WORKBOOK_LINES rows', () => {
    const entries = Array.from({ length: MAX_WORKBOOK_LINES + 2 }, (_, i) =>
      line({ invoiceNumber: `INV-${i}`, quantity: 2 }),
    );
    const t = workbookLines(reconcile(c, records({ ...r, invoiceLines: entries })));
    expect(t.counted.length + t.excluded.length).toBe(MAX_WORKBOOK_LINES);
    expect(t.rest).toEqual({ rows: 2, lines: 2, units: 4 });
  });

  it('lists the first ones, then a row saying how many rows, lines and units are not listed', async () => {
    // the cap made small: writing and reading 50,000 rows back took half a minute
    const max = 40;
    const many = records({
      ...r,
      invoiceLines: Array.from({ length: max + 2 }, (_, i) =>
        line({ invoiceNumber: `INV-${i}`, quantity: 2 }),
      ),
    });
    many.invoiceLines.push({ ...line({ invoiceNumber: 'Q-1', status: 'quote' }), lines: 4 });
    const rec = reconcile(c, many);
    const big = new ExcelJS.Workbook();
    const file = await reconciliationWorkbook(rec, c, 'en', '2026-04-02', workbookLines(rec, max));
    await big.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = big.getWorksheet('Invoice lines')!;
    expect(sheet.rowCount).toBe(1 + max + 1);
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe(
      '3 more rows (6 lines, 5 units) are not listed in this sheet.',
    );
  });
});
