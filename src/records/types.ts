/**
 * The record model: what the readers keep of each Amazon report and of the seller's invoice
 * lines. Only the columns the reconciliation needs are read; buyer data never enters it.
 * Dates are calendar dates `YYYY-MM-DD` as written in the file (in the offset written).
 */
import { InvoiceLines } from './invoice-lines.js';

export type ReportKind =
  | 'allOrders'
  | 'fbaReturns'
  | 'ledgerDetail'
  | 'ledgerSummary'
  | 'receivedInventory'
  | 'businessReport'
  | 'ownStock'
  | 'fulfilledShipments'
  | 'reimbursements'
  | 'invoiceLines'
  | 'shippingLog';

export type Encoding =
  'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252' | 'xlsx';
export type FileFormat = 'tsv' | 'csv' | 'xlsx';

/** Where a row came from: file relative to the case folder, sheet (xlsx), 1-based row. */
export interface SourceRef {
  file: string;
  sheet?: string;
  row: number;
}

/**
 * Order lines, aggregated while streaming so memory stays flat however many lines a file has:
 * one entry per (sku, asin, purchase date, cancelled).
 */
export interface OrderDay {
  sku: string;
  asin?: string;
  date: string;
  cancelled: boolean;
  /** The fulfilment channel written on the order (All Orders `fulfillment-channel`), if any. */
  channel?: 'amazon' | 'merchant';
  quantity: number;
  lines: number;
}

/** Row ranges listed per (file, sheet, SKU, ASIN) at most; past this only lines are counted. */
export const MAX_ORDER_RANGES = 200;

/**
 * Where the lines of one OrderDay were written in one file: runs of consecutive rows (1-based),
 * at most MAX_ORDER_RANGES ranges per (file, sheet, SKU, ASIN) over all its days, so memory stays
 * flat however many lines a file has, and the true number of lines. Every row listed is a real
 * order line of this SKU, ASIN and day; `lines` may count more rows than the ranges hold.
 */
export interface OrderRows {
  file: string;
  sheet?: string;
  sku: string;
  asin?: string;
  date: string;
  cancelled: boolean;
  channel?: 'amazon' | 'merchant';
  rows: [number, number][];
  lines: number;
}

export interface ReturnRow {
  returnDate: string;
  orderId: string;
  sku: string;
  asin?: string;
  fnsku?: string;
  quantity: number;
  reason: string;
  disposition?: string;
  status?: string;
  /** license-plate-number: Amazon's id of the returned unit. */
  lpn?: string;
  comment?: string;
  src: SourceRef;
}

/** A Receipts event of the Inventory Ledger (detail), or a Received Inventory row. */
export interface ReceiptRow {
  date: string;
  sku?: string;
  asin?: string;
  fnsku?: string;
  quantity: number;
  reference?: string;
  src: SourceRef;
}

/** One row of the Inventory Ledger summary (one period per row). */
export interface LedgerSummaryRow {
  date: string;
  sku?: string;
  asin?: string;
  fnsku?: string;
  receipts: number;
  customerShipments: number;
  customerReturns: number;
  disposition?: string;
  location?: string;
  /** True when the row is a month (the Date cell was MM/YYYY; `date` is then its first day). */
  monthly?: boolean;
  /** The columns of the roll-forward, undefined when the file has no such column. */
  startingBalance?: number;
  endingBalance?: number;
  vendorReturns?: number;
  transfers?: number;
  found?: number;
  lost?: number;
  damaged?: number;
  disposed?: number;
  otherEvents?: number;
  unknownEvents?: number;
  src: SourceRef;
}

/** One row of the seller's own stock book: units in, units out, the balance after. */
export interface OwnStockRow {
  date: string;
  asin?: string;
  sku?: string;
  productCode?: string;
  unitsIn: number;
  unitsOut?: number;
  balance?: number;
  src: SourceRef;
}

/** One row of the Business Report by child item: units ordered over the range downloaded. */
export interface BusinessReportRow {
  asin: string;
  sku?: string;
  unitsOrdered: number;
  src: SourceRef;
}

export interface ShipmentRow {
  orderId: string;
  shipmentDate: string;
  sku: string;
  quantity: number;
  src: SourceRef;
}

export interface ReimbursementRow {
  approvalDate: string;
  reimbursementId: string;
  orderId?: string;
  sku?: string;
  asin?: string;
  reason: string;
  quantity: number;
  src: SourceRef;
}

export type InvoiceStatus = 'final' | 'quote' | 'proforma' | 'order-confirmation';

export interface InvoiceLine {
  invoiceNumber: string;
  issueDate: string;
  /** The supplier as written in the file (name or id); matched to case.json suppliers by reconcile. */
  supplier: string;
  asin?: string;
  sku?: string;
  productCode?: string;
  productName?: string;
  /** Units of the line, or of all the lines this entry stands for (`lines`). */
  quantity: number;
  status: InvoiceStatus;
  buyerName?: string;
  /** The row of the line, or of the first of the lines this entry stands for. */
  src: SourceRef;
  /**
   * How many lines of the file this entry stands for, when more than one: lines of one file and
   * sheet alike in every field above but quantity and row are held as one entry (see
   * invoice-lines.ts), so millions of lines of a few invoices take a few entries.
   */
  lines?: number;
  /**
   * The rows of those lines as runs of consecutive rows (1-based), when more than one: at most
   * MAX_ORDER_RANGES runs per (file, sheet, ASIN, SKU, product code) over all its entries, so
   * memory stays flat; every row listed is one of the lines, `lines` may count more.
   */
  rows?: [number, number][];
}

/** The invoice lines of the records in columns (a list given is put in columns once). */
export function invoiceLineStore(r: Pick<Records, 'invoiceLines'>): InvoiceLines {
  return r.invoiceLines instanceof InvoiceLines ? r.invoiceLines : InvoiceLines.of(r.invoiceLines);
}

/** How many lines of its file an invoice-lines entry stands for. */
export const lineCount = (l: Pick<InvoiceLine, 'lines'>): number => l.lines ?? 1;

/** One order of a shipping log (performance cases). */
export interface ShippingRow {
  orderId: string;
  /** The order date, or the expected ship date when no order date is given. */
  orderDate: string;
  expectedShipDate: string;
  /** Undefined while unshipped. */
  shippedDate?: string;
  cancelled: boolean;
  wrongItem: boolean;
  /** What was done for the buyer (a column of the seller's log, e.g. 対応: 正しい商品を再送). */
  remedy?: string;
  src: SourceRef;
}

/** What was read from one file of records/. */
export interface RecordFile {
  /** Path relative to the case folder, e.g. records/orders.txt. */
  path: string;
  kind: ReportKind;
  format: FileFormat;
  encoding: Encoding;
  rows: number;
  size: number;
  sha256: string;
  /** Which source of receipts this file is (for the reconciliation's "source used"). */
  sheet?: string;
}

export interface Records {
  files: RecordFile[];
  orders: OrderDay[];
  /** Where the order lines were (per file and OrderDay), for showing the rows behind "sold". */
  orderRows?: OrderRows[];
  returns: ReturnRow[];
  receipts: { ledgerDetail: ReceiptRow[]; receivedInventory: ReceiptRow[] };
  ledgerSummary: LedgerSummaryRow[];
  businessReport: BusinessReportRow[];
  ownStock: OwnStockRow[];
  shipments: ShipmentRow[];
  reimbursements: ReimbursementRow[];
  /**
   * The readers give them in columns (invoice-lines.ts); a list of entries is read the same way
   * (tests, callers that made them).
   */
  invoiceLines: InvoiceLines | readonly InvoiceLine[];
  shippingLog: ShippingRow[];
  /** SKU → ASIN as seen in the reports (orders, returns, ledger). */
  skuToAsin: Record<string, string>;
}

export function emptyRecords(): Records {
  return {
    files: [],
    orders: [],
    returns: [],
    receipts: { ledgerDetail: [], receivedInventory: [] },
    ledgerSummary: [],
    businessReport: [],
    ownStock: [],
    shipments: [],
    reimbursements: [],
    invoiceLines: new InvoiceLines(),
    shippingLog: [],
    skuToAsin: {},
  };
}
