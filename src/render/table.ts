/**
 * Tables measured here, not by react-pdf: every cell is wrapped with the font's glyph widths,
 * every row gets its exact height, and rows are cut into page-sized chunks (a row is never split,
 * the header starts every chunk, the totals row ends the last). Drawing a chunk is one <Canvas>,
 * so the cost grows linearly with the rows.
 */
import type { Align, TableModel, TableRow } from '../compose/model.js';
import { TABLE, TABLE as T, TYPE } from '../../layouts/theme.js';
import { metrics, sanitize } from './fonts.js';
import { wrapText } from './wrap.js';

export interface MeasuredRow {
  /** Lines of each cell. */
  cells: string[][];
  height: number;
  tone?: TableRow['tone'] | 'header';
}

export interface MeasuredTable {
  id: string;
  caption?: string;
  note?: string;
  empty?: string;
  width: number;
  colWidths: number[];
  aligns: Align[];
  header: MeasuredRow;
  rows: MeasuredRow[];
  totals?: MeasuredRow;
  /** Height of header + all rows + totals. */
  bodyHeight: number;
}

export const LINE_HEIGHT = TYPE.table * TYPE.tableLeading;

function measureRow(
  cells: string[],
  colWidths: number[],
  bold: boolean,
  tone: MeasuredRow['tone'],
): MeasuredRow {
  const m = metrics(bold);
  let maxLines = 1;
  const lines = colWidths.map((w, i) => {
    const text = sanitize(cells[i] ?? '', true);
    const l = wrapText(text, w - 2 * T.padX, TYPE.table, m);
    if (l.length > maxLines) maxLines = l.length;
    return l;
  });
  return { cells: lines, height: maxLines * LINE_HEIGHT + 2 * T.padY, tone };
}

/** Column widths in points from the relative widths, summing to `width`. */
export function columnWidths(table: TableModel, width: number): number[] {
  const sum = table.columns.reduce((s, c) => s + c.width, 0) || 1;
  return table.columns.map((c) => (c.width / sum) * width);
}

/**
 * Widths that keep unbreakable columns (ASINs, invoice numbers, numbers) on one line: such a
 * column gets at least its widest cell, the other columns give up the difference in proportion.
 */
export function fittedWidths(table: TableModel, width: number): number[] {
  const base = columnWidths(table, width);
  const m = metrics(true);
  const need = table.columns.map((c, i) => {
    if (!c.nowrap && c.align !== 'right') return 0;
    let max = 0;
    const consider = (cell: string | undefined) => {
      if (!cell) return;
      for (const line of cell.split('\n')) {
        const w = m.width(line);
        if (w > max) max = w;
      }
    };
    for (const r of table.rows) consider(r.cells[i]);
    consider(table.totals?.cells[i]);
    return max * TYPE.table + 2 * T.padX + 1;
  });
  const widths = [...base];
  let extra = 0;
  let flex = 0;
  widths.forEach((w, i) => {
    if (need[i]! > w) {
      extra += need[i]! - w;
      widths[i] = need[i]!;
    } else flex += w - Math.max(need[i]!, 28);
  });
  if (extra === 0) return widths;
  if (extra > flex) return widths.map((w) => (w * width) / widths.reduce((a, b) => a + b, 0));
  return widths.map((w, i) =>
    need[i]! >= base[i]! ? w : w - ((w - Math.max(need[i]!, 28)) / flex) * extra,
  );
}

export function measureTable(table: TableModel, width: number): MeasuredTable {
  if (!table.rows.length && table.empty)
    table = { ...table, rows: [{ cells: [table.empty], tone: 'muted' }] };
  const colWidths = fittedWidths(table, width);
  const header = measureRow(
    table.columns.map((c) => c.header),
    colWidths,
    true,
    'header',
  );
  const rows = table.rows.map((r) =>
    measureRow(r.cells, colWidths, r.tone === 'shortfall', r.tone),
  );
  const totals = table.totals
    ? measureRow(table.totals.cells, colWidths, true, 'total')
    : undefined;
  let bodyHeight = header.height + (totals?.height ?? 0);
  for (const r of rows) bodyHeight += r.height;
  return {
    id: table.id,
    caption: table.caption,
    note: table.note,
    empty: table.empty,
    width,
    colWidths,
    aligns: table.columns.map((c) => c.align),
    header,
    rows,
    totals,
    bodyHeight,
  };
}

/** Height of the note lines under a table (0 without a note). */
export function noteHeight(note: string | undefined, width: number): number {
  if (!note) return 0;
  const size = TYPE.small - 0.5;
  const lines = note
    .split('\n')
    .flatMap((l) => wrapText(sanitize(l, true), width, size, metrics(false)));
  return lines.length * size * TABLE.noteLeading + 4;
}

export interface Chunk {
  from: number;
  to: number;
  totals: boolean;
  height: number;
}

/**
 * Cuts the rows into chunks of at most `avail` points each (header included, totals row and
 * `tail` points reserved at the end of the last chunk). A row taller than a page gets a chunk of
 * its own (it is drawn clipped rather than split).
 */
export function chunkRows(t: MeasuredTable, avail: number, tail = 0): Chunk[] {
  const chunks: Chunk[] = [];
  let from = 0;
  let h = t.header.height;
  for (let i = 0; i < t.rows.length; i++) {
    const rh = t.rows[i]!.height;
    if (h + rh > avail && i > from) {
      chunks.push({ from, to: i, totals: false, height: h });
      from = i;
      h = t.header.height;
    }
    h += rh;
  }
  const end = (t.totals?.height ?? 0) + tail;
  if (h + end > avail && t.rows.length - from > 1) {
    // the last row moves on with the totals row, so that a totals row never stands alone
    const last = t.rows.length - 1;
    chunks.push({ from, to: last, totals: false, height: h - t.rows[last]!.height });
    from = last;
    h = t.header.height + t.rows[last]!.height;
  }
  chunks.push({ from, to: t.rows.length, totals: !!t.totals, height: h + (t.totals?.height ?? 0) });
  return chunks;
}
