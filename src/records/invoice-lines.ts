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

/** Lines alike in every field but quantity and row. */
const alike = (a: NewInvoiceLine, b: NewInvoiceLine) =>
  a.invoiceNumber === b.invoiceNumber && alikeButInvoice(a, b);

/** Lines alike in every field but invoice number, quantity and row. */
const alikeButInvoice = (a: NewInvoiceLine, b: NewInvoiceLine) =>
  a.asin === b.asin &&
  a.sku === b.sku &&
  a.productCode === b.productCode &&
  a.issueDate === b.issueDate &&
  a.supplier === b.supplier &&
  a.productName === b.productName &&
  a.status === b.status &&
  a.buyerName === b.buyerName &&
  a.src.file === b.src.file &&
  a.src.sheet === b.src.sheet;

/** The file, sheet and product of a line. */
const productKey = (l: NewInvoiceLine) =>
  `${l.src.file}\u0000${l.src.sheet ?? ''}\u0000${l.asin ?? ''}\u0000${l.sku ?? ''}\u0000${l.productCode ?? ''}`;

/** Entries compared first, before any key is made (lines of a few invoices often alternate). */
const RECENT = 8;

export class InvoiceLineBook {
  /** Entries by everything but the invoice number, then by invoice number. */
  private readonly entries = new Map<string, Map<string, InvoiceLine>>();
  /** Runs of rows listed so far per (file, sheet, ASIN, SKU, product code), and per entry. */
  private readonly runs = new Map<string, { listed: number }>();
  private readonly runsOf = new Map<InvoiceLine, { listed: number }>();
  /** The entries last added to, newest last. */
  private readonly recent: InvoiceLine[] = [];
  /** The last line looked up by key, and the entries alike but for the invoice number. */
  private last: { line: NewInvoiceLine; byInvoice: Map<string, InvoiceLine> } | undefined;

  constructor(private readonly out: InvoiceLine[]) {}

  add(line: NewInvoiceLine): void {
    for (let i = this.recent.length - 1; i >= 0; i--)
      if (alike(this.recent[i]!, line)) return this.addTo(this.recent[i]!, line);
    const byInvoice = this.byInvoice(line);
    const entry = byInvoice.get(line.invoiceNumber);
    if (this.recent.length === RECENT) this.recent.shift();
    this.recent.push(entry ?? line);
    if (entry) return this.addTo(entry, line);
    byInvoice.set(line.invoiceNumber, line);
    this.out.push(line);
  }

  /** The entries alike but for the invoice number (those of the last line looked up first). */
  private byInvoice(line: NewInvoiceLine): Map<string, InvoiceLine> {
    const last = this.last;
    if (last && alikeButInvoice(last.line, line)) return last.byInvoice;
    const rest =
      `${productKey(line)}\u0000${line.issueDate}\u0000${line.supplier}\u0000` +
      `${line.productName ?? ''}\u0000${line.status}\u0000${line.buyerName ?? ''}`;
    let byInvoice = this.entries.get(rest);
    if (!byInvoice) this.entries.set(rest, (byInvoice = new Map()));
    this.last = { line, byInvoice };
    return byInvoice;
  }

  private addTo(entry: InvoiceLine, line: NewInvoiceLine): void {
    const { src } = line;
    entry.quantity += line.quantity;
    entry.lines = (entry.lines ?? 1) + 1;
    const first = entry.src.row;
    const last = entry.rows?.at(-1);
    if ((last?.[1] ?? first) === src.row - 1) {
      if (last) last[1] = src.row;
      else entry.rows = [[first, src.row]];
      return;
    }
    let runs = this.runsOf.get(entry);
    if (!runs) {
      const k = productKey(entry);
      runs = this.runs.get(k) ?? { listed: 0 };
      this.runs.set(k, runs);
      this.runsOf.set(entry, runs);
    }
    if (runs.listed >= MAX_ORDER_RANGES) return;
    runs.listed++;
    (entry.rows ??= [[first, first]]).push([src.row, src.row]);
  }
}
