/**
 * INVOICE_NOT_FINAL (warning): a quote, pro-forma or order confirmation, from the invoice lines
 * or from case.json documents; not counted, and not a document Amazon accepts as a purchase.
 */
import type { Ctx } from '../context.js';
import { at, finding, listed } from '../finding.js';
import { invoiceKey } from '../normalise.js';
import type { Finding } from '../types.js';
import { groupByInvoice, supplierLabel } from './invoices.js';

export function invoiceNotFinal(ctx: Ctx): Finding[] {
  const groups = groupByInvoice(ctx.lines.filter((l) => l.excluded === 'notFinal'));
  const reported = new Set(groups.map((g) => g.key));
  const out = listed(groups, (g) => {
    const first = g.lines[0]!;
    return finding(
      'INVOICE_NOT_FINAL',
      'warning',
      { invoice: g.invoice, units: g.units },
      {
        invoice: g.invoice,
        supplier: supplierLabel(first),
        asin: g.asin,
        ...(first.document ? { file: first.document.file } : at(first.line.src)),
      },
      { variant: first.status },
    );
  });
  for (const d of ctx.c.documents) {
    if (d.status === 'final') continue;
    if (d.invoiceNumber && reported.has(invoiceKey(d.invoiceNumber))) continue;
    const invoice = d.invoiceNumber ?? d.file;
    out.push(
      finding(
        'INVOICE_NOT_FINAL',
        'warning',
        { invoice, units: '-' },
        { invoice: d.invoiceNumber, file: d.file },
        { variant: d.status },
      ),
    );
  }
  return out;
}
