/**
 * The reconciliation context: everything the finding rules share, computed once from the case
 * and the records (window, SKU → ASIN map, receipts source, invoice lines counted or excluded,
 * supplier and document matches). Pure: no clock, no files, no environment.
 */
import type { Case, CaseDocument, Supplier } from '../case/schema.js';
import { addDays } from '../dates.js';
import {
  invoiceLineStore,
  type InvoiceStatus,
  type ReceiptRow,
  type Records,
} from '../records/types.js';
import { lineTables, type Classified, type LineClass, type LineTable } from './lines.js';
import { caseOfAll, companyKey, compactText, invoiceKey, PLAIN_ASCII } from './normalise.js';
import { isQualityReason, mentionsFake } from './returns.js';
import type {
  AsinTrace,
  ComplaintUnit,
  CountedInvoiceLine,
  RollForward,
  ExcludedInvoiceLine,
  ProductNumbers,
  Reconciliation,
  ReturnDetail,
  Sources,
} from './types.js';
import { businessReportRange } from './sources.js';

export interface ProductRef {
  asin: string;
  skus: string[];
  cited: boolean;
}

export interface BaseCtx {
  c: Case;
  records: Records;
  window: { from: string; to: string };
  products: ProductRef[];
  isProduct: (asin: string | undefined) => asin is string;
  cited: Set<string>;
  receivedSource: Reconciliation['receivedSource'];
  /** Receipts in the window for the case's products, from the one source used, by date. */
  receipts: (ReceiptRow & { asin: string })[];
  /** Every invoice-lines entry in file order, classified (in columns: lines.ts). */
  lines: Classified;
  /**
   * The key number (lines.ts) of an invoice number as compared, when it is that of a case.json
   * document and lines have it; else undefined.
   */
  documentKey: (key: string) => number | undefined;
  /**
   * The counted and the excluded lines as their detail tables: each entry's object made when it
   * is read. Use `lines` instead where the table is not the output (millions of lines).
   */
  readonly counted: LineTable<CountedInvoiceLine>;
  readonly excluded: LineTable<ExcludedInvoiceLine>;
  /** Returns in the window for the case's products. */
  returns: ReturnDetail[];
  inWindow: (date: string) => boolean;
  /** The ASIN of a row: its own, else through its SKU (case.json, then the reports) or FNSKU. */
  asinOf: (row: { asin?: string; sku?: string; fnsku?: string }) => string | undefined;
  supplierFor: (written: string, doc?: CaseDocument) => Supplier | undefined;
  documentFor: (invoiceNumber: string) => CaseDocument | undefined;
  /** Where sales, receipts and returns came from, and how the seller fulfils. */
  sources: Sources;
  /** Units ordered per ASIN from the Business Report, when it is the source of sales. */
  businessSold?: Map<string, number>;
}

/** What every finding rule gets: the shared context, the per-ASIN numbers and the traces. */
export interface Ctx extends BaseCtx {
  numbers: ProductNumbers[];
  /** The trace of every product as shown (trace.ts). */
  trace: AsinTrace[];
  /** Units of a product's final invoices issued on or before a day. */
  invoicedBy: (asin: string, date: string) => number;
  rollForward?: RollForward[];
  complaints: ComplaintUnit[];
}

const day = (d: string) => d.slice(0, 10);

/** An event date compared by its calendar day; a month (YYYY-MM) stands for its first day. */
function eventDay(d: string): string {
  return /^\d{4}-\d{2}$/.test(d) ? `${d}-01` : day(d);
}

/** Code-point order (not the locale's): fast and the same on every machine. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byDateThenSource = <T extends { date: string; src: { file: string; row: number } }>(
  a: T,
  b: T,
) =>
  cmp(eventDay(a.date), eventDay(b.date)) || cmp(a.src.file, b.src.file) || a.src.row - b.src.row;

export function buildContext(c: Case, records: Records): BaseCtx {
  const window = { from: addDays(c.notice.receivedOn, -365), to: c.notice.receivedOn };
  const inWindow = (date: string) => {
    const d = eventDay(date);
    return d >= window.from && d <= window.to;
  };

  // SKU → ASIN: case.json first (the seller's own statement), then what the reports say.
  const skuMap = new Map<string, string>();
  for (const p of c.products) for (const s of p.skus) skuMap.set(s.trim(), p.asin);
  for (const [s, a] of Object.entries(records.skuToAsin))
    if (!skuMap.has(s.trim())) skuMap.set(s.trim(), a);
  // FNSKU → ASIN from any row that carries both.
  const fnskuMap = new Map<string, string>();
  for (const r of [
    ...records.returns,
    ...records.receipts.ledgerDetail,
    ...records.receipts.receivedInventory,
    ...records.ledgerSummary,
  ])
    if (r.fnsku && r.asin && !fnskuMap.has(r.fnsku)) fnskuMap.set(r.fnsku, r.asin);
  const asinOf = (row: { asin?: string; sku?: string; fnsku?: string }): string | undefined =>
    (row.asin && row.asin.trim()) ||
    (row.sku !== undefined ? skuMap.get(row.sku.trim()) : undefined) ||
    (row.fnsku !== undefined ? fnskuMap.get(row.fnsku) : undefined);

  // The products: case.json's, then cited ASINs the case does not list.
  const cited = new Set(c.notice.citedAsins);
  const products: ProductRef[] = c.products.map((p) => ({
    asin: p.asin,
    skus: [...p.skus],
    cited: cited.has(p.asin),
  }));
  for (const a of c.notice.citedAsins)
    if (!products.some((p) => p.asin === a)) products.push({ asin: a, skus: [], cited: true });
  const productSet = new Set(products.map((p) => p.asin));
  for (const p of products) {
    const more = Object.entries(records.skuToAsin)
      .filter(([s, a]) => a === p.asin && !p.skus.includes(s))
      .map(([s]) => s)
      .sort();
    p.skus.push(...more);
  }
  const isProduct = (a: string | undefined): a is string => a !== undefined && productSet.has(a);

  // Received: exactly one source, the most detailed one the seller provided.
  const provided = (kind: string) => records.files.some((f) => f.kind === kind);
  let receivedSource: Reconciliation['receivedSource'] = 'none';
  let rawReceipts: ReceiptRow[] = [];
  if (provided('ledgerDetail') || records.receipts.ledgerDetail.length) {
    receivedSource = 'ledgerDetail';
    rawReceipts = records.receipts.ledgerDetail;
  } else if (provided('ledgerSummary') || records.ledgerSummary.length) {
    receivedSource = 'ledgerSummary';
    rawReceipts = records.ledgerSummary
      .filter((r) => r.receipts !== 0)
      .map((r) => ({
        date: r.date,
        sku: r.sku,
        asin: r.asin,
        fnsku: r.fnsku,
        quantity: r.receipts,
        src: r.src,
      }));
  } else if (provided('receivedInventory') || records.receipts.receivedInventory.length) {
    receivedSource = 'receivedInventory';
    rawReceipts = records.receipts.receivedInventory;
  }
  const receipts = rawReceipts
    .map((r) => ({ ...r, asin: asinOf(r) }))
    .filter((r): r is ReceiptRow & { asin: string } => isProduct(r.asin) && inWindow(r.date))
    .sort(byDateThenSource);

  // Suppliers and documents.
  const supplierFor = (written: string, doc?: CaseDocument): Supplier | undefined => {
    const key = companyKey(written);
    const id = compactText(written);
    const found =
      c.suppliers.find((s) => compactText(s.id) === id) ??
      c.suppliers.find(
        (s) => companyKey(s.name) === key || s.aliases.some((a) => companyKey(a) === key),
      );
    if (found || !doc?.supplierId) return found;
    return c.suppliers.find((s) => s.id === doc.supplierId);
  };
  const docsByInvoice = new Map<string, CaseDocument>();
  for (const d of c.documents) {
    if (d.invoiceNumber === undefined || !d.invoiceNumber.trim()) continue;
    const k = invoiceKey(d.invoiceNumber);
    const prev = docsByInvoice.get(k);
    if (!prev || (prev.kind !== 'invoice' && d.kind === 'invoice')) docsByInvoice.set(k, d);
  }
  const documentFor = (n: string) => docsByInvoice.get(invoiceKey(n));
  // millions of invoice lines name a few suppliers: each written name matched once
  const lineSuppliers = new Map<string, Supplier | undefined>();
  const lineSupplier = (written: string, doc?: CaseDocument): Supplier | undefined => {
    const k = doc ? `${written}\u0000${doc.file}` : written;
    if (lineSuppliers.has(k)) return lineSuppliers.get(k);
    const s = supplierFor(written, doc);
    if (lineSuppliers.size < 100_000) lineSuppliers.set(k, s);
    return s;
  };

  // Invoice lines: which ASIN, whether final, whether counted. What decides it is an entry's
  // fields and its document (by its invoice number): worked out once per such pair.
  const codeMap = c.records.productCodes;
  const store = invoiceLineStore(records);
  const docKeys = new Set(c.documents.map((d) => invoiceKey(d.invoiceNumber ?? '')));
  const keysWithLines = new Map<string, number>();
  // each distinct invoice number folded once; keys numbered in order of first line
  const keyOfInvoice = new Int32Array(store.invoices.length);
  const docOfKey: (CaseDocument | undefined)[] = [];
  let keys: number;
  const letters = caseOfAll(store.invoices);
  if (letters !== undefined) {
    // distinct numbers fold to distinct keys: each number is its own key, and a document's key
    // is that of the one number written as it folds back
    const keyOfWritten = new Map<string, string>();
    for (const key of docKeys)
      if (PLAIN_ASCII.test(key))
        keyOfWritten.set(letters === 'upper' ? key.toUpperCase() : key, key);
    store.invoices.forEach((n, inv) => {
      keyOfInvoice[inv] = inv;
      const key = keyOfWritten.size ? keyOfWritten.get(n) : undefined;
      docOfKey.push(key !== undefined ? docsByInvoice.get(key) : undefined);
      if (key !== undefined) keysWithLines.set(key, inv);
    });
    keys = store.invoices.length;
  } else {
    const keyIds = new Map<string, number>();
    store.invoices.forEach((n, inv) => {
      const key = invoiceKey(n);
      let id = keyIds.get(key);
      if (id === undefined) {
        keyIds.set(key, (id = keyIds.size));
        docOfKey.push(docsByInvoice.get(key));
        if (docKeys.has(key)) keysWithLines.set(key, id);
      }
      keyOfInvoice[inv] = id;
    });
    keys = keyIds.size;
  }
  const classes: LineClass[] = [];
  const classIds = new Map<number, number>();
  const docIndex = new Map(c.documents.map((d, i) => [d, i + 1]));
  const classOf = new Int32Array(store.length);
  const classify = (fieldsIndex: number, document: CaseDocument | undefined): LineClass => {
    const f = store.fields[fieldsIndex]!;
    const supplier = lineSupplier(f.supplier, document);
    let asin = asinOf({ asin: f.asin, sku: f.sku });
    if (!asin && f.productCode) {
      const code = compactText(f.productCode);
      asin = codeMap.find(
        (m) => compactText(m.code) === code && (!m.supplierId || m.supplierId === supplier?.id),
      )?.asin;
    }
    const status: InvoiceStatus = f.status !== 'final' ? f.status : (document?.status ?? 'final');
    const excluded: LineClass['excluded'] =
      status !== 'final'
        ? 'notFinal'
        : !inWindow(f.issueDate)
          ? 'outsideWindow'
          : !isProduct(asin)
            ? 'unknownProduct'
            : undefined;
    return {
      ...(asin !== undefined ? { asin } : {}),
      status,
      ...(supplier ? { supplier } : {}),
      ...(document ? { document } : {}),
      ...(excluded ? { excluded } : {}),
    };
  };
  const docs = c.documents.length + 1;
  for (let i = 0; i < store.length; i++) {
    const document = docOfKey[keyOfInvoice[store.invoiceIndex(i)]!];
    const fields = store.fieldsIndex(i);
    const pair = fields * docs + (document ? docIndex.get(document)! : 0);
    let id = classIds.get(pair);
    if (id === undefined) {
      classIds.set(pair, (id = classes.length));
      classes.push(classify(fields, document));
    }
    classOf[i] = id;
  }
  const lines: Classified = { store, classOf, classes, keyOfInvoice, keys };
  // The counted and excluded tables (detail.invoiceLines and excludedInvoiceLines): their
  // indexes made on first use only, so a run that never shows them (reconcile --json) makes none.
  let tables: ReturnType<typeof lineTables> | undefined;

  // Returns in the window.
  const returns: ReturnDetail[] = records.returns
    .map((r) => ({ ...r, asin: asinOf(r) }))
    .filter((r) => isProduct(r.asin) && inWindow(r.returnDate))
    .map((r) => {
      const counterfeit = mentionsFake(r.comment);
      return { ...r, quality: counterfeit || isQualityReason(r.reason), counterfeit };
    })
    .sort(
      (a, b) =>
        cmp(day(a.returnDate), day(b.returnDate)) ||
        cmp(a.src.file, b.src.file) ||
        a.src.row - b.src.row,
    );

  // Sources: sales from the order report, else a Business Report that covers the window.
  const ordersGiven = provided('allOrders') || records.orders.length > 0;
  const sources: Sources = {
    fulfilment: 'fba',
    fulfilmentFrom: 'default',
    sales: ordersGiven ? 'orders' : 'none',
    returns: provided('fbaReturns') || records.returns.length > 0 ? 'fbaReturns' : 'none',
  };
  if (c.fulfilment) {
    sources.fulfilment = c.fulfilment;
    sources.fulfilmentFrom = 'case';
  } else if (records.orders.length > 0 && records.orders.every((o) => o.channel === 'merchant')) {
    sources.fulfilment = 'merchant';
    sources.fulfilmentFrom = 'orders';
  }
  let businessSold: Map<string, number> | undefined;
  if (!ordersGiven && (provided('businessReport') || records.businessReport.length)) {
    const files = [
      ...new Set([
        ...records.files.filter((f) => f.kind === 'businessReport').map((f) => f.path),
        ...records.businessReport.map((r) => r.src.file),
      ]),
    ].sort(cmp);
    const ranges = files.map((file) => ({
      file,
      ...businessReportRange(file, c.records.businessReportRange),
    }));
    const covering = ranges.find(
      (r) =>
        r.from !== undefined && r.to !== undefined && r.from <= window.from && r.to >= window.to,
    );
    const chosen = covering ?? ranges[0]!;
    sources.businessReport = { ...chosen, covers: covering !== undefined };
    if (covering) {
      sources.sales = 'businessReport';
      businessSold = new Map();
      for (const r of records.businessReport) {
        if (r.src.file !== covering.file) continue;
        const a = asinOf({ asin: r.asin, sku: r.sku });
        if (!isProduct(a)) continue;
        businessSold.set(a, (businessSold.get(a) ?? 0) + r.unitsOrdered);
      }
    }
  }

  return {
    c,
    records,
    window,
    sources,
    ...(businessSold ? { businessSold } : {}),
    products,
    isProduct,
    cited,
    receivedSource,
    receipts,
    lines,
    documentKey: (key) => keysWithLines.get(key),
    get counted() {
      return (tables ??= lineTables(lines)).counted;
    },
    get excluded() {
      return (tables ??= lineTables(lines)).excluded;
    },
    returns,
    inWindow,
    asinOf,
    supplierFor,
    documentFor,
  };
}
