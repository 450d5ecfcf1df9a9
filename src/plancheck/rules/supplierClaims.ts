/**
 * PLAN_SUPPLIER_CLAIM: what the text says about where the goods came from, against the invoice
 * lines. A reviewer holding a wholesaler's invoice stops trusting a plan that says every unit came
 * from the manufacturer.
 * - A claim (すべてメーカーから直接仕入れています, "all units were purchased from authorised
 *   distributors") while counted invoice lines in the window come from a wholesaler, retailer or
 *   marketplace: the sentence, each such supplier and its units.
 * - A buying rule with a date (2026年11月4日以降はメーカー・正規代理店のみから仕入れます, "from 4
 *   November 2026 we buy only from manufacturers") contradicted by such purchases issued after it.
 * A sentence that names ASINs speaks only of them. Needs the reconciliation.
 */
import type { Problem } from '../../errors.js';
import { scanLines } from '../../reconcile/lines.js';
import { invoiceList } from '../../reconcile/finding.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { AUTHORISED_ONLY_CLAIM, AUTHORISED_ONLY_RULE } from '../phrases.js';
import { datesIn, matchesAny, unquoted } from '../text.js';

const UNAUTHORISED = new Set(['wholesaler', 'retailer', 'marketplace']);

export function supplierClaimRule(ctx: PlanContext): Problem[] {
  const rec = ctx.rec;
  if (!rec) return [];
  const kind = new Map(ctx.c.suppliers.map((s) => [s.id, s]));
  const asins = ctx.c.products.map((p) => p.asin);
  const out: Problem[] = [];
  for (const sec of ctx.sections)
    for (const s of sec.sentences) {
      const plain = unquoted(s);
      const rule = matchesAny(plain, AUTHORISED_ONLY_RULE);
      const claim = !rule && matchesAny(plain, AUTHORISED_ONLY_CLAIM);
      if (!rule && !claim) continue;
      // a rule says nothing about purchases before it took effect; without a date, nothing
      const since = rule ? datesIn(s).full.sort()[0] : undefined;
      if (rule && !since) continue;
      const named = asins.filter((a) => s.includes(a));
      // the lines the sentence speaks of, added up per supplier as they are read (there may be
      // millions: no object is made per line)
      const by = new Map<string, Bought>();
      scanLines(rec.detail.invoiceLines, (l) => {
        const id = l.supplierId;
        if (id === undefined || !UNAUTHORISED.has(kind.get(id)?.kind ?? '')) return;
        if (named.length && !named.includes(l.asin)) return;
        if (since && !(l.issueDate > since)) return;
        let e = by.get(id);
        if (!e) by.set(id, (e = { units: 0, invoices: new Set<string>() }));
        e.units += l.quantity;
        e.invoices.add(l.invoiceNumber);
      });
      if (!by.size) continue;
      const suppliersJa = summarise(by, kind, 'ja');
      const suppliersEn = summarise(by, kind, 'en');
      out.push(
        planProblem(
          'PLAN_SUPPLIER_CLAIM',
          sectionWhere(sec.id),
          rule ? 'supplierRule' : 'supplierClaim',
          { ...titleParams(sec.id), quote: q(s), suppliersJa, suppliersEn, since: since ?? '' },
          'warning',
          {
            expected: rule ? `no purchase after ${since}` : 'manufacturer / authorized-distributor',
          },
        ),
      );
    }
  return out;
}

/** Units and invoice numbers of one supplier's lines. */
interface Bought {
  units: number;
  invoices: Set<string>;
}

const KIND_NAMES: Record<string, { ja: string; en: string }> = {
  wholesaler: { ja: '卸売業者', en: 'wholesaler' },
  retailer: { ja: '小売店', en: 'retailer' },
  marketplace: { ja: 'マーケットプレイス', en: 'marketplace' },
};

/** "株式会社東雲トレード（卸売業者、請求書 0005127 ほか、124個）" per supplier, in order. */
function summarise(
  by: Map<string, Bought>,
  suppliers: Map<string, { name: string; kind: string }>,
  lang: 'ja' | 'en',
): string {
  return [...by.entries()]
    .map(([id, e]) => {
      const s = suppliers.get(id)!;
      const k = KIND_NAMES[s.kind]![lang];
      // at most MAX_NAMED_INVOICES numbers, then how many more (a supplier may have millions)
      const inv = invoiceList([...e.invoices].sort());
      return lang === 'ja'
        ? `${s.name}（${k}、請求書 ${inv}、${e.units}個）`
        : `${s.name} (${k}, invoice ${inv}, ${e.units} units)`;
    })
    .join(lang === 'ja' ? '、' : '; ');
}
