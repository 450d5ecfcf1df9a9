/**
 * Running text set into lines by src/render/typeset.ts (phrase-aware breaks, 両端揃え): the lines
 * SetText.tsx paints, and the lines src/render/summary-fit.ts counts. No react-pdf here, so that
 * `check` measures with the same code without loading the renderer.
 */
import type { Inline } from '../src/compose/model.js';
import { sanitize } from '../src/render/metrics.js';
import { normalizeRunBoundaries } from '../src/render/linebreak.js';
import { typeset, type SetLine } from '../src/render/typeset.js';

export interface SetStyle {
  size: number;
  /** Line height as a multiple of the size. */
  leading: number;
  color: string;
  bold?: boolean;
}

/** The lines of `runs` (explicit "\n" start a new line flush left) set `width` points wide. */
export function setRuns(runs: Inline[], width: number, style: SetStyle, justify = true): SetLine[] {
  const clean = runs.map((r) => ({
    text: sanitize(r.text, true),
    bold: r.bold || style.bold,
  }));
  const out: SetLine[] = [];
  let para: Inline[] = [];
  const flush = () => {
    const lines = typeset(normalizeRunBoundaries(para), width, style.size, justify);
    out.push(
      ...(lines.length ? lines : [{ pieces: [], width: 0, natural: 0, last: true, text: '' }]),
    );
    para = [];
  };
  for (const r of clean) {
    r.text.split('\n').forEach((part, i) => {
      if (i > 0) flush();
      if (part) para.push({ text: part, bold: r.bold });
    });
  }
  flush();
  return out;
}
