/**
 * The invoice → shipment → receipt trace: per product, the units Amazon received (in date order)
 * allocated to the final invoices of that ASIN in date order, an invoice covering only receipts
 * on or after its issue day. A receipt no earlier invoice can cover is left uncovered (the
 * RECEIVED_BEFORE_INVOICED finding). Linear in receipts + invoice lines.
 */
import type { BaseCtx } from './context.js';
import type { AsinTrace, TraceInvoice, TraceReceipt } from './types.js';

const day = (d: string) => (/^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d.slice(0, 10));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Receipts of one ASIN merged per day and shipment, in date order (ctx.receipts is sorted). */
function receiptsByAsin(ctx: BaseCtx): Map<string, TraceReceipt[]> {
  const out = new Map<string, TraceReceipt[]>();
  const index = new Map<string, TraceReceipt>();
  for (const r of ctx.receipts) {
    const d = day(r.date);
    const k = `${r.asin}\u0000${d}\u0000${r.reference ?? ''}`;
    const prev = index.get(k);
    if (prev) {
      prev.units += r.quantity;
      continue;
    }
    const e: TraceReceipt = {
      date: d,
      ...(r.reference ? { shipment: r.reference } : {}),
      units: r.quantity,
    };
    index.set(k, e);
    let list = out.get(r.asin);
    if (!list) out.set(r.asin, (list = []));
    list.push(e);
  }
  return out;
}

/** Final invoice lines of one ASIN grouped per invoice number, in date then number order. */
function invoicesByAsin(ctx: BaseCtx): Map<string, TraceInvoice[]> {
  const out = new Map<string, TraceInvoice[]>();
  // per ASIN, its invoices by number as compared
  const index = new Map<string, Map<string, TraceInvoice>>();
  for (const l of ctx.lines) {
    if (l.status !== 'final' || !ctx.isProduct(l.asin)) continue;
    let byKey = index.get(l.asin);
    if (!byKey) index.set(l.asin, (byKey = new Map()));
    const prev = byKey.get(l.invoiceKey);
    const d = day(l.line.issueDate);
    if (prev) {
      prev.units += l.line.quantity;
      prev.remaining += l.line.quantity;
      if (d < prev.date) prev.date = d;
      continue;
    }
    const inv: TraceInvoice = {
      invoice: l.line.invoiceNumber,
      date: d,
      supplier: l.line.supplier,
      ...(l.supplier ? { supplierId: l.supplier.id } : {}),
      ...(l.document ? { documentFile: l.document.file } : {}),
      units: l.line.quantity,
      counted: ctx.inWindow(l.line.issueDate),
      covers: [],
      remaining: l.line.quantity,
    };
    byKey.set(l.invoiceKey, inv);
    let list = out.get(l.asin);
    if (!list) out.set(l.asin, (list = []));
    list.push(inv);
  }
  for (const list of out.values())
    list.sort((a, b) => cmp(a.date, b.date) || cmp(a.invoice, b.invoice));
  return out;
}

export function traceUnits(ctx: BaseCtx): AsinTrace[] {
  const receipts = receiptsByAsin(ctx);
  const invoices = invoicesByAsin(ctx);
  return ctx.products.map((p) => {
    const inv = invoices.get(p.asin) ?? [];
    const uncovered: TraceReceipt[] = [];
    let k = 0; // the earliest invoice with units left
    let received = 0;
    for (const r of receipts.get(p.asin) ?? []) {
      if (r.units <= 0) continue;
      received += r.units;
      let left = r.units;
      while (left > 0) {
        while (k < inv.length && inv[k]!.remaining === 0) k++;
        const i = inv[k];
        if (!i || i.date > r.date) {
          uncovered.push({ ...r, units: left });
          break;
        }
        const n = Math.min(left, i.remaining);
        i.covers.push({ ...r, units: n });
        i.remaining -= n;
        left -= n;
      }
    }
    return {
      asin: p.asin,
      cited: p.cited,
      invoiced: inv.reduce((s, i) => s + i.units, 0),
      received,
      invoices: inv,
      uncovered,
    };
  });
}

/** Invoices listed per ASIN in a trace shown (besides those that cover a receipt). */
export const MAX_TRACE_INVOICES = 200;

/**
 * The trace as shown: per ASIN every invoice that covers a receipt and the first others in date
 * order, MAX_TRACE_INVOICES in all unless more cover one, and for the rest how many there are,
 * their units and the units not received (`more`): exact, never left out silently, and a case
 * whose millions of lines each name their own invoice does not list millions of invoices.
 */
export function shownTrace(trace: AsinTrace[]): AsinTrace[] {
  return trace.map((tr) => {
    if (tr.invoices.length <= MAX_TRACE_INVOICES) return tr;
    const invoices: TraceInvoice[] = [];
    const more = { invoices: 0, units: 0, remaining: 0 };
    for (const i of tr.invoices) {
      if (invoices.length < MAX_TRACE_INVOICES || i.covers.length > 0) invoices.push(i);
      else {
        more.invoices++;
        more.units += i.units;
        more.remaining += i.remaining;
      }
    }
    return { ...tr, invoices, more };
  });
}
