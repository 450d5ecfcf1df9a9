/**
 * Every ASIN cited in the notice must be answered, with documents:
 * - PLAN_ASIN_NOT_ADDRESSED: the ASIN (or one of its SKUs, or its title) appears nowhere in the
 *   root cause, the actions sections or actionsTaken — "every root cause answered";
 * - PLAN_ASIN_NO_DOCUMENT: no document covers it. With a reconciliation: a counted invoice line
 *   of the ASIN whose original is a case document (documentFile, or a document with the same
 *   invoice number). Without one: an invoice or delivery note of one of the product's suppliers.
 */
import type { Case } from '../../case/schema.js';
import type { Problem } from '../../errors.js';
import type { Reconciliation } from '../../reconcile/types.js';
import { scanLines } from '../../reconcile/lines.js';
import { planProblem, type PlanContext } from '../context.js';
import { ALL_CITED } from '../phrases.js';
import { normalize } from '../text.js';

const DOC_KINDS = new Set(['invoice', 'delivery-note']);

function bySupplier(c: Case, asin: string): boolean {
  const product = c.products.find((p) => p.asin === asin);
  if (!product) return false;
  return c.documents.some(
    (d) => DOC_KINDS.has(d.kind) && !!d.supplierId && product.supplierIds.includes(d.supplierId),
  );
}

export function hasDocument(c: Case, rec: Reconciliation | undefined, asin: string): boolean {
  if (!rec) return bySupplier(c, asin);
  const invoiceNumbers = new Set(
    c.documents.filter((d) => d.invoiceNumber).map((d) => normalize(d.invoiceNumber!).trim()),
  );
  let any = false;
  let found = false;
  scanLines(rec.detail.invoiceLines, (l) => {
    if (found || l.asin !== asin) return;
    any = true;
    found =
      !!l.documentFile ||
      (invoiceNumbers.size > 0 && invoiceNumbers.has(normalize(l.invoiceNumber).trim()));
  });
  if (found) return true;
  // Documents that carry no invoice number cannot be matched to lines: fall back to suppliers.
  return any && invoiceNumbers.size === 0 && bySupplier(c, asin);
}

/**
 * Words of a product's title that name it alone: at least 4 characters, not the brand, and in no
 * other product's title ("真空断熱タンブラー" names the tumbler; "SHIRAMINE" names two products).
 */
export function distinctiveWords(c: Case, asin: string): string[] {
  const words = (t: string) =>
    normalize(t)
      .toLowerCase()
      .split(/[\s/・,、()（）]+/)
      .filter((w) => [...w].length >= 4);
  const product = c.products.find((p) => p.asin === asin);
  if (!product) return [];
  const others = new Set(
    c.products
      .filter((p) => p.asin !== asin)
      .flatMap((p) => [...words(p.title), ...words(p.brand)]),
  );
  const brand = new Set(words(product.brand));
  return words(product.title).filter((w) => !others.has(w) && !brand.has(w) && !/^\d/.test(w));
}

export function asinRule(ctx: PlanContext): Problem[] {
  const { c } = ctx;
  const out: Problem[] = [];
  const text = [
    ...ctx.sections
      .filter((s) => s.role === 'rootCause' || s.role === 'actionsTaken')
      .map((s) => s.text),
    ...c.actionsTaken.map((a) => normalize(a.what)),
  ].join('\n');
  const lower = text.toLowerCase();
  // "対象3ASINの出品を停止しました", "all cited ASINs": an action on every cited ASIN at once.
  const all = ALL_CITED.some((re) => re.test(text));
  c.notice.citedAsins.forEach((asin, i) => {
    const product = c.products.find((p) => p.asin === asin);
    const names = [asin, ...(product?.skus ?? []), ...(product ? [product.title] : [])]
      .map((n) => normalize(n).trim().toLowerCase())
      .concat(distinctiveWords(c, asin));
    if (!all && !names.some((n) => n.length >= 3 && lower.includes(n)))
      out.push(
        planProblem(
          'PLAN_ASIN_NOT_ADDRESSED',
          { file: 'case.json', jsonPath: `$.notice.citedAsins[${i}]` },
          'asinNotAddressed',
          { asin },
        ),
      );
    if (!hasDocument(c, ctx.rec, asin))
      out.push(
        planProblem(
          'PLAN_ASIN_NO_DOCUMENT',
          { file: 'case.json', jsonPath: `$.notice.citedAsins[${i}]` },
          'asinNoDocument',
          { asin },
        ),
      );
  });
  return out;
}
