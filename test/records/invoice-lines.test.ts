/** Invoice lines held as they stream in: alike lines are one entry with units, lines and rows. */
import { expect, test } from 'vitest';
import { readRecords } from '../../src/records/index.js';
import { MAX_ORDER_RANGES, lineCount } from '../../src/records/types.js';
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
    records.invoiceLines.map((l) => [
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
  expect(records.invoiceLines[1]).toEqual({
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
