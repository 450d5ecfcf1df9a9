/** The reconciliation: per-ASIN numbers and findings, the JSON of `reconcile --json`. */
import type { Localized } from '../i18n/catalogue.js';
import type { InvoiceLine, ReceiptRow, ReturnRow } from '../records/types.js';
import type { LineTable } from './lines.js';
import type { PerformanceReconciliation } from './performance/types.js';

export type FindingCode =
  | 'INVOICE_SHORTFALL'
  | 'NO_INVOICE'
  | 'RECEIVED_BEFORE_INVOICED'
  | 'INVOICE_OUTSIDE_WINDOW'
  | 'INVOICE_NOT_FINAL'
  | 'SUPPLIER_INCOMPLETE'
  | 'SUPPLIER_NOT_ACCEPTED'
  | 'BUYER_MISMATCH'
  | 'DOCUMENT_MISSING'
  | 'DOCUMENT_TYPE'
  | 'COUNTERFEIT_MENTION'
  | 'RECEIPTS_NOT_PROVIDED'
  | 'RETURNS_NOT_PROVIDED'
  | 'BUSINESS_REPORT_RANGE'
  | 'ROLL_FORWARD_GAP'
  | 'COMPLAINT_NOT_INSPECTED'
  /** More findings of one rule than are listed (finding.ts `listed`): how many. */
  | 'MORE_FINDINGS'
  // performance cases
  | 'UNSHIPPED_ORDERS'
  | 'LATE_RATE_ABOVE_TARGET'
  | 'NO_SHIP_DATES'
  | (string & {});

export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warning' | 'info';
  /** What and what to do, in both languages. */
  message: Localized;
  asin?: string;
  invoice?: string;
  supplier?: string;
  file?: string;
  /** The day a finding is about (RECEIVED_BEFORE_INVOICED: the first receipt not covered). */
  date?: string;
  /** Where in `file`: the sheet and 1-based row of a record file, or a JSON path in case.json. */
  sheet?: string;
  row?: number;
  jsonPath?: string;
}

export interface ProductNumbers {
  asin: string;
  skus: string[];
  cited: boolean;
  invoiced: number;
  /** null when unknown: an FBA seller gave no receipts report, or the seller ships from own stock. */
  received: number | null;
  sold: number;
  returned: number;
  qualityReturns: number;
  counterfeitMentions: number;
  returnRate: number | null;
  coverage: number | null;
}

export type ExcludeReason = 'outsideWindow' | 'notFinal' | 'unknownProduct';

export interface CountedInvoiceLine extends InvoiceLine {
  asin: string;
  /** case.json documents[].file of the original, when there is one. */
  documentFile?: string;
  supplierId?: string;
}

export interface ExcludedInvoiceLine extends InvoiceLine {
  reason: ExcludeReason;
}

/** A return in the window, with how reconcile classified it. */
export type ReturnDetail = ReturnRow & { quality: boolean; counterfeit: boolean };

export interface MonthlyRow {
  month: string; // YYYY-MM
  asin: string;
  sold: number;
  returned: number;
}

/** Units of one FBA receipt (a shipment received on a day), or of part of it. */
export interface TraceReceipt {
  date: string;
  /** The FBA shipment id (ledger Reference ID, Received Inventory fba-shipment-id), if given. */
  shipment?: string;
  units: number;
}

/** One invoice of an ASIN and the receipts its units were allocated to, in date order. */
export interface TraceInvoice {
  invoice: string;
  date: string;
  supplier: string;
  supplierId?: string;
  documentFile?: string;
  units: number;
  /** Issued inside the window (counted for coverage). */
  counted: boolean;
  covers: TraceReceipt[];
  /** Units not (yet) received by Amazon. */
  remaining: number;
}

/** Invoice → shipment → receipt trace of one ASIN. */
export interface AsinTrace {
  asin: string;
  cited: boolean;
  invoiced: number;
  received: number;
  invoices: TraceInvoice[];
  /**
   * Invoices not listed in `invoices` (see trace.ts `shownTrace`), when there are: how many, their
   * units and the units of theirs not received. They cover no receipt.
   */
  more?: { invoices: number; units: number; remaining: number };
  /** Receipts (or their parts) that no invoice issued on or before their day can cover. */
  uncovered: TraceReceipt[];
}

/**
 * Unit roll-forward of one ASIN from the Inventory Ledger summary: starting balance + receipts
 * − customer shipments + customer returns − removals − disposals ± adjustments = ending balance.
 * Shipments, removals and disposals are given as positive units subtracted.
 */
export interface RollForward {
  asin: string;
  cited: boolean;
  /** First and last period of the ledger rows used: YYYY-MM for monthly rows, else days. */
  from: string;
  to: string;
  starting: number;
  receipts: number;
  customerShipments: number;
  customerReturns: number;
  removals: number;
  disposals: number;
  adjustments: number;
  ending: number;
  /** ending − (starting + movements): 0 when the ledger ties. */
  difference: number;
}

/** A return whose comment doubts authenticity, and what became of the unit. */
export interface ComplaintUnit {
  asin: string;
  date: string;
  orderId: string;
  lpn?: string;
  quantity: number;
  reason: string;
  disposition?: string;
  status?: string;
  comment?: string;
  /** sellable: back in sellable stock; unsellable: held as unsellable; reimbursed; unknown. */
  outcome: 'sellable' | 'unsellable' | 'reimbursed' | 'unknown';
  /** case.json documents[].file of the inspection record naming its LPN. */
  inspection?: string;
  src: ReturnRow['src'];
}

/** The seller's own stock book of one product over the window. */
export interface OwnStock {
  asin: string;
  cited: boolean;
  unitsIn: number;
  unitsOut: number;
  /** The last balance written in the window, and its day. */
  balance?: number;
  balanceOn?: string;
}

/** Where each number came from; a source not provided is not a zero. */
export interface Sources {
  /** fba: Amazon holds the stock (receipts expected); merchant: the seller ships from own stock. */
  fulfilment: 'fba' | 'merchant';
  fulfilmentFrom: 'case' | 'orders' | 'default';
  sales: 'orders' | 'businessReport' | 'none';
  /** The Business Report used or refused, with the range it covers (when known). */
  businessReport?: { file: string; from?: string; to?: string; covers: boolean };
  returns: 'fbaReturns' | 'none';
}

export interface Reconciliation {
  notice: { receivedOn: string; type: string; citedAsins: string[] };
  window: { from: string; to: string };
  /** Which record gave the received units: ledgerDetail, ledgerSummary, receivedInventory or none. */
  receivedSource: 'ledgerDetail' | 'ledgerSummary' | 'receivedInventory' | 'none';
  products: ProductNumbers[];
  findings: Finding[];
  /** Performance cases leave these empty. */
  sources?: Sources;
  /** Per product (cited ones are shown): invoices in date order and the receipts they cover. */
  trace?: AsinTrace[];
  /** Per product with ledger summary balances; undefined when the ledger does not allow it. */
  rollForward?: RollForward[];
  complaintUnits?: ComplaintUnit[];
  /** The seller's own stock book per product, when one is in records/. */
  ownStock?: OwnStock[];
  /** Detail tables for the report and the workbook. */
  detail: {
    /** Tables of entries (lines.ts): a list, or the entries made as they are read. */
    invoiceLines: LineTable<CountedInvoiceLine>;
    excludedInvoiceLines: LineTable<ExcludedInvoiceLine>;
    receipts: ReceiptRow[];
    returns: ReturnDetail[];
    monthly: MonthlyRow[];
  };
  /** Performance cases only: late shipment and wrong-item rates, unshipped orders. */
  performance?: PerformanceReconciliation;
}
