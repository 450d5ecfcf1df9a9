/**
 * The seller's invoice lines, held as they stream in, in columns: per entry an invoice number
 * (an index into the distinct numbers), its other fields (an index into the distinct
 * combinations of date, supplier, ASIN, SKU, product code and name, status, buyer, file and
 * sheet), units, first row and lines — about 30 bytes an entry and the number's text, instead of
 * an object of a few hundred bytes each, so millions of lines each naming their own invoice fit.
 *
 * A line alike in every field to one already read in the same file and sheet (invoice number,
 * date, supplier, ASIN, SKU, product code and name, status, buyer) is added to that entry —
 * units summed, lines counted, its row added to the entry's runs of rows — so a workbook of
 * millions of lines of a few invoices is held in a few entries. Every sum the reconciliation
 * takes is the same; entries keep the order of their first line. Runs of rows are listed up to
 * MAX_ORDER_RANGES per file, sheet and product (as for orders); past that only lines are counted.
 *
 * `at(i)` and iteration give each entry as an InvoiceLine object, made on demand.
 */
import { MAX_ORDER_RANGES, type InvoiceLine } from './types.js';

export type NewInvoiceLine = Omit<InvoiceLine, 'lines' | 'rows'>;

/** What alike lines share besides their invoice number: every field but quantity and row. */
export type InvoiceLineFields = Omit<
  InvoiceLine,
  'invoiceNumber' | 'quantity' | 'src' | 'lines' | 'rows'
> & { file: string; sheet?: string };

/** Entries compared first, before any lookup (lines of a few invoices often alternate). */
const RECENT = 8;

/** A growable column. */
function grow<T extends Int32Array | Float64Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2, 1024));
  b.set(a);
  return b;
}

const sameFields = (f: InvoiceLineFields, l: NewInvoiceLine) =>
  f.issueDate === l.issueDate &&
  f.supplier === l.supplier &&
  f.asin === l.asin &&
  f.sku === l.sku &&
  f.productCode === l.productCode &&
  f.productName === l.productName &&
  f.status === l.status &&
  f.buyerName === l.buyerName &&
  f.file === l.src.file &&
  f.sheet === l.src.sheet;

/** What only building needs (dropped by `seal`). */
interface Building {
  /** Invoice number → its index. */
  invoiceIds: TextIndex;
  /** Fields as one key → their index. */
  fieldIds: Map<string, number>;
  /** The first entry of each invoice number. */
  firstEntry: Int32Array;
  /** Entries of invoices with entries of several fields: invoice → fields → entry. */
  others: Map<number, Map<number, number>>;
  /** Runs listed per (file, sheet, ASIN, SKU, product code), by fields index. */
  runsListed: { listed: number }[];
  runsByProduct: Map<string, { listed: number }>;
  /** The entries last added to, newest last. */
  recent: number[];
  /** The fields of the last lines, newest last (lines of a few products often alternate). */
  recentFields: number[];
}

/**
 * Distinct texts by their number (their index in `texts`), in an open-addressing table of
 * numbers: filling a Map with millions of distinct invoice numbers took several times as long,
 * and more memory.
 */
export class TextIndex {
  private hashes = new Int32Array(1024);
  /** Number + 1 of the text in each slot; 0 for none. */
  private slots = new Int32Array(2048);
  private count = 0;

  constructor(private readonly texts: readonly string[]) {}

  private static hash(s: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h | 0; // as the table holds it (the empty text's is the start value)
  }

  /** The number of `s`, or -1. */
  get(s: string): number {
    const h = TextIndex.hash(s);
    const mask = this.slots.length - 1;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const id = this.slots[p]! - 1;
      if (id < 0) return -1;
      if (this.hashes[id] === h && this.texts[id] === s) return id;
    }
  }

  /** Adds `s`, not there yet, as number `id` (ids are added 0, 1, 2, …). */
  add(s: string, id: number): void {
    if (id >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = TextIndex.hash(s);
    this.count++;
    if (this.count * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let k = 0; k < this.count; k++) this.place(k);
    } else this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let p = this.hashes[id]! & mask;
    while (this.slots[p] !== 0) p = (p + 1) & mask;
    this.slots[p] = id + 1;
  }
}

export class InvoiceLines implements Iterable<InvoiceLine> {
  /** Distinct invoice numbers as written, in order of first line. */
  readonly invoices: string[] = [];
  /** Distinct fields, in order of first line. */
  readonly fields: InvoiceLineFields[] = [];
  private n = 0;
  private invoiceCol: Int32Array = new Int32Array(0);
  private fieldsCol: Int32Array = new Int32Array(0);
  private quantityCol: Float64Array = new Float64Array(0);
  private rowCol: Int32Array = new Int32Array(0);
  private linesCol: Int32Array = new Int32Array(0);
  /** Runs of rows of entries that have them (entries of more than one line). */
  private readonly runs = new Map<number, [number, number][]>();
  private b: Building | undefined;

  /** Entries held as given (no grouping): for tests and callers that made them already. */
  static of(entries: Iterable<InvoiceLine>): InvoiceLines {
    const s = new InvoiceLines();
    for (const e of entries) s.push(e);
    return s.seal();
  }

  get length(): number {
    return this.n;
  }

  invoiceIndex(i: number): number {
    return this.invoiceCol[i]!;
  }
  invoice(i: number): string {
    return this.invoices[this.invoiceCol[i]!]!;
  }
  fieldsIndex(i: number): number {
    return this.fieldsCol[i]!;
  }
  fieldsOf(i: number): InvoiceLineFields {
    return this.fields[this.fieldsCol[i]!]!;
  }
  quantity(i: number): number {
    return this.quantityCol[i]!;
  }
  row(i: number): number {
    return this.rowCol[i]!;
  }
  /** How many lines of its file entry `i` stands for. */
  lines(i: number): number {
    return this.linesCol[i]!;
  }
  rows(i: number): [number, number][] | undefined {
    return this.runs.get(i);
  }

  /** Entry `i` as an object (a new one each call). */
  at(i: number): InvoiceLine {
    const f = this.fieldsOf(i);
    const lines = this.linesCol[i]!;
    const l: InvoiceLine = {
      invoiceNumber: this.invoice(i),
      issueDate: f.issueDate,
      supplier: f.supplier,
      quantity: this.quantityCol[i]!,
      status: f.status,
      src:
        f.sheet !== undefined
          ? { file: f.file, sheet: f.sheet, row: this.rowCol[i]! }
          : { file: f.file, row: this.rowCol[i]! },
    };
    if (f.asin !== undefined) l.asin = f.asin;
    if (f.sku !== undefined) l.sku = f.sku;
    if (f.productCode !== undefined) l.productCode = f.productCode;
    if (f.productName !== undefined) l.productName = f.productName;
    if (f.buyerName !== undefined) l.buyerName = f.buyerName;
    if (lines > 1) {
      l.lines = lines;
      const rows = this.runs.get(i);
      if (rows) l.rows = rows.map(([a, b]) => [a, b]);
    }
    return l;
  }

  *[Symbol.iterator](): Iterator<InvoiceLine> {
    for (let i = 0; i < this.n; i++) yield this.at(i);
  }

  /** Adds a line to the entry alike to it, or as a new entry. */
  add(line: NewInvoiceLine): void {
    const b = (this.b ??= this.building());
    const fields = this.fieldsIdOf(b, line);
    const recent = b.recent;
    for (let k = recent.length - 1; k >= 0; k--) {
      const e = recent[k]!;
      if (this.fieldsCol[e] === fields && this.invoice(e) === line.invoiceNumber)
        return this.addTo(b, e, line);
    }
    let inv = b.invoiceIds.get(line.invoiceNumber);
    const isNew = inv < 0;
    let entry = -1;
    if (isNew) inv = this.newInvoice(b, line.invoiceNumber);
    else {
      const first = b.firstEntry[inv]!;
      entry = this.fieldsCol[first] === fields ? first : (b.others.get(inv)?.get(fields) ?? -1);
    }
    if (recent.length === RECENT) recent.shift();
    if (entry >= 0) {
      recent.push(entry);
      return this.addTo(b, entry, line);
    }
    entry = this.append(inv, fields, line.quantity, line.src.row, 1);
    recent.push(entry);
    if (isNew) {
      b.firstEntry = grow(b.firstEntry, inv + 1);
      b.firstEntry[inv] = entry;
    } else {
      let m = b.others.get(inv);
      if (!m) b.others.set(inv, (m = new Map()));
      m.set(fields, entry);
    }
  }

  /** The index of a new invoice number. */
  private newInvoice(b: Building, n: string): number {
    const inv = this.invoices.length;
    // a flat copy: a slice of a large parsed chunk would keep the whole chunk alive
    const flat = n.length > 12 ? (' ' + n).slice(1) : n;
    this.invoices.push(flat);
    b.invoiceIds.add(flat, inv);
    return inv;
  }

  private append(
    inv: number,
    fields: number,
    quantity: number,
    row: number,
    lines: number,
  ): number {
    const i = this.n++;
    if (i >= this.invoiceCol.length) {
      this.invoiceCol = grow(this.invoiceCol, i + 1);
      this.fieldsCol = grow(this.fieldsCol, i + 1);
      this.quantityCol = grow(this.quantityCol, i + 1);
      this.rowCol = grow(this.rowCol, i + 1);
      this.linesCol = grow(this.linesCol, i + 1);
    }
    this.invoiceCol[i] = inv;
    this.fieldsCol[i] = fields;
    this.quantityCol[i] = quantity;
    this.rowCol[i] = row;
    this.linesCol[i] = lines;
    return i;
  }

  private building(): Building {
    return {
      invoiceIds: new TextIndex(this.invoices),
      fieldIds: new Map(),
      firstEntry: new Int32Array(0),
      others: new Map(),
      runsListed: [],
      runsByProduct: new Map(),
      recent: [],
      recentFields: [],
    };
  }

  /** The index of a line's fields (the last lines' first: lines of a file repeat them). */
  private fieldsIdOf(b: Building, line: NewInvoiceLine): number {
    const recent = b.recentFields;
    for (let k = recent.length - 1; k >= 0; k--)
      if (sameFields(this.fields[recent[k]!]!, line)) return recent[k]!;
    const { src } = line;
    const key =
      `${src.file}\u0000${src.sheet ?? '\u0001'}\u0000${line.asin ?? '\u0001'}\u0000` +
      `${line.sku ?? '\u0001'}\u0000${line.productCode ?? '\u0001'}\u0000${line.issueDate}\u0000` +
      `${line.supplier}\u0000${line.productName ?? '\u0001'}\u0000${line.status}\u0000` +
      `${line.buyerName ?? '\u0001'}`;
    let id = b.fieldIds.get(key);
    if (id === undefined) {
      id = this.fields.length;
      this.fields.push({
        issueDate: line.issueDate,
        supplier: line.supplier,
        ...(line.asin !== undefined ? { asin: line.asin } : {}),
        ...(line.sku !== undefined ? { sku: line.sku } : {}),
        ...(line.productCode !== undefined ? { productCode: line.productCode } : {}),
        ...(line.productName !== undefined ? { productName: line.productName } : {}),
        status: line.status,
        ...(line.buyerName !== undefined ? { buyerName: line.buyerName } : {}),
        file: src.file,
        ...(src.sheet !== undefined ? { sheet: src.sheet } : {}),
      });
      b.fieldIds.set(key, id);
      const product =
        `${src.file}\u0000${src.sheet ?? ''}\u0000${line.asin ?? ''}\u0000${line.sku ?? ''}` +
        `\u0000${line.productCode ?? ''}`;
      let runs = b.runsByProduct.get(product);
      if (!runs) b.runsByProduct.set(product, (runs = { listed: 0 }));
      b.runsListed[id] = runs;
    }
    if (recent.length === RECENT) recent.shift();
    recent.push(id);
    return id;
  }

  private addTo(b: Building, e: number, line: NewInvoiceLine): void {
    const row = line.src.row;
    this.quantityCol[e] = this.quantityCol[e]! + line.quantity;
    this.linesCol[e] = this.linesCol[e]! + 1;
    const first = this.rowCol[e]!;
    const runs = this.runs.get(e);
    const last = runs?.at(-1);
    if ((last?.[1] ?? first) === row - 1) {
      if (last) last[1] = row;
      else this.runs.set(e, [[first, row]]);
      return;
    }
    const budget = b.runsListed[this.fieldsCol[e]!]!;
    if (budget.listed >= MAX_ORDER_RANGES) return;
    budget.listed++;
    if (runs) runs.push([row, row]);
    else
      this.runs.set(e, [
        [first, first],
        [row, row],
      ]);
  }

  /** An entry as given (lines and rows kept). */
  private push(l: InvoiceLine): void {
    const b = (this.b ??= this.building());
    const fields = this.fieldsIdOf(b, l);
    const known = b.invoiceIds.get(l.invoiceNumber);
    const inv = known >= 0 ? known : this.newInvoice(b, l.invoiceNumber);
    const e = this.append(inv, fields, l.quantity, l.src.row, l.lines ?? 1);
    if (l.rows)
      this.runs.set(
        e,
        l.rows.map(([a, c]) => [a, c]),
      );
  }

  /** Reading is over: what only building needs is let go, the columns trimmed. */
  seal(): this {
    this.b = undefined;
    const n = this.n;
    this.invoiceCol = this.invoiceCol.slice(0, n);
    this.fieldsCol = this.fieldsCol.slice(0, n);
    this.quantityCol = this.quantityCol.slice(0, n);
    this.rowCol = this.rowCol.slice(0, n);
    this.linesCol = this.linesCol.slice(0, n);
    return this;
  }
}
