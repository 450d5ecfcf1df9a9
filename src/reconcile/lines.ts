/**
 * The invoice lines as reconcile sees them, in columns like the records hold them
 * (records/invoice-lines.ts): each entry's invoice number as compared (one key per distinct
 * number, folded once) and its class — ASIN, status, supplier, document, why not counted —
 * which depends only on the entry's fields and its document, so millions of entries share a
 * few classes. Nothing is made per entry but numbers in typed arrays; the detail tables
 * (`LineTable`) make an entry's object when it is read.
 */
import type { CaseDocument, Supplier } from '../case/schema.js';
import type { InvoiceLines } from '../records/invoice-lines.js';
import type { InvoiceLine, InvoiceStatus } from '../records/types.js';
import type { CountedInvoiceLine, ExcludeReason, ExcludedInvoiceLine } from './types.js';

/** What reconcile found out about the entries of one class. */
export interface LineClass {
  asin?: string;
  status: InvoiceStatus;
  supplier?: Supplier;
  document?: CaseDocument;
  excluded?: ExcludeReason;
}

/** One entry with what reconcile found out about it (made for the few entries shown). */
export interface ClassifiedLine extends LineClass {
  line: InvoiceLine;
  /** Its index in the store. */
  entry: number;
}

/**
 * A detail table: its length, its entries by index and in order. A list satisfies it; the
 * reconciliation's tables make each entry's object when it is read. `totals` (when there) gives
 * the lines and units from an index on without making the entries.
 */
export interface LineTable<T> extends Iterable<T> {
  readonly length: number;
  at(i: number): T | undefined;
  slice(start?: number, end?: number): T[];
  totals?(from?: number): { rows: number; lines: number; units: number };
  /**
   * Calls `f` with each entry's fields and index, the fields in one object reused from entry to
   * entry (nothing made per entry): read it during the call, keep `at(i)` instead.
   */
  scan?(f: (l: LineProbe<T>, i: number) => void): void;
}

/** An entry's fields as `scan` gives them (no source: `at(i)` has it). */
export type LineProbe<T> = Readonly<Omit<T, 'src' | 'rows'>>;

/** Calls `f` with each entry of a table and its index (see LineTable.scan). */
export function scanLines<T>(t: LineTable<T>, f: (l: LineProbe<T>, i: number) => void): void {
  if (t.scan) return t.scan(f);
  let i = 0;
  for (const l of t) f(l, i++);
}

/** Rows, lines and units of a table's entries from index `from` on. */
export function tableTotals(
  t: LineTable<Pick<InvoiceLine, 'lines' | 'quantity'>>,
  from = 0,
): { rows: number; lines: number; units: number } {
  if (t.totals) return t.totals(from);
  const out = { rows: 0, lines: 0, units: 0 };
  for (let i = from; i < t.length; i++) {
    const l = t.at(i)!;
    out.rows++;
    out.lines += l.lines ?? 1;
    out.units += l.quantity;
  }
  return out;
}

export interface Classified {
  readonly store: InvoiceLines;
  /** The class of each entry. */
  readonly classOf: Int32Array;
  readonly classes: readonly LineClass[];
  /** The key (invoice number as compared) of each distinct invoice number of the store. */
  readonly keyOfInvoice: Int32Array;
  /** How many keys. */
  readonly keys: number;
}

/** Entry `i` with its class. */
export function classifiedLine(cl: Classified, i: number): ClassifiedLine {
  return { ...cl.classes[cl.classOf[i]!]!, line: cl.store.at(i), entry: i };
}

/** The key of entry `i`. */
export const keyOf = (cl: Classified, i: number) => cl.keyOfInvoice[cl.store.invoiceIndex(i)]!;

/** A counted line as its detail table shows it. */
const countedLine = (line: InvoiceLine, c: LineClass): CountedInvoiceLine => {
  const l = line as CountedInvoiceLine;
  l.asin = c.asin as string;
  if (c.document) l.documentFile = c.document.file;
  if (c.supplier) l.supplierId = c.supplier.id;
  return l;
};

/** An excluded line as its detail table shows it. */
const excludedLine = (line: InvoiceLine, c: LineClass): ExcludedInvoiceLine => {
  const l = line as ExcludedInvoiceLine;
  if (c.asin) l.asin = c.asin;
  l.reason = c.excluded!;
  return l;
};

/** A detail table over the entries `index` holds (in order). */
class EntryTable<T extends InvoiceLine> implements LineTable<T> {
  private readonly make: (l: InvoiceLine, c: LineClass) => T;
  constructor(
    private readonly cl: Classified,
    private readonly index: Int32Array,
    counted: boolean,
  ) {
    // module functions (not closures): two tables of the same entries compare equal
    this.make = (counted ? countedLine : excludedLine) as unknown as typeof this.make;
  }
  get length(): number {
    return this.index.length;
  }
  at(i: number): T | undefined {
    if (i < 0) i += this.index.length;
    if (i < 0 || i >= this.index.length) return undefined;
    const e = this.index[i]!;
    return this.make(this.cl.store.at(e), this.cl.classes[this.cl.classOf[e]!]!);
  }
  slice(start = 0, end = this.index.length): T[] {
    const out: T[] = [];
    const to = Math.min(end < 0 ? this.index.length + end : end, this.index.length);
    for (let i = Math.max(0, start < 0 ? this.index.length + start : start); i < to; i++)
      out.push(this.at(i)!);
    return out;
  }
  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.index.length; i++) yield this.at(i)!;
  }
  scan(f: (l: LineProbe<T>, i: number) => void): void {
    const { store, classes, classOf } = this.cl;
    const counted = this.make === (countedLine as unknown);
    // one object, its fields set for each entry (the same shape throughout)
    const p = {
      invoiceNumber: '',
      issueDate: '',
      supplier: '',
      asin: undefined as string | undefined,
      sku: undefined as string | undefined,
      productCode: undefined as string | undefined,
      productName: undefined as string | undefined,
      quantity: 0,
      status: 'final' as InvoiceLine['status'],
      buyerName: undefined as string | undefined,
      lines: undefined as number | undefined,
      documentFile: undefined as string | undefined,
      supplierId: undefined as string | undefined,
      reason: undefined as ExcludeReason | undefined,
    };
    for (let i = 0; i < this.index.length; i++) {
      const e = this.index[i]!;
      const c = classes[classOf[e]!]!;
      const fl = store.fieldsOf(e);
      const n = store.lines(e);
      p.invoiceNumber = store.invoice(e);
      p.issueDate = fl.issueDate;
      p.supplier = fl.supplier;
      p.asin = counted ? c.asin : (c.asin ?? fl.asin);
      p.sku = fl.sku;
      p.productCode = fl.productCode;
      p.productName = fl.productName;
      p.quantity = store.quantity(e);
      p.status = fl.status;
      p.buyerName = fl.buyerName;
      p.lines = n > 1 ? n : undefined;
      if (counted) {
        p.documentFile = c.document?.file;
        p.supplierId = c.supplier?.id;
      } else p.reason = c.excluded;
      f(p as unknown as LineProbe<T>, i);
    }
  }
  totals(from = 0): { rows: number; lines: number; units: number } {
    const out = { rows: 0, lines: 0, units: 0 };
    for (let i = Math.max(0, from); i < this.index.length; i++) {
      const e = this.index[i]!;
      out.rows++;
      out.lines += this.cl.store.lines(e);
      out.units += this.cl.store.quantity(e);
    }
    return out;
  }
}

/** The counted and the excluded entries as their detail tables. */
export function lineTables(cl: Classified): {
  counted: LineTable<CountedInvoiceLine>;
  excluded: LineTable<ExcludedInvoiceLine>;
} {
  const n = cl.store.length;
  let counted = 0;
  for (let i = 0; i < n; i++) if (!cl.classes[cl.classOf[i]!]!.excluded) counted++;
  const inIdx = new Int32Array(counted);
  const outIdx = new Int32Array(n - counted);
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    if (cl.classes[cl.classOf[i]!]!.excluded) outIdx[b++] = i;
    else inIdx[a++] = i;
  }
  return {
    counted: new EntryTable<CountedInvoiceLine>(cl, inIdx, true),
    excluded: new EntryTable<ExcludedInvoiceLine>(cl, outIdx, false),
  };
}
