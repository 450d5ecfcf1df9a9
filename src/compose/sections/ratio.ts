/** §6 units sold, returned and the return rate per ASIN, and the monthly chart. */
import { formatMonth, formatMonthAxis, formatNumber, formatPercent } from '../../i18n/format.js';
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
  if (months.length) blocks.push(...monthlyCharts(ctx, months, byMonth, rec.window));
  return blocks;
}

/** The last day of the month of `iso` (YYYY-MM-DD), as a day number. */
function lastDay(iso: string): number {
  const [y, mo] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * Units sold and units returned per month, each on its own scale (returns are a few units a
 * month, sales hundreds: on one axis the returns could not be read). Every month is labelled,
 * with the year under the first month and where it changes; a month the window covers only in
 * part is starred and named in the note.
 */
function monthlyCharts(
  ctx: ComposeContext,
  months: string[],
  byMonth: Map<string, { sold: number; returned: number }>,
  window: { from: string; to: string },
): Block[] {
  const { m, lang } = ctx;
  const first = window.from.slice(0, 7);
  const last = window.to.slice(0, 7);
  const fromDay = Number(window.from.slice(8, 10));
  const toDay = Number(window.to.slice(8, 10));
  const partial = new Map<string, string>();
  if (months.includes(first) && fromDay > 1)
    partial.set(
      first,
      m('report.ratio.partialFrom', {
        month: formatMonth(first, lang),
        date: { ja: `${fromDay}日`, en: ctx.date(window.from).replace(/, \d{4}$/, '') },
      }),
    );
  if (months.includes(last) && toDay < lastDay(window.to))
    partial.set(
      last,
      m(
        last === first && partial.has(first)
          ? 'report.ratio.partialBoth'
          : 'report.ratio.partialTo',
        {
          month: formatMonth(last, lang),
          from: { ja: `${fromDay}日`, en: ctx.date(window.from).replace(/, \d{4}$/, '') },
          date: { ja: `${toDay}日`, en: ctx.date(window.to).replace(/, \d{4}$/, '') },
        },
      ),
    );
  const categories = months.map((mo, i) => {
    const lines = formatMonthAxis(
      mo,
      lang,
      i === 0 || mo.slice(0, 4) !== months[i - 1]!.slice(0, 4),
    );
    if (partial.has(mo)) lines[0] = `${lines[0]}*`;
    return lines;
  });
  const note = partial.size
    ? m('report.ratio.partial', { parts: [...partial.values()].join(lang === 'ja' ? '、' : '; ') })
    : undefined;
  const chart = (
    id: string,
    title: string,
    series: string,
    key: 'sold' | 'returned',
    withNote: boolean,
  ): Block => ({
    kind: 'chart',
    chart: {
      id,
      title,
      categories,
      series: [{ name: series, values: months.map((mo) => byMonth.get(mo)![key]) }],
      unit: m('report.units'),
      height: 150,
      ...(note && withNote ? { note } : {}),
    },
  });
  return [
    chart(
      'returnRatio.monthlySold',
      m('report.ratio.chart.sold'),
      m('report.series.sold'),
      'sold',
      false,
    ),
    chart(
      'returnRatio.monthlyReturned',
      m('report.ratio.chart.returned'),
      m('report.series.returned'),
      'returned',
      true,
    ),
  ];
}
