/**
 * The complaint units of a sample: the returns the tool itself treats as doubting authenticity
 * (src/reconcile/complaints.ts: a return of a case product, inside the window, whose comment
 * `mentionsFake`). The word list is the built tool's (dist/), so the inspection record a
 * generator draws covers exactly the units `check` asks about (COMPLAINT_NOT_INSPECTED).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const rule = path.join(root, 'dist', 'src', 'reconcile', 'returns.js');

/** The dist files whose code decides which returns are complaint units (freshness stamp). */
export const COMPLAINT_RULE_FILES = [
  'dist/src/reconcile/returns.js',
  'dist/src/reconcile/wordlists.js',
  'dist/src/reconcile/normalise.js',
];

/** The returns of `products` in [from, to] whose comment mentions a fake, in return order. */
export async function complaintReturns(returns, { products, from, to }) {
  if (!existsSync(rule))
    throw new Error(`${rule} is missing: run "npm run build" before generating the samples`);
  const { mentionsFake } = await import(pathToFileURL(rule).href);
  const asins = new Set(products.map((p) => p.asin));
  return returns.filter(
    (r) => asins.has(r.asin) && r.date >= from && r.date <= to && mentionsFake(r.comment),
  );
}

/**
 * The invoice a returned unit came on, for the lot or batch code read on it at inspection: that
 * of the latest FBA receipt of its ASIN on or before the day the unit was ordered (the unit
 * cannot come from goods that arrived later).
 */
export function invoiceOfReturn(sim, invoices, r) {
  const ordered = sim.orders.find((o) => o.orderId === r.orderId && o.asin === r.asin);
  if (!ordered) throw new Error(`return ${r.lpn}: no order ${r.orderId}`);
  const receipt = sim.receipts
    .filter((x) => x.asin === r.asin && x.date <= ordered.date)
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (!receipt) throw new Error(`return ${r.lpn}: nothing received before ${ordered.date}`);
  return invoices.find((i) => i.number === receipt.invoice);
}
