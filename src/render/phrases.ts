/**
 * Where Japanese text may break, by preference: between phrases (文節) as BudouX finds them (the
 * segmenter Chrome uses for `word-break: auto-phrase`), else between words as ICU's dictionary
 * finds them (Intl.Segmenter). Both are given as sets of UTF-16 offsets into the text.
 *
 * BudouX is loaded from its parser and model files directly: its package entry point also loads
 * an HTML processor with a DOM implementation that the report does not need.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

interface BudouxParser {
  parse(sentence: string): string[];
}

const require = createRequire(import.meta.url);
let parser: BudouxParser | undefined;

function budoux(): BudouxParser {
  if (parser) return parser;
  const dir = path.dirname(require.resolve('budoux'));
  const { Parser } = require(path.join(dir, 'parser.js')) as {
    Parser: new (model: unknown) => BudouxParser;
  };
  const { model } = require(path.join(dir, 'data', 'models', 'ja.js')) as { model: unknown };
  parser = new Parser(model);
  return parser;
}

const words = new Intl.Segmenter('ja', { granularity: 'word' });
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/**
 * `text` in chunks of at most about CHUNK characters, cut after a sentence end (。！？ or a
 * newline) where there is one: both segmenters slow down more than linearly on very long texts
 * (a 120,000-character paragraph), and a sentence end is a phrase boundary anyway.
 */
const CHUNK = 2000;
function chunks(text: string): { at: number; text: string }[] {
  if (text.length <= CHUNK) return [{ at: 0, text }];
  const out: { at: number; text: string }[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const slice = text.slice(at, end);
      const cut = Math.max(
        slice.lastIndexOf('。'),
        slice.lastIndexOf('！'),
        slice.lastIndexOf('？'),
        slice.lastIndexOf('. '),
        slice.lastIndexOf(' '),
      );
      if (cut > CHUNK / 4) end = at + cut + 1;
      // never between the two halves of a surrogate pair
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end++;
    }
    out.push({ at, text: text.slice(at, end) });
    at = end;
  }
  return out;
}

/** Offsets (UTF-16, exclusive of 0 and the length) where a phrase of `text` ends. */
export function phraseBounds(text: string): Set<number> {
  const out = new Set<number>();
  if (!HAS_CJK.test(text)) return out;
  for (const c of chunks(text)) {
    let at = c.at;
    if (at > 0) out.add(at);
    for (const phrase of budoux().parse(c.text)) {
      at += phrase.length;
      if (at < text.length) out.add(at);
    }
  }
  return out;
}

/** Offsets (UTF-16) where a word of `text` ends, by ICU's dictionary segmentation. */
export function wordBounds(text: string): Set<number> {
  const out = new Set<number>();
  for (const c of chunks(text))
    for (const s of words.segment(c.text)) if (s.index + c.at > 0) out.add(s.index + c.at);
  return out;
}
