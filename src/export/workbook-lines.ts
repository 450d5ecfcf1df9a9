/**
 * The invoice-lines rows of the reconciliation workbook: the first MAX_WORKBOOK_LINES entries
 * (counted, then excluded) as objects, and the rows, lines and units of the rest. Plain data, so
 * it goes to the workbook's thread as it is (a reconciliation's tables make their entries on
 * demand and do not cross threads); made without loading exceljs.
 */
import { tableTotals } from '../reconcile/lines.js';
import type {
  CountedInvoiceLine,
  ExcludedInvoiceLine,
  Reconciliation,
} from '../reconcile/types.js';

/**
 * Rows of the invoice-lines sheet at most: a reader of the workbook filters and sums a sheet, and
 * past this the report's totals and trace answer better than more rows (the bench's big case has
 * 20,000 lines, all listed; Excel itself holds 1,048,576 rows a sheet). The rows listed are made
 * as objects and crossed to the workbook's thread, which writes them as a stream.
 */
export const MAX_WORKBOOK_LINES = 20_000;

export interface WorkbookLines {
  counted: CountedInvoiceLine[];
  excluded: ExcludedInvoiceLine[];
  /** The rows, lines and units of the entries past those listed of each table. */
  rest: { rows: number; lines: number; units: number };
}

/** The rows listed (`max` at most: MAX_WORKBOOK_LINES, a smaller one in tests) and the rest. */
export function workbookLines(rec: Reconciliation, max = MAX_WORKBOOK_LINES): WorkbookLines {
  const { invoiceLines, excludedInvoiceLines } = rec.detail;
  const counted = invoiceLines.slice(0, max);
  const excluded = excludedInvoiceLines.slice(0, max - counted.length);
  const a = tableTotals(invoiceLines, counted.length);
  const b = tableTotals(excludedInvoiceLines, excluded.length);
  return {
    counted,
    excluded,
    rest: { rows: a.rows + b.rows, lines: a.lines + b.lines, units: a.units + b.units },
  };
}
