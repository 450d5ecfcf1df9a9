/**
 * The generated content of a performance case (late shipments, wrong items): the notice and
 * the metric, the metric's history (weekly table and a chart of the late shipment rate with the
 * 4% target and the fix date), proof the immediate problem is fixed (unshipped orders, rates
 * before and after the fix) and the facts of the prevention (deputy, handling time).
 */
import { daysBetween } from '../../dates.js';
import { formatDayShort, formatNumber, formatPercent } from '../../i18n/format.js';
import type { PerformanceReconciliation, RateCount } from '../../reconcile/performance/types.js';
import type { ComposeContext } from '../context.js';
import type { Block, LineChartModel, TableModel } from '../model.js';

function perfOf(ctx: ComposeContext): PerformanceReconciliation | undefined {
  return ctx.rec?.performance;
}

/** Wrong items are shown when the case is about them or the log flags any. */
function showWrong(ctx: ComposeContext, p: PerformanceReconciliation): boolean {
  return ctx.c.performance?.metric !== 'lateShipmentRate' || p.total.wrongItems > 0;
}

function noRecords(ctx: ComposeContext): Block[] {
  return [{ kind: 'paragraph', runs: [{ text: ctx.m('report.noRecords') }] }];
}

function metricName(ctx: ComposeContext): string {
  return ctx.m(`perf.report.metric.${ctx.c.performance?.metric ?? 'lateShipmentRate'}`);
}

/** §1 the notice and the metric concerned. */
export function perfNoticeBlocks(ctx: ComposeContext): Block[] {
  const { c, m } = ctx;
  const n = c.notice;
  const p = perfOf(ctx);
  const facts = [
    { label: m('report.cover.noticeDate'), value: ctx.date(n.receivedOn) },
    { label: m('report.cover.noticeType'), value: n.type },
    { label: m('perf.report.fact.metric'), value: metricName(ctx) },
    { label: m('perf.report.fact.target'), value: m('perf.report.targetValue') },
  ];
  if (n.referenceId) facts.push({ label: m('report.cover.referenceId'), value: n.referenceId });
  if (p)
    facts.push({
      label: m('perf.report.fact.beforeRate'),
      value: m('perf.report.rateOf', {
        rate: formatPercent(p.before.lateRate),
        late: formatNumber(p.before.late),
        orders: formatNumber(p.before.orders),
      }),
    });
  return [
    {
      kind: 'paragraph',
      runs: [
        {
          text: m('perf.report.notice.lead', {
            date: ctx.date(n.receivedOn),
            type: n.type,
            metric: metricName(ctx),
          }),
        },
      ],
    },
    { kind: 'facts', rows: facts },
    { kind: 'quote', label: m('report.issue.quote'), text: n.text },
  ];
}

function rateCells(r: RateCount, wrong: boolean): string[] {
  const cells = [formatNumber(r.orders), formatNumber(r.late), formatPercent(r.lateRate)];
  if (wrong) cells.push(formatNumber(r.wrongItems), formatPercent(r.wrongItemRate));
  return cells;
}

function rateColumns(ctx: ComposeContext, wrong: boolean, first: string, firstWidth: number) {
  const { m } = ctx;
  const cols: TableModel['columns'] = [
    { header: first, align: 'left', width: firstWidth },
    { header: m('perf.col.orders'), align: 'right', width: 1 },
    { header: m('perf.col.late'), align: 'right', width: 1 },
    { header: m('perf.col.lateRate'), align: 'right', width: 1.2 },
  ];
  if (wrong)
    cols.push(
      { header: m('perf.col.wrongItems'), align: 'right', width: 1 },
      { header: m('perf.col.wrongItemRate'), align: 'right', width: 1.2 },
    );
  return cols;
}

/** The chart of the late shipment rate: weekly and rolling 30 days, target, fix date. */
export function rateChart(ctx: ComposeContext, p: PerformanceReconciliation): LineChartModel {
  const { m } = ctx;
  const from = p.span!.from;
  // to the day the numbers are taken when the rolling windows reach past the log's last date
  const lastWindow = p.rolling.at(-1)?.date;
  const to = lastWindow && lastWindow > p.span!.to ? lastWindow : p.span!.to;
  const xMax = Math.max(1, daysBetween(from, to));
  const weeks = p.weekly.filter((w) => w.lateRate !== null);
  // a weekly point sits in the middle of its week (clamped to the span)
  const mid = (w: string) => Math.min(xMax, Math.max(0, daysBetween(from, w) + 3));
  const series: LineChartModel['series'] = [
    {
      name: m('perf.report.series.weekly'),
      points: weeks.map((w) => ({ x: mid(w.weekStart), y: w.lateRate! })),
      dash: 'solid',
      marker: 'square',
    },
    {
      name: m('perf.report.series.rolling30'),
      points: p.rolling
        .filter((r) => r.days === 30 && r.lateRate !== null)
        .map((r) => ({ x: daysBetween(from, r.date), y: r.lateRate! })),
      dash: 'dashed',
    },
  ];
  if (showWrong(ctx, p))
    series.push({
      name: m('perf.report.series.wrongWeekly'),
      points: p.weekly
        .filter((w) => w.wrongItemRate !== null)
        .map((w) => ({ x: mid(w.weekStart), y: w.wrongItemRate! })),
      dash: 'dotted',
      marker: 'circle',
    });
  const labelEvery = Math.max(1, Math.ceil(p.weekly.length / 10));
  const ticks = p.weekly
    .map((w) => w.weekStart)
    .filter((w) => w >= from)
    .filter((_, i) => i % labelEvery === 0)
    .map((w) => ({ x: daysBetween(from, w), label: formatDayShort(w, ctx.lang) }));
  const fixX = daysBetween(from, p.fixDate);
  return {
    id: 'metricHistory.lateRate',
    title: m('perf.report.chart.title', { from: ctx.date(from), to: ctx.date(to) }),
    xMax,
    ticks,
    series,
    percent: true,
    target: { y: p.target, label: m('perf.report.chart.target') },
    ...(fixX >= 0 && fixX <= xMax
      ? {
          mark: {
            x: fixX,
            label: m('perf.report.chart.fix', { date: formatDayShort(p.fixDate, ctx.lang) }),
          },
        }
      : {}),
    note: m('perf.report.chart.note'),
  };
}

/** §2 the metric's history: lead, chart, weekly table. */
export function metricHistoryBlocks(ctx: ComposeContext): Block[] {
  const p = perfOf(ctx);
  if (!p || !p.span) return noRecords(ctx);
  const { m } = ctx;
  const wrong = showWrong(ctx, p);
  return [
    {
      kind: 'paragraph',
      runs: [
        {
          text: m('perf.report.history.lead', {
            from: ctx.date(p.span.from),
            to: ctx.date(p.span.to),
            orders: formatNumber(p.total.orders),
            late: formatNumber(p.total.late),
            rate: formatPercent(p.total.lateRate),
          }),
        },
      ],
    },
    { kind: 'lineChart', chart: rateChart(ctx, p) },
    {
      kind: 'table',
      table: {
        id: 'metricHistory.weekly',
        caption: m('perf.report.weekly.caption'),
        columns: rateColumns(ctx, wrong, m('perf.col.week'), 1.6),
        rows: p.weekly.map((w) => ({
          cells: [ctx.date(w.weekStart), ...rateCells(w, wrong)],
          ...(w.weekStart >= weekOf(p.fixDate) ? {} : { tone: 'muted' as const }),
        })),
        totals: { cells: [m('perf.row.total'), ...rateCells(p.total, wrong)], tone: 'total' },
        note: m('perf.report.weekly.note', { fixDate: ctx.date(p.fixDate) }),
      },
    },
  ];
}

/** Monday of the week of `iso` (weeks in the table start on Mondays). */
function weekOf(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((day + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** §4 proof the immediate problem is fixed: unshipped orders, rates before and after. */
export function immediateFixBlocks(ctx: ComposeContext): Block[] {
  const p = perfOf(ctx);
  if (!p) return noRecords(ctx);
  const { m } = ctx;
  const wrong = showWrong(ctx, p);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        {
          text: m(p.unshipped.length ? 'perf.report.fix.unshipped' : 'perf.report.fix.allShipped', {
            asOf: ctx.date(p.asOf),
            count: formatNumber(p.unshipped.length),
          }),
          bold: true,
        },
      ],
    },
  ];
  const facts = [
    { label: m('perf.report.fact.asOf'), value: ctx.date(p.asOf) },
    { label: m('perf.report.fact.unshipped'), value: formatNumber(p.unshipped.length) },
    { label: m('perf.report.fact.fixDate'), value: ctx.date(p.fixDate) },
  ];
  for (const w of [p.latest.days10, p.latest.days30])
    if (w)
      facts.push({
        label: m('perf.report.fact.rolling', { days: w.days }),
        value: m('perf.report.rateTo', {
          rate: formatPercent(w.lateRate),
          late: formatNumber(w.late),
          orders: formatNumber(w.orders),
          date: ctx.date(w.date),
        }),
      });
  blocks.push({ kind: 'facts', rows: facts });
  blocks.push({
    kind: 'table',
    table: {
      id: 'immediateFix.beforeAfter',
      caption: m('perf.report.beforeAfter.caption'),
      columns: rateColumns(ctx, wrong, m('perf.report.col.period'), 2.2),
      rows: [
        {
          cells: [
            m('perf.report.period.before', { fixDate: ctx.date(p.fixDate) }),
            ...rateCells(p.before, wrong),
          ],
        },
        {
          cells: [
            m('perf.report.period.after', { fixDate: ctx.date(p.fixDate) }),
            ...rateCells(p.after, wrong),
          ],
        },
      ],
      totals: { cells: [m('perf.row.total'), ...rateCells(p.total, wrong)], tone: 'total' },
      note: m('perf.report.beforeAfter.note', { asOf: ctx.date(p.asOf) }),
    },
  });
  if (p.unshipped.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'immediateFix.unshipped',
        caption: m('perf.report.unshipped.caption'),
        columns: [
          { header: m('perf.report.col.order'), align: 'left', width: 1.5, nowrap: true },
          { header: m('perf.report.col.expected'), align: 'left', width: 1.2 },
          { header: m('perf.report.col.source'), align: 'left', width: 2 },
        ],
        rows: p.unshipped.map((u) => ({
          cells: [u.orderId, ctx.date(u.expectedShipDate), `${u.file} (${u.row})`],
          tone: 'shortfall' as const,
        })),
      },
    });
  if (p.wrongItemOrders?.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'immediateFix.wrongItems',
        caption: m('perf.report.wrongItems.caption'),
        columns: [
          { header: m('perf.report.col.order'), align: 'left', width: 1.5, nowrap: true },
          { header: m('perf.report.col.expected'), align: 'left', width: 1.2 },
          { header: m('perf.report.col.remedy'), align: 'left', width: 3 },
        ],
        rows: p.wrongItemOrders.map((w) => ({
          cells: [w.orderId, ctx.date(w.expectedShipDate), w.remedy ?? m('perf.report.noRemedy')],
          ...(w.remedy === undefined ? { tone: 'shortfall' as const } : {}),
        })),
      },
    });
  return blocks;
}

/** §6 the facts behind the prevention: who stands in, the handling time. */
export function preventionBlocks(ctx: ComposeContext): Block[] {
  const { c, m } = ctx;
  const perf = c.performance;
  const rows: { label: string; value: string }[] = [];
  if (perf?.deputy) {
    const d = perf.deputy;
    rows.push({
      label: m('perf.report.fact.deputy'),
      value: d.role
        ? ctx.lang === 'ja'
          ? `${d.name}（${d.role}）`
          : `${d.name} (${d.role})`
        : d.name,
    });
    const contact = [d.phone, d.email].filter((x): x is string => !!x).join(' / ');
    if (contact) rows.push({ label: m('perf.report.fact.deputyContact'), value: contact });
  }
  if (perf?.handlingTimeDays !== undefined)
    rows.push({
      label: m('perf.report.fact.handlingTime'),
      value: m('perf.report.days', { days: perf.handlingTimeDays }),
    });
  return rows.length ? [{ kind: 'facts', rows }] : [];
}
