/**
 * INVOICE_NOT_FINAL (warning): a quote, pro-forma or order confirmation, from the invoice lines
 * or from case.json documents; not counted, and not a document Amazon accepts as a purchase.
 */
import type { Ctx } from '../context.js';
import { at, finding, listed } from '../finding.js';
import { invoiceKey } from '../normalise.js';
import { keyOf } from '../lines.js';
import type { Finding } from '../types.js';
import { invoiceGroups, supplierLabel } from './invoices.js';

export function invoiceNotFinal(ctx: Ctx): Finding[] {
  const groups = invoiceGroups(ctx, (c) => c.excluded === 'notFinal');
  const out = listed(
    groups.listed,
    (g) => {
      const first = g.first;
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
    },
    groups.count,
  );
  for (const d of ctx.c.documents) {
    if (d.status === 'final') continue;
    if (d.invoiceNumber && reported(ctx, invoiceKey(d.invoiceNumber))) continue;
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

/** True when lines of the invoice number (as compared) `key` were reported as not final. */
function reported(ctx: Ctx, key: string): boolean {
  const id = ctx.documentKey(key);
  if (id === undefined) return false;
  const { store, classOf, classes } = ctx.lines;
  for (let i = 0; i < store.length; i++)
    if (classes[classOf[i]!]!.excluded === 'notFinal' && keyOf(ctx.lines, i) === id) return true;
  return false;
}
