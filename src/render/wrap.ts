/**
 * Line wrapping of table cells and notes, measured with the font's own glyph widths: a text
 * that fits stays on one line; a longer one is broken by the typesetter (typeset.ts), flush left,
 * in as few lines as it can, between phrases or words where possible, never inside a Latin word,
 * a code or a number with its unit. Cells are measured here and drawn directly (no react-pdf
 * layout per cell), so that long tables cost time linear in their rows.
 */
import type { FontMetrics } from './metrics.js';
import { typeset } from './typeset.js';

/** Lines of `text` (explicit \n kept) that fit `maxWidth` points at `size` points. */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  m: FontMetrics,
  bold = false,
): string[] {
  const out: string[] = [];
  const limit = maxWidth / size;
  for (const para of text.split('\n')) {
    if (m.width(para) <= limit) {
      out.push(para);
      continue;
    }
    const lines = typeset([{ text: para, bold }], maxWidth, size, false);
    out.push(...(lines.length ? lines.map((l) => l.text) : ['']));
  }
  return out;
}
