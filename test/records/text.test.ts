/** Text reports: every encoding and both delimiters, read exactly; bad bytes reported. */
import { describe, expect, test } from 'vitest';
import { readRecords } from '../../src/records/index.js';
import { encode1252, encodeSjis, makeCase, tsv, utf16be, utf16le } from './helpers.js';

const ORDER_HEADERS = [
  'amazon-order-id',
  'merchant-order-id',
  'purchase-date',
  'last-updated-date',
  'order-status',
  'fulfillment-channel',
  'product-name',
  'sku',
  'asin',
  'item-status',
  'quantity',
  'currency',
  'item-price',
  'ship-city',
  'ship-state',
  'ship-postal-code',
  'ship-country',
];

function orderRow(
  id: string,
  date: string,
  status: string,
  sku: string,
  qty: string,
  name = 'Tumbler',
) {
  return [
    id,
    '',
    date,
    date,
    status,
    'Amazon',
    name,
    sku,
    'B0EXAMPLE1',
    status === 'Cancelled' ? 'Cancelled' : 'Shipped',
    qty,
    'JPY',
    '1980',
    'Springfield',
    'IL',
    '62701',
    'US',
  ];
}

const errors = (ps: { severity: string }[]) => ps.filter((p) => p.severity === 'error');

describe('encodings', () => {
  const rows = [
    ['請求書番号', '発行日', '仕入先', 'ASIN', '商品名', '数量'],
    [
      'INV-0001',
      '2026年3月4日',
      '㈱サンプル卸',
      'B0EXAMPLE1',
      '①ステンレス製タンブラー 髙﨑モデル',
      '24',
    ],
    ['INV-0002', '2026/03/05', '㈱サンプル卸', 'B0EXAMPLE1', 'タンブラー（ｶﾀｶﾅ）～', '6'],
  ];
  const expected = [
    {
      invoiceNumber: 'INV-0001',
      issueDate: '2026-03-04',
      supplier: '㈱サンプル卸',
      asin: 'B0EXAMPLE1',
      productName: '①ステンレス製タンブラー 髙﨑モデル',
      quantity: 24,
      status: 'final',
    },
    {
      invoiceNumber: 'INV-0002',
      issueDate: '2026-03-05',
      supplier: '㈱サンプル卸',
      asin: 'B0EXAMPLE1',
      productName: 'タンブラー（ｶﾀｶﾅ）～',
      quantity: 6,
      status: 'final',
    },
  ];
  const text = tsv(rows);
  test.each([
    ['shift_jis', 'lines.txt', encodeSjis(text)],
    ['utf-8', 'lines.txt', Buffer.from(text)],
    ['utf-8-bom', 'lines.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['utf-16le', 'lines.txt', utf16le(text)],
    ['utf-16be', 'lines.txt', utf16be(text)],
    ['utf-16le', 'lines-nobom.txt', utf16le(text, false)],
  ])('%s (%s): Japanese names with ①㈱髙 read exactly', async (encoding, name, bytes) => {
    const c = await makeCase({ [`records/${name}`]: bytes });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files).toMatchObject([
      { path: `records/${name}`, kind: 'invoiceLines', encoding, format: 'tsv', rows: 2 },
    ]);
    expect([...records.invoiceLines].map(({ src: _src, ...l }) => l)).toEqual(expected);
    expect([...records.invoiceLines][1]!.src).toEqual({ file: `records/${name}`, row: 3 });
    expect(JSON.stringify(records)).not.toContain('\uFFFD');
  });

  test('CP932 order report (Japanese headers) with Japanese product names', async () => {
    const bytes = encodeSjis(
      tsv([
        [
          '注文番号',
          '購入日',
          '注文ステータス',
          '商品名',
          '出品者SKU',
          'ASIN',
          '数量',
          '配送先市区町村',
        ],
        [
          '503-0000000-0000001',
          '2026-03-04T23:59:59+09:00',
          '出荷済み',
          '①㈱テスト 髙',
          '0777',
          'B0EXAMPLE1',
          '2',
          '千代田区',
        ],
        [
          '503-0000000-0000002',
          '2026-03-04T09:00:00+09:00',
          'キャンセル',
          '①㈱テスト 髙',
          '0777',
          'B0EXAMPLE1',
          '1',
          '千代田区',
        ],
        [
          '503-0000000-0000003',
          '2026-03-04T10:00:00+09:00',
          '出荷済み',
          '①㈱テスト 髙',
          '0777',
          'B0EXAMPLE1',
          '3',
          '千代田区',
        ],
      ]),
    );
    const c = await makeCase({ 'records/注文.txt': bytes });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files[0]).toMatchObject({ kind: 'allOrders', encoding: 'shift_jis', rows: 3 });
    expect(records.orders).toEqual([
      {
        sku: '0777',
        asin: 'B0EXAMPLE1',
        date: '2026-03-04',
        cancelled: false,
        quantity: 5,
        lines: 2,
      },
      {
        sku: '0777',
        asin: 'B0EXAMPLE1',
        date: '2026-03-04',
        cancelled: true,
        quantity: 1,
        lines: 1,
      },
    ]);
    expect(JSON.stringify(records)).not.toContain('千代田区');
  });

  test('Windows-1252 CSV with accented names', async () => {
    const text =
      'Invoice Number,Invoice Date,Supplier,SKU,Description,Qty\r\nRE-2026-7,2026-03-04,Müller Großhandel GmbH,00123-A,"Café crème, 6 × 250 g",12\r\n';
    const c = await makeCase({ 'records/rechnung.csv': encode1252(text) });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files[0]).toMatchObject({ encoding: 'windows-1252', format: 'csv' });
    expect([...records.invoiceLines][0]).toMatchObject({
      supplier: 'Müller Großhandel GmbH',
      sku: '00123-A',
      productName: 'Café crème, 6 × 250 g',
      quantity: 12,
    });
  });

  test('Windows-1252 bytes 0x80–0x9F read as their characters (– € ’), not as controls', async () => {
    const text =
      'Invoice Number,Invoice Date,Supplier,SKU,Description,Qty\r\nRE-2026-8,2026-03-04,O’Brien – Wholesale,00123-A,Mug €5 – “blue”,3\r\n';
    const bytes = encode1252(text);
    expect(bytes.includes(0x96)).toBe(true);
    const c = await makeCase({ 'records/invoice.csv': bytes });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect([...records.invoiceLines][0]).toMatchObject({
      supplier: 'O’Brien – Wholesale',
      productName: 'Mug €5 – “blue”',
    });
  });

  test('an invalid UTF-8 byte is an error naming the line, never U+FFFD', async () => {
    const good = tsv([
      ORDER_HEADERS,
      orderRow('1', '2026-03-04', 'Shipped', 'A-1', '1', 'Tümbler'),
    ]);
    const bad = Buffer.concat([
      Buffer.from(good),
      Buffer.from(
        '2\t\t2026-03-05\t\tShipped\t\tT\xffmbler\tA-1\tB0EXAMPLE1\tShipped\t1\r\n',
        'latin1',
      ),
    ]);
    const c = await makeCase({ 'records/orders.txt': bad });
    const { records, problems } = await readRecords(c);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'RECORD_ENCODING',
        where: { file: 'records/orders.txt', line: 3 },
        expected: 'utf-8',
      }),
    ]);
    expect(records.orders).toHaveLength(1);
    expect(JSON.stringify(records)).not.toContain('\uFFFD');
  });

  test('a CP932 file with an unassigned byte pair is an error naming the line', async () => {
    const body = encodeSjis(
      tsv([ORDER_HEADERS, orderRow('1', '2026-03-04', 'Shipped', 'A-1', '1', 'タンブラー')]),
    );
    const bad = Buffer.concat([
      body,
      Buffer.from('2\t\t2026-03-05\t\tShipped\t\t'),
      Buffer.from([0x85, 0x40]),
      Buffer.from('\tA-1\tB0EXAMPLE1\tShipped\t1\r\n'),
    ]);
    const c = await makeCase({ 'records/orders.txt': bad });
    const { problems } = await readRecords(c);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'RECORD_ENCODING',
        where: { file: 'records/orders.txt', line: 3 },
        expected: 'shift_jis',
        found: '85 40',
      }),
    ]);
  });

  test('mixed encodings in one file are an error', async () => {
    const utf8 = Buffer.from(
      tsv([ORDER_HEADERS, orderRow('1', '2026-03-04', 'Shipped', 'A-1', '1', 'タンブラー')]),
    );
    const sjis = encodeSjis(
      tsv([orderRow('2', '2026-03-05', 'Shipped', 'A-1', '1', 'タンブラー')]),
    );
    const c = await makeCase({ 'records/joined.txt': Buffer.concat([utf8, sjis]) });
    const { problems } = await readRecords(c);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'RECORD_MIXED_ENCODING',
        where: { file: 'records/joined.txt', line: 3 },
      }),
    ]);
    const c2 = await makeCase({
      'records/joined.txt': Buffer.concat([
        sjis.subarray(0, 0),
        encodeSjis(
          tsv([ORDER_HEADERS, orderRow('1', '2026-03-04', 'Shipped', 'A-1', '1', 'タンブラー')]),
        ),
        Buffer.from(tsv([orderRow('2', '2026-03-05', 'Shipped', 'A-1', '1', 'タンブラー')])),
      ]),
    });
    const r2 = await readRecords(c2);
    expect(r2.problems).toEqual([
      expect.objectContaining({
        code: 'RECORD_MIXED_ENCODING',
        where: { file: 'records/joined.txt', line: 3 },
      }),
    ]);
  });
});

describe('formats', () => {
  test('CSV: leading zeros, 20-digit ids, quoted commas, quotes and newlines', async () => {
    const csv = [
      'return-date,order-id,sku,asin,fnsku,product-name,quantity,fulfillment-center-id,detailed-disposition,reason,status,license-plate-number,customer-comments',
      '2026-03-10T08:00:00+09:00,12345678901234567890,00123-A,B0EXAMPLE1,X000ABC123,"Tumbler, 350 ml",1,NRT1,CUSTOMER_DAMAGED,NOT_AS_DESCRIBED,Unit returned to inventory,LPN0001,"The lid said ""genuine""',
      'but it leaked, 偽物?"',
      '10-MAR-2026,0777,0777,B0EXAMPLE1,,,2,NRT1,SELLABLE,UNWANTED_ITEM,,,',
    ].join('\n');
    const c = await makeCase({ 'records/returns.csv': csv });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files[0]).toMatchObject({
      kind: 'fbaReturns',
      format: 'csv',
      encoding: 'utf-8',
      rows: 2,
    });
    expect(records.returns).toEqual([
      {
        returnDate: '2026-03-10',
        orderId: '12345678901234567890',
        sku: '00123-A',
        asin: 'B0EXAMPLE1',
        fnsku: 'X000ABC123',
        quantity: 1,
        reason: 'NOT_AS_DESCRIBED',
        disposition: 'CUSTOMER_DAMAGED',
        status: 'Unit returned to inventory',
        lpn: 'LPN0001',
        comment: 'The lid said "genuine"\nbut it leaked, 偽物?',
        src: { file: 'records/returns.csv', row: 2 },
      },
      {
        returnDate: '2026-03-10',
        orderId: '0777',
        sku: '0777',
        asin: 'B0EXAMPLE1',
        quantity: 2,
        reason: 'UNWANTED_ITEM',
        disposition: 'SELLABLE',
        src: { file: 'records/returns.csv', row: 3 },
      },
    ]);
  });

  test('="00123" cells (the CSV trick for leading zeros) read as their text', async () => {
    const c = await makeCase({
      'records/r.csv':
        'received-date,sku,quantity\n2026-03-01,="00123-A",="12"\n2026-03-02,"=""0777""",1\n',
    });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.receipts.receivedInventory.map((r) => [r.sku, r.quantity])).toEqual([
      ['00123-A', 12],
      ['0777', 1],
    ]);
  });

  test('a .txt that is comma-separated and a .csv saved with tabs are read by content', async () => {
    const c = await makeCase({
      'records/a.txt':
        'received-date,fnsku,sku,product-name,quantity,fba-shipment-id,fulfillment-center-id\n2026-02-01,X001,00123-A,T,48,FBA15ABC,NRT1\n',
      'records/b.csv': 'received-date\tfnsku\tsku\tquantity\n2026-02-02\tX001\t00123-A\t12\n',
    });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files.map((f) => f.format)).toEqual(['csv', 'tsv']);
    expect(
      records.receipts.receivedInventory.map((r) => [r.date, r.sku, r.quantity, r.reference]),
    ).toEqual([
      ['2026-02-01', '00123-A', 48, 'FBA15ABC'],
      ['2026-02-02', '00123-A', 12, undefined],
    ]);
  });

  test('an unterminated quote in a CSV is an error; in a tab file the quote is literal', async () => {
    const c = await makeCase({
      'records/a.csv': 'received-date,sku,quantity\n2026-02-01,"00123-A,48\n',
      'records/b.txt':
        'received-date\tproduct-name\tsku\tquantity\n2026-02-01\t"Best tumbler\t00123-A\t48\n',
    });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([
      expect.objectContaining({ code: 'RECORD_QUOTE', where: { file: 'records/a.csv', line: 2 } }),
    ]);
    expect(records.receipts.receivedInventory).toHaveLength(1);
    expect(records.receipts.receivedInventory[0]).toMatchObject({ sku: '00123-A', quantity: 48 });
  });

  test('buyer data in an order file is nowhere in the records', async () => {
    const headers = [
      ...ORDER_HEADERS,
      'buyer-email',
      'buyer-name',
      'buyer-phone-number',
      'recipient-name',
      'ship-address-1',
    ];
    const row = [
      ...orderRow('503-1', '2026-03-04', 'Shipped', 'A-1', '1'),
      'taro@example.jp',
      '山田太郎',
      '090-1234-5678',
      '山田花子',
      '丸の内1-1-1',
    ];
    row[13] = 'Chiyoda-ku';
    row[15] = '100-0005';
    const c = await makeCase({ 'records/orders.txt': tsv([headers, row]) });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    const all = JSON.stringify(records);
    for (const secret of [
      'taro@example.jp',
      '山田太郎',
      '090-1234-5678',
      '山田花子',
      '丸の内',
      'Chiyoda',
      '100-0005',
      'IL',
      'Springfield',
    ])
      expect(all).not.toContain(secret);
    expect(records.orders).toHaveLength(1);
  });
});

describe('line endings and limits', () => {
  test('CR-only line ends (old Mac Excel) and a CRLF split across read chunks', async () => {
    const header = 'received-date,sku,quantity';
    const cr = [header, '2026-03-01,0001,1', '2026-03-02,0002,2'].join('\r') + '\r';
    // Pad the first data row so that its CRLF straddles the 64 KiB read boundary.
    const first = `${header}\r\n`;
    const pad = 65_535 - first.length - '2026-03-01,'.length - ',1'.length;
    const straddle = `${first}2026-03-01,${'A'.repeat(pad)},1\r\n2026-03-02,B,2\r\n`;
    expect(straddle.indexOf('\r\n', first.length)).toBe(65_535);
    const c = await makeCase({ 'records/cr.csv': cr, 'records/straddle.csv': straddle });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(
      records.receipts.receivedInventory.map((r) => [
        r.src.file,
        r.src.row,
        r.sku.length,
        r.quantity,
      ]),
    ).toEqual([
      ['records/cr.csv', 2, 4, 1],
      ['records/cr.csv', 3, 4, 2],
      ['records/straddle.csv', 2, pad, 1],
      ['records/straddle.csv', 3, 1, 2],
    ]);
  });

  test('a file that is one endless line is refused without holding it', async () => {
    const c = await makeCase({ 'records/blob.txt': Buffer.alloc(9 * 1024 * 1024, 0x41) });
    const { problems } = await readRecords(c);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'RECORD_FORMAT',
        where: { file: 'records/blob.txt', line: 1 },
      }),
    ]);
  });
});

test('UTF-16 with a lone surrogate is an error, not U+FFFD', async () => {
  const good = utf16le(
    tsv([
      ['received-date', 'sku', 'quantity'],
      ['2026-03-01', 'A', '1'],
    ]),
  );
  const bad = Buffer.concat([good, Buffer.from([0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00])]);
  const c = await makeCase({ 'records/u16.txt': bad });
  const { records, problems } = await readRecords(c);
  expect(problems.map((p) => [p.code, p.where.file])).toEqual([
    ['RECORD_ENCODING', 'records/u16.txt'],
  ]);
  expect(JSON.stringify(records)).not.toContain('\uFFFD');
});

test('half-width katakana in CP932 that happens to be valid UTF-8 is not taken for mixing', async () => {
  // ﾃｽﾄｱ is C3 BD C4 B1 in CP932, which is also valid UTF-8 ("ýı").
  const text = tsv([
    ['請求書番号', '発行日', '仕入先', 'ASIN', '商品名', '数量'],
    ['I-1', '2026-03-01', '㈱テスト', 'B0EXAMPLE1', 'タンブラー', '1'],
    ['I-2', '2026-03-01', 'S1', 'B0EXAMPLE1', 'ﾃｽﾄｱ', '2'],
  ]);
  const c = await makeCase({ 'records/k.txt': encodeSjis(text) });
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect([...records.invoiceLines].map((l) => l.productName)).toEqual(['タンブラー', 'ﾃｽﾄｱ']);
});

test('a CP932 file whose first non-ASCII line is only half-width katakana is still CP932', async () => {
  const text = tsv([
    ['invoice number', 'issue date', 'supplier', 'asin', 'product name', 'qty'],
    ['I-1', '2026-03-01', 'S1', 'B0EXAMPLE1', 'ﾃｽﾄｱ', '2'],
    ['I-2', '2026-03-01', '㈱テスト', 'B0EXAMPLE1', 'タンブラー', '1'],
  ]);
  const c = await makeCase({ 'records/k.txt': encodeSjis(text) });
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect(records.files[0]!.encoding).toBe('shift_jis');
  expect([...records.invoiceLines].map((l) => [l.supplier, l.productName])).toEqual([
    ['S1', 'ﾃｽﾄｱ'],
    ['㈱テスト', 'タンブラー'],
  ]);
});
