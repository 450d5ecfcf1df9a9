/**
 * Buyer data typed into free text (customer comments of returns): e-mail addresses, phone
 * numbers, postal codes and names are replaced by a mask before the text reaches any output
 * (the PDF, the workbook, inputs.json). Matching folds full-width ASCII (＠, ０-９) so that
 * ０９０－１２３４－５６７８ is found as well; the rest of the text is kept as written.
 */

/** What replaces each piece of personal data. */
export const MASK = '***';

/** Full-width ASCII → ASCII, one character for one, so offsets stay those of the original. */
function foldWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212\u30FC]/g, '-') // hyphens, minus, long vowel mark in numbers
    .replace(/\u3000/g, ' ');
}

const KANJI_NAME =
  '[\\u4E00-\\u9FFF\\u3005]{1,4}[ \\u3000]?[\\u4E00-\\u9FFF\\u3005\\u3041-\\u3096\\u30A1-\\u30FA]{1,4}';
const LATIN_NAME = "[A-Z][a-z'\\-]+(?:\\s+[A-Z][a-z'\\-]+){0,2}";

/**
 * Patterns of personal data; a pattern's first capture group, when it has one, is the part
 * masked (the label before it stays, so the text still reads).
 */
const PATTERNS: RegExp[] = [
  // e-mail
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
  // phone: +81 / 0-prefixed Japanese numbers, North American numbers, long digit runs
  /(?<![\d-])(?:\+\d{1,3}[ -]?)?\(?0?\d{1,4}\)?[ -]?\d{2,4}[ -]\d{3,4}(?![\d-])/g,
  /(?<!\d)\d{10,11}(?!\d)/g,
  // postal codes: 〒123-4567, 123-4567, ZIP 12345(-6789), "CA 90210"
  /〒 ?\d{3}-?\d{4}(?!\d)/g,
  /(?<![\d-])\d{3}-\d{4}(?![\d-])/g,
  /\b(?:zip|zip code|postal code|postcode)[ :#]*(\d{5}(?:-\d{4})?)\b/gi,
  /\b[A-Z]{2} (\d{5}(?:-\d{4})?)\b/g,
  // names after a label or before an honorific / self-introduction
  new RegExp(`(?:お名前|名前|氏名|宛名|注文者|購入者|受取人)[はが：:\\s]*(${KANJI_NAME})`, 'g'),
  new RegExp(`(${KANJI_NAME})(?:様|さま|と申します|といいます)`, 'g'),
  new RegExp(
    `\\b(?:[Mm]y name is|[Nn]ame ?:|[Rr]egards,?|[Tt]hanks,?|[Ss]incerely,?)\\s*(${LATIN_NAME})`,
    'g',
  ),
];

/** Words before 様 that are not a buyer's name (出品者様, 担当者様 …). */
const NOT_NAMES = [
  '出品者',
  '販売者',
  '担当者',
  '店長',
  '店舗',
  '業者',
  '御社',
  '貴社',
  '皆',
  '客',
];

/** The text with every e-mail, phone number, postal code and name replaced by `MASK`. */
export function maskPersonal(text: string): string {
  const folded = foldWidth(text);
  const ranges: [number, number][] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      const whole = m.index;
      if (m[1] !== undefined) {
        if (NOT_NAMES.some((w) => m[1]!.endsWith(w))) continue;
        const start = whole + m[0].lastIndexOf(m[1]);
        ranges.push([start, start + m[1].length]);
      } else ranges.push([whole, whole + m[0].length]);
    }
  }
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    out += text.slice(at, Math.max(at, s)) + (s >= at ? MASK : '');
    at = e;
  }
  return out + text.slice(at);
}
