/** The invoice → shipment → receipt trace and RECEIVED_BEFORE_INVOICED naming the shipment. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { reconciliationJson } from '../../src/reconcile/json.js';
import { MAX_TRACE_INVOICES } from '../../src/reconcile/trace.js';
import { ASIN_A, aCase, doc, line, order, receipt, records, ret } from './builders.js';

const inv = (n: string, issueDate: string, quantity: number) =>
  line({ invoiceNumber: n, issueDate, quantity });
const rcv = (date: string, reference: string | undefined, quantity: number) =>
  receipt({ date, quantity, ...(reference ? { reference } : {}) });

function traceCase(receipts: ReturnType<typeof rcv>[], lines: ReturnType<typeof inv>[]) {
  return {
    c: aCase({ documents: lines.map((l) => doc(l.invoiceNumber)) }),
    r: records({
      orders: [order({ quantity: 1 })],
      returns: [ret()],
      receipts: { ledgerDetail: receipts, receivedInventory: [] },
      invoiceLines: lines,
    }),
  };
}

describe('trace', () => {
  it('allocates receipts to invoices in date order: covers, remaining, shipments split', () => {
    const { c, r } = traceCase(
      [
        rcv('2025-04-20', 'FBA15AAA', 6), // INV-1 (04-15, 4) then INV-2 (04-18, 5): 4 + 2
        rcv('2025-05-02', 'FBA15BBB', 3), // INV-2: 3 of its remaining 3
        rcv('2025-05-02', 'FBA15BBB', 1), // same shipment and day: merged into 4
        rcv('2025-06-10', 'FBA15CCC', 2), // INV-3 (06-01, 10): 2, leaves 8
      ],
      [
        inv('INV-3', '2025-06-01', 10),
        inv('INV-1', '2025-04-15', 4),
        inv('INV-2', '2025-04-18', 5),
      ],
    );
    const rec = reconcile(c, r);
    const a = rec.trace!.find((t) => t.asin === ASIN_A)!;
    expect(a.invoices.map((i) => [i.invoice, i.date, i.units, i.covers, i.remaining])).toEqual([
      ['INV-1', '2025-04-15', 4, [{ date: '2025-04-20', shipment: 'FBA15AAA', units: 4 }], 0],
      [
        'INV-2',
        '2025-04-18',
        5,
        [
          { date: '2025-04-20', shipment: 'FBA15AAA', units: 2 },
          { date: '2025-05-02', shipment: 'FBA15BBB', units: 3 },
        ],
        0,
      ],
      ['INV-3', '2025-06-01', 10, [{ date: '2025-06-10', shipment: 'FBA15CCC', units: 2 }], 8],
    ]);
    // the 4th unit of FBA15BBB (05-02) has no invoice left: INV-3 is issued 06-01
    expect(a.uncovered).toEqual([{ date: '2025-05-02', shipment: 'FBA15BBB', units: 1 }]);
    expect(a.invoiced).toBe(19);
    expect(a.received).toBe(12);
    const f = rec.findings.filter((x) => x.code === 'RECEIVED_BEFORE_INVOICED');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ asin: ASIN_A, date: '2025-05-02', severity: 'error' });
    // by 05-02: 6 + 4 received, 4 + 5 invoiced
    expect(f[0]!.message.en).toContain('FBA shipment FBA15BBB (received 2025-05-02, 1 unit)');
    expect(f[0]!.message.en).toContain('Amazon had received 10 units');
    expect(f[0]!.message.en).toContain('cover only 9 (1 unit reached Amazon before being bought)');
    expect(f[0]!.message.ja).toContain('FBA 納品 FBA15BBB');
  });

  it('names the first uncovered shipment and counts the others', () => {
    const { c, r } = traceCase(
      [
        rcv('2025-04-01', 'FBA15X1', 2),
        rcv('2025-04-03', 'FBA15X2', 3),
        rcv('2025-05-01', 'FBA15X3', 1),
      ],
      [inv('INV-1', '2025-04-20', 6)],
    );
    const rec = reconcile(c, r);
    const f = rec.findings.find((x) => x.code === 'RECEIVED_BEFORE_INVOICED')!;
    expect(f.date).toBe('2025-04-01');
    expect(f.message.en).toContain('FBA15X1');
    expect(f.message.en).toContain('1 more receipt is in the same case, 5 units in all');
    const a = rec.trace!.find((t) => t.asin === ASIN_A)!;
    expect(a.invoices[0]!.covers).toEqual([{ date: '2025-05-01', shipment: 'FBA15X3', units: 1 }]);
    expect(a.invoices[0]!.remaining).toBe(5);
  });

  it('without a shipment id (ledger summary rows) names the day', () => {
    const { c, r } = traceCase([rcv('2025-04-01', undefined, 2)], [inv('INV-1', '2025-04-20', 2)]);
    const f = reconcile(c, r).findings.find((x) => x.code === 'RECEIVED_BEFORE_INVOICED')!;
    expect(f.message.en).toContain('the receipt of 2025-04-01 (2 units)');
  });

  it('is in reconcile --json for the cited ASINs only', () => {
    const { c, r } = traceCase([rcv('2025-04-20', 'FBA15AAA', 2)], [inv('INV-1', '2025-04-15', 2)]);
    const json = reconciliationJson(reconcile(c, r), 'en');
    expect(json.trace).toEqual([
      {
        asin: ASIN_A,
        invoiced: 2,
        received: 2,
        invoices: [
          {
            invoice: 'INV-1',
            date: '2025-04-15',
            supplier: 'sup1',
            units: 2,
            counted: true,
            receipts: [{ date: '2025-04-20', shipment: 'FBA15AAA', units: 2 }],
            remaining: 0,
          },
        ],
        receivedBeforeInvoiced: [],
      },
    ]);
  });
});

const invNo = (i: number) => `INV-${String(i).padStart(4, '0')}`;

describe('a trace of more than MAX_TRACE_INVOICES invoices', () => {
  it('lists the first ones and those covering receipts; the rest are counted with their units', () => {
    const n = MAX_TRACE_INVOICES + 30;
    const day = (i: number) =>
      `2025-${String(4 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const lines = Array.from({ length: n }, (_, i) =>
      line({ invoiceNumber: invNo(i), issueDate: day(i), quantity: 2 }),
    );
    // received: all units of the first MAX_TRACE_INVOICES + 10 invoices, on the last one's day
    const covered = MAX_TRACE_INVOICES + 10;
    const c = aCase({ documents: lines.map((l) => doc(l.invoiceNumber)) });
    const r = records({
      orders: [order({ quantity: 1 })],
      returns: [ret()],
      receipts: {
        ledgerDetail: [
          receipt({ date: day(covered - 1), quantity: 2 * covered, reference: 'FBA1' }),
        ],
        receivedInventory: [],
      },
      invoiceLines: lines,
    });
    const rec = reconcile(c, r);
    const tr = rec.trace!.find((t) => t.asin === ASIN_A)!;
    expect(tr.invoices).toHaveLength(covered);
    expect(tr.invoices.every((i, k) => i.invoice === invNo(k) && i.covers.length === 1)).toBe(true);
    expect(tr.more).toEqual({
      invoices: n - covered,
      units: 2 * (n - covered),
      remaining: 2 * (n - covered),
    });
    expect([tr.invoiced, tr.received]).toEqual([2 * n, 2 * covered]);
    expect(rec.findings.filter((f) => f.code === 'RECEIVED_BEFORE_INVOICED')).toEqual([]);
    const json = reconciliationJson(rec, 'en').trace!.find((x) => x.asin === ASIN_A)!;
    expect([json.invoices.length, json.moreInvoices]).toEqual([covered, tr.more]);
  });
});
