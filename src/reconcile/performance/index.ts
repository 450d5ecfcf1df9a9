/** Reconciliation of a performance case: rates before and after the fix, unshipped orders. */
import { t } from '../../i18n/catalogue.js';
import type { Case } from '../../case/schema.js';
import type { Records } from '../../records/types.js';
import type { Finding } from '../types.js';
import { countRates, rollingRates, weeklyRates } from './rates.js';
import type { PerformanceReconciliation } from './types.js';

/** Amazon's target: a late shipment rate under 4%. */
export const LATE_SHIPMENT_TARGET = 0.04;

function pct(x: number | null): string {
  return x === null ? '-' : `${(x * 100).toFixed(1)}%`;
}

export function reconcilePerformance(
  c: Case,
  records: Records,
  asOf: string,
): PerformanceReconciliation {
  const fixDate = c.performance?.fixDate ?? c.notice.receivedOn;
  const rows = [...records.shippingLog].sort(
    (a, b) =>
      a.expectedShipDate.localeCompare(b.expectedShipDate) ||
      a.orderId.localeCompare(b.orderId) ||
      a.src.file.localeCompare(b.src.file) ||
      a.src.row - b.src.row,
  );
  const dates = rows.map((r) => r.expectedShipDate);
  const span = dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null;
  const before = countRates(
    rows.filter((r) => r.expectedShipDate < fixDate),
    asOf,
  );
  const after = countRates(
    rows.filter((r) => r.expectedShipDate >= fixDate),
    asOf,
  );
  // Amazon's windows end on the day the numbers are taken: never after it (orders due later
  // cannot be late yet), and on it even when the log's last ship-by date is earlier
  const rolling =
    span && asOf >= span.from
      ? [
          ...rollingRates(rows, asOf, span.from, asOf, 10),
          ...rollingRates(rows, asOf, span.from, asOf, 30),
        ]
      : [];
  const last = (days: 10 | 30) => rolling.filter((r) => r.days === days).at(-1) ?? null;
  const unshipped = rows
    .filter((r) => !r.cancelled && r.shippedDate === undefined)
    .map((r) => ({
      orderId: r.orderId,
      expectedShipDate: r.expectedShipDate,
      file: r.src.file,
      ...(r.src.sheet !== undefined ? { sheet: r.src.sheet } : {}),
      row: r.src.row,
    }));

  // what was done for each buyer who got a wrong item, when the log says it (a remedy column)
  const remedies = rows.some((r) => r.remedy !== undefined);
  const wrongItemOrders = remedies
    ? rows
        .filter((r) => !r.cancelled && r.wrongItem)
        .map((r) => ({
          orderId: r.orderId,
          expectedShipDate: r.expectedShipDate,
          ...(r.remedy !== undefined ? { remedy: r.remedy } : {}),
          file: r.src.file,
          ...(r.src.sheet !== undefined ? { sheet: r.src.sheet } : {}),
          row: r.src.row,
        }))
    : undefined;

  const findings: Finding[] = [];
  // A file where no order has a ship date cannot tell shipped from unshipped (e.g. an order
  // report without the ship-confirm column): one finding for the file, not one per order.
  const noDates = new Set<string>();
  const byFile = new Map<string, { orders: number; dated: number }>();
  for (const r of rows) {
    if (r.cancelled) continue;
    const e = byFile.get(r.src.file) ?? { orders: 0, dated: 0 };
    e.orders += 1;
    if (r.shippedDate !== undefined) e.dated += 1;
    byFile.set(r.src.file, e);
  }
  for (const [file, e] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (e.orders >= 2 && e.dated === 0) {
      noDates.add(file);
      findings.push({
        code: 'NO_SHIP_DATES',
        severity: 'error',
        message: t('perf.noShipDates', { file, orders: e.orders }),
        file,
      });
    }
  for (const u of unshipped) {
    if (noDates.has(u.file)) continue;
    // Not yet due (its ship-by date is today or later): open, not late — still not "all shipped".
    const due = u.expectedShipDate < asOf;
    findings.push({
      code: 'UNSHIPPED_ORDERS',
      severity: due ? 'error' : 'warning',
      message: t(due ? 'perf.unshipped' : 'perf.unshippedNotDue', {
        order: u.orderId,
        date: u.expectedShipDate,
      }),
      file: u.file,
      ...(u.sheet !== undefined ? { sheet: u.sheet } : {}),
      row: u.row,
      date: u.expectedShipDate,
    });
  }
  if (after.lateRate !== null && after.lateRate >= LATE_SHIPMENT_TARGET) {
    findings.push({
      code: 'LATE_RATE_ABOVE_TARGET',
      severity: 'warning',
      message: t('perf.lateAfterFix', {
        rate: pct(after.lateRate),
        late: after.late,
        orders: after.orders,
        fixDate,
      }),
    });
  }
  if (after.orders === 0) {
    findings.push({
      code: 'NO_ORDERS_AFTER_FIX',
      severity: 'warning',
      message: t('perf.noOrdersAfterFix', { fixDate }),
    });
  }
  if (records.shippingLog.length === 0) {
    findings.push({ code: 'NO_SHIPPING_LOG', severity: 'error', message: t('perf.noShippingLog') });
  }
  return {
    target: LATE_SHIPMENT_TARGET,
    fixDate,
    asOf,
    span,
    total: countRates(rows, asOf),
    before,
    after,
    weekly: weeklyRates(rows, asOf),
    rolling,
    latest: { days10: last(10), days30: last(30) },
    unshipped,
    ...(wrongItemOrders ? { wrongItemOrders } : {}),
    findings,
  };
}
