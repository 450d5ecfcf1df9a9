/** Helpers shared by the invoice rules: grouping lines by invoice number. */
import type { ClassifiedLine } from '../context.js';

export interface InvoiceGroup {
  /** The invoice number as first written, and as compared. */
  invoice: string;
  key: string;
  lines: ClassifiedLine[];
  units: number;
  /** The ASIN when all lines are for one ASIN. */
  asin?: string;
}

/** Lines grouped by invoice number (compared width- and case-folded), in first-seen order. */
export function groupByInvoice(lines: ClassifiedLine[]): InvoiceGroup[] {
  const groups = new Map<string, InvoiceGroup>();
  for (const l of lines) {
    const k = l.invoiceKey;
    let g = groups.get(k);
    if (!g) {
      g = { invoice: l.line.invoiceNumber, key: k, lines: [], units: 0 };
      groups.set(k, g);
    }
    g.lines.push(l);
    g.units += l.line.quantity;
  }
  for (const g of groups.values()) {
    const asins = new Set(g.lines.map((l) => l.asin));
    if (asins.size === 1) g.asin = g.lines[0]!.asin;
  }
  return [...groups.values()];
}

/** The supplier of a line as shown: the case.json name when matched, else as written. */
export function supplierLabel(l: ClassifiedLine): string {
  return l.supplier?.name ?? l.line.supplier;
}
