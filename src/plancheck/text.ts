/** Text helpers of the plan check: narrative to plain text, sentences, dates written in text. */
import type { Narrative } from '../case/schema.js';

/** NFKC plus unified spaces: the form every pattern is matched against. */
export function normalize(s: string): string {
  return s.normalize('NFKC').replace(/[\u3000\u00a0]/g, ' ');
}

/** A section's narrative as plain text: array joined, markdown bullets and bold removed. */
export function narrativeText(n: Narrative | undefined): string {
  if (n === undefined) return '';
  const joined = Array.isArray(n) ? n.join('\n') : n;
  return normalize(joined)
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*・•]|\d+[.)])\s+/, '').replace(/\*\*/g, ''))
    .join('\n');
}

/**
 * Sentences of a text: Japanese ends on 。！？ (after NFKC: 。!?) and newlines; English on . ! ?
 * followed by a space or the end (so "2.1%" and "No.5" stay whole). Closing brackets and quotes
 * after the end mark stay with the sentence.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  let buf = '';
  const flush = () => {
    const s = buf.trim();
    if (s) out.push(s);
    buf = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') {
      flush();
      continue;
    }
    buf += ch;
    const next = chars[i + 1];
    const ends =
      /[。!?]/.test(ch) || (ch === '.' && (next === undefined || /[\s」』)）"']/.test(next)));
    if (!ends) continue;
    while (i + 1 < chars.length && /[。!?.」』)）"']/.test(chars[i + 1]!)) buf += chars[++i];
    flush();
  }
  flush();
  return out;
}

/** The sentence shortened for quoting in a message. */
export function quote(s: string, max: number): string {
  // At most 2 code units per character: only the head of a long sentence is spread.
  const chars = [...s.slice(0, max * 2 + 2)];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface TextDates {
  /** Full dates (with a year) found, YYYY-MM-DD. */
  full: string[];
  /** True when any date, even without a year (1月20日, Jan 20), is written. */
  any: boolean;
}

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Dates written in a (normalised) sentence. */
export function datesIn(s: string): TextDates {
  const full: string[] = [];
  let any = false;
  const add = (d: string | undefined) => {
    any = true;
    if (d) full.push(d);
  };
  for (const m of s.matchAll(/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/g))
    add(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of s.matchAll(
    new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'gi'),
  ))
    add(iso(Number(m[3]), MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, Number(m[2])));
  for (const m of s.matchAll(
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})`, 'gi'),
  ))
    add(iso(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1])));
  if (!any) {
    if (/(?<!\d)\d{1,2}月\s*\d{1,2}日/.test(s)) any = true;
    else if (new RegExp(`\\b${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'i').test(s))
      any = true;
    else if (/(?<![\d.])\d{1,2}\/\d{1,2}(?![\d/])/.test(s)) any = true;
  }
  return { full, any };
}

/** True when one of the patterns matches. */
export function matchesAny(s: string, patterns: readonly RegExp[]): RegExp | undefined {
  return patterns.find((p) => p.test(s));
}

/**
 * The sentence without quoted spans (「…」, 『…』, "…", “…”): a buyer's comment or Amazon's
 * words quoted by the seller are not the seller's own tone.
 */
export function unquoted(s: string): string {
  // Bounded spans: an unclosed 「 followed by a long text must not make this quadratic.
  return s.replace(/「[^」]{0,400}」|『[^』]{0,400}』|"[^"]{0,400}"|“[^”]{0,400}”/g, '「」');
}
