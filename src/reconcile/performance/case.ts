/**
 * The reconciliation of a performance case as a whole `Reconciliation`: the performance numbers
 * in `performance`, their findings in `findings` (errors first), the authenticity tables empty.
 * Pure: `asOf` comes in as an argument.
 */
import type { Case } from '../../case/schema.js';
import type { Records } from '../../records/types.js';
import type { Reconciliation } from '../types.js';
import { reconcilePerformance } from './index.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The last day the shipping log speaks of (ship-by or shipped), else the notice date. */
export function lastLogDate(c: Case, records: Records): string {
  let last = c.notice.receivedOn;
  for (const r of records.shippingLog) {
    if (r.expectedShipDate > last) last = r.expectedShipDate;
    if (r.shippedDate !== undefined && r.shippedDate > last) last = r.shippedDate;
  }
  return last;
}

export function reconcilePerformanceCase(
  c: Case,
  records: Records,
  asOf: string | undefined,
): Reconciliation {
  const perf = reconcilePerformance(c, records, asOf ?? lastLogDate(c, records));
  const findings = perf.findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => SEVERITY_ORDER[x.f.severity] - SEVERITY_ORDER[y.f.severity] || x.i - y.i)
    .map((x) => x.f);
  return {
    notice: {
      receivedOn: c.notice.receivedOn,
      type: c.notice.type,
      citedAsins: [...c.notice.citedAsins],
    },
    window: perf.span ?? { from: perf.fixDate, to: perf.asOf },
    receivedSource: 'none',
    products: [],
    findings,
    detail: { invoiceLines: [], excludedInvoiceLines: [], receipts: [], returns: [], monthly: [] },
    performance: perf,
  };
}
