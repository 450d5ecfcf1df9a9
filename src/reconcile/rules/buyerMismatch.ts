/**
 * BUYER_MISMATCH (error): the buyer written on an invoice (its lines' buyer name, or the buyer
 * name of its document in case.json) is not the seller's legal name, compared after folding
 * width and case and removing spaces and 株式会社 / (株) / ㈱. Checked for counted invoices and
 * for documents that belong to no invoice line (they are attached all the same).
 */
import type { Ctx } from '../context.js';
import { at, finding, listed } from '../finding.js';
import { companyKey, invoiceKey } from '../normalise.js';
import type { Finding } from '../types.js';
import { invoiceGroups, supplierLabel } from './invoices.js';

export function buyerMismatch(ctx: Ctx): Finding[] {
  const legal = ctx.c.seller.legalName;
  const differs = (name: string) => companyKey(name) !== companyKey(legal);
  const named = (n: string | undefined): n is string => !!n && !!n.trim();
  const { store, classes, classOf } = ctx.lines;
  // per fields of the lines: whether their buyer is another one (worked out once each)
  const other = store.fields.map((f) => named(f.buyerName) && differs(f.buyerName));
  // the wrong buyer of an invoice: the first of its lines' buyers, then its document's, that
  // differs from the seller
  const docWrong = (e: number) => {
    const b = classes[classOf[e]!]!.document?.buyerName;
    return named(b) && differs(b) ? b : undefined;
  };
  const wrongs = invoiceGroups(ctx, (c) => !c.excluded, {
    mark: (e) => other[store.fieldsIndex(e)]!,
    pick: (first, marked) => marked >= 0 || docWrong(first) !== undefined,
  });
  // the first line of a listed group whose buyer differs, else its document's buyer
  const wrongOf = (g: (typeof wrongs.listed)[number]) =>
    g.marked >= 0 ? store.fieldsOf(g.marked).buyerName! : docWrong(g.first.entry)!;
  const out = listed(
    wrongs.listed,
    (g) => {
      const first = g.first;
      const wrong = wrongOf(g);
      return finding(
        'BUYER_MISMATCH',
        'error',
        { invoice: g.invoice, buyer: wrong, legalName: legal },
        {
          invoice: g.invoice,
          supplier: supplierLabel(first),
          ...(first.document ? { file: first.document.file } : at(first.line.src)),
        },
      );
    },
    wrongs.count,
  );
  for (const d of ctx.c.documents) {
    if (!d.buyerName || !d.buyerName.trim() || !differs(d.buyerName)) continue;
    if (d.invoiceNumber && ctx.documentKey(invoiceKey(d.invoiceNumber)) !== undefined) continue;
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
