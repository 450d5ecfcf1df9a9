/**
 * The unit roll-forward per product from the Inventory Ledger summary rows of the window:
 * per series (FNSKU or SKU, disposition, location) the first row's starting balance and the last
 * row's ending balance, movements summed over every row. Only products whose every row carries
 * both balances get one.
 */
import type { LedgerSummaryRow } from '../records/types.js';
import type { BaseCtx } from './context.js';
import type { RollForward } from './types.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A ledger period (a month, or a day) overlapping the window. */
function overlaps(r: LedgerSummaryRow, window: { from: string; to: string }): boolean {
  if (r.monthly || /^\d{4}-\d{2}$/.test(r.date)) {
    const mo = r.date.slice(0, 7);
    return mo >= window.from.slice(0, 7) && mo <= window.to.slice(0, 7);
  }
  const d = r.date.slice(0, 10);
  return d >= window.from && d <= window.to;
}

/** A row's period as shown: YYYY-MM for a month, else the day. */
const period = (r: LedgerSummaryRow) => (r.monthly ? r.date.slice(0, 7) : r.date.slice(0, 10));

export function rollForward(ctx: BaseCtx): RollForward[] | undefined {
  const byAsin = new Map<string, (LedgerSummaryRow & { asin: string })[]>();
  for (const r of ctx.records.ledgerSummary) {
    const asin = ctx.asinOf(r);
    if (!ctx.isProduct(asin) || !overlaps(r, ctx.window)) continue;
    let list = byAsin.get(asin);
    if (!list) byAsin.set(asin, (list = []));
    list.push({ ...r, asin });
  }
  const out: RollForward[] = [];
  for (const p of ctx.products) {
    const rows = byAsin.get(p.asin);
    if (!rows?.length) continue;
    if (rows.some((r) => r.startingBalance === undefined || r.endingBalance === undefined))
      continue;
    const series = new Map<string, typeof rows>();
    for (const r of rows) {
      const k = `${r.fnsku ?? r.sku ?? ''}\u0000${r.disposition ?? ''}\u0000${r.location ?? ''}`;
      let s = series.get(k);
      if (!s) series.set(k, (s = []));
      s.push(r);
    }
    let starting = 0;
    let ending = 0;
    for (const s of series.values()) {
      s.sort((a, b) => cmp(a.date, b.date) || a.src.row - b.src.row);
      starting += s[0]!.startingBalance!;
      ending += s[s.length - 1]!.endingBalance!;
    }
    const sum = (f: (r: LedgerSummaryRow) => number) => rows.reduce((n, r) => n + f(r), 0);
    const receipts = sum((r) => r.receipts);
    const customerReturns = sum((r) => r.customerReturns);
    // Amazon writes units leaving as negative numbers; either sign is read as units out.
    const customerShipments = sum((r) => Math.abs(r.customerShipments));
    const removals = sum((r) => Math.abs(r.vendorReturns ?? 0));
    const disposals = sum((r) => Math.abs(r.disposed ?? 0));
    const adjustments = sum(
      (r) =>
        (r.transfers ?? 0) +
        (r.found ?? 0) +
        (r.lost ?? 0) +
        (r.damaged ?? 0) +
        (r.otherEvents ?? 0) +
        (r.unknownEvents ?? 0),
    );
    const expected =
      starting +
      receipts -
      customerShipments +
      customerReturns -
      removals -
      disposals +
      adjustments;
    const dates = rows.map(period).sort(cmp);
    out.push({
      asin: p.asin,
      cited: p.cited,
      from: dates[0]!,
      to: dates[dates.length - 1]!,
      starting,
      receipts,
      customerShipments,
      customerReturns,
      removals,
      disposals,
      adjustments,
      ending,
      difference: ending - expected,
    });
  }
  return out.length ? out : undefined;
}
