/** Rows of record files as the page lists them: per file (and sheet), merged into ranges. */
import type { SourceRef } from '../records/types.js';
import type { NumberSource } from './types.js';

/** Ranges listed per file at most (the count stays true; `truncated` says more rows exist). */
export const MAX_LISTED_RANGES = 200;

interface Group {
  file: string;
  sheet?: string;
  rows: [number, number][];
  count: number;
}

/** Sorted ranges with adjacent or overlapping ones joined. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Row ranges per file: `ranges` listed, `count` rows in all (more than the ranges hold when
 * the reader kept only the first ones). Files in first-seen order.
 */
export function rangeSources(
  parts: readonly {
    file: string;
    sheet?: string;
    rows: readonly [number, number][];
    count: number;
  }[],
): NumberSource[] {
  const groups = new Map<string, Group>();
  for (const p of parts) {
    const key = `${p.file}\u0000${p.sheet ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        file: p.file,
        ...(p.sheet !== undefined ? { sheet: p.sheet } : {}),
        rows: [],
        count: 0,
      };
      groups.set(key, g);
    }
    g.rows.push(...p.rows);
    g.count += p.count;
  }
  return [...groups.values()].map((g) => {
    const merged = mergeRanges(g.rows);
    const rows = merged.slice(0, MAX_LISTED_RANGES);
    const listed = rows.reduce((n, [a, b]) => n + b - a + 1, 0);
    return {
      file: g.file,
      ...(g.sheet !== undefined ? { sheet: g.sheet } : {}),
      rows,
      count: g.count,
      ...(listed < g.count ? { truncated: true } : {}),
    };
  });
}

/** The rows of single records (invoice lines, receipts, returns …) as sources. */
export function rowSources(refs: readonly SourceRef[]): NumberSource[] {
  return rangeSources(
    refs.map((r) => ({
      file: r.file,
      ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
      rows: [[r.row, r.row]] as [number, number][],
      count: 1,
    })),
  );
}

/** Sources of a number made of others (a rate): each file once, rows joined. */
export function joinSources(...lists: NumberSource[][]): NumberSource[] {
  return rangeSources(lists.flat());
}
