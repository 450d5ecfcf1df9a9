/**
 * Japanese line breaking (kinsoku shori) as break units. A "word" (text between ASCII spaces) is
 * cut into units that may be separated by a line break: every CJK character is its own unit,
 * except that characters which may not start a line (、。」）ー small kana…) stick to the unit
 * before them and characters which may not end a line (「（…) stick to the unit after them.
 * Latin runs (words, numbers, ASINs, SKUs, invoice numbers) stay one unit; only very long runs
 * (URLs) may break after / - _ . ? & =.
 *
 * react-pdf gets the units through Font.registerHyphenationCallback, separated by '' (a free
 * break without a hyphen); the table renderer uses the same units for its own wrapping.
 */

/** May not start a line. */
export const NO_LINE_START = new Set(
  Array.from(
    '、。，．・：；？！゛゜ヽヾゝゞ々〻ー―‐–—〜～…‥' +
      '）］｝〕〉》」』】〙〗〟’”｠»' +
      'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ' +
      ')]},.:;?!%％‰℃°′″',
  ),
);

/** May not end a line. */
export const NO_LINE_END = new Set(Array.from('（［｛〔〈《「『【〘〖〝‘“｟«([{¥$￥＄'));

/** Latin letters, digits and ASCII punctuation that belong to one unbreakable run. */
const LATIN = /[\u0021-\u007e\u00a0-\u024f\u2010-\u2011\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
const LONG_RUN = 24;
const URL_BREAK_AFTER = /[/\-_.?&=]/;

function latinAtoms(run: string): string[] {
  if (run.length <= LONG_RUN) return [run];
  const out: string[] = [];
  let cur = '';
  for (const ch of run) {
    cur += ch;
    // a URL breaks after / - _ . ? & =; a run without them (2,000 letters) every LONG_RUN
    // letters, so that no text ever runs off the page
    if ((URL_BREAK_AFTER.test(ch) && cur.length >= 2) || cur.length >= LONG_RUN) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Splits a word (no ASCII spaces) into atoms: Latin runs and single other characters. */
function atoms(word: string): string[] {
  const out: string[] = [];
  let latin = '';
  for (const ch of word) {
    if (LATIN.test(ch) && !NO_LINE_START.has(ch) && !NO_LINE_END.has(ch)) {
      latin += ch;
      continue;
    }
    if (latin && (NO_LINE_START.has(ch) || NO_LINE_END.has(ch)) && LATIN.test(ch)) {
      // ASCII punctuation inside a Latin run, e.g. "(株)" or "1,234." keeps the run together
      latin += ch;
      continue;
    }
    if (latin) out.push(...latinAtoms(latin));
    latin = '';
    out.push(ch);
  }
  if (latin) out.push(...latinAtoms(latin));
  return out;
}

/** Counters that stay with the number before them: 2026年9月15日, 1,234個, 3件. */
const COUNTERS = new Set(Array.from('年月日時分秒個件円台本枚箱回名週'));
const DIGITS = /^[0-9０-９][0-9０-９,.]*$/;
const ENDS_WITH_DIGIT = /[0-9０-９]$/;

/**
 * Groups atoms so that no group starts with a no-start or ends with a no-end character, and
 * numbers keep their counters (a date such as 2026年9月15日 is one unit).
 */
export function breakGroups(word: string): string[] {
  const groups: string[] = [];
  for (const a of atoms(word)) {
    const first = Array.from(a)[0] ?? '';
    const prev = groups[groups.length - 1];
    const chars = prev !== undefined ? Array.from(prev) : [];
    const prevLast = chars[chars.length - 1] ?? '';
    const counterAfterNumber = COUNTERS.has(a) && ENDS_WITH_DIGIT.test(prevLast);
    const numberAfterDateCounter =
      DIGITS.test(a) &&
      (prevLast === '年' || prevLast === '月') &&
      ENDS_WITH_DIGIT.test(chars[chars.length - 2] ?? '');
    if (
      prev !== undefined &&
      (NO_LINE_START.has(first) ||
        NO_LINE_END.has(prevLast) ||
        counterAfterNumber ||
        numberAfterDateCounter)
    )
      groups[groups.length - 1] = prev + a;
    else groups.push(a);
  }
  return groups;
}

/**
 * react-pdf cuts text into runs wherever the script changes (Han, Hiragana, Katakana, Latin;
 * punctuation stays with the run before it) and calls the hyphenation callback per run. Where two
 * units meet without a '' between them, it adds a hyphenation point; with this penalty on every
 * <Text> (react-pdf's "infinity") such a point is never used, so no hyphen is ever inserted.
 */
export const NO_HYPHENATION_PENALTY = 10000;

/**
 * The hyphenation callback for react-pdf: units separated by '' (free breaks, never a hyphen),
 * ending with '' so that a break is also allowed where the next run begins, except after a
 * character that may not end a line (「（…), which stays glued to the next run.
 */
export function hyphenationCallback(word: string): string[] {
  if (!word) return [];
  if (/^\s+$/.test(word)) return [word];
  const out: string[] = [];
  const groups = breakGroups(word);
  groups.forEach((g, i) => {
    out.push(g);
    if (i < groups.length - 1 || !NO_LINE_END.has(Array.from(g).pop() ?? '')) out.push('');
  });
  return out;
}

/**
 * Moves characters across the boundary of adjacent runs so that no run starts with a no-start
 * character or ends with a no-end character (a run boundary is a break opportunity).
 */
export function normalizeRunBoundaries<T extends { text: string }>(runs: T[]): T[] {
  const out = runs.map((r) => ({ ...r }));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    // leading no-start characters of cur go to the end of prev
    let lead = '';
    for (const ch of cur.text) {
      if (NO_LINE_START.has(ch)) lead += ch;
      else break;
    }
    if (lead && !/\s$/.test(prev.text)) {
      prev.text += lead;
      cur.text = cur.text.slice(lead.length);
    }
    // trailing no-end characters of prev go to the start of cur
    const chars = Array.from(prev.text);
    let tail = '';
    while (chars.length && NO_LINE_END.has(chars[chars.length - 1]!)) tail = chars.pop()! + tail;
    if (tail && cur.text && !/^\s/.test(cur.text)) {
      prev.text = chars.join('');
      cur.text = tail + cur.text;
    }
  }
  return out.filter((r) => r.text.length > 0);
}
