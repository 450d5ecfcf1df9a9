/**
 * The reconciliation's numbers per product as the page shows them: value (null when unknown,
 * never 0), text in the case's language, and the record rows each came from.
 */
import type { Case } from '../case/schema.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import type { Reconciliation } from '../reconcile/types.js';
import type { Records } from '../records/types.js';
import { performanceSources, productSources } from './provenance.js';
import { joinSources } from './sources.js';
import type { NumberSource, ReviewNumber, ReviewProduct } from './types.js';

const units = (lang: Lang, n: number) =>
  tr(lang, 'serve.state.number.units', { n: formatNumber(n) });

function number(
  lang: Lang,
  key: string,
  value: number | null,
  text: string,
  sources: NumberSource[],
): ReviewNumber {
  return { key, label: tr(lang, `serve.state.number.${key}`), value, text, sources };
}

export function reviewProducts(
  c: Case,
  records: Records,
  rec: Reconciliation,
  lang: Lang,
): ReviewProduct[] {
  const sources = productSources(c, records, rec);
  const titles = new Map(c.products.map((p) => [p.asin, p.title]));
  const out: ReviewProduct[] = rec.products.map((p) => {
    const s = sources.get(p.asin)!;
    const rate = (r: number | null) =>
      r === null ? tr(lang, 'serve.state.number.none') : formatPercent(r);
    const title = titles.get(p.asin);
    return {
      asin: p.asin,
      ...(title !== undefined ? { title } : {}),
      cited: p.cited,
      numbers: [
        number(lang, 'invoiced', p.invoiced, units(lang, p.invoiced), s.invoiced),
        number(
          lang,
          'received',
          p.received,
          p.received === null ? tr(lang, 'serve.state.number.unknown') : units(lang, p.received),
          s.received,
        ),
        number(lang, 'sold', p.sold, units(lang, p.sold), s.sold),
        number(lang, 'returned', p.returned, units(lang, p.returned), s.returned),
        number(
          lang,
          'qualityReturns',
          p.qualityReturns,
          units(lang, p.qualityReturns),
          s.qualityReturns,
        ),
        number(
          lang,
          'counterfeitMentions',
          p.counterfeitMentions,
          units(lang, p.counterfeitMentions),
          s.counterfeitMentions,
        ),
        number(
          lang,
          'returnRate',
          p.returnRate,
          rate(p.returnRate),
          joinSources(s.returned, s.sold),
        ),
        number(lang, 'coverage', p.coverage, rate(p.coverage), joinSources(s.invoiced, s.sold)),
      ],
    };
  });
  const perf = rec.performance;
  if (perf) {
    const s = performanceSources(records, perf.asOf);
    const count = (n: number) => tr(lang, 'serve.state.number.orderCount', { n: formatNumber(n) });
    const pct = (r: number | null) =>
      r === null ? tr(lang, 'serve.state.number.noOrders') : formatPercent(r);
    out.push({
      asin: '',
      title: tr(lang, 'serve.state.perf.title'),
      cited: true,
      numbers: [
        number(lang, 'orders', perf.total.orders, count(perf.total.orders), s.orders),
        number(lang, 'late', perf.total.late, count(perf.total.late), s.late),
        number(lang, 'lateRate', perf.total.lateRate, pct(perf.total.lateRate), s.orders),
        number(
          lang,
          'wrongItems',
          perf.total.wrongItems,
          count(perf.total.wrongItems),
          s.wrongItems,
        ),
        number(
          lang,
          'wrongItemRate',
          perf.total.wrongItemRate,
          pct(perf.total.wrongItemRate),
          s.orders,
        ),
      ],
    });
  }
  return out;
}
