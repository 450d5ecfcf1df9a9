/** Numbers of a performance case (late shipments, wrong items): part of `reconcile --json`. */
import type { Finding } from '../types.js';

/** Orders counted over a span of expected ship dates. Rates are null when there are no orders. */
export interface RateCount {
  orders: number;
  late: number;
  lateRate: number | null;
  wrongItems: number;
  wrongItemRate: number | null;
}

export interface WeeklyRate extends RateCount {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
}

export interface RollingRate {
  /** Last day of the window, YYYY-MM-DD. */
  date: string;
  days: 10 | 30;
  orders: number;
  late: number;
  lateRate: number | null;
}

export interface UnshippedOrder {
  orderId: string;
  expectedShipDate: string;
  file: string;
  sheet?: string;
  row: number;
}

export interface PerformanceReconciliation {
  /** Amazon's target for the late shipment rate (0.04 = 4%). */
  target: number;
  /** The day the fix took effect (case.json performance.fixDate). */
  fixDate: string;
  /** The day the numbers are taken at (the build date). */
  asOf: string;
  span: { from: string; to: string } | null;
  total: RateCount;
  /** Orders whose expected ship date is before the fix date. */
  before: RateCount;
  /** Orders whose expected ship date is on or after the fix date. */
  after: RateCount;
  weekly: WeeklyRate[];
  /** Amazon's rolling windows ending on every day of the span. */
  rolling: RollingRate[];
  /** The rolling 10- and 30-day rates ending on the last day of the span. */
  latest: { days10: RollingRate | null; days30: RollingRate | null };
  unshipped: UnshippedOrder[];
  /**
   * Wrong-item orders with what was done for the buyer, when the log has a column for it
   * (`remedy`); undefined when it has none.
   */
  wrongItemOrders?: {
    orderId: string;
    expectedShipDate: string;
    remedy?: string;
    file: string;
    sheet?: string;
    row: number;
  }[];
  findings: Finding[];
}
