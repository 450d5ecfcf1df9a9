/**
 * SUPPLIER_INCOMPLETE (error): a supplier of a counted invoice lacks a name, address, phone or
 * website in case.json (Amazon may call the supplier), or is not in case.json at all.
 */
import type { ClassifiedLine, Ctx } from '../context.js';
import { at, finding, invoiceList, listed, listParam } from '../finding.js';
import { companyKey } from '../normalise.js';
import type { Finding } from '../types.js';

const FIELDS = ['name', 'address', 'phone', 'website'] as const;

export function supplierIncomplete(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const counted = ctx.lines.filter((l) => !l.excluded);
  const invoicesOf = (ls: ClassifiedLine[]) => invoiceList(ls.map((l) => l.line.invoiceNumber));
  for (const [i, s] of ctx.c.suppliers.entries()) {
    const ls = counted.filter((l) => l.supplier?.id === s.id);
    if (!ls.length) continue;
    const missing = FIELDS.filter((f) => !(s[f] ?? '').trim());
    if (!missing.length) continue;
    out.push(
      finding(
        'SUPPLIER_INCOMPLETE',
        'error',
        { supplier: s.name, id: s.id, invoices: invoicesOf(ls) },
        { supplier: s.name, file: 'case.json', jsonPath: `$.suppliers[${i}]` },
        {
          perLang: {
            ja: { fields: listParam(missing.map((f) => `reconcile.field.${f}`)).ja },
            en: { fields: listParam(missing.map((f) => `reconcile.field.${f}`)).en },
          },
        },
      ),
    );
  }
  const unknown = new Map<string, ClassifiedLine[]>();
  for (const l of counted) {
    if (l.supplier) continue;
    const k = companyKey(l.line.supplier);
    const same = unknown.get(k);
    if (same) same.push(l);
    else unknown.set(k, [l]);
  }
  out.push(
    ...listed([...unknown.values()], (ls) => {
      const first = ls[0]!;
      return finding(
        'SUPPLIER_INCOMPLETE',
        'error',
        { supplier: first.line.supplier, invoices: invoicesOf(ls) },
        { supplier: first.line.supplier, ...at(first.line.src) },
        { variant: 'unknown' },
      );
    }),
  );
  return out;
}
