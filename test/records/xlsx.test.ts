/** xlsx workbooks: displayed values read exactly, damaged and hostile files refused clearly. */
import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { readRecords } from '../../src/records/index.js';
import { makeCase } from './helpers.js';

const errors = (ps: { severity: string }[]) => ps.filter((p) => p.severity === 'error');

async function invoiceWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('メモ');
  notes.addRow(['仕入れについてのメモ']);
  notes.addRow(['3月分は未着']);
  const ws = wb.addWorksheet('請求書明細');
  ws.addRow(['請求書番号', '発行日', '仕入先', 'ASIN', '商品コード', '商品名', '数量', '種別']);
  const r2 = ws.addRow([
    777,
    new Date(Date.UTC(2026, 2, 4)),
    '㈱サンプル卸',
    null,
    4901234567894,
    null,
    null,
    '',
  ]);
  r2.getCell(1).numFmt = '00000';
  r2.getCell(2).numFmt = 'yyyy/mm/dd';
  r2.getCell(4).value = { text: 'B0EXAMPLE1', hyperlink: 'https://www.amazon.co.jp/dp/B0EXAMPLE1' };
  r2.getCell(6).value = {
    richText: [{ text: '①ステンレス', font: { bold: true } }, { text: 'タンブラー' }],
  };
  r2.getCell(7).value = { formula: '6*4', result: 24 };
  const r3 = ws.addRow([
    'INV-0002',
    46086,
    '㈱サンプル卸',
    'B0EXAMPLE1',
    'TB-350',
    '髙﨑モデル',
    6,
    '見積書',
  ]);
  r3.getCell(2).numFmt = 'General';
  ws.addRow([
    'INV-0003',
    '2026年3月6日',
    '㈱サンプル卸',
    'B0EXAMPLE1',
    null,
    null,
    { formula: 'G2/0', result: { error: '#DIV/0!' } },
    null,
  ]);
  ws.addRow([
    'INV-0004',
    '2026-03-07',
    '㈱サンプル卸',
    12345678901234567890,
    null,
    null,
    1.5,
    null,
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('values', () => {
  test('number-stored ids, date cells, serials, rich text, formulas, hyperlinks', async () => {
    const c = await makeCase({ 'records/仕入.xlsx': await invoiceWorkbook() });
    const { records, problems } = await readRecords(c);
    expect(records.files).toMatchObject([
      {
        path: 'records/仕入.xlsx',
        kind: 'invoiceLines',
        format: 'xlsx',
        encoding: 'xlsx',
        sheet: '請求書明細',
        rows: 4,
      },
    ]);
    expect(records.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([...records.invoiceLines]).toEqual([
      {
        invoiceNumber: '00777',
        issueDate: '2026-03-04',
        supplier: '㈱サンプル卸',
        asin: 'B0EXAMPLE1',
        productCode: '4901234567894',
        productName: '①ステンレスタンブラー',
        quantity: 24,
        status: 'final',
        src: { file: 'records/仕入.xlsx', sheet: '請求書明細', row: 2 },
      },
      {
        invoiceNumber: 'INV-0002',
        issueDate: '2026-03-05',
        supplier: '㈱サンプル卸',
        asin: 'B0EXAMPLE1',
        productCode: 'TB-350',
        productName: '髙﨑モデル',
        quantity: 6,
        status: 'quote',
        src: { file: 'records/仕入.xlsx', sheet: '請求書明細', row: 3 },
      },
    ]);
    const sorted = problems.map((p) => [
      p.code,
      p.severity,
      p.where.sheet,
      p.where.row,
      p.where.column,
      p.found,
    ]);
    expect(sorted).toEqual([
      ['RECORD_UNKNOWN_KIND', 'info', 'メモ', 1, undefined, '仕入れについてのメモ'],
      ['RECORD_BAD_CELL', 'error', '請求書明細', 4, '数量', '#DIV/0!'],
      ['RECORD_BAD_CELL', 'error', '請求書明細', 5, 'ASIN', '12345678901234567000'],
      ['RECORD_BAD_CELL', 'error', '請求書明細', 5, '数量', '1.5'],
    ]);
  });

  test('orders in xlsx: 20-digit order ids as text, buyer columns not read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.addRow([
      'amazon-order-id',
      'purchase-date',
      'order-status',
      'sku',
      'asin',
      'quantity',
      'buyer-email',
      'ship-postal-code',
    ]);
    ws.addRow([
      '12345678901234567890',
      '2026-03-04T10:00:00+09:00',
      'Shipped',
      '00123-A',
      'B0EXAMPLE1',
      2,
      'hanako@example.jp',
      '1000005',
    ]);
    ws.addRow([
      '12345678901234567891',
      new Date(Date.UTC(2026, 2, 4, 15)),
      'Cancelled',
      '00123-A',
      'B0EXAMPLE1',
      1,
      'hanako@example.jp',
      1000005,
    ]);
    const c = await makeCase({ 'records/orders.xlsx': Buffer.from(await wb.xlsx.writeBuffer()) });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.orders).toEqual([
      {
        sku: '00123-A',
        asin: 'B0EXAMPLE1',
        date: '2026-03-04',
        cancelled: false,
        quantity: 2,
        lines: 1,
      },
      {
        sku: '00123-A',
        asin: 'B0EXAMPLE1',
        date: '2026-03-04',
        cancelled: true,
        quantity: 1,
        lines: 1,
      },
    ]);
    const all = JSON.stringify(records);
    expect(all).not.toContain('hanako');
    expect(all).not.toContain('1000005');
  });
});

describe('refused files', () => {
  test('a CSV renamed .xlsx, an old .xls, a truncated and a damaged workbook', async () => {
    const good = await invoiceWorkbook();
    const damaged = Buffer.from(good);
    // Overwrite compressed bytes in the middle: the zip directory stays intact.
    damaged.fill(0x55, 600, 1400);
    const c = await makeCase({
      'records/a.xlsx': '請求書番号,発行日\nA,2026-03-01\n',
      'records/b.xls': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'records/c.xlsx': good.subarray(0, Math.floor(good.length * 0.7)),
      'records/d.xlsx': damaged,
    });
    const { records, problems } = await readRecords(c);
    expect(records.files).toEqual([]);
    expect(problems.map((p) => [p.code, p.where.file])).toEqual([
      ['RECORD_FORMAT', 'records/a.xlsx'],
      ['RECORD_FORMAT', 'records/b.xls'],
      ['RECORD_TRUNCATED', 'records/c.xlsx'],
      ['RECORD_XLSX_DAMAGED', 'records/d.xlsx'],
    ]);
    expect(problems[0]!.message.en).toContain('is text');
  });

  test('a zip bomb is refused from its directory, without unpacking', async () => {
    const buf = Buffer.from(await invoiceWorkbook());
    // Claim 3.5 GB unpacked for the sheet in the central directory.
    const name = Buffer.from('xl/worksheets/sheet2.xml');
    let p = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cdOffset = buf.readUInt32LE(p + 16);
    p = cdOffset;
    let patched = false;
    while (buf.readUInt32LE(p) === 0x02014b50) {
      const n = buf.readUInt16LE(p + 28);
      if (buf.subarray(p + 46, p + 46 + n).equals(name)) {
        buf.writeUInt32LE(3_500_000_000, p + 24);
        patched = true;
      }
      p += 46 + n + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    expect(patched).toBe(true);
    const c = await makeCase({ 'records/bomb.xlsx': buf });
    const { problems } = await readRecords(c);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'RECORD_ZIP_BOMB', where: { file: 'records/bomb.xlsx' } }),
    ]);
  });

  test('a zip whose directory lies about the unpacked size is refused', async () => {
    // One entry: 20 MB of spaces deflated to a few KB, declared as 1,000 bytes.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const data = deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(1000, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(1000, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const cdOffset = local.length + name.length + data.length;
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(central.length + name.length, 12);
    eocd.writeUInt32LE(cdOffset, 16);
    const zip = Buffer.concat([local, name, data, central, name, eocd]);
    expect(zip.length).toBeLessThan(100_000);
    const c = await makeCase({ 'records/liar.xlsx': zip });
    const { problems } = await readRecords(c);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'RECORD_ZIP_BOMB', where: { file: 'records/liar.xlsx' } }),
    ]);
  });

  test('a sheet claiming a cell at XFD1048576 is refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['received-date', 'sku', 'quantity']);
    ws.addRow(['2026-03-01', 'A', 1]);
    ws.getCell('XFD1048576').value = 'x';
    const c = await makeCase({ 'records/huge.xlsx': Buffer.from(await wb.xlsx.writeBuffer()) });
    const { problems } = await readRecords(c);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'RECORD_SHEET_TOO_LARGE',
        where: { file: 'records/huge.xlsx' },
      }),
    ]);
    expect(problems[0]!.message.en).toContain('A1:XFD1048576');
  });
});

test('a workbook with two report sheets gives one RecordFile per sheet', async () => {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('出荷');
  a.addRow(['注文番号', '注文日', '出荷予定日', '出荷日']);
  a.addRow(['249-1', new Date(Date.UTC(2026, 2, 1)), new Date(Date.UTC(2026, 2, 3)), null]);
  const b = wb.addWorksheet('受領');
  b.addRow(['received-date', 'sku', 'quantity']);
  b.addRow(['2026-03-01', '0777', 5]);
  const c = await makeCase(
    { 'records/book.xlsx': Buffer.from(await wb.xlsx.writeBuffer()) },
    { kind: 'performance' },
  );
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect(records.files.map((f) => [f.sheet, f.kind, f.rows])).toEqual([
    ['出荷', 'shippingLog', 1],
    ['受領', 'receivedInventory', 1],
  ]);
  expect(records.shippingLog[0]).toMatchObject({
    orderId: '249-1',
    orderDate: '2026-03-01',
    expectedShipDate: '2026-03-03',
    cancelled: false,
  });
  expect(records.shippingLog[0]!.shippedDate).toBeUndefined();
  expect(records.receipts.receivedInventory[0]).toMatchObject({
    sku: '0777',
    quantity: 5,
    src: { sheet: '受領', row: 2 },
  });
});
