/**
 * A guess of the report's length before any layout, from the amount of text, rows and charts.
 * It is the first anchor of the late page numbers (src/render/late.ts), which only needs the
 * right count of digits: a wrong guess costs one more layout, never a wrong number.
 */
import type { Block, Inline, ReportModel } from '../compose/model.js';
import { BODY_HEIGHT, CONTENT_WIDTH, TYPE } from '../../layouts/theme.js';
import { metrics } from './metrics.js';
import { LINE_HEIGHT } from './table.js';

const BODY_LINE = TYPE.body * TYPE.bodyLeading;

/** Height of `text` set at `size` over `width` points, `leading` lines apart. */
function textHeight(text: string, width: number, size = TYPE.body, leading = BODY_LINE): number {
  const m = metrics(false);
  let lines = 0;
  for (const line of text.split('\n'))
    lines += Math.max(1, Math.ceil((m.width(line) * size) / width));
  return lines * leading;
}

const runsText = (runs: Inline[]) => runs.map((r) => r.text).join('');

function blockHeight(b: Block): number {
  switch (b.kind) {
    case 'paragraph':
      return textHeight(runsText(b.runs), CONTENT_WIDTH) + 7;
    case 'bullets':
      return b.items.reduce((h, it) => h + textHeight(runsText(it), CONTENT_WIDTH - 14) + 3, 7);
    case 'subheading':
      return 30;
    case 'quote':
      return textHeight(b.text, CONTENT_WIDTH - 24) + 30;
    case 'facts':
      return b.rows.reduce((h, r) => h + textHeight(r.value, CONTENT_WIDTH * 0.65) + 6, 10);
    case 'table':
      // rows of one or two lines, the header, the caption and the note
      return (b.table.rows.length + 2) * (LINE_HEIGHT * 1.4 + 7.2) + 40;
    case 'chart':
    case 'lineChart':
      return 240;
    case 'actions':
      return b.items.reduce((h, a) => h + textHeight(a.text, CONTENT_WIDTH - 90) + 24, 10);
    case 'placeholder':
      return 50;
  }
}

export function guessPages(model: ReportModel): number {
  const parts = [
    ...(model.changes ? [model.changes] : []),
    ...model.sections,
    ...(model.evidenceIndex ? [model.evidenceIndex] : []),
  ];
  let height = 0;
  for (const s of parts) {
    height += 50;
    for (const b of s.blocks) height += blockHeight(b);
  }
  // cover, summary and contents, then the flow with some room lost at page ends
  return (model.summary ? 3 : 2) + Math.max(1, Math.ceil(height / (BODY_HEIGHT * 0.9)));
}
