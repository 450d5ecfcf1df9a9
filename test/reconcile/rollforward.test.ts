/** The unit roll-forward from the Inventory Ledger summary and ROLL_FORWARD_GAP. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import type { LedgerSummaryRow } from '../../src/records/types.js';
import { ASIN_A, aCase, doc, line, order, records, ret } from './builders.js';

let n = 1;
const sum = (o: Partial<LedgerSummaryRow>): LedgerSummaryRow => ({
  date: '2025-05-01',
  sku: 'SKU-A',
  fnsku: 'X001',
  receipts: 0,
  customerShipments: 0,
  customerReturns: 0,
  disposition: 'SELLABLE',
  startingBalance: 0,
  endingBalance: 0,
  src: { file: 'records/ledger-summary.txt', row: ++n },
  ...o,
});

const run = (rows: LedgerSummaryRow[]) =>
  reconcile(
    aCase({ documents: [doc('INV-1')] }),
    records({
      orders: [order({ quantity: 3 })],
      returns: [ret()],
      ledgerSummary: rows,
      invoiceLines: [line({ quantity: 20, issueDate: '2025-04-01' })],
    }),
  );

describe('roll-forward', () => {
  it('ties: start + receipts − shipments + returns − removals − disposals ± adjustments = end', () => {
    const rec = run([
      // May: 5 + 10 − 3 + 1 − 2 − 1 + (1 − 1) = 10
      sum({
        date: '2025-05-01',
        startingBalance: 5,
        receipts: 10,
        customerShipments: -3,
        customerReturns: 1,
        vendorReturns: -2,
        disposed: -1,
        found: 1,
        lost: -1,
        endingBalance: 10,
      }),
      // June: 10 − 4 = 6
      sum({ date: '2025-06-01', startingBalance: 10, customerShipments: -4, endingBalance: 6 }),
      // the unsellable series of the same FNSKU: 0 + 1 (damaged moved in) = 1
      sum({ date: '2025-06-01', disposition: 'DEFECTIVE', damaged: 1, endingBalance: 1 }),
      // before the window: not used
      sum({ date: '2025-02-01', startingBalance: 99, endingBalance: 5 }),
    ]);
    expect(rec.rollForward).toEqual([
      {
        asin: ASIN_A,
        cited: true,
        from: '2025-05-01',
        to: '2025-06-01',
        starting: 5,
        receipts: 10,
        customerShipments: 7,
        customerReturns: 1,
        removals: 2,
        disposals: 1,
        adjustments: 1,
        ending: 7,
        difference: 0,
      },
    ]);
    expect(rec.findings.map((f) => f.code)).not.toContain('ROLL_FORWARD_GAP');
  });

  it('a gap is a finding saying by how much', () => {
    const rec = run([
      sum({ date: '2025-05-01', startingBalance: 5, receipts: 10, endingBalance: 15 }),
      // the next period starts from 13, not 15: 2 units unexplained
      sum({ date: '2025-06-01', startingBalance: 13, customerShipments: -3, endingBalance: 10 }),
    ]);
    expect(rec.rollForward![0]!.difference).toBe(-2);
    const f = rec.findings.find((x) => x.code === 'ROLL_FORWARD_GAP')!;
    expect(f).toMatchObject({ asin: ASIN_A, severity: 'warning' });
    expect(f.message.en).toContain(
      'starting balance 5 plus movements gives 12, but the ending balance is 10 (difference -2)',
    );
  });

  it('a month row (MM/YYYY) counts when the month overlaps the window, shown as a month', () => {
    // the window starts 2025-03-31: March 2025 overlaps it, February does not
    const rec = run([
      sum({ date: '2025-02-01', monthly: true, startingBalance: 0, receipts: 4, endingBalance: 4 }),
      sum({
        date: '2025-03-01',
        monthly: true,
        startingBalance: 4,
        receipts: 6,
        endingBalance: 10,
      }),
      sum({
        date: '2025-04-01',
        monthly: true,
        startingBalance: 10,
        customerShipments: -3,
        endingBalance: 7,
      }),
    ]);
    expect(rec.rollForward![0]).toMatchObject({
      from: '2025-03',
      to: '2025-04',
      starting: 4,
      receipts: 6,
      customerShipments: 3,
      ending: 7,
      difference: 0,
    });
  });

  it('needs both balances on every row of the ASIN', () => {
    const { startingBalance: _s, ...noStart } = sum({ endingBalance: 3, receipts: 3 });
    expect(run([noStart as LedgerSummaryRow]).rollForward).toBeUndefined();
  });
});
