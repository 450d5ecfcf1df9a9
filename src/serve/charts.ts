/**
 * Charts as data for the page, with the report's numbers and labels: per cited ASIN the units
 * sold and returned per month (reconciliation.detail.monthly, the months the report's chart
 * shows), and for a performance case the weekly late shipment rate with Amazon's target (the
 * series compose's rateChart draws).
 */
import type { Case } from '../case/schema.js';
import { makeContext } from '../compose/context.js';
import { rateChart } from '../compose/sections/performance.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import { formatDayShort, formatMonthShort } from '../i18n/format.js';
import type { Reconciliation } from '../reconcile/types.js';
import type { ReviewChart } from './types.js';

export function reviewCharts(c: Case, rec: Reconciliation, lang: Lang): ReviewChart[] {
  const charts: ReviewChart[] = [];
  const months = [...new Set(rec.detail.monthly.map((r) => r.month))].sort();
  const labels = months.map((mo, i) =>
    formatMonthShort(mo, lang, i === 0 || mo.slice(0, 4) !== months[i - 1]!.slice(0, 4)),
  );
  for (const asin of rec.notice.citedAsins) {
    const rows = new Map(
      rec.detail.monthly.filter((r) => r.asin === asin).map((r) => [r.month, r] as const),
    );
    if (!months.length) break;
    charts.push({
      id: `monthly.${asin}`,
      title: tr(lang, 'serve.state.chart.monthly', { asin }),
      labels,
      series: [
        { name: tr(lang, 'report.series.sold'), values: months.map((m) => rows.get(m)?.sold ?? 0) },
        {
          name: tr(lang, 'report.series.returned'),
          values: months.map((m) => rows.get(m)?.returned ?? 0),
        },
      ],
      unit: 'units',
    });
  }
  const p = rec.performance;
  if (p?.span) {
    const ctx = makeContext({
      case: c,
      reconciliation: rec,
      lang,
      revision: '',
      buildDate: p.asOf,
      draft: true,
    });
    const model = rateChart(ctx, p);
    const wrong = model.series[2];
    charts.push({
      id: 'performance.weekly',
      title: model.title,
      labels: p.weekly.map((w) => formatDayShort(w.weekStart, lang)),
      series: [
        { name: model.series[0]!.name, values: p.weekly.map((w) => w.lateRate) },
        ...(wrong ? [{ name: wrong.name, values: p.weekly.map((w) => w.wrongItemRate) }] : []),
      ],
      target: p.target,
      unit: 'percent',
    });
  }
  return charts;
}
