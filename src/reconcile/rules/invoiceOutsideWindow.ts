/**
 * INVOICE_OUTSIDE_WINDOW (warning): an invoice issued before the window or after the notice; its
 * lines are not counted. Also invoice documents in case.json dated outside the window that have
 * no lines.
 */
import type { Ctx } from '../context.js';
import { at, finding, listed } from '../finding.js';
import { invoiceKey } from '../normalise.js';
import type { Finding } from '../types.js';
import { invoiceGroups, supplierLabel } from './invoices.js';

export function invoiceOutsideWindow(ctx: Ctx): Finding[] {
  const params = (date: string) => ({
    date,
    from: ctx.window.from,
    to: ctx.window.to,
  });
  const groups = invoiceGroups(ctx, (c) => c.excluded === 'outsideWindow');
  const out = listed(
    groups.listed,
    (g) => {
      const first = g.first;
      const date = first.line.issueDate.slice(0, 10);
      return finding(
        'INVOICE_OUTSIDE_WINDOW',
        'warning',
        { ...params(date), invoice: g.invoice, units: g.units },
        {
          invoice: g.invoice,
          supplier: supplierLabel(first),
          asin: g.asin,
          ...(first.document ? { file: first.document.file } : at(first.line.src)),
        },
        { variant: date > ctx.window.to ? 'after' : 'before' },
      );
    },
    groups.count,
  );
  for (const d of ctx.c.documents) {
    if (d.kind !== 'invoice' || !d.issueDate || d.status !== 'final' || ctx.inWindow(d.issueDate))
      continue;
    if (d.invoiceNumber && ctx.documentKey(invoiceKey(d.invoiceNumber)) !== undefined) continue;
    out.push(
      finding(
        'INVOICE_OUTSIDE_WINDOW',
        'warning',
        { ...params(d.issueDate), invoice: d.invoiceNumber ?? d.file, units: '-' },
        { invoice: d.invoiceNumber, file: d.file },
        { variant: d.issueDate > ctx.window.to ? 'after' : 'before' },
      ),
    );
  }
  return out;
}
