/** SUPPLIER_NOT_ACCEPTED (error): a counted invoice comes from a retailer or a marketplace. */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';
import { invoicesOf } from './invoices.js';

export function supplierNotAccepted(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const [i, s] of ctx.c.suppliers.entries()) {
    if (s.kind !== 'retailer' && s.kind !== 'marketplace') continue;
    const ls = invoicesOf(ctx, (_, c) => !c.excluded && c.supplier?.id === s.id);
    if (!ls.any) continue;
    out.push(
      finding(
        'SUPPLIER_NOT_ACCEPTED',
        'error',
        { supplier: s.name, invoices: ls.invoices, units: ls.units },
        { supplier: s.name, file: 'case.json', jsonPath: `$.suppliers[${i}].kind` },
        { variant: s.kind },
      ),
    );
  }
  return out;
}
