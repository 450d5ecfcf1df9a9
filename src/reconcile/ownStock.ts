/**
 * The seller's own stock book per product (merchant-fulfilled sellers): units into and out of the
 * seller's warehouse in the window and the last balance written. Undefined when no book is given.
 */
import type { BaseCtx } from './context.js';
import { compactText } from './normalise.js';
import type { OwnStock } from './types.js';

export function ownStock(ctx: BaseCtx): OwnStock[] | undefined {
  const rows = ctx.records.ownStock;
  if (!rows.length) return undefined;
  const codes = new Map<string, string>();
  for (const m of ctx.c.records.productCodes)
    if (!m.supplierId) codes.set(compactText(m.code), m.asin);
  const by = new Map<string, OwnStock>();
  for (const p of ctx.products)
    by.set(p.asin, { asin: p.asin, cited: p.cited, unitsIn: 0, unitsOut: 0 });
  // rows in date order (then file order), so the last balance seen is the latest
  const sorted = [...rows].sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.src.file < b.src.file ? -1 : a.src.file > b.src.file ? 1 : 0) ||
      a.src.row - b.src.row,
  );
  for (const r of sorted) {
    if (!ctx.inWindow(r.date)) continue;
    const asin =
      ctx.asinOf(r) ?? (r.productCode ? codes.get(compactText(r.productCode)) : undefined);
    const e = asin !== undefined ? by.get(asin) : undefined;
    if (!e) continue;
    e.unitsIn += r.unitsIn;
    e.unitsOut += r.unitsOut ?? 0;
    if (r.balance !== undefined) {
      e.balance = r.balance;
      e.balanceOn = r.date.slice(0, 10);
    }
  }
  return [...by.values()];
}
