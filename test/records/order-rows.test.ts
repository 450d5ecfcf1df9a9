/** The rows behind the order days: runs of real rows, bounded per file, SKU and ASIN. */
import { expect, test } from 'vitest';
import { readRecords } from '../../src/records/index.js';
import { MAX_ORDER_RANGES } from '../../src/records/types.js';
import { makeCase, tsv } from './helpers.js';

const HEADERS = [
  'amazon-order-id',
  'purchase-date',
  'order-status',
  'sku',
  'asin',
  'item-status',
  'quantity',
];
const line = (i: number, sku: string, asin: string, status = 'Shipped') => [
  `249-${i}`,
  '2026-03-01T12:00:00+09:00',
  status,
  sku,
  asin,
  status,
  '1',
];

test('consecutive rows of an order day become one range; other rows split them', async () => {
  const c = await makeCase({
    'records/orders.txt': tsv([
      HEADERS,
      line(1, 'A', 'B0EXAMPLE1'), // row 2
      line(2, 'A', 'B0EXAMPLE1'), // row 3
      line(3, 'B', 'B0EXAMPLE2'), // row 4
      line(4, 'A', 'B0EXAMPLE1'), // row 5
      line(5, 'A', 'B0EXAMPLE1', 'Cancelled'), // row 6: another order day (cancelled)
    ]),
  });
  const { records } = await readRecords(c);
  const rows = records.orderRows!.map((o) => [o.sku, o.cancelled, o.rows, o.lines]);
  expect(rows).toEqual([
    [
      'A',
      false,
      [
        [2, 3],
        [5, 5],
      ],
      3,
    ],
    ['B', false, [[4, 4]], 1],
    ['A', true, [[6, 6]], 1],
  ]);
});

test('past the cap only lines are counted: every range listed is a real row', async () => {
  const n = MAX_ORDER_RANGES + 50;
  const body: string[][] = [];
  // A and B interleaved: every row of A is a range of its own
  for (let i = 0; i < n; i++)
    body.push(line(2 * i, 'A', 'B0EXAMPLE1'), line(2 * i + 1, 'B', 'B0EXAMPLE2'));
  const c = await makeCase({ 'records/orders.txt': tsv([HEADERS, ...body]) });
  const { records } = await readRecords(c);
  const a = records.orderRows!.find((o) => o.sku === 'A')!;
  expect(a.lines).toBe(n);
  expect(a.rows).toHaveLength(MAX_ORDER_RANGES);
  // rows 2, 4, 6 … are A's
  for (const [from, to] of a.rows) {
    expect(from).toBe(to);
    expect(from % 2).toBe(0);
  }
  expect(records.orders.find((o) => o.sku === 'A')!.lines).toBe(n);
});
