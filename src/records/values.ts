/**
 * Cell values → model values, exactly: identifiers stay the strings written, quantities are
 * integers, dates are calendar dates `YYYY-MM-DD` as written (never shifted through the local
 * time zone). Every parser returns either a value or a reason (a catalogue key and what was
 * found), never guesses.
 */

/** A cell as the readers hand it over: text files give strings, xlsx gives typed values. */
export type Cell = string | number | boolean | Date | { error: string } | null | undefined;

export type DateOrder = 'YMD' | 'MDY' | 'DMY';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; found: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string, found: string): Parsed<never> => ({ ok: false, reason, found });

/** A short, printable rendering of a cell for "found". */
export function showCell(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? 'Invalid Date' : c.toISOString();
  if (typeof c === 'object') return c.error;
  const s = String(c);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** True when the cell holds nothing (empty or only spaces). */
export function isBlank(c: Cell): boolean {
  if (c === null || c === undefined) return true;
  if (typeof c === 'string') return c.trim() === '';
  return false;
}

/** Zero-padding number formats such as `00000` (Excel shows 0777 for 777). */
function padByFormat(n: number, numFmt?: string): string {
  const s = String(n);
  if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(n) && n >= 0)
    return s.padStart(numFmt.length, '0');
  return s;
}

/** Text of a cell (names, reasons, statuses): trimmed. */
export function parseText(c: Cell, numFmt?: string): Parsed<string> {
  if (c === null || c === undefined) return ok('');
  if (typeof c === 'string') return ok(c.trim());
  if (typeof c === 'number') return ok(padByFormat(c, numFmt));
  if (typeof c === 'boolean') return ok(c ? 'TRUE' : 'FALSE');
  if (c instanceof Date) return ok(excelDate(c) ?? '');
  return bad('records.cell.excelError', c.error);
}

/**
 * An identifier (order id, SKU, ASIN, invoice number) as written. In xlsx a number cell is
 * taken as Excel shows it; a number too large to be exact means Excel already lost digits.
 */
export function parseId(c: Cell, numFmt?: string): Parsed<string> {
  if (typeof c === 'number') {
    if (!Number.isSafeInteger(c) && Number.isInteger(c))
      return bad('records.cell.idLostDigits', String(c));
    return ok(padByFormat(c, numFmt));
  }
  if (c instanceof Date) return bad('records.cell.idIsDate', showCell(c));
  return parseText(c, numFmt);
}

/** Whole number; `signed` allows a minus sign (ledger quantities). */
export function parseInteger(c: Cell, signed = false): Parsed<number> {
  if (typeof c === 'number') {
    if (!Number.isInteger(c)) return bad('records.cell.int', String(c));
    if (!signed && c < 0) return bad('records.cell.int', String(c));
    return ok(c);
  }
  if (typeof c !== 'string') return bad('records.cell.int', showCell(c));
  const s = c.normalize('NFKC').trim();
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)$/.exec(s);
  if (!m) return bad('records.cell.int', c);
  if (m[1] === '-' && !signed) return bad('records.cell.int', c);
  const n = Number(`${m[1]}${m[2]!.replace(/,/g, '')}`);
  if (!Number.isSafeInteger(n)) return bad('records.cell.int', c);
  return ok(n === 0 ? 0 : n);
}

const MONTHS: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};

function ymd(y: number, m: number, d: number, found: string): Parsed<string> {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200)
    return bad('records.cell.dateInvalid', found);
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d)
    return bad('records.cell.dateInvalid', found);
  return ok(
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
}

/** A Date that exceljs built from a date cell: the wall-clock value is stored as UTC. */
function excelDate(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Excel serial day number (1900 system) → calendar date. */
export function serialToDate(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 1 || n > 109_574) return undefined; // up to 2199-12-31
  const ms = Math.round((Math.floor(n) - 25569) * 86_400_000);
  return excelDate(new Date(ms));
}

// Time of day after a date, optionally with seconds, fraction, offset or zone name.
const TIME = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}|UTC[+-]\d{1,2})?)?`;
const RE_YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const RE_SLASH_YLAST = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);
const RE_DASH_YLAST = new RegExp(String.raw`^(\d{1,2})[-.](\d{1,2})[-.](\d{4})${TIME}$`);
const RE_MON = new RegExp(String.raw`^(\d{1,2})[-\s]([A-Za-z]{3})[-\s](\d{4})${TIME}$`);
const RE_JA = new RegExp(
  String.raw`^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日(?:\s*[（(][^）)]*[）)])?${TIME}$`,
);
const RE_MONTH = /^(\d{1,2})\/(\d{4})$/;
// "Mar 4, 2026" or "Mar 4, 2026 10:21:33 AM PST" (US Seller Central date ranges).
const RE_US_MON =
  /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\s*(?:[A-Z]{2,5})?)?$/;

export interface DateOptions {
  /** The order of a slash date with the year last, when the report kind or case.json fixes it. */
  order?: DateOrder;
  /** Accept `MM/YYYY` as the first of the month (ledger summary by month). */
  monthOnly?: boolean;
}

/**
 * A calendar date. ISO-8601 date-times give the date as written in their offset; `YYYY-MM-DD`,
 * `YYYY/MM/DD`, `DD-MON-YYYY`, `2026年3月4日`; `MM/DD/YYYY` or `DD/MM/YYYY` only when the order is
 * known or cannot be misread (a part above 12). xlsx date cells and serial numbers too.
 */
export function parseDate(c: Cell, opts: DateOptions = {}): Parsed<string> {
  if (c instanceof Date) {
    const s = excelDate(c);
    return s ? ok(s) : bad('records.cell.date', showCell(c));
  }
  if (typeof c === 'number') {
    const s = serialToDate(c);
    return s ? ok(s) : bad('records.cell.date', String(c));
  }
  if (typeof c !== 'string') return bad('records.cell.date', showCell(c));
  const raw = c;
  const s = c.normalize('NFKC').trim();
  let m = RE_YMD.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[3]), Number(m[4]), raw);
  m = RE_JA.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = RE_MON.exec(s);
  if (m) {
    const mon = MONTHS[m[2]!.toUpperCase()];
    if (!mon) return bad('records.cell.date', raw);
    return ymd(Number(m[3]), mon, Number(m[1]), raw);
  }
  m = RE_US_MON.exec(s);
  if (m) {
    const mon = MONTHS[m[1]!.toUpperCase()];
    if (!mon) return bad('records.cell.date', raw);
    return ymd(Number(m[3]), mon, Number(m[2]), raw);
  }
  m = RE_SLASH_YLAST.exec(s) ?? RE_DASH_YLAST.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    const dash = !s.includes('/');
    let order = opts.order === 'YMD' ? undefined : opts.order;
    // DD-MM-YYYY with dashes is how some Amazon JP/EU files write dates.
    if (!order && dash) order = 'DMY';
    if (!order) {
      if (a > 12 && b <= 12) order = 'DMY';
      else if (b > 12 && a <= 12) order = 'MDY';
      else if (a === b) order = 'MDY';
      else return bad('records.cell.dateAmbiguous', raw);
    }
    return order === 'MDY' ? ymd(y, a, b, raw) : ymd(y, b, a, raw);
  }
  if (opts.monthOnly) {
    m = RE_MONTH.exec(s);
    if (m) return ymd(Number(m[2]), Number(m[1]), 1, raw);
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    // A serial number written as text (an xlsx date cell saved as CSV without formatting).
    const d = serialToDate(Number(s));
    if (d) return ok(d);
  }
  return bad('records.cell.date', raw);
}

/** Yes/no flags (wrong item): empty is no. */
export function parseFlag(c: Cell): Parsed<boolean> {
  if (c === null || c === undefined) return ok(false);
  if (typeof c === 'boolean') return ok(c);
  if (typeof c === 'number') {
    if (c === 0 || c === 1) return ok(c === 1);
    return bad('records.cell.flag', String(c));
  }
  if (typeof c !== 'string') return bad('records.cell.flag', showCell(c));
  const s = c.normalize('NFKC').trim().toLowerCase();
  if (['', 'no', 'n', 'false', '0', 'いいえ', 'なし', '無', '×', '-', 'ー'].includes(s))
    return ok(false);
  if (['yes', 'y', 'true', '1', 'はい', 'あり', '有', '○', '〇', '✓', '✔', 'x'].includes(s))
    return ok(true);
  return bad('records.cell.flag', c);
}
