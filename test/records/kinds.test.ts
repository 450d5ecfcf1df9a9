/** Report kinds recognised by their headers (never the file name), in every header variant. */
import { describe, expect, test } from 'vitest';
import { readRecords } from '../../src/records/index.js';
import { encodeSjis, makeCase, tsv } from './helpers.js';

const errors = (ps: { severity: string }[]) => ps.filter((p) => p.severity === 'error');
const noSrc = <T extends { src: unknown }>(rows: Iterable<T>) =>
  [...rows].map(({ src: _s, ...r }) => r);

describe('All Orders header variants', () => {
  const variants: [string, string[]][] = [
    [
      'hyphens',
      [
        'amazon-order-id',
        'purchase-date',
        'order-status',
        'sku',
        'asin',
        'item-status',
        'quantity',
      ],
    ],
    [
      'spaces',
      [
        'Amazon Order ID',
        'Purchase Date',
        'Order Status',
        'SKU',
        'ASIN',
        'Item Status',
        'Quantity',
      ],
    ],
    [
      'no spaces',
      ['amazonorderid', 'purchasedate', 'orderstatus', 'sku', 'asin', 'itemstatus', 'quantity'],
    ],
    [
      'order-id',
      ['order-id', 'purchase-date', 'order-status', 'sku', 'asin', 'item-status', 'quantity'],
    ],
    [
      'Japanese',
      ['注文番号', '購入日', '注文ステータス', '出品者SKU', 'ASIN', '商品ステータス', '数量'],
    ],
  ];
  test.each(variants)('%s', async (_name, headers) => {
    const c = await makeCase({
      'records/x.txt': tsv([
        headers,
        ['249-1', '2026-03-01T12:00:00+09:00', 'Shipped', 'SKU-1', 'B0EXAMPLE1', 'Shipped', '1'],
        ['249-2', '2026-03-01T13:00:00+09:00', 'Shipped', 'SKU-1', 'B0EXAMPLE1', 'Cancelled', '1'],
        ['249-3', '2026-03-02T01:00:00+09:00', 'Pending', 'SKU-1', 'B0EXAMPLE1', 'Unshipped', '4'],
      ]),
    });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files[0]!.kind).toBe('allOrders');
    expect(records.orders).toEqual([
      {
        sku: 'SKU-1',
        asin: 'B0EXAMPLE1',
        date: '2026-03-01',
        cancelled: false,
        quantity: 1,
        lines: 1,
      },
      {
        sku: 'SKU-1',
        asin: 'B0EXAMPLE1',
        date: '2026-03-01',
        cancelled: true,
        quantity: 1,
        lines: 1,
      },
      {
        sku: 'SKU-1',
        asin: 'B0EXAMPLE1',
        date: '2026-03-02',
        cancelled: false,
        quantity: 4,
        lines: 1,
      },
    ]);
  });
});

test('FBA returns: JP order-id and DD-MON-YYYY; Japanese headers', async () => {
  const c = await makeCase({
    'records/r1.txt': tsv([
      [
        'return-date',
        'order-id',
        'sku',
        'asin',
        'fnsku',
        'product-name',
        'quantity',
        'fulfillment-center-id',
        'detailed-disposition',
        'reason',
        'status',
        'license-plate-number',
        'customer-comments',
      ],
      [
        '05-MAR-2026',
        '249-1',
        'SKU-1',
        'B0EXAMPLE1',
        'X001',
        'タンブラー',
        '1',
        'NRT5',
        'DEFECTIVE',
        'DEFECTIVE',
        'Unit returned to inventory',
        'LPN1',
        '偽物でした',
      ],
    ]),
    'records/r2.txt': encodeSjis(
      tsv([
        [
          '返品日',
          '注文番号',
          '出品者SKU',
          'ASIN',
          'FNSKU',
          '商品名',
          '数量',
          '理由',
          '購入者のコメント',
        ],
        ['2026/03/06', '249-2', 'SKU-1', 'B0EXAMPLE1', 'X001', 'タンブラー', '2', 'SWITCHEROO', ''],
      ]),
    ),
  });
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect(records.files.map((f) => [f.kind, f.encoding])).toEqual([
    ['fbaReturns', 'utf-8'],
    ['fbaReturns', 'shift_jis'],
  ]);
  expect(noSrc(records.returns)).toEqual([
    {
      returnDate: '2026-03-05',
      orderId: '249-1',
      sku: 'SKU-1',
      asin: 'B0EXAMPLE1',
      fnsku: 'X001',
      quantity: 1,
      reason: 'DEFECTIVE',
      disposition: 'DEFECTIVE',
      status: 'Unit returned to inventory',
      lpn: 'LPN1',
      comment: '偽物でした',
    },
    {
      returnDate: '2026-03-06',
      orderId: '249-2',
      sku: 'SKU-1',
      asin: 'B0EXAMPLE1',
      fnsku: 'X001',
      quantity: 2,
      reason: 'SWITCHEROO',
    },
  ]);
});

test('Inventory Ledger detail (MM/DD/YYYY, receipts only) and summary', async () => {
  const c = await makeCase({
    'records/ledger.csv': [
      'Date,FNSKU,ASIN,MSKU,Title,Event Type,Reference ID,Quantity,Fulfillment Center,Disposition,Reason,Country,Reconciled Quantity,Unreconciled Quantity',
      '03/04/2026,X001,B0EXAMPLE1,SKU-1,Tumbler,Receipts,FBA15XYZ,48,NRT5,SELLABLE,,JP,48,0',
      '03/05/2026,X001,B0EXAMPLE1,SKU-1,Tumbler,Shipments,,-1,NRT5,SELLABLE,,JP,,',
    ].join('\n'),
    'records/summary.txt': tsv([
      [
        'Date',
        'FNSKU',
        'ASIN',
        'MSKU',
        'Title',
        'Disposition',
        'StartingWarehouseBalance',
        'InTransitBetweenWarehouses',
        'Receipts',
        'CustomerShipments',
        'CustomerReturns',
        'VendorReturns',
        'EndingWarehouseBalance',
      ],
      [
        '03/2026',
        'X001',
        'B0EXAMPLE1',
        'SKU-1',
        'Tumbler',
        'SELLABLE',
        '0',
        '0',
        '48',
        '-20',
        '2',
        '0',
        '30',
      ],
    ]),
  });
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect(records.files.map((f) => f.kind)).toEqual(['ledgerDetail', 'ledgerSummary']);
  expect(noSrc(records.receipts.ledgerDetail)).toEqual([
    {
      date: '2026-03-04',
      sku: 'SKU-1',
      asin: 'B0EXAMPLE1',
      fnsku: 'X001',
      quantity: 48,
      reference: 'FBA15XYZ',
    },
  ]);
  expect(noSrc(records.ledgerSummary)).toEqual([
    {
      date: '2026-03-01',
      sku: 'SKU-1',
      asin: 'B0EXAMPLE1',
      fnsku: 'X001',
      receipts: 48,
      customerShipments: -20,
      customerReturns: 2,
      // the roll-forward's columns this file has; the Date cell 03/2026 is a month
      disposition: 'SELLABLE',
      monthly: true,
      startingBalance: 0,
      vendorReturns: 0,
      endingBalance: 30,
    },
  ]);
  expect(records.skuToAsin).toEqual({ 'SKU-1': 'B0EXAMPLE1' });
});

test('Amazon Fulfilled Shipments and Reimbursements', async () => {
  const c = await makeCase({
    'records/ship.txt': tsv([
      [
        'amazon-order-id',
        'merchant-order-id',
        'shipment-id',
        'shipment-item-id',
        'amazon-order-item-id',
        'purchase-date',
        'payments-date',
        'shipment-date',
        'reporting-date',
        'sku',
        'product-name',
        'quantity-shipped',
        'currency',
        'item-price',
        'carrier',
        'tracking-number',
      ],
      [
        '249-1',
        '',
        'S1',
        'SI1',
        'OI1',
        '2026-03-01T12:00:00+09:00',
        '2026-03-01T12:00:00+09:00',
        '2026-03-02T09:00:00+09:00',
        '2026-03-02T10:00:00+09:00',
        '0777',
        'T',
        '2',
        'JPY',
        '1980',
        'Yamato',
        '1234',
      ],
    ]),
    'records/reimb.txt': tsv([
      [
        'approval-date',
        'reimbursement-id',
        'case-id',
        'amazon-order-id',
        'reason',
        'sku',
        'fnsku',
        'asin',
        'product-name',
        'condition',
        'currency-unit',
        'amount-per-unit',
        'amount-total',
        'quantity-reimbursed-cash',
        'quantity-reimbursed-inventory',
        'quantity-reimbursed-total',
      ],
      [
        '2026-03-09T00:00:00+00:00',
        '0012345678',
        '',
        '',
        'Lost_Warehouse',
        '0777',
        'X001',
        'B0EXAMPLE1',
        'T',
        'New',
        'JPY',
        '900',
        '1800',
        '2',
        '0',
        '2',
      ],
    ]),
  });
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect(noSrc(records.shipments)).toEqual([
    { orderId: '249-1', shipmentDate: '2026-03-02', sku: '0777', quantity: 2 },
  ]);
  expect(noSrc(records.reimbursements)).toEqual([
    {
      approvalDate: '2026-03-09',
      reimbursementId: '0012345678',
      sku: '0777',
      asin: 'B0EXAMPLE1',
      reason: 'Lost_Warehouse',
      quantity: 2,
    },
  ]);
});

test('supplier invoice lines: statuses in English and Japanese, product codes, buyer', async () => {
  const c = await makeCase({
    'records/仕入.csv': [
      '請求書番号,発行日,仕入先,商品コード,商品名,数量,種別,宛名',
      'A-001,2026/02/01,S1,TB-350,タンブラー,10,,株式会社サンプル商事',
      'A-002,2026/02/02,S1,TB-350,タンブラー,10,見積書,',
      'A-003,2026/02/03,S1,TB-350,タンブラー,10,プロフォーマ,',
      'A-004,2026/02/04,S1,TB-350,タンブラー,10,注文確認書,',
      'A-005,2026/02/05,S1,TB-350,タンブラー,10,請求書,',
      'A-006,2026/02/06,S1,TB-350,タンブラー,10,Quote,',
    ].join('\r\n'),
  });
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect([...records.invoiceLines].map((l) => [l.invoiceNumber, l.issueDate, l.status])).toEqual([
    ['A-001', '2026-02-01', 'final'],
    ['A-002', '2026-02-02', 'quote'],
    ['A-003', '2026-02-03', 'proforma'],
    ['A-004', '2026-02-04', 'order-confirmation'],
    ['A-005', '2026-02-05', 'final'],
    ['A-006', '2026-02-06', 'quote'],
  ]);
  expect([...records.invoiceLines][0]).toMatchObject({
    supplier: 'S1',
    productCode: 'TB-350',
    productName: 'タンブラー',
    quantity: 10,
    buyerName: '株式会社サンプル商事',
    src: { file: 'records/仕入.csv', row: 2 },
  });
});

test('invoice lines: ambiguous dates need records.dateOrder; bad status and no product are errors', async () => {
  const file = [
    'Invoice No,Invoice Date,Supplier,ASIN,Qty,Status',
    'I1,03/04/2026,S1,B0EXAMPLE1,1,',
    'I2,2026-03-05,S1,,1,',
    'I3,2026-03-05,S1,B0EXAMPLE1,1,maybe',
  ].join('\n');
  const c = await makeCase({ 'records/inv.csv': file });
  const r = await readRecords(c);
  expect(errors(r.problems).map((p) => [p.code, p.where.row, p.where.column, p.found])).toEqual([
    ['RECORD_BAD_CELL', 2, 'Invoice Date', '03/04/2026'],
    ['RECORD_BAD_CELL', 3, 'ASIN', ''],
    ['RECORD_BAD_CELL', 4, 'Status', 'maybe'],
  ]);
  const c2 = await makeCase({ 'records/inv.csv': file }, { records: { dateOrder: 'DMY' } });
  const r2 = await readRecords(c2);
  expect([...r2.records.invoiceLines][0]!.issueDate).toBe('2026-04-03');
});

describe('shipping log', () => {
  test("the seller's own sheet with Japanese headers", async () => {
    const c = await makeCase(
      {
        'records/出荷.csv': [
          '注文番号,注文日,出荷予定日,出荷日,注文ステータス,誤出荷',
          '249-1,2026/03/01,2026/03/03,2026/03/02,,',
          '249-2,2026/03/01,2026/03/03,2026/03/05,,はい',
          '249-3,2026/03/02,2026/03/04,,,',
          '249-4,2026/03/02,2026/03/04,,キャンセル,',
        ].join('\n'),
      },
      { kind: 'performance' },
    );
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(noSrc(records.shippingLog)).toEqual([
      {
        orderId: '249-1',
        orderDate: '2026-03-01',
        expectedShipDate: '2026-03-03',
        shippedDate: '2026-03-02',
        cancelled: false,
        wrongItem: false,
      },
      {
        orderId: '249-2',
        orderDate: '2026-03-01',
        expectedShipDate: '2026-03-03',
        shippedDate: '2026-03-05',
        cancelled: false,
        wrongItem: true,
      },
      {
        orderId: '249-3',
        orderDate: '2026-03-02',
        expectedShipDate: '2026-03-04',
        cancelled: false,
        wrongItem: false,
      },
      {
        orderId: '249-4',
        orderDate: '2026-03-02',
        expectedShipDate: '2026-03-04',
        cancelled: true,
        wrongItem: false,
      },
    ]);
  });

  test("Amazon's order report with latest-ship-date: a shipping log in a performance case, orders otherwise", async () => {
    const file = tsv([
      [
        'amazon-order-id',
        'purchase-date',
        'order-status',
        'latest-ship-date',
        'sku',
        'asin',
        'quantity',
      ],
      [
        '249-1',
        '2026-03-01T10:00:00+09:00',
        'Shipped',
        '2026-03-03T23:59:59+09:00',
        'SKU-1',
        'B0EXAMPLE1',
        '1',
      ],
      [
        '249-1',
        '2026-03-01T10:00:00+09:00',
        'Shipped',
        '2026-03-03T23:59:59+09:00',
        'SKU-2',
        'B0EXAMPLE2',
        '1',
      ],
    ]);
    const perf = await readRecords(
      await makeCase({ 'records/o.txt': file }, { kind: 'performance' }),
    );
    expect(errors(perf.problems)).toEqual([]);
    expect(perf.records.files[0]!.kind).toBe('shippingLog');
    expect(noSrc(perf.records.shippingLog)).toEqual([
      {
        orderId: '249-1',
        orderDate: '2026-03-01',
        expectedShipDate: '2026-03-03',
        cancelled: false,
        wrongItem: false,
      },
    ]);
    const auth = await readRecords(await makeCase({ 'records/o.txt': file }));
    expect(auth.records.files[0]!.kind).toBe('allOrders');
    expect(auth.records.orders).toHaveLength(2);
  });
});

describe('headers', () => {
  test('a file matching no kind lists the headers found and the closest kind', async () => {
    const c = await makeCase({
      'records/orders.txt': tsv([
        ['order', 'when', 'item', 'how many'],
        ['1', '2026-03-01', 'A', '1'],
      ]),
    });
    const { records, problems } = await readRecords(c);
    expect(records.files).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'RECORD_UNKNOWN_KIND',
      severity: 'error',
      where: { file: 'records/orders.txt', row: 1 },
      found: 'order, when, item, how many',
    });
    expect(problems[0]!.message.en).toContain('Closest:');
  });

  test('case.json headerAliases extend the tables', async () => {
    const file = tsv([
      ['伝票No', '日付', '仕入先', '商品管理番号', '入数'],
      ['D-1', '2026-03-01', 'S1', '0777', '5'],
    ]);
    const c = await makeCase(
      { 'records/x.txt': file },
      {
        records: {
          headerAliases: { invoiceLines: { invoiceNumber: ['伝票No'], quantity: ['入数'] } },
        },
      },
    );
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(noSrc(records.invoiceLines)).toEqual([
      {
        invoiceNumber: 'D-1',
        issueDate: '2026-03-01',
        supplier: 'S1',
        sku: '0777',
        quantity: 5,
        status: 'final',
      },
    ]);
    const bad = await makeCase(
      { 'records/x.txt': file },
      { records: { headerAliases: { invoices: { x: ['y'] }, invoiceLines: { nope: ['z'] } } } },
    );
    const r = await readRecords(bad);
    expect(
      r.problems.filter((p) => p.code === 'CASE_HEADER_ALIAS').map((p) => p.where.jsonPath),
    ).toEqual(['$.records.headerAliases.invoices', '$.records.headerAliases.invoiceLines.nope']);
  });

  test('a duplicated header is an error; a header row only is said', async () => {
    const c = await makeCase({
      'records/a.txt': tsv([
        ['received-date', 'sku', 'quantity', 'quantity'],
        ['2026-03-01', 'A', '1', '2'],
      ]),
      'records/b.txt': tsv([['received-date', 'sku', 'quantity']]),
      'records/c.txt': '',
      'records/.DS_Store': 'x',
      'records/~$book.xlsx': 'lock',
      'records/notes.pdf': '%PDF-1.4',
    });
    const { records, problems } = await readRecords(c);
    expect(problems.map((p) => [p.code, p.severity, p.where.file, p.where.column])).toEqual([
      ['RECORD_DUPLICATE_HEADER', 'error', 'records/a.txt', 'quantity'],
      ['RECORD_NO_ROWS', 'warning', 'records/b.txt', undefined],
      ['RECORD_EMPTY', 'error', 'records/c.txt', undefined],
      ['RECORD_IGNORED', 'warning', 'records/notes.pdf', undefined],
    ]);
    expect(records.files.map((f) => [f.path, f.rows])).toEqual([
      ['records/a.txt', 1],
      ['records/b.txt', 0],
    ]);
  });

  test('a title row above the headers is skipped; files are read recursively in path order', async () => {
    const c = await makeCase({
      'records/z/inv.csv':
        '仕入れ明細 2026年3月\n請求書番号,発行日,仕入先,ASIN,数量\nX-1,2026-03-01,S1,B0EXAMPLE1,3\n',
      'records/a.txt': tsv([
        ['received-date', 'sku', 'quantity'],
        ['2026-03-01', 'A', '1'],
      ]),
    });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files.map((f) => f.path)).toEqual(['records/a.txt', 'records/z/inv.csv']);
    expect([...records.invoiceLines][0]!.src).toEqual({ file: 'records/z/inv.csv', row: 3 });
  });
});

test('every bad cell across files at once, capped per file with a summary', async () => {
  const rows = [['received-date', 'sku', 'quantity']];
  for (let i = 0; i < 60; i++) rows.push(['2026-03-01', 'A', '1.5']);
  const c = await makeCase({
    'records/a.txt': tsv(rows),
    'records/b.txt': tsv([
      ['received-date', 'sku', 'quantity'],
      ['2026-13-01', 'A', 'abc'],
      ['', 'A', '1'],
    ]),
  });
  const { problems } = await readRecords(c);
  const a = problems.filter((p) => p.where.file === 'records/a.txt');
  expect(a).toHaveLength(51);
  expect(a[0]).toMatchObject({
    code: 'RECORD_BAD_CELL',
    where: { file: 'records/a.txt', row: 2, column: 'quantity' },
    expected: { ja: '0 以上の整数', en: 'whole number ≥ 0' },
    found: '1.5',
  });
  expect(a[50]).toMatchObject({ code: 'RECORD_MORE_PROBLEMS' });
  expect(a[50]!.message.en).toContain('10 more');
  const b = problems.filter((p) => p.where.file === 'records/b.txt');
  expect(b.map((p) => [p.where.row, p.where.column, p.found])).toEqual([
    [2, 'received-date', '2026-13-01'],
    [2, 'quantity', 'abc'],
    [3, 'received-date', ''],
  ]);
});

test('supplier product codes are mapped to ASINs from case.json records.productCodes', async () => {
  const c = await makeCase(
    {
      'records/inv.csv': [
        'Invoice Number,Issue Date,Supplier,Item Code,Qty',
        'I-1,2026-03-01,S1,TB-350,4',
        'I-2,2026-03-01,Other Co.,TB-350,4',
        'I-3,2026-03-01,S1,ZZ-9,4',
      ].join('\n'),
    },
    { records: { productCodes: [{ supplierId: 'S1', code: 'TB-350', asin: 'B0EXAMPLE1' }] } },
  );
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect([...records.invoiceLines].map((l) => [l.invoiceNumber, l.productCode, l.asin])).toEqual([
    ['I-1', 'TB-350', 'B0EXAMPLE1'],
    ['I-2', 'TB-350', undefined],
    ['I-3', 'ZZ-9', undefined],
  ]);
});

test('progress is reported per file; SKU→ASIN conflicts are warned once', async () => {
  const c = await makeCase({
    'records/a.txt': tsv([
      ['amazon-order-id', 'purchase-date', 'sku', 'asin', 'quantity'],
      ['1', '2026-03-01', 'SKU-1', 'B0EXAMPLE1', '1'],
      ['2', '2026-03-01', 'SKU-1', 'B0EXAMPLE2', '1'],
      ['3', '2026-03-01', 'SKU-1', 'B0EXAMPLE3', '1'],
    ]),
  });
  const seen: unknown[] = [];
  const { records, problems } = await readRecords(c, { onProgress: (p) => seen.push(p) });
  expect(seen).toEqual([
    { file: 'records/a.txt', rows: 0, done: false },
    { file: 'records/a.txt', rows: 4, done: true },
  ]);
  expect(records.skuToAsin).toEqual({ 'SKU-1': 'B0EXAMPLE1' });
  expect(problems.map((p) => [p.code, p.severity, p.where.row])).toEqual([
    ['RECORD_SKU_ASIN', 'warning', 3],
  ]);
});

test('two names for one field: the more specific is read, the other said', async () => {
  const c = await makeCase({
    'records/inv.csv':
      'Date,Invoice Date,Invoice No,Supplier,ASIN,Qty\n2026-01-01,2026-02-01,I-1,S1,B0EXAMPLE1,2\n',
  });
  const { records, problems } = await readRecords(c);
  expect(errors(problems)).toEqual([]);
  expect([...records.invoiceLines][0]).toMatchObject({
    invoiceNumber: 'I-1',
    issueDate: '2026-02-01',
  });
  expect(problems.map((p) => [p.code, p.severity, p.where.column])).toEqual([
    ['RECORD_COLUMN_IGNORED', 'info', 'Date'],
  ]);
});
