/** The `performance` key of `reconcile --json` (performance cases): rates as fractions (0.04 = 4%). */
import type { PerformanceReconciliation, RateCount } from './types.js';

const rates = (r: RateCount) => ({
  orders: r.orders,
  late: r.late,
  lateRate: r.lateRate,
  wrongItems: r.wrongItems,
  wrongItemRate: r.wrongItemRate,
});

export function performanceJson(p: PerformanceReconciliation) {
  return {
    target: p.target,
    fixDate: p.fixDate,
    asOf: p.asOf,
    span: p.span,
    total: rates(p.total),
    before: rates(p.before),
    after: rates(p.after),
    latest: p.latest,
    unshipped: p.unshipped.map((u) => ({
      orderId: u.orderId,
      expectedShipDate: u.expectedShipDate,
      file: u.file,
      row: u.row,
    })),
    weekly: p.weekly.map((w) => ({ weekStart: w.weekStart, ...rates(w) })),
    rolling: p.rolling,
  };
}
