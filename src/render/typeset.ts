/**
 * Running text set the way a Japanese publisher sets it: lines broken at phrase boundaries, set
 * 両端揃え (justified: the space a line lacks is spread between its characters), the last line
 * of a paragraph flush left and never only one or two characters long.
 *
 * Every boundary between two characters gets a class: where a line may break and at what cost.
 *   0  after an author-typed space, or between two phrases (BudouX)
 *   1  between two words inside a phrase (ICU's dictionary)
 *   2  between any two Japanese characters kinsoku allows; in a long URL after / - _ . ? & =
 *   3  in a Latin run after / - _ . ? & =, only when nothing else fits (a token longer than
 *      the line: it is cut there first, then anywhere)
 * Never (short of the last resort): inside a Latin word, an ASIN, SKU or invoice number, between a number
 * and its unit or counter (6個, 450ml, 3.2%), inside a date (2026年4月1日), after an opening
 * bracket or before a closing one or a small kana (kinsoku).
 *
 * The breaks of a paragraph are chosen together (a shortest path over the break candidates, as
 * TeX does): each line costs the square of the space it lacks per stretchable gap, plus the cost
 * of its break's class, so a line breaks inside a phrase only when breaking at a phrase boundary
 * would leave a visible gap. Widths are the font's own advance widths (fonts.ts).
 */
import { metrics } from './metrics.js';
import { NO_LINE_END, NO_LINE_START } from './linebreak.js';
import { phraseBounds, wordBounds } from './phrases.js';

export interface Run {
  text: string;
  bold?: boolean;
}

/** A piece of a set line drawn in one go: its characters get `spacing` after each one. */
export interface Piece {
  text: string;
  bold: boolean;
  /** Left edge, in points from the line's start. */
  x: number;
  /** Extra space after every character (pdfkit's characterSpacing). */
  spacing: number;
}

export interface SetLine {
  pieces: Piece[];
  /** Width of the line as set (the measure for every justified line). */
  width: number;
  /** Natural width before justification. */
  natural: number;
  /** The last line of its paragraph (flush left). */
  last: boolean;
  /** The characters of the line, spaces at its ends trimmed. */
  text: string;
}

const NEVER = 99;
/** Costs of a break of class 0, 1, 2, 3 and of a break nothing allows (last resort of all). */
const CLASS_COST = [0, 3, 8, 1e5, 2e5];
/** A last line of this many characters or fewer pulls a phrase down. */
const SHORT_LAST = 2;
const SHORT_LAST_COST = 1e4;
/**
 * A space between two Latin words stretches this many times as much as a gap between two
 * Japanese characters; a space between Japanese and Latin or digits (a narrow inter-script gap)
 * stretches as much as one.
 */
const SPACE_WEIGHT = 3;
const LINE_COST = 100;
const RAGGED_LINE_COST = 10;
/** Flush left, a break inside a word costs more than a line: a name takes a line more instead. */
const RAGGED_CLASS_COST = [0, 1.5, 12, 1e5, 2e5];

const LATIN = /[\u0021-\u007e\u00a0-\u024f\u2010-\u2011\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
const DIGIT = /[0-9０-９]/;
const SPACE = /^[ \u3000]$/;
/** Characters that stay with the number after them: 第3回, 約30個. */
const NUMBER_PREFIX = new Set(Array.from('第約計全各毎'));
const URL_BREAK_AFTER = /[/\-_.?&=]/;
/** A Latin run longer than this (a URL) may break after / - _ . ? & =. */
const LONG_RUN = 24;

interface Char {
  ch: string;
  bold: boolean;
  width: number;
  latin: boolean;
  space: boolean;
  /** A space with Japanese on one side (set narrow, stretched like a character gap). */
  interScript?: boolean;
}

function isLatin(ch: string): boolean {
  return LATIN.test(ch) && !SPACE.test(ch);
}

/** The break class of the boundary before chars[i]. */
function classes(chars: Char[], text: string, offsets: number[]): number[] {
  const phrases = phraseBounds(text);
  const words = wordBounds(text);
  // length of the Latin run each character belongs to
  const runLength = new Array<number>(chars.length).fill(0);
  for (let i = 0; i < chars.length;) {
    if (!chars[i]!.latin) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && chars[j]!.latin) j++;
    for (let k = i; k < j; k++) runLength[k] = j - i;
    i = j;
  }
  const out = new Array<number>(chars.length + 1).fill(NEVER);
  out[0] = NEVER;
  out[chars.length] = 0;
  for (let i = 1; i < chars.length; i++) {
    const a = chars[i - 1]!;
    const b = chars[i]!;
    if (b.space) continue; // break after the spaces, not before them
    if (a.space) {
      out[i] = 0;
      continue;
    }
    let c: number;
    if (NO_LINE_START.has(b.ch) || NO_LINE_END.has(a.ch)) c = NEVER;
    else if (a.latin && b.latin)
      c = URL_BREAK_AFTER.test(a.ch) ? (runLength[i]! > LONG_RUN ? 2 : 3) : NEVER;
    else if (DIGIT.test(a.ch) && !b.latin)
      c = NEVER; // 6個, 2026年, 3か月
    else if (DIGIT.test(b.ch) && (NUMBER_PREFIX.has(a.ch) || dateCounter(chars, i))) c = NEVER;
    else if (phrases.has(offsets[i]!)) c = 0;
    else if (words.has(offsets[i]!)) c = 1;
    else c = 2;
    out[i] = c;
  }
  return out;
}

/** 年 or 月 right after a number, before the next number of a date (2026年4月1日). */
function dateCounter(chars: Char[], i: number): boolean {
  const a = chars[i - 1]!.ch;
  return (a === '年' || a === '月') && i >= 2 && DIGIT.test(chars[i - 2]!.ch);
}

/** Stretch weight of the gap after chars[i] (to chars[i + 1]) inside a line. */
function gapWeight(a: Char, b: Char): number {
  if (a.space) return a.interScript ? 1 : SPACE_WEIGHT;
  if (b.space) return 0;
  if (a.latin && b.latin) return 0;
  return 1;
}

interface Layout {
  chars: Char[];
  cls: number[];
  /** Prefix sums of widths. */
  pre: number[];
  /** Prefix sums of gap weights: gaps[i] = weights of the gaps before chars[i]. */
  gaps: number[];
}

function prepare(runs: Run[], size: number): Layout & { text: string } {
  const chars: Char[] = [];
  const offsets: number[] = [];
  let text = '';
  for (const r of runs) {
    const m = metrics(!!r.bold);
    for (const ch of r.text) {
      offsets.push(text.length);
      text += ch;
      const space = SPACE.test(ch);
      chars.push({ ch, bold: !!r.bold, width: m.width(ch) * size, latin: isLatin(ch), space });
    }
  }
  offsets.push(text.length);
  // spaces between Japanese and Latin or digits
  for (let i = 0; i < chars.length; i++) {
    if (!chars[i]!.space) continue;
    let a = i - 1;
    while (a >= 0 && chars[a]!.space) a--;
    let b = i + 1;
    while (b < chars.length && chars[b]!.space) b++;
    const cjk = (c: Char | undefined) => !!c && !c.latin && !c.space;
    chars[i]!.interScript = cjk(chars[a]) || cjk(chars[b]);
  }
  const cls = classes(chars, text, offsets);
  const pre = [0];
  for (const c of chars) pre.push(pre[pre.length - 1]! + c.width);
  const gaps = [0];
  for (let i = 1; i < chars.length; i++)
    gaps.push(gaps[i - 1]! + gapWeight(chars[i - 1]!, chars[i]!));
  return { chars, cls, pre, gaps, text };
}

/** The characters of a line from `a` to `b`, spaces at both ends trimmed. */
function trim(chars: Char[], a: number, b: number): [number, number] {
  while (a < b && chars[a]!.space) a++;
  while (b > a && chars[b - 1]!.space) b--;
  return [a, b];
}

function visibleCount(chars: Char[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (!chars[i]!.space) n++;
  return n;
}

/**
 * The break positions (indices into the characters, the last one = length) of the best set of
 * lines `width` points wide.
 */
function breakLines(l: Layout, width: number, size: number, justify: boolean): number[] {
  const { chars, cls, pre, gaps } = l;
  const n = chars.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  const lines = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  const cands = [0];
  for (let b = 1; b <= n; b++) {
    // every boundary is a candidate: those kinsoku or a word forbids at class 3 (last resort)
    if (chars[b]?.space) continue;
    const last = b === n;
    for (let k = cands.length - 1; k >= 0; k--) {
      const a = cands[k]!;
      if (best[a] === Infinity) continue;
      const [s, e] = trim(chars, a, b);
      const w = pre[e]! - pre[s]!;
      if (w > width + 0.01) {
        // a single character wider than the line still gets a line of its own
        if (e - s > 1) break;
      }
      let cost = best[a]!;
      if (last) {
        if (justify && a > 0 && visibleCount(chars, s, e) <= SHORT_LAST) cost += SHORT_LAST_COST;
      } else if (justify) {
        const weight = e > s ? gaps[e - 1]! - gaps[s]! : 0;
        const slack = Math.max(0, width - w) / size;
        const perGap = weight ? slack / weight : slack;
        cost += LINE_COST * perGap * perGap + CLASS_COST[Math.min(cls[b]!, 4)]!;
      } else {
        // flush left (table cells): as few lines as possible, then the best breaks
        const slack = Math.max(0, width - w) / size;
        cost += RAGGED_LINE_COST + RAGGED_CLASS_COST[Math.min(cls[b]!, 4)]! + 0.001 * slack * slack;
      }
      if (
        cost < best[b]! - 1e-9 ||
        (Math.abs(cost - best[b]!) <= 1e-9 && lines[a]! + 1 < lines[b]!)
      ) {
        best[b] = cost;
        from[b] = a;
        lines[b] = lines[a]! + 1;
      }
    }
    cands.push(b);
  }
  const breaks: number[] = [];
  for (let b = n; b > 0; b = from[b]!) {
    if (from[b]! < 0) throw new Error('typeset: no way to break the text');
    breaks.push(b);
  }
  return breaks.reverse();
}

function piecesOf(chars: Char[], s: number, e: number, extra: number[]): Piece[] {
  const pieces: Piece[] = [];
  let x = 0;
  let cur: Piece | undefined;
  for (let i = s; i < e; i++) {
    const c = chars[i]!;
    const g = extra[i - s] ?? 0;
    if (c.space) {
      // a space is not drawn: the gap it leaves is what text extraction reads as a space
      cur = undefined;
    } else {
      // every character of a piece, its last one too, is followed by the piece's spacing: text
      // extraction then sees each one end where the next begins
      if (!cur || cur.bold !== c.bold || Math.abs(cur.spacing - g) > 1e-6) {
        cur = { text: '', bold: c.bold, x, spacing: g };
        pieces.push(cur);
      }
      cur.text += c.ch;
    }
    x += c.width + g;
  }
  return pieces;
}

/**
 * Sets `runs` in lines `width` points wide at `size` points. `justify`: every line but the last
 * fills the width exactly; otherwise lines are flush left (same breaks).
 */
export function typeset(runs: Run[], width: number, size: number, justify = true): SetLine[] {
  const l = prepare(runs, size);
  const { chars } = l;
  if (!chars.length) return [];
  const breaks = breakLines(l, width, size, justify);
  const out: SetLine[] = [];
  let a = 0;
  breaks.forEach((b, k) => {
    const [s, e] = trim(chars, a, b);
    a = b;
    const last = k === breaks.length - 1;
    const natural = l.pre[e]! - l.pre[s]!;
    const extra = new Array<number>(e - s).fill(0);
    if (justify && !last && natural < width) {
      const weights: number[] = [];
      let total = 0;
      for (let i = s; i < e - 1; i++) {
        const w = gapWeight(chars[i]!, chars[i + 1]!);
        weights.push(w);
        total += w;
      }
      if (!total) {
        // a line of one long token: spread between its letters
        for (let i = 0; i < weights.length; i++) weights[i] = 1;
        total = weights.length;
      }
      if (total)
        for (let i = 0; i < weights.length; i++)
          extra[i] = ((width - natural) * weights[i]!) / total;
    }
    const pieces = e > s ? piecesOf(chars, s, e, extra) : [];
    const setWidth = natural + extra.reduce((x, y) => x + y, 0);
    out.push({
      pieces,
      width: setWidth,
      natural,
      last,
      text: chars
        .slice(s, e)
        .map((c) => c.ch)
        .join(''),
    });
  });
  return out;
}

/**
 * The narrowest width (at size 1) in which `text` takes at most two lines broken between
 * phrases or words (break classes 0 and 1); its full width when it has no such break.
 */
export function twoLineWidth(text: string, bold = false): number {
  const { chars, cls, pre } = prepare([{ text, bold }], 1);
  let best = pre[chars.length]!;
  for (let b = 1; b < chars.length; b++) {
    if (cls[b]! > 1) continue;
    const [s1, e1] = trim(chars, 0, b);
    const [s2, e2] = trim(chars, b, chars.length);
    best = Math.min(best, Math.max(pre[e1]! - pre[s1]!, pre[e2]! - pre[s2]!));
  }
  return best;
}
