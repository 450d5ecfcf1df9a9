/** reconcile on performance cases (pure): dispatch by kind, open orders not yet due, logs without ship dates. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { emptyRecords } from '../../src/records/types.js';
import { order, perfCase, perfRec } from './builders.js';

describe('reconcile, performance case', () => {
  it('puts the performance numbers in `performance` and their findings in `findings`', () => {
    const c = perfCase();
    const rec = perfRec(c, [order('2026-09-10', '2026-09-12'), order('2026-09-20')], '2026-10-01');
    expect(rec.products).toEqual([]);
    expect(rec.window).toEqual({ from: '2026-09-10', to: '2026-09-20' });
    expect(rec.performance!.asOf).toBe('2026-10-01');
    expect(rec.findings.map((f) => [f.code, f.severity])).toEqual([
      ['UNSHIPPED_ORDERS', 'error'],
      ['LATE_RATE_ABOVE_TARGET', 'warning'],
    ]);
    expect(rec.findings[0]).toMatchObject({ file: 'records/shipping.tsv', date: '2026-09-20' });
  });

  it('takes the last date of the log when no date is given', () => {
    const c = perfCase();
    const rows = [order('2026-09-10', '2026-09-12'), order('2026-09-20', '2026-09-23')];
    const rec = reconcile(c, { ...emptyRecords(), shippingLog: rows });
    expect(rec.performance!.asOf).toBe('2026-09-23');
  });

  it('an open order whose ship-by date has not passed is a warning, not late', () => {
    const c = perfCase();
    const rows = [order('2026-09-18', '2026-09-18'), order('2026-10-02')];
    const rec = perfRec(c, rows, '2026-10-01');
    expect(rec.performance!.after).toMatchObject({ orders: 2, late: 0 });
    expect(rec.findings.map((f) => [f.code, f.severity])).toEqual([
      ['UNSHIPPED_ORDERS', 'warning'],
    ]);
    expect(rec.findings[0]!.message.en).toContain('not shipped yet');
  });

  it('a file without any ship date gets one NO_SHIP_DATES error instead of one per order', () => {
    const c = perfCase();
    const rows = [order('2026-09-18'), order('2026-09-19'), order('2026-09-20')].map((r) => ({
      ...r,
      src: { file: 'records/orders.txt', row: r.src.row },
    }));
    const rec = perfRec(c, rows, '2026-10-01');
    expect(rec.findings.map((f) => f.code)).toEqual(['NO_SHIP_DATES', 'LATE_RATE_ABOVE_TARGET']);
    expect(rec.findings[0]!.message.en).toContain('records/orders.txt has no ship date');
  });

  it('leaves authenticity cases as they were (no performance key)', () => {
    const c = perfCase({}, {}, { kind: 'authenticity' });
    expect(reconcile(c, emptyRecords(), '2026-10-01').performance).toBeUndefined();
  });
});
