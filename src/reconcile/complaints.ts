/**
 * Complaint units: every return in the window whose comment doubts authenticity, with its order
 * id, LPN, disposition, what became of the unit (reimbursed, back in sellable stock, held as
 * unsellable) and the case.json document that names its LPN (an inspection record).
 */
import type { BaseCtx } from './context.js';
import { compactText } from './normalise.js';
import type { ComplaintUnit } from './types.js';

const UNSELLABLE = new Set([
  'DEFECTIVE',
  'CUSTOMER_DAMAGED',
  'CARRIER_DAMAGED',
  'DISTRIBUTOR_DAMAGED',
  'DAMAGED',
  'EXPIRED',
  'WAREHOUSE_DAMAGED',
]);

function outcome(disposition: string | undefined, reimbursed: boolean): ComplaintUnit['outcome'] {
  if (reimbursed) return 'reimbursed';
  const d = (disposition ?? '')
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (d === 'SELLABLE') return 'sellable';
  if (UNSELLABLE.has(d)) return 'unsellable';
  return 'unknown';
}

export function complaintUnits(ctx: BaseCtx): ComplaintUnit[] {
  const inspected = new Map<string, string>();
  for (const d of ctx.c.documents)
    for (const l of d.lpns)
      if (!inspected.has(compactText(l))) inspected.set(compactText(l), d.file);
  // a unit Amazon reimbursed (lost or damaged after the return) for that order and ASIN
  const reimbursed = new Set(
    ctx.records.reimbursements
      .filter((r) => r.orderId)
      .map((r) => `${r.orderId}\u0000${ctx.asinOf(r) ?? ''}`),
  );
  return ctx.returns
    .filter((r) => r.counterfeit)
    .map((r) => {
      const inspection = r.lpn ? inspected.get(compactText(r.lpn)) : undefined;
      return {
        asin: r.asin as string,
        date: r.returnDate.slice(0, 10),
        orderId: r.orderId,
        ...(r.lpn ? { lpn: r.lpn } : {}),
        quantity: r.quantity,
        reason: r.reason,
        ...(r.disposition ? { disposition: r.disposition } : {}),
        ...(r.status ? { status: r.status } : {}),
        ...(r.comment ? { comment: r.comment } : {}),
        outcome: outcome(r.disposition, reimbursed.has(`${r.orderId}\u0000${r.asin}`)),
        ...(inspection ? { inspection } : {}),
        src: r.src,
      };
    });
}
