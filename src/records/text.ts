/**
 * Text reports (.txt/.tsv tab, .csv comma) streamed line by line: the encoding is detected
 * (BOM, UTF-16 by its zero bytes, else the first lines with non-ASCII bytes decide between
 * UTF-8, Shift_JIS/CP932 and Windows-1252) and every line is decoded strictly, so a byte that
 * is invalid in the file's encoding is reported with its line instead of becoming U+FFFD.
 * Quoted fields (also spanning lines) follow RFC 4180. Only one record is held at a time.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Encoding } from './types.js';

export interface TextRow {
  /** 1-based record number (the row a spreadsheet program shows). */
  row: number;
  /** 1-based physical line the record starts on. */
  line: number;
  cells: string[];
}

export type TextIssue =
  | { kind: 'invalidByte'; line: number; encoding: Encoding; bytes: string }
  | { kind: 'mixed'; line: number; encoding: Encoding }
  | { kind: 'unterminatedQuote'; line: number }
  | { kind: 'lineTooLong'; line: number }
  | { kind: 'binary' };

export interface TextResult {
  encoding: Encoding;
  delimiter: ',' | '\t';
  size: number;
  sha256: string;
}

const DECIDE_BYTES = 64 * 1024;
const MAX_QUOTED_LINES = 2000;
const MAX_RECORD_CHARS = 1 << 20;
const MAX_LINE_BYTES = 8 * 1024 * 1024;

function hasHighByte(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return true;
  return false;
}

/** The bytes where strict decoding of a line fails, in hex (e.g. "85 40"). */
function badBytes(label: string, b: Buffer): string {
  const d = new TextDecoder(label, { fatal: true });
  let at = b.length;
  for (let i = 0; i < b.length; i++) {
    try {
      d.decode(b.subarray(i, i + 1), { stream: true });
    } catch {
      at = i;
      break;
    }
  }
  if (at === b.length) {
    let i = 0;
    while (i < b.length && b[i]! < 0x80) i++;
    at = i;
  }
  let start = at;
  while (start > 0 && at - start < 3 && b[start - 1]! >= 0x80) start--;
  return [...b.subarray(start, at + 1)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
}

const strictDecoder = (label: string) => new TextDecoder(label, { fatal: true });

/**
 * Windows-1252's characters for bytes 0x80–0x9F (undefined bytes stay as they are and are
 * refused by valid1252). Node 20's TextDecoder('windows-1252') decodes these bytes as Latin-1
 * control characters, so "–" (0x96) would come out as U+0096: this table repairs the result.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Maps the Latin-1 reading of bytes 0x80–0x9F to their Windows-1252 characters. */
export function fix1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

const validators = new Map<string, TextDecoder>();

/** True when the bytes decode without error (a whole call, so no state carries over). */
function isValid(label: string, b: Buffer): boolean {
  // UTF-8 is checked natively without throwing: most lines of a Shift_JIS file are not UTF-8,
  // and an exception per line was a measurable share of reading a large report.
  if (label === 'utf-8') return isUtf8(b);
  let d = validators.get(label);
  if (!d) validators.set(label, (d = strictDecoder(label)));
  try {
    d.decode(b);
    return true;
  } catch {
    return false;
  }
}

function bytes1252(b: Buffer): string {
  const i = b.findIndex((x) => x === 0x81 || x === 0x8d || x === 0x8f || x === 0x90 || x === 0x9d);
  return i < 0 ? '' : b[i]!.toString(16);
}

/**
 * A line of a legacy-encoded file that is really UTF-8. For Shift_JIS only when it holds
 * characters from U+0800 up (Japanese in UTF-8 is 3 bytes a character), because pairs of
 * half-width katakana such as ﾃｽ can happen to form valid 2-byte UTF-8.
 */
function looksUtf8(enc: Encoding, raw: Buffer): boolean {
  if (!isValid('utf-8', raw)) return false;
  if (enc !== 'shift_jis') return true;
  return /[\u0800-\uffff]/.test(raw.toString('utf8'));
}

/** Windows-1252 leaves five bytes undefined; the WHATWG decoder would map them to controls. */
function valid1252(b: Buffer): boolean {
  for (const x of b)
    if (x === 0x81 || x === 0x8d || x === 0x8f || x === 0x90 || x === 0x9d) return false;
  return true;
}

/**
 * Chooses UTF-8, Shift_JIS or Windows-1252 from the first lines that have non-ASCII bytes: the
 * first such line decides between UTF-8 and the legacy encodings (so a later line in another
 * encoding is reported as mixed, not taken as the rule); the legacy lines together decide
 * between Shift_JIS and Windows-1252.
 */
export function decideEncoding(lines: Buffer[]): Encoding {
  const first = lines[0];
  if (!first) return 'utf-8';
  const utf8 = lines.map((l) => isValid('utf-8', l));
  const legacy = Buffer.concat(lines.filter((l, i) => !utf8[i] && isValid('shift_jis', l)));
  const japanese = () =>
    JAPANESE.test(strictDecoder('shift_jis').decode(legacy)) && isValid('shift_jis', first);
  if (utf8[0]) {
    // Strong UTF-8 (3-byte characters such as Japanese) decides; weak UTF-8 (only 2-byte
    // sequences, which half-width katakana pairs in Shift_JIS can form) yields to Japanese
    // Shift_JIS lines that follow it.
    if (/[\u0800-\uffff]/.test(first.toString('utf8')) || !legacy.length || !japanese())
      return 'utf-8';
    return 'shift_jis';
  }
  if (!isValid('shift_jis', first)) return 'windows-1252';
  if (japanese()) return 'shift_jis';
  // Kanji only: Shift_JIS unless the Windows-1252 reading is plain accented Latin text.
  if (valid1252(legacy)) {
    const latin = fix1252(new TextDecoder('windows-1252').decode(legacy));
    const high = latin.replace(/[\x00-\x7f]/g, '');
    if (/^[\u00c0-\u00ff]*$/.test(high)) return 'windows-1252';
  }
  return 'shift_jis';
}

/** Kana, CJK punctuation, full-width forms and CP932 symbols (①㈱): text that is Japanese. */
const JAPANESE = /[\u3040-\u30ff\uff66-\uff9f\u3000-\u303f\uff01-\uff5e\u2460-\u24ff\u3200-\u32ff]/;

/** The WHATWG label of an encoding. */
function labelOf(e: Encoding): string {
  switch (e) {
    case 'utf-8':
    case 'utf-8-bom':
      return 'utf-8';
    case 'utf-16le':
      return 'utf-16le';
    case 'utf-16be':
      return 'utf-16be';
    case 'shift_jis':
      return 'shift_jis';
    default:
      return 'windows-1252';
  }
}

/** Splits decoded lines into records (RFC 4180 quoting; quotes only at the start of a field). */
class RecordParser {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  private startLine = 0;
  private pending: { text: string; line: number }[] = [];
  private rowNo = 0;
  quoting = true;

  constructor(
    private readonly delim: string,
    private readonly lenient: boolean,
    private readonly emit: (r: TextRow) => void,
    private readonly issue: (i: TextIssue) => void,
  ) {}

  feed(text: string, line: number): void {
    if (!this.inQuotes) {
      this.startLine = line;
      this.fields = [];
      this.field = '';
      this.pending = [];
    }
    this.pending.push({ text, line });
    let i = 0;
    const s = text;
    const d = this.delim;
    for (;;) {
      if (this.inQuotes) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          this.field += `${s.slice(i)}\n`;
          if (this.pending.length > MAX_QUOTED_LINES || this.field.length > MAX_RECORD_CHARS)
            this.overflow();
          return;
        }
        if (s[q + 1] === '"') {
          this.field += `${s.slice(i, q)}"`;
          i = q + 2;
          continue;
        }
        this.field += s.slice(i, q);
        this.inQuotes = false;
        i = q + 1;
        const e = s.indexOf(d, i);
        if (e < 0) {
          this.fields.push(this.field + s.slice(i));
          return this.done();
        }
        this.fields.push(this.field + s.slice(i, e));
        this.field = '';
        i = e + 1;
        continue;
      }
      if (this.quoting && s[i] === '"') {
        this.inQuotes = true;
        this.field = '';
        i++;
        continue;
      }
      const e = s.indexOf(d, i);
      if (e < 0) {
        this.fields.push(s.slice(i));
        return this.done();
      }
      this.fields.push(s.slice(i, e));
      i = e + 1;
    }
  }

  private done(): void {
    this.rowNo++;
    const cells = this.fields;
    this.fields = [];
    this.pending = [];
    this.emit({ row: this.rowNo, line: this.startLine, cells });
  }

  /** An opening quote that never closes: tab files fall back to unquoted reading. */
  private overflow(): void {
    const lines = this.pending;
    this.inQuotes = false;
    this.fields = [];
    this.field = '';
    this.pending = [];
    if (this.lenient) {
      this.quoting = false;
      for (const l of lines) this.feed(l.text, l.line);
      this.quoting = true;
    } else {
      this.issue({ kind: 'unterminatedQuote', line: lines[0]?.line ?? this.startLine });
      this.broken = true;
    }
  }

  broken = false;

  end(): void {
    if (this.inQuotes) this.overflow();
  }
}

/**
 * Streams a text report, calling `onRow` for every record (header included) and `onIssue` for
 * every encoding or quoting problem. `delimiterHint` comes from the extension; the header line
 * can override it (a .txt that is comma-separated, a .csv saved with tabs).
 */
export async function readTextFile(
  abs: string,
  delimiterHint: ',' | '\t',
  onRow: (r: TextRow) => void,
  onIssue: (i: TextIssue) => void,
): Promise<TextResult> {
  const hash = createHash('sha256');
  let size = 0;
  let encoding: Encoding | undefined;
  let decoder: TextDecoder | undefined;
  let delimiter: ',' | '\t' | undefined;
  let parser: RecordParser | undefined;
  let lineNo = 0;
  let rest: Buffer = Buffer.alloc(0);
  let first = true;
  let utf16: TextDecoder | undefined;
  let utf16Rest = '';
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let stop = false;
  let skipLF = false;

  const handleText = (text: string, line: number) => {
    if (stop) return;
    if (!parser) {
      const firstLine = text.replace(/^\uFEFF/, '');
      const tabs = firstLine.split('\t').length - 1;
      const commas = firstLine.split(',').length - 1;
      delimiter = tabs === 0 && commas > 0 ? ',' : commas === 0 && tabs > 0 ? '\t' : delimiterHint;
      parser = new RecordParser(delimiter, delimiter === '\t', onRow, onIssue);
      text = firstLine;
    }
    parser.feed(text, line);
    if (parser.broken) stop = true;
  };

  const decodeLine = (raw: Buffer, line: number) => {
    if (stop) return;
    const enc = encoding as Encoding;
    let text: string;
    try {
      text = (decoder as TextDecoder).decode(raw);
    } catch {
      // A UTF-8 file with a line that reads as Shift_JIS: two encodings in one file.
      if ((enc === 'utf-8' || enc === 'utf-8-bom') && isValid('shift_jis', raw))
        onIssue({ kind: 'mixed', line, encoding: enc });
      else
        onIssue({ kind: 'invalidByte', line, encoding: enc, bytes: badBytes(labelOf(enc), raw) });
      return;
    }
    if (enc === 'windows-1252') {
      if (!valid1252(raw)) {
        onIssue({ kind: 'invalidByte', line, encoding: enc, bytes: bytes1252(raw) });
        return;
      }
      text = fix1252(text);
    }
    if (
      (enc === 'shift_jis' || enc === 'windows-1252') &&
      hasHighByte(raw) &&
      looksUtf8(enc, raw)
    ) {
      onIssue({ kind: 'mixed', line, encoding: enc });
      return;
    }
    handleText(text, line);
  };

  const flushPending = (final: boolean) => {
    if (!pending.length) return;
    if (!encoding) {
      if (!final && pendingBytes < DECIDE_BYTES) return;
      const nonAscii = pending.filter(hasHighByte);
      encoding = decideEncoding(nonAscii);
      decoder = strictDecoder(labelOf(encoding));
    }
    const lines = pending;
    pending = [];
    pendingBytes = 0;
    const startLine = lineNo - lines.length + 1;
    lines.forEach((l, k) => decodeLine(l, startLine + k));
  };

  const byteLine = (raw: Buffer) => {
    lineNo++;
    if (raw.length && raw[raw.length - 1] === 0x0d) raw = raw.subarray(0, raw.length - 1);
    if (encoding) return decodeLine(raw, lineNo);
    if (!hasHighByte(raw) && !pending.length) {
      // Pure ASCII while undecided: same text in every candidate encoding.
      return handleText(raw.toString('latin1'), lineNo);
    }
    pending.push(Buffer.from(raw));
    pendingBytes += raw.length;
    flushPending(false);
  };

  const textLines = (s: string, final: boolean) => {
    let text = utf16Rest + s;
    let carry = '';
    // A CR at the end may be the first half of a CRLF split between chunks.
    if (!final && text.endsWith('\r')) {
      text = text.slice(0, -1);
      carry = '\r';
    }
    const parts = text.split(/\r\n|\n|\r/);
    utf16Rest = final ? '' : (parts.pop() ?? '') + carry;
    if (final && parts[parts.length - 1] === '') parts.pop();
    if (utf16Rest.length > MAX_LINE_BYTES / 2) {
      onIssue({ kind: 'lineTooLong', line: lineNo + 1 });
      stop = true;
      return;
    }
    for (const p of parts) {
      lineNo++;
      if (p.includes('\uFFFD'))
        onIssue({ kind: 'invalidByte', line: lineNo, encoding: encoding as Encoding, bytes: '' });
      else handleText(p, lineNo);
    }
  };

  const stream = createReadStream(abs, { highWaterMark: 64 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (stop) continue;
    let buf: Buffer = chunk;
    if (first) {
      first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        encoding = 'utf-8-bom';
        decoder = strictDecoder('utf-8');
        buf = buf.subarray(3);
      } else if (buf[0] === 0xff && buf[1] === 0xfe) encoding = 'utf-16le';
      else if (buf[0] === 0xfe && buf[1] === 0xff) encoding = 'utf-16be';
      else {
        const head = buf.subarray(0, 4096);
        let evenZero = 0;
        let oddZero = 0;
        for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 ? oddZero++ : evenZero++;
        if (oddZero > head.length / 4 && evenZero === 0) encoding = 'utf-16le';
        else if (evenZero > head.length / 4 && oddZero === 0) encoding = 'utf-16be';
        else if (evenZero + oddZero > 0) {
          onIssue({ kind: 'binary' });
          stop = true;
          continue;
        }
      }
      if (encoding === 'utf-16le' || encoding === 'utf-16be') {
        // ignoreBOM: false (the default) drops the BOM. Not fatal, so that the line of a lone
        // surrogate can be named: a replacement character in a line is reported instead.
        utf16 = new TextDecoder(encoding);
      }
    }
    if (utf16) {
      try {
        textLines(utf16.decode(buf, { stream: true }), false);
      } catch {
        onIssue({
          kind: 'invalidByte',
          line: lineNo + 1,
          encoding: encoding as Encoding,
          bytes: '',
        });
        stop = true;
      }
      continue;
    }
    // Lines end in LF, CRLF or a lone CR (CSV saved by old Mac Excel); 0x0A and 0x0D never occur
    // inside a multi-byte character of UTF-8 or Shift_JIS.
    let start = 0;
    if (skipLF && buf[0] === 0x0a) start = 1;
    skipLF = false;
    let lf = -2;
    let cr = -2;
    for (;;) {
      if (lf !== -1 && lf < start) lf = buf.indexOf(0x0a, start);
      if (cr !== -1 && cr < start) cr = buf.indexOf(0x0d, start);
      const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (end < 0) break;
      const piece = buf.subarray(start, end);
      byteLine(rest.length ? Buffer.concat([rest, piece]) : piece);
      rest = Buffer.alloc(0);
      if (stop) break;
      start = end + 1;
      if (buf[end] === 0x0d) {
        if (end + 1 < buf.length) {
          if (buf[end + 1] === 0x0a) start = end + 2;
        } else skipLF = true;
      }
    }
    if (!stop && start < buf.length) {
      rest = Buffer.concat([rest, buf.subarray(start)]);
      if (rest.length > MAX_LINE_BYTES) {
        onIssue({ kind: 'lineTooLong', line: lineNo + 1 });
        stop = true;
      }
    }
  }
  if (!stop) {
    if (utf16) {
      try {
        textLines(utf16.decode(), true);
      } catch {
        onIssue({
          kind: 'invalidByte',
          line: lineNo + 1,
          encoding: encoding as Encoding,
          bytes: '',
        });
      }
    } else {
      if (rest.length) byteLine(rest);
      flushPending(true);
    }
    parser?.end();
  }
  return {
    encoding: encoding ?? 'utf-8',
    delimiter: delimiter ?? delimiterHint,
    size,
    sha256: hash.digest('hex'),
  };
}
