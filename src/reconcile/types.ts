/** The reconciliation: per-ASIN numbers and findings, the JSON of `reconcile --json`. */
import type { Localized } from '../i18n/catalogue.js';
import type { InvoiceLine, ReceiptRow, ReturnRow } from '../records/types.js';
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
  received: number;
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

export interface Reconciliation {
  notice: { receivedOn: string; type: string; citedAsins: string[] };
  window: { from: string; to: string };
  /** Which record gave the received units: ledgerDetail, ledgerSummary, receivedInventory or none. */
  receivedSource: 'ledgerDetail' | 'ledgerSummary' | 'receivedInventory' | 'none';
  products: ProductNumbers[];
  findings: Finding[];
  /** Detail tables for the report and the workbook. */
  detail: {
    invoiceLines: CountedInvoiceLine[];
    excludedInvoiceLines: ExcludedInvoiceLine[];
    receipts: ReceiptRow[];
    returns: ReturnDetail[];
    monthly: MonthlyRow[];
  };
  /** Performance cases only: late shipment and wrong-item rates, unshipped orders. */
  performance?: PerformanceReconciliation;
}
