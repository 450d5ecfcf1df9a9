/**
 * A small streaming XML scanner for the parts of an xlsx (sheets, shared strings, styles,
 * workbook): bytes in, in chunks of any size; start tags, end tags and raw text out. It knows
 * what SpreadsheetML needs and no more — no DOCTYPE (refused: no entity of the file's own is
 * ever expanded), no namespaces (a prefix such as `x:` is dropped from names). Text is handed
 * over raw, as written between the tags, and only while the handler asks for it (`capture`);
 * `decodeXmlText` turns it into what it says. UTF-8 split across chunks is decoded whole.
 */

export interface XmlHandler {
  /** True while the text of the current element is wanted. */
  capture: boolean;
  /**
   * A start tag: its local name, and the text of its attributes as `tag.slice(from, to)`
   * (read them with `xmlAttr`). A self-closing tag is followed by its `close`.
   */
  open(name: string, tag: string, from: number, to: number): void;
  close(name: string): void;
  /** Raw text (entities not decoded), possibly in several pieces. */
  text(raw: string): void;
  /** Names of elements taken whole (their content holds no element of the same name). */
  whole?: ReadonlySet<string>;
  /** A whole element: attributes as for `open`, content `tag.slice(start, end)`. */
  element?(name: string, tag: string, from: number, to: number, start: number, end: number): void;
}

/** Longest raw text collected for one element (Excel holds at most 32,767 characters a cell). */
const MAX_CELL_TEXT = 4 * 1024 * 1024;

/** Longest tag (or unfinished markup) held between chunks. */
const MAX_PENDING = 8 * 1024 * 1024;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** The name from `from` to `to`, without its namespace prefix. */
export function localName(s: string, from: number, to: number): string {
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  let start = from;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 58 /* : */) start = i + 1;
  return s.slice(start, to);
}

export const escapeCdata = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export class XmlScanner {
  /** The bytes of unfinished markup at the end of the last chunk. */
  private pending: Buffer = Buffer.alloc(0);
  /** The end tag last looked for (the same one for millions of cells), and its name as written. */
  private endName = '';
  private endTag = '';

  constructor(private readonly h: XmlHandler) {}

  /**
   * A chunk, with what was left of the last one before it, as one flat string: a string joined
   * with + is a rope, and reading it character by character is several times slower.
   */
  write(chunk: Buffer): void {
    const bytes = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const s = bytes.toString('latin1');
    const done = this.feed(s);
    // one character per byte (Latin-1): the rest of the string is the rest of the bytes
    this.pending = done < s.length ? Buffer.from(bytes.subarray(done)) : Buffer.alloc(0);
    if (this.pending.length > MAX_PENDING)
      throw new Error(`a tag of more than ${MAX_PENDING} characters`);
  }

  /** The end of the part: throws when it ends inside markup. */
  end(): void {
    const rest = this.pending.toString('latin1');
    const done = this.feed(rest);
    if (rest.slice(done).trim()) throw new Error('the XML ends inside a tag');
  }

  /** Handles what is complete in `s`; returns where the unfinished rest starts. */
  private feed(s: string): number {
    const h = this.h;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (h.capture) h.text(s.slice(i));
        i = n;
        break;
      }
      if (lt > i && h.capture) h.text(s.slice(i, lt));
      i = lt;
      if (lt + 1 >= n) break;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 47 /* / */) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) break;
        h.close(localName(s, lt + 2, gt));
        i = gt + 1;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const e = s.indexOf('?>', lt + 2);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        if (n - lt < 9) break;
        if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e < 0) break;
          if (h.capture) h.text(escapeCdata(s.slice(lt + 9, e)));
          i = e + 3;
          continue;
        }
        throw new Error('the XML has a DOCTYPE or another declaration Excel never writes');
      }
      // a start tag: its end is the first '>' outside quotes
      let j = lt + 1;
      let quote = 0;
      for (; j < n; j++) {
        const ch = s.charCodeAt(j);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (j >= n) break;
      let k = lt + 1;
      while (k < j) {
        const ch = s.charCodeAt(k);
        if (isSpace(ch) || ch === 47) break;
        k++;
      }
      const name = localName(s, lt + 1, k);
      const selfClosing = s.charCodeAt(j - 1) === 47;
      if (h.whole?.has(name) && h.element) {
        if (selfClosing) {
          h.element(name, s, k, j - 1, j, j);
          i = j + 1;
          continue;
        }
        const written = k === lt + 1 + name.length ? name : s.slice(lt + 1, k);
        if (written !== this.endName) this.endTag = `</${(this.endName = written)}>`;
        const endTag = this.endTag;
        const e = s.indexOf(endTag, j + 1);
        if (e < 0) break;
        h.element(name, s, k, j, j + 1, e);
        i = e + endTag.length;
        continue;
      }
      h.open(name, s, k, selfClosing ? j - 1 : j);
      if (selfClosing) h.close(name);
      i = j + 1;
    }
    return i;
  }
}

/** The value of attribute `name` (exact, with or without a prefix) in `tag.slice(from, to)`. */
export function xmlAttr(
  tag: string,
  from: number,
  to: number,
  name: string,
  raw = false,
): string | undefined {
  let p = from;
  for (;;) {
    p = tag.indexOf(name, p);
    if (p < 0 || p + name.length > to) return undefined;
    const before = tag.charCodeAt(p - 1);
    let e = p + name.length;
    while (e < to && isSpace(tag.charCodeAt(e))) e++;
    if ((isSpace(before) || before === 58) /* : */ && tag.charCodeAt(e) === 61 /* = */) {
      e++;
      while (e < to && isSpace(tag.charCodeAt(e))) e++;
      const q = tag.charCodeAt(e);
      if (q !== 34 && q !== 39) return undefined;
      const end = tag.indexOf(q === 34 ? '"' : "'", e + 1);
      if (end < 0 || end > to) return undefined;
      const v = tag.slice(e + 1, end);
      return raw ? v : decodeXmlText(v, false);
    }
    p++;
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(n: number, whole: string): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
}

const NON_ASCII = /[^\x00-\x7f]/;
const PLAIN = /^[^\x80-\xff&\r_]*$/;

/**
 * Raw XML text (bytes as Latin-1) as it reads: UTF-8, entities, line ends (CR LF and CR are LF)
 * and, for cell text (`ooxml`), Excel's `_xHHHH_` escapes for characters XML cannot hold.
 */
export function decodeXmlText(raw: string, ooxml = true): string {
  if (PLAIN.test(raw)) return raw;
  return unescapeXml(
    NON_ASCII.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw,
    ooxml,
  );
}

/** Text already decoded from UTF-8 as it reads: line ends, entities and `_xHHHH_` escapes. */
export function unescapeXml(s: string, ooxml = true): string {
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (s.includes('&'))
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, e: string) =>
      e.charCodeAt(0) === 35
        ? codePoint(
            e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
            whole,
          )
        : NAMED[e]!,
    );
  if (ooxml && s.includes('_x'))
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  return s;
}

/** A string that holds no larger string alive (a slice of a chunk would keep the chunk). */
export const flat = (s: string) => (s.length > 12 ? (' ' + s).slice(1) : s);

/** A handler base that collects the raw text it is handed, up to MAX_CELL_TEXT characters. */
export class TextCollector {
  capture = false;
  protected buf = '';
  text(raw: string): void {
    if (this.buf.length + raw.length > MAX_CELL_TEXT)
      throw new Error(`a cell text of more than ${MAX_CELL_TEXT} characters`);
    this.buf += raw;
  }
  protected take(): string {
    const s = this.buf;
    this.buf = '';
    this.capture = false;
    return decodeXmlText(s);
  }
}
