/**
 * The seller's narrative text → blocks. A blank line separates paragraphs, a line starting
 * "- " is a bullet, **text** is bold, a single newline inside a paragraph is kept as a line break.
 */
import type { Narrative } from '../case/schema.js';
import type { Block, Inline } from './model.js';

/**
 * A line of its own that says where a section's generated tables and charts go ({{tables}} or
 * {{表}}); without it they follow the section's text.
 */
export const GENERATED_MARKER = /^\s*\{\{\s*(tables|表)\s*\}\}\s*$/i;

/** The narrative as one string (arrays are joined with newlines), or '' when absent. */
export function narrativeText(n: Narrative | undefined): string {
  if (n === undefined) return '';
  return (Array.isArray(n) ? n.join('\n') : n).replace(/\r\n?/g, '\n');
}

/** Splits **bold** markers into runs; an unmatched ** is kept as written. */
export function parseInline(text: string): Inline[] {
  const runs: Inline[] = [];
  let rest = text;
  while (rest.length) {
    const open = rest.indexOf('**');
    const close = open >= 0 ? rest.indexOf('**', open + 2) : -1;
    if (open < 0 || close < 0) {
      runs.push({ text: rest });
      break;
    }
    if (open > 0) runs.push({ text: rest.slice(0, open) });
    const bold = rest.slice(open + 2, close);
    if (bold) runs.push({ text: bold, bold: true });
    rest = rest.slice(close + 2);
  }
  return runs.filter((r) => r.text.length > 0);
}

const BULLET = /^\s*[-・•]\s+/;

/** Narrative → paragraphs and bullet lists. */
export function narrativeBlocks(n: Narrative | undefined): Block[] {
  const blocks: Block[] = [];
  for (const chunk of narrativeText(n).split(/\n[ \t\u3000]*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    let para: string[] = [];
    let bullets: Inline[][] = [];
    const flushPara = () => {
      if (para.length) blocks.push({ kind: 'paragraph', runs: parseInline(para.join('\n')) });
      para = [];
    };
    const flushBullets = () => {
      if (bullets.length) blocks.push({ kind: 'bullets', items: bullets });
      bullets = [];
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        flushPara();
        bullets.push(parseInline(line.replace(BULLET, '').trim()));
      } else {
        flushBullets();
        para.push(line.trim());
      }
    }
    flushPara();
    flushBullets();
  }
  return blocks;
}
