/**
 * §3 purchasing and delivery: the per-ASIN consistency table (invoiced / received / sold /
 * coverage, shortfalls highlighted), a bar chart of the same numbers, and every invoice line
 * counted, each pointing to its document.
 */
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { ComposeContext } from '../context.js';
import type { Block, TableRow } from '../model.js';

/** An ASIN is short when its invoiced units do not cover its sold units (or a finding says so). */
export function isShortfall(ctx: ComposeContext, asin: string, invoiced: number, sold: number) {
  const flagged = (ctx.rec?.findings ?? []).some(
    (f) => f.asin === asin && (f.code === 'INVOICE_SHORTFALL' || f.code === 'NO_INVOICE'),
  );
  return flagged || invoiced < sold;
}

export function sourcingBlocks(ctx: ComposeContext): Block[] {
  const { rec, m } = ctx;
  if (!rec) return [{ kind: 'paragraph', runs: [{ text: m('report.noRecords') }] }];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        {
          text: m('report.sourcing.lead', {
            from: ctx.date(rec.window.from),
            to: ctx.date(rec.window.to),
          }),
        },
      ],
    },
  ];
  let inv = 0;
  let recv = 0;
  let sold = 0;
  let anyShort = false;
  const rows: TableRow[] = rec.products.map((p) => {
    inv += p.invoiced;
    recv += p.received;
    sold += p.sold;
    const short = isShortfall(ctx, p.asin, p.invoiced, p.sold);
    anyShort ||= short;
    return {
      cells: [
        p.asin,
        formatNumber(p.invoiced),
        formatNumber(p.received),
        formatNumber(p.sold),
        formatPercent(p.coverage, 0),
        short
          ? m('report.status.shortfall', { units: formatNumber(Math.max(0, p.sold - p.invoiced)) })
          : m('report.status.ok'),
      ],
      tone: short ? 'shortfall' : undefined,
    };
  });
  blocks.push({
    kind: 'table',
    table: {
      id: 'sourcing.consistency',
      caption: m('report.sourcing.caption'),
      columns: [
        { header: m('report.col.asin'), align: 'left', width: 1.3, nowrap: true },
        { header: m('report.col.invoiced'), align: 'right', width: 1 },
        { header: m('report.col.received'), align: 'right', width: 1 },
        { header: m('report.col.sold'), align: 'right', width: 1 },
        { header: m('report.col.coverage'), align: 'right', width: 0.9 },
        { header: m('report.col.status'), align: 'left', width: 1.1 },
      ],
      rows,
      totals: {
        cells: [
          m('report.total'),
          formatNumber(inv),
          formatNumber(recv),
          formatNumber(sold),
          formatPercent(sold > 0 ? inv / sold : null, 0),
          '',
        ],
        tone: 'total',
      },
      note: [
        anyShort ? m('report.sourcing.shortfallNote') : '',
        m(`report.source.${rec.receivedSource}`),
      ]
        .filter(Boolean)
        .join('\n'),
    },
  });
  if (rec.products.length)
    blocks.push({
      kind: 'chart',
      chart: {
        id: 'sourcing.units',
        title: m('report.sourcing.chart'),
        categories: rec.products.map((p) => [p.asin]),
        series: [
          { name: m('report.series.invoiced'), values: rec.products.map((p) => p.invoiced) },
          { name: m('report.series.received'), values: rec.products.map((p) => p.received) },
          { name: m('report.series.sold'), values: rec.products.map((p) => p.sold) },
        ],
        unit: m('report.units'),
      },
    });
  const lines = rec.detail.invoiceLines;
  blocks.push({
    kind: 'table',
    table: {
      id: 'sourcing.lines',
      caption: m('report.lines.caption', { count: formatNumber(lines.length) }),
      columns: [
        { header: m('report.col.invoiceNo'), align: 'left', width: 1.3, nowrap: true },
        { header: m('report.col.issued'), align: 'left', width: 1.2, nowrap: true },
        { header: m('report.col.supplier'), align: 'left', width: 1.6 },
        { header: m('report.col.asin'), align: 'left', width: 1.2, nowrap: true },
        { header: m('report.col.qty'), align: 'right', width: 0.7 },
        { header: m('report.col.document'), align: 'left', width: 1.4 },
      ],
      rows: lines.map((l) => ({
        cells: [
          l.invoiceNumber,
          ctx.date(l.issueDate),
          ctx.supplierName(l.supplierId ?? l.supplier),
          l.asin,
          formatNumber(l.quantity),
          ctx.ref(l.documentFile),
        ],
      })),
      totals: {
        cells: [
          m('report.total'),
          '',
          '',
          '',
          formatNumber(lines.reduce((s, l) => s + l.quantity, 0)),
          '',
        ],
        tone: 'total',
      },
      empty: m('report.none'),
    },
  });
  const excluded = rec.detail.excludedInvoiceLines;
  if (excluded.length)
    blocks.push({
      kind: 'table',
      table: {
        id: 'sourcing.excluded',
        caption: m('report.excluded.caption', { count: formatNumber(excluded.length) }),
        columns: [
          { header: m('report.col.invoiceNo'), align: 'left', width: 1.3, nowrap: true },
          { header: m('report.col.issued'), align: 'left', width: 1.2, nowrap: true },
          { header: m('report.col.supplier'), align: 'left', width: 1.6 },
          { header: m('report.col.qty'), align: 'right', width: 0.7 },
          { header: m('report.col.reason'), align: 'left', width: 1.8 },
        ],
        rows: excluded.map((l) => ({
          cells: [
            l.invoiceNumber,
            ctx.date(l.issueDate),
            ctx.supplierName(l.supplier),
            formatNumber(l.quantity),
            m(`report.exclude.${l.reason}`),
          ],
          tone: 'muted' as const,
        })),
      },
    });
  return blocks;
}
