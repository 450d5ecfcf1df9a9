/**
 * Amazon's message split into points (numbered lines, bullets, or paragraphs), and the
 * matching of the seller's answers (case.json `rejectionAnswers[]`) to those points. Pure.
 */

export interface RejectionPoint {
  /** 1-based position in the message. */
  n: number;
  /** The point's text as written, without its list marker; lines of one point joined by "\n". */
  text: string;
}

/** A list marker at the start of a line: 1. 1) (1) １． ① ・ - * • etc. */
const ITEM =
  /^\s*(?:[(（]?[0-9０-９]{1,3}[).）．、:：]|[(（][0-9０-９]{1,3}[)）]|[①-⑳]|[-*•・●◆■□○◇▪︎–—])\s*/u;

function clean(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

/**
 * Splits a message into points. When the message has list items (numbered lines or bullets),
 * each item is a point (an item continues on the following lines up to a blank line or the next
 * item; text before and after the list is the letter's frame and is not a point). Otherwise every
 * paragraph (separated by blank lines) is a point.
 */
export function splitPoints(message: string): RejectionPoint[] {
  const lines = message
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const hasItems = lines.some((l) => ITEM.test(l) && l.replace(ITEM, '').trim() !== '');
  const groups: string[][] = [];
  if (hasItems) {
    let cur: string[] | undefined;
    for (const line of lines) {
      if (line.trim() === '') {
        cur = undefined;
      } else if (ITEM.test(line) && line.replace(ITEM, '').trim() !== '') {
        cur = [line.replace(ITEM, '')];
        groups.push(cur);
      } else if (cur) {
        cur.push(line);
      }
    }
  } else {
    let cur: string[] | undefined;
    for (const line of lines) {
      if (line.trim() === '') cur = undefined;
      else if (cur) cur.push(line);
      else {
        cur = [line];
        groups.push(cur);
      }
    }
  }
  return groups
    .map((g) => clean(g))
    .filter((text) => text !== '')
    .map((text, i) => ({ n: i + 1, text }));
}

/** NFKC, no whitespace, no list marker: for comparing a quoted point with Amazon's text. */
export function normalizePoint(s: string): string {
  return s.normalize('NFKC').replace(ITEM, '').replace(/\s+/g, '').toLowerCase();
}

/** The point number written in an answer's `point` ("2", "#2", "(2)", "2.", "２"), if it is one. */
export function pointNumber(s: string): number | undefined {
  const m = /^\s*[#(]?\s*(\d{1,3})\s*[).:]?\s*$/.exec(s.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}

/** True when the answer's `point` designates `p` (by its number, or by quoting it). */
export function answerMatches(p: RejectionPoint, quoted: string): boolean {
  const n = pointNumber(quoted);
  if (n !== undefined) return n === p.n;
  const a = normalizePoint(quoted);
  const b = normalizePoint(p.text);
  if (!a || !b) return false;
  if (a === b) return true;
  // A quote of part of the point (at least 10 characters, or the whole point when shorter).
  return (b.includes(a) && a.length >= Math.min(10, b.length)) || a.includes(b);
}

/** The seller's answer to `p`, when one of `answers` designates it (several are joined). */
export function matchAnswer(
  p: RejectionPoint,
  answers: readonly { point: string; answer: string }[],
): string | undefined {
  const found = answers.filter((a) => answerMatches(p, a.point) && a.answer.trim() !== '');
  return found.length ? found.map((a) => a.answer.trim()).join('\n\n') : undefined;
}
