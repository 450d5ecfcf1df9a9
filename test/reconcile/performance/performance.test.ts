import { describe, expect, it } from 'vitest';
import { reconcilePerformance } from '../../../src/reconcile/performance/index.js';
import { rollingRates, weekStart } from '../../../src/reconcile/performance/rates.js';
import { caseSchema } from '../../../src/case/schema.js';
import { emptyRecords, type ShippingRow } from '../../../src/records/types.js';
import { validCase } from '../../helpers/valid-case.js';

let row = 1;
function order(
  orderId: string,
  expected: string,
  shipped?: string,
  extra: Partial<ShippingRow> = {},
): ShippingRow {
  return {
    orderId,
    orderDate: expected,
    expectedShipDate: expected,
    shippedDate: shipped,
    cancelled: false,
    wrongItem: false,
    src: { file: 'records/shipping.txt', row: ++row },
    ...extra,
  };
}

// Fix on Tue 2026-03-10, numbers taken on 2026-03-20. 2026-03-02, -09 and -16 are Mondays.
const log: ShippingRow[] = [
  order('O1', '2026-03-02', '2026-03-02'), // on time
  order('O2', '2026-03-03', '2026-03-05'), // late
  order('O3', '2026-03-04', '2026-03-06'), // late
  order('O4', '2026-03-05', undefined, { cancelled: true }), // not counted
  order('O5', '2026-03-06', '2026-03-06', { wrongItem: true }), // on time, wrong item
  order('O6', '2026-03-09', '2026-03-09'), // on time
  order('O7', '2026-03-10', '2026-03-10'), // on time (first day after the fix)
  order('O8', '2026-03-11', '2026-03-11'), // on time
  order('O9', '2026-03-12'), // unshipped, date passed at 03-20 → late
  order('O10', '2026-03-16', '2026-03-15'), // early
];

function perfCase() {
  const c = validCase();
  c.kind = 'performance';
  c.performance = { fixDate: '2026-03-10' };
  c.narrative = {};
  c.notice.citedAsins = [];
  return caseSchema.parse(c);
}

describe('reconcilePerformance', () => {
  const records = { ...emptyRecords(), shippingLog: log };
  const r = reconcilePerformance(perfCase(), records, '2026-03-20');

  it('counts before and after the fix (worked out by hand)', () => {
    // before: O1 O2 O3 O5 O6 = 5 orders (O4 cancelled); late O2 O3 = 2 → 40%; wrong O5 = 1 → 20%
    expect(r.before).toEqual({
      orders: 5,
      late: 2,
      lateRate: 0.4,
      wrongItems: 1,
      wrongItemRate: 0.2,
    });
    // after: O7 O8 O9 O10 = 4; late O9 (unshipped, 03-12 < 03-20) = 1 → 25%
    expect(r.after).toEqual({
      orders: 4,
      late: 1,
      lateRate: 0.25,
      wrongItems: 0,
      wrongItemRate: 0,
    });
    // total: 9 orders, 3 late, 1 wrong
    expect(r.total.orders).toBe(9);
    expect(r.total.late).toBe(3);
    expect(r.total.lateRate).toBeCloseTo(1 / 3, 10);
  });

  it('groups by ISO week starting Monday', () => {
    // week 03-02: O1 O2 O3 O5 (O4 cancelled) → 4 orders, 2 late; week 03-09: O6 O7 O8 O9 → 4, 1 late; week 03-16: O10
    expect(r.weekly.map((w) => [w.weekStart, w.orders, w.late])).toEqual([
      ['2026-03-02', 4, 2],
      ['2026-03-09', 4, 1],
      ['2026-03-16', 1, 0],
    ]);
    expect(weekStart('2026-03-08')).toBe('2026-03-02'); // Sunday belongs to the week before
  });

  it("computes Amazon's rolling 10- and 30-day windows, ending on the day the numbers are taken", () => {
    // 10 days ending 03-20 (the day the numbers are taken, not the log's last ship-by date
    // 03-16): 03-11…03-20 → O8 O9 O10 = 3 orders, 1 late (O9) → 33.3%
    expect(r.latest.days10).toEqual({
      date: '2026-03-20',
      days: 10,
      orders: 3,
      late: 1,
      lateRate: 1 / 3,
    });
    // 30 days ending 03-20 hold every counted order: 9 orders, 3 late
    expect(r.latest.days30?.orders).toBe(9);
    expect(r.latest.days30?.late).toBe(3);
    expect(r.latest.days30?.date).toBe('2026-03-20');
    // first day of the span: only O1
    expect(r.rolling[0]).toEqual({ date: '2026-03-02', days: 10, orders: 1, late: 0, lateRate: 0 });
    // 03-02 … 03-20: 19 days, one entry per day per window
    expect(r.rolling.filter((x) => x.days === 10)).toHaveLength(19);
  });

  it('never counts a window past the day the numbers are taken', () => {
    // taken on 03-12: O10 (due 03-16) is in no window, and O9 (due 03-12, unshipped) is not late
    // yet; 10 days ending 03-12: 03-03…03-12 → O2 O3 O5 O6 O7 O8 O9 = 7 orders, late O2 O3
    const early = reconcilePerformance(perfCase(), records, '2026-03-12');
    expect(early.latest.days10).toEqual({
      date: '2026-03-12',
      days: 10,
      orders: 7,
      late: 2,
      lateRate: 2 / 7,
    });
    expect(early.rolling.every((x) => x.date <= '2026-03-12')).toBe(true);
  });

  it('lists unshipped orders and raises findings', () => {
    expect(r.unshipped).toEqual([
      { orderId: 'O9', expectedShipDate: '2026-03-12', file: 'records/shipping.txt', row: 10 },
    ]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['UNSHIPPED_ORDERS', 'error'],
      ['LATE_RATE_ABOVE_TARGET', 'warning'],
    ]);
    expect(r.findings[0]!.message.ja).toContain('O9');
  });

  it('is clean when every order since the fix shipped on time', () => {
    const good = log.filter((o) => o.orderId !== 'O9');
    const g = reconcilePerformance(
      perfCase(),
      { ...emptyRecords(), shippingLog: good },
      '2026-03-20',
    );
    expect(g.findings).toEqual([]);
    expect(g.after.lateRate).toBe(0);
  });

  it('rolling windows: a late order leaves the window after `days` days', () => {
    const rows = [order('A', '2026-01-01', '2026-01-03'), order('B', '2026-01-11', '2026-01-11')];
    const w = rollingRates(rows, '2026-02-01', '2026-01-01', '2026-01-11', 10);
    expect(w.at(-2)).toMatchObject({ date: '2026-01-10', orders: 1, late: 1 });
    expect(w.at(-1)).toMatchObject({ date: '2026-01-11', orders: 1, late: 0 });
  });
});
