/** One worksheet's cells as Excel shows them, fed to the scanner in chunks of any size. */
import { expect, test } from 'vitest';
import type { Cell } from '../../src/records/values.js';
import { SheetRows, type CellFormat } from '../../src/records/xlsx-sheet.js';

/** The rows of a sheet whose `<sheetData>` holds `rows`, fed `chunk` bytes at a time. */
function readSheet(rows: string, chunk = 1 << 20, formats: CellFormat[] = []): [number, Cell[]][] {
  const out: [number, Cell[]][] = [];
  const xml = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${rows}</sheetData></worksheet>`,
  );
  const scanner = new SheetRows(['共有', 'shared'], formats, false, (r, cells) =>
    out.push([r, cells]),
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

/** The sheet read whole and cut at every byte: the same rows either way. */
function everyCut(rows: string, formats: CellFormat[] = []): [number, Cell[]][] {
  const whole = readSheet(rows, 1 << 20, formats);
  for (const chunk of [1, 2, 3, 5, 13]) expect(readSheet(rows, chunk, formats)).toEqual(whole);
  return whole;
}

test('bytes: Japanese split inside a character, entities and character references, line ends', () => {
  const rows = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>請求書 株式会社テスト卸</t></is></c>',
    '<c r="B1" t="inlineStr"><is><t>A&amp;B &lt;1&gt; &quot;x&quot; &apos;y&apos; &#x6771;&#20140;</t></is></c>',
    '<c r="C1" t="str"><v>&#12354;&amp;</v></c><c r="D1" t="inlineStr"><is><t>a\r\nb_x000D_c</t></is></c>',
    // an unknown entity and an out-of-range reference are kept as written
    '<c r="E1" t="inlineStr"><is><t>&foo; &#x110000;</t></is></c></row>',
  ].join('');
  expect(everyCut(rows)).toEqual([
    [
      1,
      ['請求書 株式会社テスト卸', 'A&B <1> "x" \'y\' 東京', 'あ&', 'a\nb\rc', '&foo; &#x110000;'],
    ],
  ]);
});

test('bytes: self-closing cells and rows, empty values, attributes in any order and quoting', () => {
  const rows = [
    `<row r="1"><c r="A1"/><c r="B1" t="s"/><c s="1" t='s' r='C1'><v>1</v></c>`,
    `<c  r = "D1"   t = "inlineStr" ><is><t></t></is></c><c r="E1"><v></v></c></row>`,
    `<row r="2"/>`,
    // no r on the row: the one after the last; no r on a cell: the column after the last
    `<row spans="1:3"><c t="s"><v>0</v></c><c><v>12345678901234567890</v></c></row>`,
  ].join('');
  expect(everyCut(rows, [PLAIN, PLAIN])).toEqual([
    [1, [undefined, undefined, 'shared', '']],
    [2, []],
    [3, ['共有', 12345678901234567890]],
  ]);
});

test('bytes: 20-digit ids as text, numbers with signs and decimals, shared indexes with spaces', () => {
  const rows = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>12345678901234567890</t></is></c>',
    '<c r="B1"><v>-1.5</v></c><c r="C1"><v>1e3</v></c><c r="D1" t="s"><v> 1 </v></c>',
    '<c r="E1"><v>abc</v></c><c r="F1"><v>007</v></c><c r="G1" s="1"><v>7</v></c></row>',
  ].join('');
  expect(everyCut(rows, [PLAIN, ZEROS])).toEqual([
    [1, ['12345678901234567890', -1.5, 1000, 'shared', { error: '#ERROR' }, 7, '00007']],
  ]);
});

test('bytes: comments, processing instructions and CDATA between cells; a cell with a prefix', () => {
  const rows = [
    '<row r="1"><!-- a <c> in a comment --><?pi <c r="Z1"/> ?>',
    '<x:c r="A1" t="str"><x:v><![CDATA[a<b&c]]></x:v></x:c><![CDATA[<c r="B1"><v>9</v></c>]]>',
    '<c r="B1"><f>SUM(A1)</f><v>3</v></c><c r="C1"><f>NOW()</f></c></row>',
  ].join('');
  expect(everyCut(rows)).toEqual([[1, ['a<b&c', 3, { error: '=NOW()' }]]]);
});

test('bytes: a DOCTYPE is refused; a sheet that ends inside a tag is damaged', () => {
  expect(() => readSheet('<!DOCTYPE x [<!ENTITY a "b">]><row r="1"/>')).toThrow(/DOCTYPE/);
  const cut = new SheetRows([], [], false, () => {});
  cut.write(Buffer.from('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>'));
  expect(() => cut.end()).toThrow(/ends inside a tag/);
});
