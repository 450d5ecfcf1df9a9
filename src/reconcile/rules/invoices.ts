/**
 * Helpers shared by the invoice rules: grouping lines by invoice number, over the entries in
 * columns (lines.ts) without a list per invoice, so millions of invoices cost a few typed arrays.
 */
import type { Ctx } from '../context.js';
import { invoiceList, MAX_LISTED_FINDINGS, MAX_NAMED_INVOICES } from '../finding.js';
import { classifiedLine, type ClassifiedLine, type LineClass } from '../lines.js';

export interface InvoiceGroup {
  /** The invoice number as first written (among the lines grouped). */
  invoice: string;
  /** The first line grouped. */
  first: ClassifiedLine;
  units: number;
  /** The ASIN when all lines are for one ASIN. */
  asin?: string;
  /** The first entry `mark` said yes to (invoiceGroups), or -1. */
  marked: number;
}

/** Groups of lines by invoice number: how many, and the first ones with their units and ASIN. */
export interface InvoiceGroups {
  count: number;
  listed: InvoiceGroup[];
}

/**
 * The lines of the classes `keep` takes, grouped by invoice number (compared width- and
 * case-folded) in first-seen order: how many groups, and the first `max` of those `pick` takes
 * (all by default) with their units and ASIN. `pick` sees a group's first entry and, when given
 * `wrong`, the first entry of the group `wrong` said yes to (or -1).
 */
export function invoiceGroups(
  ctx: Ctx,
  keep: (c: LineClass) => boolean,
  opts: {
    max?: number;
    /** An entry that marks its group (the first one marked is kept). */
    mark?: (entry: number, c: LineClass) => boolean;
    /** Whether a group counts, from its first entry and its first marked entry (or -1). */
    pick?: (first: number, marked: number) => boolean;
  } = {},
): InvoiceGroups {
  const { store, classOf, classes, keyOfInvoice, keys } = ctx.lines;
  const max = opts.max ?? MAX_LISTED_FINDINGS;
  const keeps = classes.map(keep);
  // per key: its first entry (+1, 0 while none) and first marked entry (+1)
  const first = new Int32Array(keys);
  const marked = opts.mark ? new Int32Array(keys) : undefined;
  const order: number[] = [];
  for (let i = 0; i < store.length; i++) {
    const c = classOf[i]!;
    if (!keeps[c]) continue;
    const k = keyOfInvoice[store.invoiceIndex(i)]!;
    if (first[k] === 0) {
      first[k] = i + 1;
      order.push(k);
    }
    if (marked && marked[k] === 0 && opts.mark!(i, classes[c]!)) marked[k] = i + 1;
  }
  // the groups that count, in first-seen order
  const picked = opts.pick
    ? order.filter((k) => opts.pick!(first[k]! - 1, marked ? marked[k]! - 1 : -1))
    : order;
  const shown = picked.slice(0, max);
  const slot = new Map(shown.map((k, j) => [k, j]));
  const groups: InvoiceGroup[] = shown.map((k) => {
    const e = first[k]! - 1;
    return {
      invoice: store.invoice(e),
      first: classifiedLine(ctx.lines, e),
      units: 0,
      marked: marked ? marked[k]! - 1 : -1,
    };
  });
  const asins: (Set<string | undefined> | undefined)[] = [];
  if (groups.length)
    for (let i = 0; i < store.length; i++) {
      const c = classOf[i]!;
      if (!keeps[c]) continue;
      const j = slot.get(keyOfInvoice[store.invoiceIndex(i)]!);
      if (j === undefined) continue;
      groups[j]!.units += store.quantity(i);
      (asins[j] ??= new Set()).add(classes[c]!.asin);
    }
  groups.forEach((g, j) => {
    if (asins[j]?.size === 1) {
      const [a] = asins[j]!;
      if (a !== undefined) g.asin = a;
    }
  });
  return { count: picked.length, listed: groups };
}

/**
 * The distinct invoice numbers (as written) of the entries `keep` takes, for a message: the
 * first MAX_NAMED_INVOICES, then how many more (finding.ts `invoiceList`); and their units.
 */
export function invoicesOf(
  ctx: Ctx,
  keep: (entry: number, c: LineClass) => boolean,
): { invoices: string; units: number; any: boolean } {
  const { store, classOf, classes } = ctx.lines;
  const seen = new Uint8Array(store.invoices.length);
  const named: string[] = [];
  let more = 0;
  let units = 0;
  let any = false;
  for (let i = 0; i < store.length; i++) {
    if (!keep(i, classes[classOf[i]!]!)) continue;
    any = true;
    units += store.quantity(i);
    const inv = store.invoiceIndex(i);
    if (seen[inv]) continue;
    seen[inv] = 1;
    if (named.length < MAX_NAMED_INVOICES) named.push(store.invoices[inv]!);
    else more++;
  }
  // invoiceList of the names and as many more
  const text = invoiceList(named);
  return { invoices: more > 0 ? `${text} … (+${more})` : text, units, any };
}

/** The supplier of a line as shown: the case.json name when matched, else as written. */
export function supplierLabel(l: ClassifiedLine): string {
  return l.supplier?.name ?? l.line.supplier;
}
