/**
 * BUYER_MISMATCH (error): the buyer written on an invoice (its lines' buyer name, or the buyer
 * name of its document in case.json) is not the seller's legal name, compared after folding
 * width and case and removing spaces and 株式会社 / (株) / ㈱. Checked for counted invoices and
 * for documents that belong to no invoice line (they are attached all the same).
 */
import type { Ctx } from '../context.js';
import { at, distinct, finding, listed } from '../finding.js';
import { companyKey, invoiceKey } from '../normalise.js';
import type { Finding } from '../types.js';
import { groupByInvoice, supplierLabel } from './invoices.js';

export function buyerMismatch(ctx: Ctx): Finding[] {
  const legal = ctx.c.seller.legalName;
  const differs = (name: string) => companyKey(name) !== companyKey(legal);
  const wrongs = groupByInvoice(ctx.lines.filter((l) => !l.excluded)).flatMap((g) => {
    const first = g.lines[0]!;
    const names = distinct(
      [...g.lines.map((l) => l.line.buyerName), first.document?.buyerName].filter(
        (n): n is string => !!n && !!n.trim(),
      ),
    );
    const wrong = names.find(differs);
    return wrong === undefined ? [] : [{ g, first, wrong }];
  });
  const out = listed(wrongs, ({ g, first, wrong }) =>
    finding(
      'BUYER_MISMATCH',
      'error',
      { invoice: g.invoice, buyer: wrong, legalName: legal },
      {
        invoice: g.invoice,
        supplier: supplierLabel(first),
        ...(first.document ? { file: first.document.file } : at(first.line.src)),
      },
    ),
  );
  const withLines = new Set(ctx.lines.map((l) => l.invoiceKey));
  for (const d of ctx.c.documents) {
    if (!d.buyerName || !d.buyerName.trim() || !differs(d.buyerName)) continue;
    if (d.invoiceNumber && withLines.has(invoiceKey(d.invoiceNumber))) continue;
    out.push(
      finding(
        'BUYER_MISMATCH',
        'error',
        { invoice: d.invoiceNumber ?? d.file, buyer: d.buyerName, legalName: legal },
        { invoice: d.invoiceNumber, file: d.file },
      ),
    );
  }
  return out;
}
