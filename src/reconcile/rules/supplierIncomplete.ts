/**
 * SUPPLIER_INCOMPLETE (error): a supplier of a counted invoice lacks a name, address, phone or
 * website in case.json (Amazon may call the supplier), or is not in case.json at all.
 */
import type { Ctx } from '../context.js';
import { at, finding, listed, listParam } from '../finding.js';
import { classifiedLine } from '../lines.js';
import { companyKey } from '../normalise.js';
import type { Finding } from '../types.js';
import { invoicesOf } from './invoices.js';

const FIELDS = ['name', 'address', 'phone', 'website'] as const;

export function supplierIncomplete(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const [i, s] of ctx.c.suppliers.entries()) {
    const missing = FIELDS.filter((f) => !(s[f] ?? '').trim());
    if (!missing.length) continue;
    const ls = invoicesOf(ctx, (_, c) => !c.excluded && c.supplier?.id === s.id);
    if (!ls.any) continue;
    out.push(
      finding(
        'SUPPLIER_INCOMPLETE',
        'error',
        { supplier: s.name, id: s.id, invoices: ls.invoices },
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
  // counted lines of suppliers case.json does not name, by the name as compared, in the order
  // of their first line
  const { store, classes, classOf } = ctx.lines;
  const unknown = classes.map((c) => !c.excluded && !c.supplier);
  const groupOfName = new Map<string, number>();
  const groupOfFields = new Map<number, number>();
  const firsts: number[] = [];
  const groupOf = (e: number) => {
    const f = store.fieldsIndex(e);
    let g = groupOfFields.get(f);
    if (g === undefined) {
      const k = companyKey(store.fields[f]!.supplier);
      g = groupOfName.get(k);
      if (g === undefined) {
        groupOfName.set(k, (g = firsts.length));
        firsts.push(e);
      }
      groupOfFields.set(f, g);
    }
    return g;
  };
  for (let e = 0; e < store.length; e++) if (unknown[classOf[e]!]) groupOf(e);
  out.push(
    ...listed(firsts, (e) => {
      const first = classifiedLine(ctx.lines, e);
      const g = groupOf(e);
      const ls = invoicesOf(ctx, (i, c) => !c.excluded && !c.supplier && groupOf(i) === g);
      return finding(
        'SUPPLIER_INCOMPLETE',
        'error',
        { supplier: first.line.supplier, invoices: ls.invoices },
        { supplier: first.line.supplier, ...at(first.line.src) },
        { variant: 'unknown' },
      );
    }),
  );
  return out;
}
