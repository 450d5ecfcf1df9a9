/**
 * A year of trading for a sample case, simulated deterministically: orders (with cancellations),
 * FBA receipts after each supplier invoice, customer returns (some scripted, with comments),
 * customer shipments and removals. Sales never exceed the units received, so the invoices cover
 * the sales. Returns the rows the report writers need and the per-ASIN numbers in the window.
 */
import { addDays, eachDay } from './dates.mjs';

/** Authenticity-doubt return reasons (amazon-appeals.md §3). */
export const QUALITY_REASONS = new Set([
  'DEFECTIVE',
  'QUALITY_UNACCEPTABLE',
  'NOT_AS_DESCRIBED',
  'MISSING_PARTS',
  'SWITCHEROO',
]);

export const COUNTERFEIT_WORDS = [
  '偽物',
  '偽造品',
  'コピー品',
  '本物ではない',
  '正規品ではない',
  'パチモノ',
  'fake',
  'counterfeit',
  'knock-off',
  'not genuine',
  'not authentic',
];

export function mentionsCounterfeit(comment) {
  const c = (comment ?? '').toLowerCase();
  return COUNTERFEIT_WORDS.some((w) => c.includes(w.toLowerCase()));
}

const DISPOSITION = {
  UNWANTED_ITEM: 'SELLABLE',
  ORDERED_WRONG_ITEM: 'SELLABLE',
  FOUND_BETTER_PRICE: 'SELLABLE',
  NO_REASON_GIVEN: 'SELLABLE',
  MISSED_ESTIMATED_DELIVERY: 'SELLABLE',
  DEFECTIVE: 'DEFECTIVE',
  QUALITY_UNACCEPTABLE: 'CUSTOMER_DAMAGED',
  NOT_AS_DESCRIBED: 'SELLABLE',
  MISSING_PARTS: 'DEFECTIVE',
  SWITCHEROO: 'CUSTOMER_DAMAGED',
  CUSTOMER_DAMAGED: 'CUSTOMER_DAMAGED',
  DAMAGED_BY_CARRIER: 'CARRIER_DAMAGED',
};

/**
 * spec: {rnd, from, to, blocked(date)→bool, products:[{asin, sku, fnsku, rate, returnRate,
 *   salesUntil, price, season(month)→factor}], invoices:[{number, issueDate, lines:[{asin, qty}],
 *   receipts:[{lag, share}]}], fcs:[...], reasons:[[reason, weight]], comments:{reason:[...]},
 *   scriptedReturns:[{asin, onOrAfter, lagDays, reason, comment}], returnsUntil, orderId(rnd),
 *   buyer(rnd), removal:{date, asins:[...]}, shipmentId(rnd), lpn(rnd)}
 */
export function simulate(spec) {
  const { rnd } = spec;
  const bySku = new Map(spec.products.map((p) => [p.asin, p]));
  const receipts = [];
  for (const inv of spec.invoices) {
    for (const line of inv.lines) {
      if (!bySku.has(line.asin)) continue;
      let left = line.qty;
      inv.receipts.forEach((r, i) => {
        const q = i === inv.receipts.length - 1 ? left : Math.round(line.qty * r.share);
        left -= q;
        let date = addDays(inv.issueDate, r.lag);
        while (spec.blocked(date)) date = addDays(date, 1);
        receipts.push({
          date,
          asin: line.asin,
          qty: q,
          shipmentId: inv.shipmentIds[i],
          fc: inv.fcs[i],
          invoice: inv.number,
        });
      });
    }
  }
  receipts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const stock = new Map(spec.products.map((p) => [p.asin, 0]));
  const orders = [];
  const shipments = [];
  const returns = [];
  const scripted = [...spec.scriptedReturns];
  let ri = 0;
  for (const day of eachDay(spec.from, spec.to)) {
    while (ri < receipts.length && receipts[ri].date <= day) {
      stock.set(receipts[ri].asin, stock.get(receipts[ri].asin) + receipts[ri].qty);
      ri++;
    }
    if (spec.blocked(day)) continue;
    const month = Number(day.slice(5, 7));
    for (const p of spec.products) {
      if (day > p.salesUntil) continue;
      const lambda = p.rate * (p.season?.(month) ?? 1) * (0.55 + 0.9 * rnd.next());
      let n = Math.floor(lambda) + (rnd.next() < lambda - Math.floor(lambda) ? 1 : 0);
      for (; n > 0; n--) {
        const time = rnd.int(6 * 3600, 23 * 3600 + 3599);
        const orderId = spec.orderId(rnd);
        const buyer = spec.buyer(rnd);
        if (rnd.chance(0.025)) {
          orders.push({
            orderId,
            date: day,
            time,
            asin: p.asin,
            sku: p.sku,
            qty: 0,
            ordered: 1,
            status: 'Cancelled',
            buyer,
            price: p.price,
          });
          continue;
        }
        const qty = rnd.chance(0.12) ? 2 : 1;
        if (stock.get(p.asin) < qty) continue;
        stock.set(p.asin, stock.get(p.asin) - qty);
        const shipDate = addDays(day, spec.blocked(addDays(day, 1)) ? 0 : rnd.int(0, 1));
        const order = {
          orderId,
          date: day,
          time,
          asin: p.asin,
          sku: p.sku,
          qty,
          ordered: qty,
          status: 'Shipped',
          buyer,
          price: p.price,
          shipDate,
        };
        orders.push(order);
        shipments.push({
          date: shipDate,
          asin: p.asin,
          qty,
          ref: spec.shipmentRef(rnd),
          fc: rnd.pick(spec.fcs),
        });
        // A scripted return takes the first fitting order; others come at random.
        const si = scripted.findIndex((s) => s.asin === p.asin && day >= s.onOrAfter);
        let ret;
        if (si >= 0) {
          const s = scripted.splice(si, 1)[0];
          ret = {
            date: addDays(day, s.lagDays),
            reason: s.reason,
            comment: s.comment,
            scripted: true,
          };
        } else if (rnd.chance(p.returnRate)) {
          const reason = rnd.weighted(spec.reasons);
          const pool = spec.comments(reason, p);
          const comment = pool.length && rnd.chance(0.45) ? rnd.pick(pool) : '';
          ret = { date: addDays(day, rnd.int(4, 26)), reason, comment };
        }
        const fits = ret && ret.date <= spec.returnsUntil(p) && !spec.blocked(ret.date);
        if (ret?.scripted && !fits)
          throw new Error(`scripted return for ${p.asin} falls on ${ret.date}`);
        if (fits) {
          const disposition = DISPOSITION[ret.reason] ?? 'SELLABLE';
          returns.push({
            date: ret.date,
            time: rnd.int(8 * 3600, 20 * 3600),
            orderId,
            asin: p.asin,
            sku: p.sku,
            fnsku: p.fnsku,
            qty: 1,
            fc: rnd.pick(spec.fcs),
            disposition,
            reason: ret.reason,
            status: disposition === 'SELLABLE' ? 'Unit returned to inventory' : 'Reimbursed',
            lpn: spec.lpn(rnd),
            comment: ret.comment,
            scripted: !!ret.scripted,
          });
        }
      }
    }
  }
  if (scripted.length) throw new Error(`scripted returns not placed: ${JSON.stringify(scripted)}`);
  returns.sort((a, b) => (a.date + a.time < b.date + b.time ? -1 : 1));
  for (const r of returns)
    if (r.disposition === 'SELLABLE') stock.set(r.asin, stock.get(r.asin) + r.qty);

  // Removal after the notice: all sellable units and the unsellable returns of the cited ASINs.
  const removals = [];
  if (spec.removal) {
    for (const asin of spec.removal.asins) {
      const sellable = stock.get(asin);
      if (sellable > 0)
        removals.push({
          date: spec.removal.date,
          asin,
          qty: sellable,
          disposition: 'SELLABLE',
          ref: spec.removal.orderId,
        });
      stock.set(asin, 0);
      const bad = new Map();
      for (const r of returns)
        if (r.asin === asin && r.disposition !== 'SELLABLE')
          bad.set(r.disposition, (bad.get(r.disposition) ?? 0) + r.qty);
      for (const [disposition, qty] of [...bad].sort())
        removals.push({
          date: spec.removal.date,
          asin,
          qty,
          disposition,
          ref: spec.removal.orderId,
        });
    }
  }
  return { orders, shipments, returns, receipts, removals, endStock: Object.fromEntries(stock) };
}

/** Per-ASIN numbers inside [from, to] (both included), as the reconciliation should find them. */
export function windowNumbers({ products, invoices, sim, from, to, cited }) {
  const inW = (d) => d >= from && d <= to;
  return products.map((p) => {
    const invoiced = invoices
      .filter((i) => inW(i.issueDate))
      .flatMap((i) => i.lines)
      .filter((l) => l.asin === p.asin)
      .reduce((s, l) => s + l.qty, 0);
    const received = sim.receipts
      .filter((r) => r.asin === p.asin && inW(r.date))
      .reduce((s, r) => s + r.qty, 0);
    const sold = sim.orders
      .filter((o) => o.asin === p.asin && o.status !== 'Cancelled' && inW(o.date))
      .reduce((s, o) => s + o.qty, 0);
    const cancelledOrders = sim.orders.filter(
      (o) => o.asin === p.asin && o.status === 'Cancelled' && inW(o.date),
    ).length;
    const rets = sim.returns.filter((r) => r.asin === p.asin && inW(r.date));
    const returned = rets.reduce((s, r) => s + r.qty, 0);
    const qualityReturns = rets
      .filter((r) => QUALITY_REASONS.has(r.reason))
      .reduce((s, r) => s + r.qty, 0);
    const counterfeitMentions = rets.filter((r) => mentionsCounterfeit(r.comment)).length;
    const unsellableReturns = rets
      .filter((r) => r.disposition !== 'SELLABLE')
      .reduce((s, r) => s + r.qty, 0);
    return {
      asin: p.asin,
      sku: p.sku,
      cited: cited.includes(p.asin),
      invoiced,
      received,
      sold,
      returned,
      qualityReturns,
      counterfeitMentions,
      unsellableReturns,
      cancelledOrders,
      returnRatePct: sold ? Math.round((returned / sold) * 1000) / 10 : null,
      coveragePct: sold ? Math.round((invoiced / sold) * 1000) / 10 : null,
      endStock: sim.endStock[p.asin],
    };
  });
}
