/** §6 units sold, returned and the return rate per ASIN, and the monthly chart. */
import { formatMonthShort, formatNumber, formatPercent } from '../../i18n/format.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';
import { returnsNotProvided } from './returns.js';

export function returnRatioBlocks(ctx: ComposeContext): Block[] {
  const { rec, m, lang } = ctx;
  if (!rec) return [{ kind: 'paragraph', runs: [{ text: m('report.noRecords') }] }];
  if (rec.sources?.returns === 'none') return returnsNotProvided(ctx);
  let sold = 0;
  let returned = 0;
  let quality = 0;
  const rows = rec.products.map((p) => {
    sold += p.sold;
    returned += p.returned;
    quality += p.qualityReturns;
    return {
      cells: [
        p.asin,
        formatNumber(p.sold),
        formatNumber(p.returned),
        formatPercent(p.returnRate ?? (p.sold > 0 ? p.returned / p.sold : null)),
        formatNumber(p.qualityReturns),
      ],
    };
  });
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        {
          text: m('report.ratio.lead', {
            from: ctx.date(rec.window.from),
            to: ctx.date(rec.window.to),
          }),
        },
      ],
    },
    {
      kind: 'table',
      table: {
        id: 'returnRatio',
        caption: m('report.ratio.caption'),
        columns: [
          { header: m('report.col.asin'), align: 'left', width: 1.3, nowrap: true },
          { header: m('report.col.sold'), align: 'right', width: 1 },
          { header: m('report.col.returned'), align: 'right', width: 1 },
          { header: m('report.col.returnRate'), align: 'right', width: 1 },
          { header: m('report.col.qualityReturns'), align: 'right', width: 1.2 },
        ],
        rows,
        totals: {
          cells: [
            m('report.total'),
            formatNumber(sold),
            formatNumber(returned),
            formatPercent(sold > 0 ? returned / sold : null),
            formatNumber(quality),
          ],
          tone: 'total',
        },
      },
    },
  ];
  const byMonth = new Map<string, { sold: number; returned: number }>();
  for (const r of rec.detail.monthly) {
    const e = byMonth.get(r.month) ?? { sold: 0, returned: 0 };
    e.sold += r.sold;
    e.returned += r.returned;
    byMonth.set(r.month, e);
  }
  const months = [...byMonth.keys()].sort();
  if (months.length)
    blocks.push({
      kind: 'chart',
      chart: {
        id: 'returnRatio.monthly',
        title: m('report.ratio.chart'),
        categories: months.map((mo, i) =>
          formatMonthShort(mo, lang, i === 0 || mo.endsWith('-01')),
        ),
        series: [
          { name: m('report.series.sold'), values: months.map((mo) => byMonth.get(mo)!.sold) },
          {
            name: m('report.series.returned'),
            values: months.map((mo) => byMonth.get(mo)!.returned),
          },
        ],
        unit: m('report.units'),
      },
    });
  return blocks;
}
