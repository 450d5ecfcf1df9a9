/**
 * Tables measured here, not by react-pdf: every cell is wrapped with the font's glyph widths,
 * every row gets its exact height, and rows are cut into page-sized chunks (a row is never split,
 * the header starts every chunk, the totals row ends the last). Drawing a chunk is one <Canvas>,
 * so the cost grows linearly with the rows.
 */
import type { Align, TableModel, TableRow } from '../compose/model.js';
import { TABLE, TABLE as T, TYPE } from '../../layouts/theme.js';
import { metrics, sanitize } from './metrics.js';
import { hasLatePage, printLatePages } from './late.js';
import { breakGroups } from './linebreak.js';
import { twoLineWidth } from './typeset.js';
import { wrapText } from './wrap.js';

/** Cells up to this width (points, on one line) are names: they wrap at most once. */
const NAME_WIDTH = 170;

export interface MeasuredRow {
  /** Lines of each cell. */
  cells: string[][];
  height: number;
  tone?: TableRow['tone'] | 'header';
  /** The cells as written, when they hold late page numbers (measured for the anchor). */
  late?: string[];
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

/** Lines a cell may have: a row must fit on a page under the caption and the header row. */
export const MAX_CELL_LINES = 40;

/** The lines of one cell `width` points wide (a cell longer than a page is cut). */
export function wrapCell(cell: string, width: number, bold: boolean): string[] {
  const l = wrapText(sanitize(cell, true), width - 2 * T.padX, TYPE.table, metrics(bold), bold);
  if (l.length > MAX_CELL_LINES) {
    // a row is never split, so a cell longer than a page is cut (the full text is in case.json)
    l.length = MAX_CELL_LINES;
    l[MAX_CELL_LINES - 1] = `${l[MAX_CELL_LINES - 1]!.slice(0, -1)}…`;
  }
  return l;
}

/** Height of a row whose tallest cell has `lines` lines. */
export const rowHeight = (lines: number) => Math.max(1, lines) * LINE_HEIGHT + 2 * T.padY;

function measureRow(
  cells: string[],
  colWidths: number[],
  bold: boolean,
  tone: MeasuredRow['tone'],
): MeasuredRow {
  const lines = colWidths.map((w, i) => wrapCell(cells[i] ?? '', w, bold));
  return { cells: lines, height: rowHeight(Math.max(...lines.map((l) => l.length))), tone };
}

/** Column widths in points from the relative widths, summing to `width`. */
export function columnWidths(table: TableModel, width: number): number[] {
  const sum = table.columns.reduce((s, c) => s + c.width, 0) || 1;
  return table.columns.map((c) => (c.width / sum) * width);
}

/**
 * Column widths like a browser's automatic table layout: every column gets its natural width
 * (widest cell on one line) when the table fits, the model's relative widths sharing the spare
 * room. Otherwise every column first gets its minimum (unbreakable columns such as ASINs,
 * invoice numbers and numbers: their natural width; names and other short texts: the width in
 * which each wraps at most once, between phrases or words; longer texts: their widest
 * unbreakable unit),
 * and the rest is shared in proportion to the model's widths, each column stopping at its
 * natural width: short texts stay on one line, long ones (comments, titles) wrap.
 */
export function fittedWidths(table: TableModel, width: number): number[] {
  const rel = columnWidths(table, width);
  const m = metrics(true);
  const pad = 2 * T.padX + 1;
  const size = TYPE.table;
  const natural: number[] = [];
  const minContent: number[] = [];
  table.columns.forEach((c, i) => {
    let max = 0;
    let unit = 0;
    const wraps = !c.nowrap && c.align !== 'right';
    const seen = new Set<string>();
    const consider = (cell: string | undefined) => {
      if (!cell) return;
      for (const line of cell.split('\n')) {
        const w = m.width(line);
        if (w > max) max = w;
        if (!wraps || w <= unit || seen.has(line)) continue;
        seen.add(line);
        if (w * size <= NAME_WIDTH) {
          // a name or a short text wraps at most once, between phrases or words
          unit = Math.max(unit, twoLineWidth(line, true));
          continue;
        }
        for (const token of line.split(' '))
          for (const g of breakGroups(token)) {
            const gw = m.width(g);
            if (gw > unit) unit = gw;
          }
      }
    };
    for (const r of table.rows) consider(r.cells[i]);
    consider(table.totals?.cells[i]);
    natural.push(max * size + pad);
    minContent.push(unit * size + pad);
  });
  const headerNeed = table.columns.map((c) => m.width(c.header) * size + pad);
  const minimum = table.columns.map((c, i) => {
    if (c.nowrap || c.align === 'right') return Math.max(natural[i]!, headerNeed[i]!);
    const headerWord = Math.max(0, ...c.header.split(/\s+/).map((w) => m.width(w))) * size;
    const min = Math.min(Math.max(natural[i]!, 34), Math.max(minContent[i]!, headerWord + pad, 34));
    // short headers (通知対象, Coverage) stay on one line
    return headerNeed[i]! <= 64 ? Math.max(min, headerNeed[i]!) : min;
  });
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const want = natural.map((n, i) => Math.max(n, minimum[i]!, Math.min(headerNeed[i]!, rel[i]!)));
  if (sum(want) <= width) {
    const spare = width - sum(want);
    const relSum = sum(rel);
    return want.map((w, i) => w + (spare * rel[i]!) / relSum);
  }
  const minSum = sum(minimum);
  if (minSum >= width) {
    // too narrow even at the minimums: the columns that may wrap give up room first, down to
    // their headers' longest word, so an ASIN, an LPN or a number keeps its one line (a bold
    // row printed "B0GK4T7R2 / A" otherwise)
    const fixed = table.columns.map((c) => !!c.nowrap || c.align === 'right');
    const floor = table.columns.map((c, i) =>
      fixed[i]
        ? minimum[i]!
        : Math.min(
            minimum[i]!,
            Math.max(34, Math.max(0, ...c.header.split(/\s+/).map((w) => m.width(w))) * size + pad),
          ),
    );
    const floorSum = sum(floor);
    if (floorSum <= width) {
      const k = (width - floorSum) / (minSum - floorSum);
      return minimum.map((w, i) => floor[i]! + (w - floor[i]!) * k);
    }
    return minimum.map((w) => (w * width) / minSum);
  }
  // pour the rest in proportion to the model's widths, a column stopping at its natural width
  const widths = [...minimum];
  let remaining = width - minSum;
  let active = widths.map((_, i) => i).filter((i) => want[i]! > minimum[i]!);
  while (remaining > 0.01 && active.length) {
    const relSum = active.reduce((a, i) => a + rel[i]!, 0);
    let used = 0;
    const open: number[] = [];
    for (const i of active) {
      const give = Math.min((remaining * rel[i]!) / relSum, want[i]! - widths[i]!);
      widths[i] = widths[i]! + give;
      used += give;
      if (widths[i]! < want[i]! - 0.01) open.push(i);
    }
    remaining -= used;
    if (open.length === active.length) break;
    active = open;
  }
  return widths;
}

/**
 * Measures a table `width` points wide. Late page numbers in its cells are measured as printed
 * for a report of `anchor` pages; such rows keep their cells as written, to be printed for the
 * real length (layouts/TableCanvas.tsx).
 */
export function measureTable(table: TableModel, width: number, anchor = 0): MeasuredTable {
  if (!table.rows.length && table.empty)
    table = { ...table, rows: [{ cells: [table.empty], tone: 'muted' }] };
  const written = table.rows;
  if (written.some((r) => r.cells.some(hasLatePage)))
    table = {
      ...table,
      rows: written.map((r) =>
        r.cells.some(hasLatePage)
          ? { ...r, cells: r.cells.map((c) => printLatePages(c, anchor)) }
          : r,
      ),
    };
  const colWidths = fittedWidths(table, width);
  const header = measureRow(
    table.columns.map((c) => c.header),
    colWidths,
    true,
    'header',
  );
  const rows = table.rows.map((r, i) => {
    const row = measureRow(r.cells, colWidths, r.tone === 'shortfall', r.tone);
    if (r !== written[i]) row.late = written[i]!.cells;
    return row;
  });
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
