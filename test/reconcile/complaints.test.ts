/** Complaint units: returns whose comment doubts authenticity, their fate and inspection. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { ASIN_A, aCase, doc, line, order, receipt, records, ret } from './builders.js';

function run(documents: Parameters<typeof aCase>[0]['documents'] = []) {
  return reconcile(
    aCase({ documents: [doc('INV-1'), ...(documents ?? [])] }),
    records({
      orders: [order({ quantity: 5 })],
      receipts: {
        ledgerDetail: [receipt({ date: '2025-04-20', quantity: 5 })],
        receivedInventory: [],
      },
      invoiceLines: [line({ quantity: 5 })],
      returns: [
        ret({ orderId: '503-1', lpn: 'LPN001', comment: '偽物です', disposition: 'SELLABLE' }),
        ret({
          orderId: '503-2',
          lpn: 'LPN002',
          comment: 'counterfeit',
          disposition: 'CUSTOMER_DAMAGED',
          returnDate: '2025-08-01',
        }),
        ret({ orderId: '503-3', comment: 'fake item', returnDate: '2025-09-01' }),
        ret({ orderId: '503-4', lpn: 'LPN004', comment: 'too small' }),
      ],
      reimbursements: [
        {
          approvalDate: '2025-08-20',
          reimbursementId: 'R1',
          orderId: '503-2',
          asin: ASIN_A,
          reason: 'CustomerReturn',
          quantity: 1,
          src: { file: 'records/reimb.txt', row: 2 },
        },
      ],
    }),
  );
}

describe('complaint units', () => {
  it('lists each fake-comment return with order id, LPN, disposition and fate', () => {
    const units = run().complaintUnits!;
    expect(units.map((u) => [u.orderId, u.lpn, u.disposition, u.outcome])).toEqual([
      ['503-1', 'LPN001', 'SELLABLE', 'sellable'],
      ['503-2', 'LPN002', 'CUSTOMER_DAMAGED', 'reimbursed'],
      ['503-3', undefined, undefined, 'unknown'],
    ]);
  });

  it('a document naming the LPN covers the unit; the others are findings', () => {
    const rec = run([
      {
        file: 'documents/inspection.pdf',
        kind: 'inspection',
        lpns: ['lpn001 '.trim().toUpperCase()],
      },
    ]);
    expect(rec.complaintUnits![0]!.inspection).toBe('documents/inspection.pdf');
    const fs = rec.findings.filter((f) => f.code === 'COMPLAINT_NOT_INSPECTED');
    expect(fs.map((f) => [f.severity, f.date])).toEqual([
      ['warning', '2025-08-01'],
      ['warning', '2025-09-01'],
    ]);
    expect(fs[0]!.message.en).toContain('LPN LPN002');
    expect(fs[1]!.message.en).toContain('gives no LPN');
    // the covered unit's comment is answered by its inspection record: no COUNTERFEIT_MENTION
    const fake = rec.findings.filter((f) => f.code === 'COUNTERFEIT_MENTION');
    expect(fake.map((f) => f.date)).toEqual(['2025-08-01', '2025-09-01']);
    expect(run().findings.filter((f) => f.code === 'COUNTERFEIT_MENTION')).toHaveLength(3);
  });
});
