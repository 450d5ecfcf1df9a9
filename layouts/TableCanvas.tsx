/**
 * One chunk of a measured table drawn on a <Canvas>: header row, body rows, optional totals row.
 * Text is already wrapped (src/render/table.ts); here only positions, rules and shading.
 */
import { Canvas } from '@react-pdf/renderer';
import { pdfFont } from '../src/render/fonts.js';
import { fitWidth, metrics, sanitize } from '../src/render/metrics.js';
import { hasLatePage, printLatePages } from '../src/render/late.js';
import {
  LINE_HEIGHT,
  rowHeight,
  wrapCell,
  type MeasuredRow,
  type MeasuredTable,
} from '../src/render/table.js';
import type { PageTally } from './Frame.js';
import { COLOR, TABLE, TYPE } from './theme.js';

// The painter is pdfkit's document behind react-pdf's <Canvas>, reduced to drawing methods.
export interface Painter {
  rect(x: number, y: number, w: number, h: number): Painter;
  fill(color: string): Painter;
  font(src: unknown): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  text(
    text: string,
    x: number,
    y: number,
    options: { lineBreak: boolean; characterSpacing?: number },
  ): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  lineWidth(w: number): Painter;
  strokeColor(color: string): Painter;
  stroke(): Painter;
}

interface PaintState {
  bold?: boolean;
  size?: number;
}

/**
 * The lines of a row as printed: a row with late page numbers is wrapped again for the real
 * length of the report (in the row's measured height: fewer digits may leave room over); a row
 * that would then need more room marks the render as a misfit.
 */
function printedCells(t: MeasuredTable, row: MeasuredRow, bold: boolean, tally: PageTally) {
  const total = tally.total;
  const late = row.late;
  if (!late || total === undefined || total === tally.anchor) return row.cells;
  // only the cells that hold late numbers are wrapped again
  const cells = row.cells.map((lines, i) =>
    hasLatePage(late[i]) ? wrapCell(printLatePages(late[i]!, total), t.colWidths[i]!, bold) : lines,
  );
  if (rowHeight(Math.max(...cells.map((l) => l.length))) > row.height)
    tally.misfit = `table ${t.id}`;
  return cells;
}

function drawRow(
  p: Painter,
  t: MeasuredTable,
  row: MeasuredRow,
  y: number,
  state: PaintState,
  tally: PageTally,
): void {
  const bold = row.tone === 'header' || row.tone === 'total' || row.tone === 'shortfall';
  const cells = printedCells(t, row, bold, tally);
  if (row.tone === 'header') p.rect(0, y, t.width, row.height).fill(COLOR.accentLight);
  else if (row.tone === 'shortfall') p.rect(0, y, t.width, row.height).fill(COLOR.shade);
  if (row.tone === 'shortfall') p.rect(0, y, 2.2, row.height).fill(COLOR.ruleStrong);
  const m = metrics(bold);
  const size = row.tone === 'header' ? TYPE.table - 0.4 : TYPE.table;
  if (state.bold !== bold) p.font(pdfFont(bold));
  if (state.size !== size || state.bold !== bold) p.fontSize(size);
  state.bold = bold;
  state.size = size;
  p.fillColor(
    row.tone === 'header' ? COLOR.accent : row.tone === 'muted' ? COLOR.muted : COLOR.text,
  );
  let x = 0;
  t.colWidths.forEach((w, i) => {
    const lines = cells[i] ?? [];
    const align = t.aligns[i] ?? 'left';
    lines.forEach((line, j) => {
      if (!line) return;
      const lw = m.width(line) * size;
      const lx =
        align === 'right'
          ? x + w - TABLE.padX - lw
          : align === 'center'
            ? x + (w - lw) / 2
            : x + TABLE.padX;
      const ly = y + TABLE.padY + j * LINE_HEIGHT + (LINE_HEIGHT - size * 1.2) / 2;
      p.text(line, lx, ly, { lineBreak: false });
    });
    x += w;
  });
  // rules: a light one under every row, a strong one above the totals and under the header
  if (row.tone === 'total') {
    p.moveTo(0, y).lineTo(t.width, y).lineWidth(0.9).strokeColor(COLOR.ruleStrong).stroke();
  }
  const yb = y + row.height;
  p.moveTo(0, yb)
    .lineTo(t.width, yb)
    .lineWidth(row.tone === 'header' ? 0.9 : 0.45)
    .strokeColor(row.tone === 'header' ? COLOR.accent : COLOR.rule)
    .stroke();
}

/** The caption line above a table on a page of its own, as styles.caption sets it in the flow. */
function drawCaption(p: Painter, t: MeasuredTable, caption: string): void {
  const size = TYPE.caption + 0.5;
  const lineHeight = size * 1.4;
  const text = fitWidth(sanitize(caption), size, t.width, true);
  p.font(pdfFont(true)).fontSize(size).fillColor(COLOR.accent);
  p.text(text, 0, 4.5 + (lineHeight - size * 1.2) / 2, { lineBreak: false });
}

/**
 * Draws the given rows (and the header row first when `withHeader`) on one canvas; with a
 * `caption`, a caption line of TABLE.captionHeight above them (a table page's caption, painted
 * rather than laid out as text on each of a long table's pages).
 */
export function TableCanvas(props: {
  table: MeasuredTable;
  rows: MeasuredRow[];
  withHeader: boolean;
  height: number;
  tally: PageTally;
  caption?: string;
}) {
  const { table: t, rows, withHeader, tally, caption } = props;
  const top = caption !== undefined ? TABLE.captionHeight : 0;
  return (
    <Canvas
      style={{ width: t.width, height: props.height + top }}
      paint={(painter) => {
        const p = painter as unknown as Painter;
        const state: PaintState = {};
        if (caption) drawCaption(p, t, caption);
        let y = top;
        if (withHeader) {
          drawRow(p, t, t.header, y, state, tally);
          y += t.header.height;
        }
        for (const row of rows) {
          drawRow(p, t, row, y, state, tally);
          y += row.height;
        }
        return null;
      }}
    />
  );
}

/** Rows from..to of a table and, when asked, its totals row. */
export function chunkRowsOf(t: MeasuredTable, from: number, to: number, totals: boolean) {
  const rows = t.rows.slice(from, to);
  if (totals && t.totals) rows.push(t.totals);
  return rows;
}
