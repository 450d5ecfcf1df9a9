/**
 * Late shipment and wrong-item rates, pure. An order counts on its expected ship date (Amazon's
 * "ship-by" date). It is late when shipment was confirmed after that date, or when it is still
 * unshipped and the date has passed at `asOf`. Cancelled orders are not counted.
 */
import { addDays, daysBetween } from '../../dates.js';
import type { ShippingRow } from '../../records/types.js';
import type { RateCount, RollingRate, WeeklyRate } from './types.js';

export function isLate(row: ShippingRow, asOf: string): boolean {
  if (row.shippedDate !== undefined) return row.shippedDate > row.expectedShipDate;
  return asOf > row.expectedShipDate;
}

export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function countRates(rows: readonly ShippingRow[], asOf: string): RateCount {
  let orders = 0;
  let late = 0;
  let wrongItems = 0;
  for (const r of rows) {
    if (r.cancelled) continue;
    orders += 1;
    if (isLate(r, asOf)) late += 1;
    if (r.wrongItem) wrongItems += 1;
  }
  return {
    orders,
    late,
    lateRate: rate(late, orders),
    wrongItems,
    wrongItemRate: rate(wrongItems, orders),
  };
}

/** Monday of the ISO week that holds `iso`. */
export function weekStart(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(iso, -((day + 6) % 7));
}

export function weeklyRates(rows: readonly ShippingRow[], asOf: string): WeeklyRate[] {
  const byWeek = new Map<string, ShippingRow[]>();
  for (const r of rows) {
    const w = weekStart(r.expectedShipDate);
    const list = byWeek.get(w);
    if (list) list.push(r);
    else byWeek.set(w, [r]);
  }
  return [...byWeek.keys()]
    .sort()
    .map((w) => ({ weekStart: w, ...countRates(byWeek.get(w)!, asOf) }));
}

/**
 * Rolling windows of `days` days ending on every day from `from` to `to`, computed with prefix
 * sums so the cost is linear in days + orders.
 */
export function rollingRates(
  rows: readonly ShippingRow[],
  asOf: string,
  from: string,
  to: string,
  days: 10 | 30,
): RollingRate[] {
  const n = daysBetween(from, to) + 1;
  if (n <= 0) return [];
  const orders = new Array<number>(n).fill(0);
  const late = new Array<number>(n).fill(0);
  for (const r of rows) {
    if (r.cancelled) continue;
    const i = daysBetween(from, r.expectedShipDate);
    if (i < 0 || i >= n) continue;
    orders[i]! += 1;
    if (isLate(r, asOf)) late[i]! += 1;
  }
  const out: RollingRate[] = [];
  let o = 0;
  let l = 0;
  for (let i = 0; i < n; i++) {
    o += orders[i]!;
    l += late[i]!;
    if (i >= days) {
      o -= orders[i - days]!;
      l -= late[i - days]!;
    }
    out.push({ date: addDays(from, i), days, orders: o, late: l, lateRate: rate(l, o) });
  }
  return out;
}
