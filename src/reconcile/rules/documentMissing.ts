/** DOCUMENT_MISSING (error): a counted invoice number has no original in case.json documents. */
import type { Ctx } from '../context.js';
import { at, finding, listed } from '../finding.js';
import type { Finding } from '../types.js';
import { invoiceGroups, supplierLabel } from './invoices.js';

export function documentMissing(ctx: Ctx): Finding[] {
  const groups = invoiceGroups(ctx, (c) => !c.excluded && !c.document);
  return listed(
    groups.listed,
    (g) => {
      const first = g.first;
      return finding(
        'DOCUMENT_MISSING',
        'error',
        { invoice: g.invoice, units: g.units, supplier: supplierLabel(first) },
        {
          invoice: g.invoice,
          supplier: supplierLabel(first),
          asin: g.asin,
          ...at(first.line.src),
        },
      );
    },
    groups.count,
  );
}
