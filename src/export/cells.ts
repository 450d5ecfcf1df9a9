/**
 * Making text safe in spreadsheets. A cell value that starts with = + - @ (or their full-width
 * forms ＝ ＋ － ＠, which Japanese Excel also takes as a formula), a tab or a carriage return can
 * be run as a formula when the file is opened or its cells are pasted elsewhere ("CSV/formula
 * injection"). Such values get a leading apostrophe (U+0027) so they stay inert text.
 */

const DANGEROUS_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;

/** The text with a leading apostrophe when it could start a formula. */
export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** One CSV field: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvEscape(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const s = neutralise(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Display width of a text: East Asian wide and full-width characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000
        ? 2
        : 1;
  }
  return w;
}
