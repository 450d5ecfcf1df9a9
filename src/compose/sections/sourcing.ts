/**
 * §3 purchasing and delivery: the per-ASIN consistency table (invoiced / received / sold /
 * coverage, shortfalls highlighted), a bar chart of the same numbers, the trace, and the invoice
 * lines counted, each pointing to its document (invoiceLines.ts).
 */
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { ComposeContext } from '../context.js';
import type { Block, TableColumn, TableRow } from '../model.js';
import { invoiceLineBlocks } from './invoiceLines.js';
import { ownStockBlocks } from './ownStock.js';
import { rollForwardBlocks } from './rollForward.js';
import { salesSourceNote, traceBlocks } from './trace.js';

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
  // A seller shipping from own stock has no FBA receipts: no received column, and the report says why.
  const merchant = rec.sources?.fulfilment === 'merchant' && rec.receivedSource === 'none';
  const unknown = m('report.unknown');
  let inv = 0;
  let recv: number | null = 0;
  let sold = 0;
  let anyShort = false;
  let anyUnjudged = false;
  const rows: TableRow[] = rec.products.map((p) => {
    inv += p.invoiced;
    recv = recv === null || p.received === null ? null : recv + p.received;
    sold += p.sold;
    const short = isShortfall(ctx, p.asin, p.invoiced, p.sold);
    anyShort ||= short;
    // received unknown for an FBA seller: coverage is not judged sufficient
    const unjudged = !short && !merchant && p.received === null;
    anyUnjudged ||= unjudged;
    const cells = [
      p.asin,
      formatNumber(p.invoiced),
      ...(merchant ? [] : [p.received === null ? unknown : formatNumber(p.received)]),
      formatNumber(p.sold),
      formatPercent(p.coverage, 0),
      short
        ? m('report.status.shortfall', { units: formatNumber(Math.max(0, p.sold - p.invoiced)) })
        : unjudged
          ? m('report.status.unjudged')
          : m('report.status.ok'),
    ];
    return { cells, tone: short ? 'shortfall' : undefined };
  });
  const columns: TableColumn[] = [
    { header: m('report.col.asin'), align: 'left', width: 1.3, nowrap: true },
    { header: m('report.col.invoiced'), align: 'right', width: 1 },
    ...(merchant ? [] : [{ header: m('report.col.received'), align: 'right' as const, width: 1 }]),
    { header: m('report.col.sold'), align: 'right', width: 1 },
    { header: m('report.col.coverage'), align: 'right', width: 0.9 },
    { header: m('report.col.status'), align: 'left', width: 1.1 },
  ];
  const fulfilmentFrom = rec.sources?.fulfilmentFrom === 'case' ? 'case' : 'orders';
  blocks.push({
    kind: 'table',
    table: {
      id: 'sourcing.consistency',
      caption: m('report.sourcing.caption'),
      columns,
      rows,
      totals: {
        cells: [
          m('report.total'),
          formatNumber(inv),
          ...(merchant ? [] : [recv === null ? unknown : formatNumber(recv)]),
          formatNumber(sold),
          formatPercent(sold > 0 ? inv / sold : null, 0),
          '',
        ],
        tone: 'total',
      },
      note: [
        anyShort ? m('report.sourcing.shortfallNote') : '',
        anyUnjudged ? m('report.sourcing.unjudgedNote') : '',
        merchant
          ? m(`report.source.merchant.${fulfilmentFrom}`)
          : m(`report.source.${rec.receivedSource}`),
        salesSourceNote(ctx),
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
        title: m(merchant ? 'report.sourcing.chartMerchant' : 'report.sourcing.chart'),
        categories: rec.products.map((p) => [p.asin]),
        series: [
          { name: m('report.series.invoiced'), values: rec.products.map((p) => p.invoiced) },
          ...(rec.receivedSource === 'none'
            ? []
            : [
                {
                  name: m('report.series.received'),
                  values: rec.products.map((p) => p.received ?? 0),
                },
              ]),
          { name: m('report.series.sold'), values: rec.products.map((p) => p.sold) },
        ],
        unit: m('report.units'),
      },
    });
  blocks.push(...ownStockBlocks(ctx), ...traceBlocks(ctx), ...rollForwardBlocks(ctx));
  blocks.push(...invoiceLineBlocks(ctx));
  return blocks;
}
