/**
 * One worksheet's rows as Excel shows them: cells by column, shared strings looked up, rich text
 * joined (phonetic guides left out), formula results, dates for date formats, zero-padded
 * number formats applied. Fed the sheet's bytes by xlsx-stream.ts, in chunks of any size.
 *
 * A sheet can be most of a gigabyte of XML (millions of rows), so it is scanned as bytes, not as
 * a decoded string: markup is found by byte values, shared-string indexes and whole numbers are
 * read from their digits, and only the text of cells that differ from the one above is decoded.
 * What the sheet scanner reads outside cells is what xml-scan.ts reads (comments, processing
 * instructions, CDATA; a DOCTYPE refused); a cell whose content is not one of the usual shapes
 * (formulas, rich text, phonetic guides, CDATA, prefixes) is read from its text as before.
 */
import type { Cell } from './values.js';
import { decodeXmlText, escapeCdata, flat, localName, unescapeXml, xmlAttr } from './xml-scan.js';

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

/** Longest tag (or unfinished markup) held between chunks. */
const MAX_PENDING = 8 * 1024 * 1024;

interface LastCell {
  type: string | undefined;
  style: number;
  /** The content as written, between the start and end tags: `raw.subarray(0, length)`. */
  raw: Uint8Array;
  length: number;
  value: Cell | undefined;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const COLON = 58;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

type Slices = {
  latin1Slice(from: number, to: number): string;
  utf8Slice(f: number, t: number): string;
};
/** The bytes `from`..`to` one character each (what xml-scan.ts hands over as raw text). */
const latin1 = (b: Buffer, from: number, to: number) =>
  (b as unknown as Slices).latin1Slice(from, to);

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const ROW = bytesOf('row');
const SHEET_DATA = bytesOf('sheetData');
const INLINE_STR = bytesOf('inlineStr');
const STR = bytesOf('str');
const INLINE_END = bytesOf('</t></is>');

/** True when `b.subarray(from, to)` is the bytes `name`. */
function isBytes(b: Uint8Array, from: number, to: number, name: Uint8Array): boolean {
  if (to - from !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (b[from + i] !== name[i]) return false;
  return true;
}

/** Where the local name (after any prefix) of the name `from`..`to` starts. */
function localStart(b: Uint8Array, from: number, to: number): number {
  let start = from;
  for (let i = from; i < to; i++) if (b[i] === COLON) start = i + 1;
  return start;
}

/** Where the bytes `a`, `c` (two of them, as in `?>`) first stand from `from`, or -1. */
function indexOf2(b: Buffer, from: number, a: number, c: number): number {
  for (let p = b.indexOf(a, from); p >= 0; p = b.indexOf(a, p + 1)) if (b[p + 1] === c) return p;
  return -1;
}

/**
 * The text of bytes `from`..`to` as it reads (UTF-8, entities, line ends, `_xHHHH_`): what
 * `decodeXmlText` makes of them as Latin-1, without making that string first.
 */
export function decodeXmlBytes(b: Buffer, from: number, to: number): string {
  let plain = true;
  let ascii = true;
  for (let i = from; i < to; i++) {
    const c = b[i]!;
    if (c >= 0x80) {
      ascii = plain = false;
      break;
    }
    if (c === 38 /* & */ || c === 13 /* \r */ || c === 95 /* _ */) plain = false;
  }
  if (plain) return latin1(b, from, to);
  return unescapeXml(ascii ? latin1(b, from, to) : (b as unknown as Slices).utf8Slice(from, to));
}

/** The whole number written as the digits `from`..`to` (at most 15 of them), or -1. */
function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** 1-based column of the cell reference `b.subarray(from, to)` ("AB12" → 28), 0 without letters. */
function columnAt(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i]! & ~32; // upper case
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** The one-letter cell types by their letter's code. */
const LETTER_TYPES = new Map(['s', 'n', 'b', 'e', 'd'].map((t) => [t.charCodeAt(0), t]));

/** The type attribute `b.subarray(from, to)` (one string for each common type). */
function cellType(b: Buffer, from: number, to: number): string {
  if (to - from === 1) return LETTER_TYPES.get(b[from]!) ?? latin1(b, from, to);
  if (isBytes(b, from, to, INLINE_STR)) return 'inlineStr';
  if (isBytes(b, from, to, STR)) return 'str';
  return latin1(b, from, to);
}

/** The style index `b.subarray(from, to)` (0 when it is none). */
function styleAt(b: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return Number(latin1(b, from, to)) || 0;
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

const EMPTY = Buffer.alloc(0);

/** One sheet's rows: cells by column, as displayed. `write` its bytes, then `end`. */
export class SheetRows {
  /** The bytes of unfinished markup at the end of the last chunk: `work.subarray(0, held)`. */
  private work: Buffer = EMPTY;
  private held = 0;
  private inData = false;
  private rowNo = 0;
  private cells: Cell[] | undefined;
  private col = 0;
  private type: string | undefined;
  private style = 0;
  /** The value's raw text (`v`), or where it stands in the bytes (`vFrom`..`vTo`, from ≥ 0). */
  private v: string | undefined;
  private vFrom = -1;
  private vTo = -1;
  private f: string | undefined;
  private inline: string | undefined;

  constructor(
    private readonly strings: string[],
    private readonly formats: CellFormat[],
    private readonly date1904: boolean,
    private readonly onRow: (row: number, cells: Cell[]) => void,
  ) {}

  /**
   * The cell last read in each column, as written and as shown: a cell written as the one above
   * it (same type, style and content; the invoice number, date and supplier of an invoice's
   * lines) shows the same, without reading it again.
   */
  private readonly above: (LastCell | undefined)[] = [];

  /**
   * A chunk of the sheet, with what was left of the last one before it. The unfinished rest is
   * held at the start of one buffer kept for it, and the next chunk copied after it: a new
   * buffer for each chunk would allocate the whole sheet again outside the heap.
   */
  write(chunk: Buffer): void {
    let b = chunk;
    if (this.held > 0) {
      const need = this.held + chunk.length;
      this.room(need);
      chunk.copy(this.work, this.held);
      b = this.work.subarray(0, need);
    }
    const done = this.feed(b);
    const rest = b.length - done;
    if (rest > MAX_PENDING) throw new Error(`a tag of more than ${MAX_PENDING} characters`);
    if (rest > 0) {
      if (b === chunk) {
        this.room(rest);
        chunk.copy(this.work, 0, done);
      } else this.work.copyWithin(0, done, b.length);
    }
    this.held = rest;
  }

  /** Room for `need` bytes in the buffer of the unfinished rest (what it holds kept). */
  private room(need: number): void {
    if (this.work.length >= need) return;
    const w = Buffer.allocUnsafe(Math.max(need, this.work.length * 2, 1 << 16));
    this.work.copy(w, 0, 0, this.held);
    this.work = w;
  }

  /** The end of the sheet: throws when it ends inside markup. */
  end(): void {
    const rest = this.work.subarray(0, this.held);
    const done = this.feed(rest);
    for (let i = done; i < rest.length; i++) {
      const c = rest[i]!;
      // what String.prototype.trim takes away, of Latin-1
      if (!(isSpace(c) || c === 11 || c === 12 || c === 0xa0))
        throw new Error('the XML ends inside a tag');
    }
  }

  /** Handles what is complete in `b`; returns where the unfinished rest starts. */
  private feed(b: Buffer): number {
    const n = b.length;
    let i = 0;
    while (i < n) {
      // text between tags is never wanted in a sheet
      const lt = b[i] === LT ? i : b.indexOf(LT, i);
      if (lt < 0) {
        i = n;
        break;
      }
      i = lt;
      if (lt + 1 >= n) break;
      const c1 = b[lt + 1];
      if (c1 === SLASH) {
        let gt = lt + 2;
        while (gt < n && b[gt] !== GT) gt++;
        if (gt >= n) break;
        let to = gt;
        while (to > lt + 2 && isSpace(b[to - 1]!)) to--;
        this.close(b, localStart(b, lt + 2, to), to);
        i = gt + 1;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const e = indexOf2(b, lt + 2, 63, GT);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (lt + 3 < n && b[lt + 2] === 45 && b[lt + 3] === 45 /* <!-- */) {
          const e = b.indexOf('-->', lt + 4, 'latin1');
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        if (n - lt < 9) break;
        if (latin1(b, lt, lt + 9) === '<![CDATA[') {
          const e = b.indexOf(']]>', lt + 9, 'latin1');
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        throw new Error('the XML has a DOCTYPE or another declaration Excel never writes');
      }
      // a start tag: its end is the first '>' outside quotes
      let j = lt + 1;
      let quote = 0;
      for (; j < n; j++) {
        const ch = b[j]!;
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === DQUOTE || ch === SQUOTE) quote = ch;
        else if (ch === GT) break;
      }
      if (j >= n) break;
      let k = lt + 1;
      while (k < j) {
        const ch = b[k]!;
        if (isSpace(ch) || ch === SLASH) break;
        k++;
      }
      const name = localStart(b, lt + 1, k);
      const selfClosing = b[j - 1] === SLASH;
      if (k - name === 1 && b[name] === 99 /* c */) {
        // a cell, taken whole: up to its end tag, written as its start tag names it
        if (selfClosing) {
          this.cell(b, k, j - 1, j, j);
          i = j + 1;
          continue;
        }
        const e = this.endTag(b, j + 1, lt + 1, k);
        if (e < 0) break;
        this.cell(b, k, j, j + 1, e);
        i = e + 3 + (k - lt - 1);
        continue;
      }
      this.open(b, name, k, k, selfClosing ? j - 1 : j);
      if (selfClosing) this.close(b, name, k);
      i = j + 1;
    }
    return i;
  }

  /** Where `</name>` (the name `b.subarray(from, to)`) first stands from `p`, or -1. */
  private endTag(b: Buffer, p: number, from: number, to: number): number {
    const n = b.length;
    const len = to - from;
    for (;;) {
      while (p < n && b[p] !== LT) p++;
      if (p + len + 2 >= n) return -1;
      if (b[p + 1] === SLASH && b[p + 2 + len] === GT) {
        let k = 0;
        while (k < len && b[p + 2 + k] === b[from + k]) k++;
        if (k === len) return p;
      }
      p++;
    }
  }

  /** A start tag other than a cell's: its local name `b.subarray(name, nameEnd)`. */
  private open(b: Buffer, name: number, nameEnd: number, from: number, to: number): void {
    if (isBytes(b, name, nameEnd, SHEET_DATA)) this.inData = true;
    else if (this.inData && isBytes(b, name, nameEnd, ROW)) {
      const r = this.rowAttr(b, from, to);
      this.rowNo = Number.isInteger(r) && r > 0 ? r : this.rowNo + 1;
      this.cells = [];
      this.col = 0;
    }
  }

  /** The r attribute of a row, as a number (`r="12"` first, as Excel writes it, read directly). */
  private rowAttr(b: Buffer, from: number, to: number): number {
    if (isSpace(b[from]!) && b[from + 1] === 114 /* r */ && b[from + 2] === EQUALS) {
      const q = b[from + 3];
      if (q === DQUOTE || q === SQUOTE) {
        let e = from + 4;
        while (e < to && b[e] !== q) e++;
        const r = e < to ? digitsAt(b, from + 4, e) : -1;
        if (r >= 0) return r;
      }
    }
    const tag = latin1(b, from, to);
    return Number(xmlAttr(tag, 0, tag.length, 'r'));
  }

  /** An end tag: its local name `b.subarray(name, nameEnd)`. */
  private close(b: Buffer, name: number, nameEnd: number): void {
    if (this.cells && isBytes(b, name, nameEnd, ROW)) {
      const cells = this.cells;
      this.cells = undefined;
      this.onRow(this.rowNo, cells);
    } else if (isBytes(b, name, nameEnd, SHEET_DATA)) this.inData = false;
  }

  /** A cell, start tag (attributes `from`..`to`) and content (`start`..`end`) at once. */
  private cell(b: Buffer, from: number, to: number, start: number, end: number): void {
    if (!this.cells) return;
    this.attributes(b, from, to);
    const { col, type, style } = this;
    const length = end - start;
    const above = this.above[col];
    if (
      above !== undefined &&
      above.length === length &&
      above.type === type &&
      above.style === style
    ) {
      const raw = above.raw;
      let k = 0;
      while (k < length && raw[k] === b[start + k]) k++;
      if (k === length) {
        if (above.value !== undefined) this.cells[col - 1] = above.value;
        return;
      }
    }
    this.v = this.f = this.inline = undefined;
    this.vFrom = this.vTo = -1;
    if (!this.simple(b, start, end)) {
      const s = latin1(b, start, end);
      this.general(s, 0, s.length);
      // what is kept holds no more than itself
      if (this.v !== undefined) this.v = flat(this.v);
      if (this.f !== undefined) this.f = flat(this.f);
      if (this.inline !== undefined) this.inline = flat(this.inline);
    }
    const value = this.value(b);
    if (col > MAX_COLUMNS) return;
    if (value !== undefined) this.cells[col - 1] = value;
    if (length > MAX_REMEMBERED) return;
    let last = above;
    if (last === undefined)
      this.above[col] = last = { type, style, raw: new Uint8Array(16), length, value };
    else {
      last.type = type;
      last.style = style;
      last.length = length;
      last.value = value;
    }
    if (last.raw.length < length) last.raw = new Uint8Array(Math.max(length, last.raw.length * 2));
    const raw = last.raw;
    for (let k = 0; k < length; k++) raw[k] = b[start + k]!;
  }

  /** The r, t and s attributes of a cell's start tag `b.subarray(from, to)`, in one pass. */
  private attributes(b: Buffer, from: number, to: number): void {
    let col = 0;
    let type: string | undefined;
    let style = 0;
    let p = from;
    for (;;) {
      let eq = p;
      while (eq < to && b[eq] !== EQUALS) eq++;
      if (eq >= to) break;
      let q = eq + 1;
      while (q < to && isSpace(b[q]!)) q++;
      const quote = b[q];
      if (quote !== DQUOTE && quote !== SQUOTE) break;
      let close = q + 1;
      while (close < to && b[close] !== quote) close++;
      if (close >= to) break;
      // the name before '=': one letter, after a space or a namespace prefix
      let e = eq;
      while (e > p && isSpace(b[e - 1]!)) e--;
      const before = b[e - 2]!;
      if (e - 2 >= from && (isSpace(before) || before === COLON)) {
        const name = b[e - 1];
        if (name === 114 /* r */) col = columnAt(b, q + 1, close);
        else if (name === 116 /* t */) type = cellType(b, q + 1, close);
        else if (name === 115 /* s */) style = styleAt(b, q + 1, close);
      }
      p = close + 1;
    }
    this.col = col > 0 ? col : this.col + 1;
    this.type = type;
    this.style = style;
  }

  /** The usual shapes, <v>…</v> and <is><t>…</t></is>, without markup inside; false if not. */
  private simple(b: Buffer, start: number, end: number): boolean {
    if (start === end) return true;
    if (b[start] !== LT) return false;
    if (b[start + 1] === 118 /* v */ && b[start + 2] === GT) {
      let close = start + 3;
      while (close < end && b[close] !== LT) close++;
      if (
        close !== end - 4 ||
        b[close + 1] !== SLASH ||
        b[close + 2] !== 118 ||
        b[close + 3] !== GT
      )
        return false;
      this.vFrom = start + 3;
      this.vTo = close;
      return true;
    }
    // <is><t>
    if (
      b[start + 1] === 105 &&
      b[start + 2] === 115 &&
      b[start + 3] === GT &&
      b[start + 4] === LT &&
      b[start + 5] === 116 &&
      b[start + 6] === GT
    ) {
      let close = start + 7;
      while (close < end && b[close] !== LT) close++;
      if (close !== end - 9 || !isBytes(b, close, end, INLINE_END)) return false;
      this.inline = decodeXmlBytes(b, start + 7, close);
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

  /** The displayed value of the cell just read (its value's bytes in `b`). */
  private value(b: Buffer): Cell | undefined {
    const { type, f } = this;
    let v = this.v;
    if (this.vFrom >= 0) {
      // a shared string's index, or a whole number, read from its digits
      const d = digitsAt(b, this.vFrom, this.vTo);
      if (d >= 0 && type === 's') return this.strings[d];
      if (
        d >= 0 &&
        type !== 'inlineStr' &&
        type !== 'str' &&
        type !== 'b' &&
        type !== 'e' &&
        type !== 'd'
      )
        return this.number(d);
      v = latin1(b, this.vFrom, this.vTo);
    }
    // no cached result: what the formula shows is not known
    const noResult = f !== undefined ? { error: `=${f}` } : undefined;
    switch (type) {
      case 's': {
        if (v === undefined) return noResult;
        return this.strings[Number(v)];
      }
      case 'inlineStr':
        if (this.inline !== undefined) return this.inline;
        return v !== undefined ? decodeXmlText(v) : undefined;
      case 'str':
        return v !== undefined ? decodeXmlText(v) : noResult;
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
        return this.number(n);
      }
    }
  }

  /** A number as the cell's style shows it: a date, zero-padded digits or the number. */
  private number(n: number): Cell {
    const fmt = this.formats[this.style];
    if (fmt?.date) return serialDate(n, this.date1904);
    if (fmt && fmt.pad > 0 && Number.isInteger(n) && n >= 0)
      return String(n).padStart(fmt.pad, '0');
    return n;
  }
}
