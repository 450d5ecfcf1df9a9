/**
 * The invoice → shipment → receipt trace: per product, the units Amazon received (in date order)
 * allocated to the final invoices of that ASIN in date order, an invoice covering only receipts
 * on or after its issue day. A receipt no earlier invoice can cover is left uncovered (the
 * RECEIVED_BEFORE_INVOICED finding). Linear in receipts + invoice lines.
 */
import type { BaseCtx } from './context.js';
import { invoiceKey } from './normalise.js';
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
  const index = new Map<string, TraceInvoice>();
  // invoice numbers repeat on every line of an invoice: fold each once
  const keys = new Map<string, string>();
  for (const l of ctx.lines) {
    if (l.status !== 'final' || !ctx.isProduct(l.asin)) continue;
    const n = l.line.invoiceNumber;
    let key = keys.get(n);
    if (key === undefined) keys.set(n, (key = invoiceKey(n)));
    const k = `${l.asin}\u0000${key}`;
    const prev = index.get(k);
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
    index.set(k, inv);
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
