/**
 * One worksheet's rows as Excel shows them: cells by column, shared strings looked up, rich text
 * joined (phonetic guides left out), formula results, dates for date formats, zero-padded
 * number formats applied. Fed by the XML scanner (xml-scan.ts) from xlsx-stream.ts.
 */
import type { Cell } from './values.js';
import {
  decodeXmlText,
  escapeCdata,
  flat,
  localName,
  TextCollector,
  xmlAttr,
  type XmlHandler,
} from './xml-scan.js';

/** Columns read per row (the reports have a few dozen). */
const MAX_COLUMNS = 2000;

/** How a cell style shows numbers (from xl/styles.xml). */
export interface CellFormat {
  date: boolean;
  /** Digits of a `000…` format (0 when the format is not one). */
  pad: number;
}

/** Longest cell content remembered as the one above the next (see SheetRows.above). */
const MAX_REMEMBERED = 1024;

interface LastCell {
  type: string | undefined;
  style: number;
  /** The content as written, between the start and end tags. */
  raw: string;
  value: Cell | undefined;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** 1-based column of the cell reference `s.slice(from, to)` ("AB12" → 28), 0 without letters. */
function columnAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** The one-letter cell types by their letter's code. */
const LETTER_TYPES = new Map(['s', 'n', 'b', 'e', 'd'].map((t) => [t.charCodeAt(0), t]));

/** The type attribute `s.slice(from, to)` (one string for each common type, no copy made). */
function cellType(s: string, from: number, to: number): string {
  if (to - from === 1) return LETTER_TYPES.get(s.charCodeAt(from)) ?? s.slice(from, to);
  const t = s.slice(from, to);
  return t === 'inlineStr' ? 'inlineStr' : t === 'str' ? 'str' : t;
}

/** The style index `s.slice(from, to)` (0 when it is none). */
function styleAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(s.slice(from, to)) || 0;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The raw text of an element whose content starts at `from` (CDATA sections escaped), and where
 * its end tag ends.
 */
function textUntilEnd(s: string, from: number, end: number): { text: string; next: number } {
  let text = '';
  let p = from;
  for (;;) {
    const lt = s.indexOf('<', p);
    if (lt < 0 || lt >= end) throw new Error('a cell value without its end tag');
    text += s.slice(p, lt);
    if (s.startsWith('<![CDATA[', lt)) {
      const e = s.indexOf(']]>', lt + 9);
      if (e < 0 || e >= end) throw new Error('a cell value without its end tag');
      text += escapeCdata(s.slice(lt + 9, e));
      p = e + 3;
      continue;
    }
    const gt = s.indexOf('>', lt);
    if (gt < 0 || gt > end) throw new Error('a cell value without its end tag');
    return { text, next: gt + 1 };
  }
}

/** A serial day number as a date (Excel's 1900 or 1904 system), as exceljs gives it. */
function serialDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** One sheet's rows: cells by column, as displayed. */
export class SheetRows extends TextCollector implements XmlHandler {
  private inData = false;
  private rowNo = 0;
  private cells: Cell[] | undefined;
  private col = 0;
  private type: string | undefined;
  private style = 0;
  private v: string | undefined;
  private f: string | undefined;
  private inline: string | undefined;

  constructor(
    private readonly strings: string[],
    private readonly formats: CellFormat[],
    private readonly date1904: boolean,
    private readonly onRow: (row: number, cells: Cell[]) => void,
  ) {
    super();
  }

  readonly whole = new Set(['c']);

  /**
   * The cell last read in each column, as written and as shown: a cell written as the one above
   * it (same type, style and content; the invoice number, date and supplier of an invoice's
   * lines) shows the same, without reading it again.
   */
  private readonly above: (LastCell | undefined)[] = [];

  /** A cell, start tag and content at once: the fast way through millions of them. */
  element(_name: string, tag: string, from: number, to: number, start: number, end: number): void {
    if (!this.cells) return;
    this.attributes(tag, from, to);
    const { col, type, style } = this;
    const above = this.above[col];
    // (a slice compared is faster than startsWith at a position, and soon collected)
    const raw = end - start <= MAX_REMEMBERED ? tag.slice(start, end) : undefined;
    if (above !== undefined && above.raw === raw && above.type === type && above.style === style) {
      if (above.value !== undefined) this.cells[col - 1] = above.value;
      return;
    }
    this.v = this.f = this.inline = undefined;
    if (!this.simple(tag, start, end)) this.general(tag, start, end);
    const value = this.value();
    if (col > MAX_COLUMNS) return;
    if (value !== undefined) this.cells[col - 1] = value;
    if (raw !== undefined) this.above[col] = { type, style, raw: flat(raw), value };
  }

  /** The r, t and s attributes of a cell's start tag `tag.slice(from, to)`, in one pass. */
  private attributes(tag: string, from: number, to: number): void {
    let col = 0;
    let type: string | undefined;
    let style = 0;
    let p = from;
    for (;;) {
      const eq = tag.indexOf('=', p);
      if (eq < 0 || eq >= to) break;
      let q = eq + 1;
      while (q < to && isSpace(tag.charCodeAt(q))) q++;
      const quote = tag.charCodeAt(q);
      if (quote !== 34 && quote !== 39) break;
      const close = tag.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0 || close >= to) break;
      // the name before '=': one letter, after a space or a namespace prefix
      let e = eq;
      while (e > p && isSpace(tag.charCodeAt(e - 1))) e--;
      const before = tag.charCodeAt(e - 2);
      if (e - 2 >= from && (isSpace(before) || before === 58) /* : */) {
        const name = tag.charCodeAt(e - 1);
        if (name === 114 /* r */) col = columnAt(tag, q + 1, close);
        else if (name === 116 /* t */) type = cellType(tag, q + 1, close);
        else if (name === 115 /* s */) style = styleAt(tag, q + 1, close);
      }
      p = close + 1;
    }
    this.col = col > 0 ? col : this.col + 1;
    this.type = type;
    this.style = style;
  }

  /** The usual shapes, <v>…</v> and <is><t>…</t></is>, without markup inside; false if not. */
  private simple(tag: string, start: number, end: number): boolean {
    if (start === end) return true;
    if (tag.startsWith('<v>', start)) {
      const close = tag.indexOf('<', start + 3);
      if (close !== end - 4 || !tag.startsWith('</v>', close)) return false;
      this.v = tag.slice(start + 3, close);
      return true;
    }
    if (tag.startsWith('<is><t>', start)) {
      const close = tag.indexOf('<', start + 7);
      if (close !== end - 9 || !tag.startsWith('</t></is>', close)) return false;
      this.inline = decodeXmlText(tag.slice(start + 7, close));
      return true;
    }
    return false;
  }

  /** Any other cell content: formulas, rich text runs, phonetic guides, CDATA, prefixes. */
  private general(tag: string, start: number, end: number): void {
    let inline = false;
    let phonetic = 0;
    let p = start;
    while (p < end) {
      const lt = tag.indexOf('<', p);
      if (lt < 0 || lt >= end) break;
      const gt = tag.indexOf('>', lt);
      if (gt < 0 || gt > end) throw new Error('a cell with a broken tag');
      if (tag.charCodeAt(lt + 1) === 47 /* / */) {
        const name = localName(tag, lt + 2, gt);
        if (name === 'rPh' && phonetic > 0) phonetic--;
        else if (name === 'is') inline = false;
        p = gt + 1;
        continue;
      }
      let k = lt + 1;
      while (k < gt) {
        const ch = tag.charCodeAt(k);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) break;
        k++;
      }
      const name = localName(tag, lt + 1, k);
      const selfClosing = tag.charCodeAt(gt - 1) === 47;
      const into =
        name === 'v' ? 1 : name === 'f' ? 2 : name === 't' && inline && phonetic === 0 ? 3 : 0;
      if (into && selfClosing) {
        if (into === 1) this.v = '';
        else if (into === 2) this.f = '';
        else this.inline ??= '';
        p = gt + 1;
        continue;
      }
      if (into) {
        const { text, next } = textUntilEnd(tag, gt + 1, end);
        if (into === 1) this.v = text;
        else if (into === 2) this.f = decodeXmlText(text);
        else this.inline = (this.inline ?? '') + decodeXmlText(text);
        p = next;
        continue;
      }
      if (name === 'is' && !selfClosing) {
        inline = true;
        this.inline ??= '';
      } else if (name === 'rPh' && !selfClosing) phonetic++;
      p = gt + 1;
    }
  }

  open(name: string, tag: string, from: number, to: number): void {
    if (name === 'sheetData') this.inData = true;
    else if (name === 'row' && this.inData) {
      const r = Number(xmlAttr(tag, from, to, 'r'));
      this.rowNo = Number.isInteger(r) && r > 0 ? r : this.rowNo + 1;
      this.cells = [];
      this.col = 0;
    }
  }

  close(name: string): void {
    if (name === 'row' && this.cells) {
      const cells = this.cells;
      this.cells = undefined;
      this.onRow(this.rowNo, cells);
    } else if (name === 'sheetData') this.inData = false;
  }

  /** The displayed value of the cell just closed. */
  private value(): Cell | undefined {
    const { type, v, f } = this;
    // no cached result: what the formula shows is not known
    const noResult = f !== undefined ? { error: `=${f}` } : undefined;
    switch (type) {
      case 's': {
        if (v === undefined) return noResult;
        return this.strings[Number(v)];
      }
      case 'inlineStr':
        if (this.inline !== undefined) return flat(this.inline);
        return v !== undefined ? flat(decodeXmlText(v)) : undefined;
      case 'str':
        return v !== undefined ? flat(decodeXmlText(v)) : noResult;
      case 'b':
        return v !== undefined ? Number(v) !== 0 : noResult;
      case 'e':
        return v !== undefined ? { error: decodeXmlText(v) } : noResult;
      case 'd': {
        if (v === undefined) return noResult;
        const d = new Date(v.trim());
        return Number.isNaN(d.getTime()) ? { error: v } : d;
      }
      default: {
        if (v === undefined || v.trim() === '') return noResult;
        const n = Number(v);
        if (Number.isNaN(n)) return { error: '#ERROR' };
        const fmt = this.formats[this.style];
        if (fmt?.date) return serialDate(n, this.date1904);
        if (fmt && fmt.pad > 0 && Number.isInteger(n) && n >= 0)
          return String(n).padStart(fmt.pad, '0');
        return n;
      }
    }
  }
}
