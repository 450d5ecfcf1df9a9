/** Small helpers of the page: filling the labels' `{name}` placeholders, row ranges. */
import type { ReviewFinding } from '../src/serve/types.js';

export type Ui = Record<string, string>;

/** The label `key` with `{name}` placeholders filled; the key itself when missing (a bug). */
export function label(ui: Ui, key: string, params: Record<string, string | number> = {}): string {
  const text = ui[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : String(params[name]),
  );
}

/** Rows as the CLI writes them: "2–5, 9". */
export function rowRanges(rows: [number, number][]): string {
  return rows.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Sev = (typeof SEVERITIES)[number];

export const SEVERITY_ORDER: Record<Sev, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: ReviewFinding, b: ReviewFinding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

export interface Filter {
  severities: Record<Sev, boolean>;
  code: string;
}

export function passes(f: ReviewFinding, filter: Filter): boolean {
  return filter.severities[f.severity] && (!filter.code || f.code === filter.code);
}
