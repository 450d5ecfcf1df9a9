/**
 * Greedy line wrapping with the font's own glyph widths, using the same kinsoku break units as
 * react-pdf: used for table cells, which are measured here and drawn directly (no react-pdf
 * layout per cell), so that long tables cost time linear in their rows.
 */
import type { FontMetrics } from './fonts.js';
import { breakGroups } from './linebreak.js';

/** Lines of `text` (explicit \n kept) that fit `maxWidth` points at `size` points. */
export function wrapText(text: string, maxWidth: number, size: number, m: FontMetrics): string[] {
  const out: string[] = [];
  const limit = maxWidth / size;
  for (const para of text.split('\n')) {
    if (m.width(para) <= limit) {
      out.push(para);
      continue;
    }
    let line = '';
    let lineW = 0;
    const push = () => {
      out.push(line.replace(/ +$/, ''));
      line = '';
      lineW = 0;
    };
    for (const token of para.split(/( +)/)) {
      if (!token) continue;
      if (/^ +$/.test(token)) {
        if (line) {
          line += token;
          lineW += m.width(token);
        }
        continue;
      }
      for (const unit of breakGroups(token)) {
        const w = m.width(unit);
        if (line.trim() && lineW + w > limit) push();
        if (w <= limit) {
          line += unit;
          lineW += w;
          continue;
        }
        // a unit wider than the cell: cut after / - _ . first, then by characters
        for (const part of unit.match(/[^/\-_.?&=]*[/\-_.?&=]*/g) ?? [unit]) {
          if (!part) continue;
          const pw = m.width(part);
          if (line.trim() && lineW + pw > limit) push();
          if (pw <= limit) {
            line += part;
            lineW += pw;
            continue;
          }
          for (const ch of part) {
            const cw = m.width(ch);
            if (line && lineW + cw > limit) push();
            line += ch;
            lineW += cw;
          }
        }
      }
    }
    if (line || !out.length) push();
  }
  return out;
}
