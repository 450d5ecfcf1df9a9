/**
 * Finding a value on a page of text, and the nearest thing the page says when it is not there:
 * compact forms (no spaces, one kind of hyphen, NFKC, upper case), edit distance over tokens of a
 * similar shape (for numbers and codes) or over any stretch of text (for names), and dates in
 * every usual notation (2026-04-01, 2026/4/1, 2026年4月1日, 令和8年4月1日, April 1, 2026, 01/04/2026 …).
 */
import { editDistance } from '../edit-distance.js';

/** NFKC, one hyphen, no whitespace, upper case: "SW‐2026 - 00326" → "SW-2026-00326". */
export function compact(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\u30fc\uff0d]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}

export { editDistance };

/**
 * The best match of `needle` anywhere inside `hay` (approximate substring search): the distance
 * and the stretch of `hay` it matched. Both are compared as given (callers pass compact forms).
 */
export function nearestSubstring(needle: string, hay: string): { distance: number; found: string } {
  const p = [...needle];
  const t = [...hay];
  if (!p.length) return { distance: 0, found: '' };
  // column-wise DP where a match may start anywhere in the text (first row all zeros)
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  let prevStart = Array.from({ length: p.length + 1 }, () => 0);
  let best = { distance: p.length, end: 0, start: 0 };
  for (let j = 1; j <= t.length; j++) {
    const cur = [0];
    const curStart = [j];
    for (let i = 1; i <= p.length; i++) {
      const sub = prev[i - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1);
      const del = prev[i]! + 1;
      const ins = cur[i - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cur[i] = sub;
        curStart[i] = prevStart[i - 1]!;
      } else if (del <= ins) {
        cur[i] = del;
        curStart[i] = prevStart[i]!;
      } else {
        cur[i] = ins;
        curStart[i] = curStart[i - 1]!;
      }
    }
    if (cur[p.length]! < best.distance)
      best = { distance: cur[p.length]!, end: j, start: curStart[p.length]! };
    prev = cur;
    prevStart = curStart;
  }
  return { distance: best.distance, found: t.slice(best.start, best.end).join('') };
}

/** The shape of a token: letters A, digits 9, anything else as it is ("SW-2026" → "AA-9999"). */
function shape(s: string): string {
  return s.replace(/[A-Z]/g, 'A').replace(/[0-9]/g, '9');
}

/** Code-like tokens of a text (letters, digits and - _ / . inside), compacted. */
export function codeTokens(text: string): string[] {
  const norm = text.normalize('NFKC').replace(/[\u2010-\u2015\u2212\uff0d]/g, '-');
  return [...norm.matchAll(/[A-Za-z0-9][A-Za-z0-9\-_/.]*[A-Za-z0-9]|[A-Za-z0-9]/g)].map((m) =>
    m[0].toUpperCase(),
  );
}

/**
 * The token of the text nearest to `value` (a number or code): tokens of the same shape first
 * ("DN-2026-00326" for "SW-2026-00326"), then any token, by edit distance.
 */
export function nearestToken(value: string, tokens: readonly string[]): string | undefined {
  const v = compact(value);
  let best: { t: string; score: number } | undefined;
  for (const t of tokens) {
    if (Math.abs(t.length - v.length) > Math.max(3, v.length / 2)) continue;
    const d = editDistance(v, t);
    if (d > Math.ceil(v.length / 2)) continue;
    const score = d + (shape(t) === shape(v) ? 0 : 0.5);
    if (!best || score < best.score) best = { t, score };
  }
  return best?.t;
}

/** Legal-form words that a page may leave out of a company name. */
const LEGAL_FORMS =
  /株式会社|有限会社|合同会社|合資会社|\(株\)|\(有\)|㈱|㈲|CO\.,?LTD\.?|LTD\.?|INC\.?|LLC|CORP(ORATION)?\.?|GMBH|S\.?A\.?R\.?L\.?|,/g;

/** A company name without its legal form, compacted ("株式会社白峰ハウスウェア" → "白峰ハウスウェア"). */
export function coreName(name: string): string {
  return compact(name).replace(LEGAL_FORMS, '');
}

const MONTHS = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
] as const;

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 100) y += 2000;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Japanese eras a recent document may be dated in. */
const ERAS: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };

/**
 * Every date written in a text, YYYY-MM-DD. A slash or dot date with the year last (01/04/2026)
 * is read both ways (day/month and month/day), since the page does not say which it means.
 */
export function datesInText(text: string): string[] {
  const s = text.normalize('NFKC').replace(/\s+/g, ' ');
  const out = new Set<string>();
  const add = (d: string | undefined) => d && out.add(d);
  for (const m of s.matchAll(/(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})(?!\d)/g))
    add(iso(+m[1]!, +m[2]!, +m[3]!));
  for (const m of s.matchAll(
    /(令和|平成|R|H)\s?(\d{1,2}|元)\s?[年./]\s?(\d{1,2})\s?[月./]\s?(\d{1,2})/g,
  ))
    add(iso(ERAS[m[1]!]! + (m[2] === '元' ? 1 : +m[2]!), +m[3]!, +m[4]!));
  for (const m of s.matchAll(/(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])/g)) {
    add(iso(+m[3]!, +m[2]!, +m[1]!));
    add(iso(+m[3]!, +m[1]!, +m[2]!));
  }
  for (const m of s.matchAll(/(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/g))
    add(iso(+m[1]!, +m[2]!, +m[3]!));
  const mon = '(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\.?';
  const up = s.toUpperCase();
  for (const m of up.matchAll(
    new RegExp(`${mon}\\s?(\\d{1,2})(?:ST|ND|RD|TH)?,?\\s?(\\d{4})`, 'g'),
  ))
    add(iso(+m[3]!, MONTHS.indexOf(m[1] as (typeof MONTHS)[number]) + 1, +m[2]!));
  for (const m of up.matchAll(
    new RegExp(`(?<!\\d)(\\d{1,2})(?:ST|ND|RD|TH)?[\\s-]?${mon}[\\s-,]?\\s?(\\d{4})`, 'g'),
  ))
    add(iso(+m[3]!, MONTHS.indexOf(m[2] as (typeof MONTHS)[number]) + 1, +m[1]!));
  return [...out].sort();
}

/** The date of `dates` nearest to `want` (by days), for "the page says …". */
export function nearestDate(want: string, dates: readonly string[]): string | undefined {
  const t = Date.parse(want);
  let best: { d: string; diff: number } | undefined;
  for (const d of dates) {
    const diff = Math.abs(Date.parse(d) - t);
    if (!best || diff < best.diff) best = { d, diff };
  }
  return best?.d;
}

/** Whole numbers written on a line ("150", "1,450"; not the 450 of "450ml" or the 2 of "2.0L"). */
export function numbersOnLine(line: string): number[] {
  return [
    ...line
      .normalize('NFKC')
      .matchAll(/(?<![\w.,\-/])\d{1,3}(?:,\d{3})+(?![\w.%\-/])|(?<![\w.,\-/])\d+(?![\w.,%\-/])/g),
  ].map((m) => Number(m[0].replace(/,/g, '')));
}
