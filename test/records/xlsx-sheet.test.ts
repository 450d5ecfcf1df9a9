/** One worksheet's cells as Excel shows them, fed to the scanner in chunks of any size. */
import { expect, test } from 'vitest';
import type { Cell } from '../../src/records/values.js';
import { SheetRows, type CellFormat } from '../../src/records/xlsx-sheet.js';
import { XmlScanner } from '../../src/records/xml-scan.js';

/** The rows of a sheet whose `<sheetData>` holds `rows`, fed `chunk` bytes at a time. */
function readSheet(rows: string, chunk = 1 << 20, formats: CellFormat[] = []): [number, Cell[]][] {
  const out: [number, Cell[]][] = [];
  const xml = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${rows}</sheetData></worksheet>`,
  );
  const scanner = new XmlScanner(
    new SheetRows(['共有', 'shared'], formats, false, (r, cells) => out.push([r, cells])),
  );
  for (let i = 0; i < xml.length; i += chunk) scanner.write(xml.subarray(i, i + chunk));
  scanner.end();
  return out;
}

const DATE: CellFormat = { date: true, pad: 0 };
const PLAIN: CellFormat = { date: false, pad: 0 };
const ZEROS: CellFormat = { date: false, pad: 5 };

test('a cell written as the one above reads the same; any difference in type or style does not', () => {
  const rows = [
    '<row r="1"><c r="A1"><v>45000</v></c><c r="B1" t="s"><v>0</v></c></row>',
    '<row r="2"><c r="A2"><v>45000</v></c><c r="B2" t="s"><v>0</v></c></row>',
    // the same content, another style: a date; another type: a number
    '<row r="3"><c r="A3" s="1"><v>45000</v></c><c r="B3"><v>0</v></c></row>',
    // the same content and type, a zero-padding style
    '<row r="4"><c r="A4" s="2"><v>45000</v></c><c r="B4" t="s"><v>1</v></c></row>',
    '<row r="5"><c r="A5" s="2"><v>45000</v></c><c r="B5" t="s"><v>1</v></c></row>',
  ].join('');
  const want: [number, Cell[]][] = [
    [1, [45000, '共有']],
    [2, [45000, '共有']],
    [3, [new Date(Date.UTC(2023, 2, 15)), 0]],
    [4, ['45000', 'shared']],
    [5, ['45000', 'shared']],
  ];
  // whole, and cut every few bytes (a cell split across chunks)
  for (const chunk of [1 << 20, 7, 1])
    expect(readSheet(rows, chunk, [PLAIN, DATE, ZEROS])).toEqual(want);
});

test('attributes as XML allows them: quotes, spaces, prefixes, ">" in a value, any order', () => {
  const rows = [
    `<x:row r='1'><x:c t='inlineStr' r = 'B1' x:s="0" foo="a>b"><x:is><x:t>右</x:t></x:is></x:c>`,
    `<x:c s='1' r="C1"><x:v>45000</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>`,
    // a cell without a reference follows the one before it
    `<row><c t="str"><v>a&amp;b</v></c><c><f>1+1</f></c><c r="AA2" t="b"><v>1</v></c></row>`,
  ].join('');
  const [r1, r2] = readSheet(rows, 5, [PLAIN, DATE]);
  expect(r1).toEqual([1, [undefined, '右', new Date(Date.UTC(2023, 2, 15)), 4]]);
  const cells = r2![1];
  expect([r2![0], cells[0], cells[1], cells[26]]).toEqual([2, 'a&b', { error: '=1+1' }, true]);
});

test('text above and below the same in every column: every row has its own array', () => {
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>INV-0001</t></is></c><c r="B${r}"><v>1</v></c></row>`;
  const rows = readSheet([1, 2, 3].map(row).join(''));
  expect(rows.map(([r, cells]) => [r, cells])).toEqual([
    [1, ['INV-0001', 1]],
    [2, ['INV-0001', 1]],
    [3, ['INV-0001', 1]],
  ]);
  expect(rows[0]![1]).not.toBe(rows[1]![1]);
});
