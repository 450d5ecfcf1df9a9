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

/** Invoices of one ASIN in date then number order, in columns (one slot per invoice). */
interface Slots {
  /** Slot numbers in date then number order. */
  order: Int32Array;
}

/** The columns of every ASIN's invoices (slots), and each ASIN's in order. */
interface InvoiceSlots {
  /** The first entry of each slot's lines (its number as written, supplier, document). */
  first: Int32Array;
  /** The earliest day of its lines. */
  day: string[];
  units: Float64Array;
  remaining: Float64Array;
  byAsin: Map<string, Slots>;
}

function growInt(a: Int32Array, n: number): Int32Array {
  if (n <= a.length) return a;
  const b = new Int32Array(Math.max(n, a.length * 2, 1024));
  b.set(a);
  return b;
}
function growFloat(a: Float64Array, n: number): Float64Array {
  if (n <= a.length) return a;
  const b = new Float64Array(Math.max(n, a.length * 2, 1024));
  b.set(a);
  return b;
}

/** Final invoice lines of each product grouped per invoice number, in date then number order. */
function invoicesByAsin(ctx: BaseCtx): InvoiceSlots {
  const { store, classes, classOf, keyOfInvoice, keys } = ctx.lines;
  const asins = ctx.products.map((p) => p.asin);
  const productOf = new Map(asins.map((a, i) => [a, i]));
  // per class: the product it counts for in the trace (-1: none)
  const classProduct = classes.map((c) =>
    c.status === 'final' && ctx.isProduct(c.asin) ? productOf.get(c.asin)! : -1,
  );
  const fieldsDay = store.fields.map((f) => day(f.issueDate));
  const P = asins.length;
  // the slots of each invoice key, one per product: the first, and from each the next
  const slotOfKey = new Int32Array(keys).fill(-1);
  let nextSlot: Int32Array = new Int32Array(0);
  let first: Int32Array = new Int32Array(0);
  let units: Float64Array = new Float64Array(0);
  let product: Int32Array = new Int32Array(0);
  const days: string[] = [];
  let n = 0;
  for (let i = 0; i < store.length; i++) {
    const p = classProduct[classOf[i]!]!;
    if (p < 0) continue;
    const key = keyOfInvoice[store.invoiceIndex(i)]!;
    const d = fieldsDay[store.fieldsIndex(i)]!;
    const q = store.quantity(i);
    let s = slotOfKey[key]!;
    while (s >= 0 && product[s] !== p) s = nextSlot[s]!;
    if (s >= 0) {
      units[s] = units[s]! + q;
      if (d < days[s]!) days[s] = d;
      continue;
    }
    nextSlot = growInt(nextSlot, n + 1);
    nextSlot[n] = slotOfKey[key]!;
    slotOfKey[key] = n;
    first = growInt(first, n + 1);
    units = growFloat(units, n + 1);
    product = growInt(product, n + 1);
    first[n] = i;
    units[n] = q;
    product[n] = p;
    days.push(d);
    n++;
  }
  const counts = new Int32Array(P);
  for (let s = 0; s < n; s++) counts[product[s]!] = counts[product[s]!]! + 1;
  const lists = asins.map((_, p) => new Int32Array(counts[p]!));
  const filled = new Int32Array(P);
  for (let s = 0; s < n; s++) {
    const p = product[s]!;
    lists[p]![filled[p]!] = s;
    filled[p] = filled[p]! + 1;
  }
  const byAsin = new Map<string, Slots>();
  lists.forEach((order, p) => {
    if (!order.length) return;
    order.sort(
      (a, b) => cmp(days[a]!, days[b]!) || cmp(store.invoice(first[a]!), store.invoice(first[b]!)),
    );
    byAsin.set(asins[p]!, { order });
  });
  return { first, day: days, units, remaining: units.slice(0, n), byAsin };
}

/** The trace of every product, and the units invoiced by a day (for RECEIVED_BEFORE_INVOICED). */
export interface Traces {
  /**
   * Per product: every invoice that covers a receipt and the first others in date order,
   * MAX_TRACE_INVOICES in all unless more cover one, and for the rest how many there are, their
   * units and the units not received (`more`): exact, never left out silently, and a case whose
   * millions of lines each name their own invoice does not list millions of invoices.
   */
  trace: AsinTrace[];
  /** Units of a product's invoices (final, of any date) issued on or before `date`. */
  invoicedBy: (asin: string, date: string) => number;
}

export function traceUnits(ctx: BaseCtx): Traces {
  const receipts = receiptsByAsin(ctx);
  const slots = invoicesByAsin(ctx);
  const { store, classes, classOf } = ctx.lines;
  const covers = new Map<number, TraceReceipt[]>();
  const invoiceOf = (s: number): TraceInvoice => {
    const e = slots.first[s]!;
    const c = classes[classOf[e]!]!;
    const f = store.fieldsOf(e);
    return {
      invoice: store.invoice(e),
      date: slots.day[s]!,
      supplier: f.supplier,
      ...(c.supplier ? { supplierId: c.supplier.id } : {}),
      ...(c.document ? { documentFile: c.document.file } : {}),
      units: slots.units[s]!,
      counted: ctx.inWindow(f.issueDate),
      covers: covers.get(s) ?? [],
      remaining: slots.remaining[s]!,
    };
  };
  const trace = ctx.products.map((p): AsinTrace => {
    const inv = slots.byAsin.get(p.asin)?.order ?? new Int32Array(0);
    const uncovered: TraceReceipt[] = [];
    let k = 0; // the earliest invoice with units left
    let received = 0;
    for (const r of receipts.get(p.asin) ?? []) {
      if (r.units <= 0) continue;
      received += r.units;
      let left = r.units;
      while (left > 0) {
        while (k < inv.length && slots.remaining[inv[k]!] === 0) k++;
        const s = inv[k];
        if (s === undefined || slots.day[s]! > r.date) {
          uncovered.push({ ...r, units: left });
          break;
        }
        const n = Math.min(left, slots.remaining[s]!);
        let list = covers.get(s);
        if (!list) covers.set(s, (list = []));
        list.push({ ...r, units: n });
        slots.remaining[s] = slots.remaining[s]! - n;
        left -= n;
      }
    }
    const invoices: TraceInvoice[] = [];
    const more = { invoices: 0, units: 0, remaining: 0 };
    let invoiced = 0;
    for (const s of inv) {
      invoiced += slots.units[s]!;
      if (invoices.length < MAX_TRACE_INVOICES || covers.has(s)) invoices.push(invoiceOf(s));
      else {
        more.invoices++;
        more.units += slots.units[s]!;
        more.remaining += slots.remaining[s]!;
      }
    }
    return {
      asin: p.asin,
      cited: p.cited,
      invoiced,
      received,
      invoices,
      ...(inv.length > MAX_TRACE_INVOICES ? { more } : {}),
      uncovered,
    };
  });
  const invoicedBy = (asin: string, date: string) => {
    let n = 0;
    for (const s of slots.byAsin.get(asin)?.order ?? [])
      if (slots.day[s]! <= date) n += slots.units[s]!;
    return n;
  };
  return { trace, invoicedBy };
}

/** Invoices listed per ASIN in a trace shown (besides those that cover a receipt). */
export const MAX_TRACE_INVOICES = 200;
