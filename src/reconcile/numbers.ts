/** The per-ASIN numbers and the monthly table, from the context. */
import type { BaseCtx } from './context.js';
import type { MonthlyRow, ProductNumbers } from './types.js';

/** A ratio rounded to 4 decimal places (0.3333 for 1/3), or null when the divisor is 0. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((a / b) * 10_000) / 10_000;
}

function add(m: Map<string, number>, k: string, n: number): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/** Units sold per ASIN (orders in the window, not cancelled) and per ASIN and month. */
function soldUnits(ctx: BaseCtx): { total: Map<string, number>; monthly: Map<string, number> } {
  const total = new Map<string, number>();
  const monthly = new Map<string, number>();
  for (const o of ctx.records.orders) {
    if (o.cancelled || !ctx.inWindow(o.date)) continue;
    const asin = ctx.asinOf(o);
    if (!ctx.isProduct(asin)) continue;
    add(total, asin, o.quantity);
    add(monthly, `${asin} ${o.date.slice(0, 7)}`, o.quantity);
  }
  return { total, monthly };
}

export function productNumbers(ctx: BaseCtx): ProductNumbers[] {
  const sold = ctx.businessSold ?? soldUnits(ctx).total;
  // no receipts report: received is unknown, not 0
  const receivedKnown = ctx.receivedSource !== 'none';
  const received = new Map<string, number>();
  for (const r of ctx.receipts) add(received, r.asin, r.quantity);
  const invoiced = new Map<string, number>();
  const { store, classes, classOf } = ctx.lines;
  const byClass = new Float64Array(classes.length);
  for (let i = 0; i < store.length; i++) {
    const c = classOf[i]!;
    byClass[c] = byClass[c]! + store.quantity(i);
  }
  classes.forEach((c, i) => {
    if (!c.excluded) add(invoiced, c.asin as string, byClass[i]!);
  });
  const returned = new Map<string, number>();
  const quality = new Map<string, number>();
  const fake = new Map<string, number>();
  for (const r of ctx.returns) {
    const asin = r.asin as string;
    add(returned, asin, r.quantity);
    if (r.quality) add(quality, asin, r.quantity);
    if (r.counterfeit) add(fake, asin, r.quantity);
  }
  return ctx.products.map((p) => {
    const s = sold.get(p.asin) ?? 0;
    const inv = invoiced.get(p.asin) ?? 0;
    const ret = returned.get(p.asin) ?? 0;
    return {
      asin: p.asin,
      skus: p.skus,
      cited: p.cited,
      invoiced: inv,
      received: receivedKnown ? (received.get(p.asin) ?? 0) : null,
      sold: s,
      returned: ret,
      qualityReturns: quality.get(p.asin) ?? 0,
      counterfeitMentions: fake.get(p.asin) ?? 0,
      returnRate: ratio(ret, s),
      coverage: ratio(inv, s),
    };
  });
}

/** Months YYYY-MM from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (;;) {
    const s = `${y}-${String(m).padStart(2, '0')}`;
    out.push(s);
    if (s >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Sold and returned units per ASIN and month, every month of the window for every product. */
export function monthlyRows(ctx: BaseCtx): MonthlyRow[] {
  const sold = soldUnits(ctx).monthly;
  const returned = new Map<string, number>();
  for (const r of ctx.returns) add(returned, `${r.asin} ${r.returnDate.slice(0, 7)}`, r.quantity);
  const months = monthsBetween(ctx.window.from, ctx.window.to);
  return ctx.products.flatMap((p) =>
    months.map((month) => ({
      month,
      asin: p.asin,
      sold: sold.get(`${p.asin} ${month}`) ?? 0,
      returned: returned.get(`${p.asin} ${month}`) ?? 0,
    })),
  );
}
