/**
 * The seller's invoice lines, held as they stream in: a line alike in every field to one already
 * read in the same file and sheet (invoice number, date, supplier, ASIN, SKU, product code and
 * name, status, buyer) is added to that entry — units summed, lines counted, its row added to
 * the entry's runs of rows — so a workbook of millions of lines of a few invoices is held in a
 * few entries. Every sum the reconciliation takes is the same; entries keep the order of their
 * first line. Runs of rows are listed up to MAX_ORDER_RANGES per file, sheet and product (as
 * for orders); past that only lines are counted.
 */
import { MAX_ORDER_RANGES, type InvoiceLine } from './types.js';

export type NewInvoiceLine = Omit<InvoiceLine, 'lines' | 'rows'>;

export class InvoiceLineBook {
  /** Entries by everything but the invoice number, then by invoice number. */
  private readonly entries = new Map<string, Map<string, InvoiceLine>>();
  /** Runs of rows listed so far per (file, sheet, ASIN, SKU, product code). */
  private readonly runs = new Map<string, number>();

  constructor(private readonly out: InvoiceLine[]) {}

  add(line: NewInvoiceLine): void {
    const { src } = line;
    const where = `${src.file}\u0000${src.sheet ?? ''}`;
    const product = `${line.asin ?? ''}\u0000${line.sku ?? ''}\u0000${line.productCode ?? ''}`;
    const rest =
      `${where}\u0000${product}\u0000${line.issueDate}\u0000${line.supplier}\u0000` +
      `${line.productName ?? ''}\u0000${line.status}\u0000${line.buyerName ?? ''}`;
    let byInvoice = this.entries.get(rest);
    if (!byInvoice) this.entries.set(rest, (byInvoice = new Map()));
    const entry = byInvoice.get(line.invoiceNumber);
    if (!entry) {
      byInvoice.set(line.invoiceNumber, line);
      this.out.push(line);
      return;
    }
    entry.quantity += line.quantity;
    entry.lines = (entry.lines ?? 1) + 1;
    const first = entry.src.row;
    const last = entry.rows?.at(-1);
    if ((last?.[1] ?? first) === src.row - 1) {
      if (last) last[1] = src.row;
      else entry.rows = [[first, src.row]];
      return;
    }
    const budget = `${where}\u0000${product}`;
    const used = this.runs.get(budget) ?? 0;
    if (used >= MAX_ORDER_RANGES) return;
    this.runs.set(budget, used + 1);
    (entry.rows ??= [[first, first]]).push([src.row, src.row]);
  }
}
