/**
 * What Amazon accepts as evidence of a purchase: a completed transaction (not a quote, pro forma
 * or order confirmation), an invoice issued in the 365 days before the notice, addressed to the
 * seller. A document failing one of these is left out of the combined PDF and the upload set by
 * default, and listed in the evidence index as not submitted, with the reason.
 */
import type { Case, CaseDocument } from '../case/schema.js';
import { addDays } from '../dates.js';
import type { NotSubmittedReason } from '../compose/model.js';
import { companyKey, invoiceKey } from '../reconcile/normalise.js';
import type { Reconciliation } from '../reconcile/types.js';
import type { InvoiceStatus } from '../records/types.js';
import { scanLines } from '../reconcile/lines.js';

/** Why `d` would not be accepted, or undefined when it would. */
export function notAcceptedReason(
  c: Case,
  d: CaseDocument,
  rec?: Reconciliation,
): NotSubmittedReason | undefined {
  const key = d.invoiceNumber !== undefined ? invoiceKey(d.invoiceNumber) : undefined;
  const lines: { status: InvoiceStatus; buyerName?: string }[] = [];
  if (key && rec)
    for (const table of [rec.detail.invoiceLines ?? [], rec.detail.excludedInvoiceLines ?? []])
      scanLines<{ invoiceNumber: string; status: InvoiceStatus; buyerName?: string }>(
        table,
        (l) => {
          if (invoiceKey(l.invoiceNumber) === key)
            lines.push({ status: l.status, ...(l.buyerName ? { buyerName: l.buyerName } : {}) });
        },
      );
  // not a completed purchase: the document says so, or its invoice lines do
  if (d.status !== 'final') return { code: d.status };
  for (const l of lines) if (l.status !== 'final') return { code: l.status };
  if (d.kind === 'invoice' && d.issueDate) {
    const window = rec?.window ?? {
      from: addDays(c.notice.receivedOn, -365),
      to: c.notice.receivedOn,
    };
    if (d.issueDate < window.from || d.issueDate > window.to)
      return { code: 'outsideWindow', date: d.issueDate, from: window.from, to: window.to };
  }
  if (d.kind === 'invoice' || d.kind === 'delivery-note') {
    const legal = companyKey(c.seller.legalName);
    const buyer = [d.buyerName, ...lines.map((l) => l.buyerName)].find(
      (n): n is string => !!n && !!n.trim() && companyKey(n) !== legal,
    );
    if (buyer) return { code: 'otherBuyer', buyer, legalName: c.seller.legalName };
  }
  return undefined;
}
