/** SUPPLIER_NOT_ACCEPTED (error): a counted invoice comes from a retailer or a marketplace. */
import type { Ctx } from '../context.js';
import { finding, invoiceList } from '../finding.js';
import type { Finding } from '../types.js';

export function supplierNotAccepted(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const [i, s] of ctx.c.suppliers.entries()) {
    if (s.kind !== 'retailer' && s.kind !== 'marketplace') continue;
    const ls = ctx.lines.filter((l) => !l.excluded && l.supplier?.id === s.id);
    if (!ls.length) continue;
    out.push(
      finding(
        'SUPPLIER_NOT_ACCEPTED',
        'error',
        {
          supplier: s.name,
          invoices: invoiceList(ls.map((l) => l.line.invoiceNumber)),
          units: ls.reduce((n, l) => n + l.line.quantity, 0),
        },
        { supplier: s.name, file: 'case.json', jsonPath: `$.suppliers[${i}].kind` },
        { variant: s.kind },
      ),
    );
  }
  return out;
}
