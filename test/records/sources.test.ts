/**
 * The columns issue 20 reads: the Business Report by child item (Japanese and English headers),
 * the ledger summary's balances, the returns' LPN and the orders' fulfilment channel.
 */
import { describe, expect, test } from 'vitest';
import { readRecords } from '../../src/records/index.js';
import { encodeSjis, makeCase, tsv } from './helpers.js';

const errors = (ps: { severity: string }[]) => ps.filter((p) => p.severity === 'error');
const noSrc = <T extends { src: unknown }>(rows: T[]) => rows.map(({ src: _s, ...r }) => r);

describe('Business Report (詳細ページ 売上・トラフィック 子商品別)', () => {
  test('Japanese headers, CP932 CSV, numbers with thousands separators', async () => {
    const csv = [
      '"（親）ASIN","（子）ASIN","タイトル","セッション数 - 合計","ページビュー - 合計","注文された商品点数","注文された商品点数 - B2B","注文商品の売上額","注文品目総数"',
      '"B0PARENT01","B0CHILD001","電動歯ブラシ 白","1,204","1,830","1,234","3","￥1,234,000","1,200"',
      '"B0PARENT01","B0CHILD002","電動歯ブラシ 黒","310","402","56","0","￥56,000","55"',
    ].join('\r\n');
    const c = await makeCase({
      'records/BusinessReport_2025-10-20_2026-10-20.csv': encodeSjis(csv),
    });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files.map((f) => [f.kind, f.encoding])).toEqual([
      ['businessReport', 'shift_jis'],
    ]);
    // the B2B column is its own name, not "units ordered"
    expect(noSrc(records.businessReport)).toEqual([
      { asin: 'B0CHILD001', unitsOrdered: 1234 },
      { asin: 'B0CHILD002', unitsOrdered: 56 },
    ]);
  });

  test('English headers', async () => {
    const csv = [
      '(Parent) ASIN,(Child) ASIN,Title,Sessions - Total,Units Ordered,Units Ordered - B2B,Ordered Product Sales,Total Order Items',
      'B0PARENT01,B0CHILD001,Toothbrush,100,12,1,$120.00,12',
    ].join('\n');
    const c = await makeCase({ 'records/BusinessReport-10-20-26.csv': csv });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(noSrc(records.businessReport)).toEqual([{ asin: 'B0CHILD001', unitsOrdered: 12 }]);
  });
});

describe('columns of the roll-forward, the complaint units and the fulfilment channel', () => {
  test('ledger summary balances and movements', async () => {
    const c = await makeCase({
      'records/ledger-summary.txt': tsv([
        [
          'Date',
          'FNSKU',
          'ASIN',
          'MSKU',
          'Disposition',
          'Starting Warehouse Balance',
          'In Transit Between Warehouses',
          'Receipts',
          'Customer Shipments',
          'Customer Returns',
          'Vendor Returns',
          'Warehouse Transfer In/Out',
          'Found',
          'Lost',
          'Damaged',
          'Disposed',
          'Other Events',
          'Ending Warehouse Balance',
          'Unknown Events',
          'Location',
        ],
        [
          '05/2025',
          'X001',
          'B0AAAAAAA1',
          'SKU-A',
          'SELLABLE',
          '4',
          '0',
          '10',
          '-3',
          '1',
          '-2',
          '0',
          '1',
          '-1',
          '0',
          '-1',
          '0',
          '9',
          '0',
          'JP',
        ],
      ]),
    });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(noSrc(records.ledgerSummary)).toEqual([
      {
        date: '2025-05-01',
        fnsku: 'X001',
        asin: 'B0AAAAAAA1',
        sku: 'SKU-A',
        receipts: 10,
        customerShipments: -3,
        customerReturns: 1,
        disposition: 'SELLABLE',
        location: 'JP',
        monthly: true, // written 05/2025
        startingBalance: 4,
        endingBalance: 9,
        vendorReturns: -2,
        transfers: 0,
        found: 1,
        lost: -1,
        damaged: 0,
        disposed: -1,
        otherEvents: 0,
        unknownEvents: 0,
      },
    ]);
  });

  test('the LPN of a return and the fulfilment channel of an order', async () => {
    const c = await makeCase({
      'records/returns.txt': tsv([
        [
          'return-date',
          'order-id',
          'sku',
          'asin',
          'quantity',
          'detailed-disposition',
          'reason',
          'status',
          'license-plate-number',
          'customer-comments',
        ],
        [
          '2025-09-02',
          '503-1',
          'SKU-A',
          'B0AAAAAAA1',
          '1',
          'SELLABLE',
          'NOT_AS_DESCRIBED',
          'Unit returned to inventory',
          'LPNRR0001',
          '偽物では？',
        ],
      ]),
      'records/orders.txt': tsv([
        [
          'amazon-order-id',
          'purchase-date',
          'order-status',
          'fulfillment-channel',
          'sku',
          'asin',
          'quantity',
        ],
        ['503-1', '2025-08-01', 'Shipped', 'Merchant', 'SKU-A', 'B0AAAAAAA1', '1'],
        ['503-2', '2025-08-01', 'Shipped', 'Amazon', 'SKU-A', 'B0AAAAAAA1', '2'],
      ]),
    });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.returns[0]!.lpn).toBe('LPNRR0001');
    expect(records.orders.map((o) => [o.channel, o.quantity])).toEqual([
      ['amazon', 2],
      ['merchant', 1],
    ]);
  });
});

describe("the seller's own stock book", () => {
  test('Japanese headers: 日付, 商品コード, 入庫数, 出庫数, 在庫数', async () => {
    const csv = [
      '日付,商品コード,出品者SKU,入庫数,出庫数,在庫数',
      '2025/05/01,,SKU-A,100,,100',
      '2025/05/20,TB-01,,,30,70',
    ].join('\n');
    const c = await makeCase({ 'records/入出庫表.csv': csv });
    const { records, problems } = await readRecords(c);
    expect(errors(problems)).toEqual([]);
    expect(records.files.map((f) => f.kind)).toEqual(['ownStock']);
    expect(noSrc(records.ownStock)).toEqual([
      { date: '2025-05-01', sku: 'SKU-A', unitsIn: 100, balance: 100 },
      { date: '2025-05-20', productCode: 'TB-01', unitsIn: 0, unitsOut: 30, balance: 70 },
    ]);
  });
});
