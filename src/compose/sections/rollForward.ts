/**
 * §3, continued: the unit roll-forward of each cited ASIN from the Inventory Ledger summary —
 * starting balance + receipts − customer shipments + customer returns − removals − disposals ±
 * adjustments = ending balance — with a shaded row and the difference where it does not tie.
 */
import { formatMonth, formatNumber } from '../../i18n/format.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));
/** Units in (+) or out (−); a zero is written 0. */
const plus = (n: number) => (n === 0 ? '0' : `+${formatNumber(n)}`);
const minus = (n: number) => (n === 0 ? '0' : `−${formatNumber(n)}`);

export function rollForwardBlocks(ctx: ComposeContext): Block[] {
  const { rec, m } = ctx;
  if (!rec?.sources || rec.sources.fulfilment !== 'fba' || rec.receivedSource === 'none') return [];
  const rows = (rec.rollForward ?? []).filter((r) => r.cited);
  if (!rows.length)
    return [
      { kind: 'subheading', text: m('report.roll.heading') },
      { kind: 'paragraph', runs: [{ text: m('report.roll.unavailable') }] },
    ];
  const period = (d: string) => (d.length === 7 ? formatMonth(d, ctx.lang) : ctx.date(d));
  return [
    { kind: 'subheading', text: m('report.roll.heading') },
    { kind: 'paragraph', runs: [{ text: m('report.roll.lead') }] },
    {
      kind: 'table',
      table: {
        id: 'sourcing.rollForward',
        caption: m('report.roll.caption'),
        columns: [
          { header: m('report.col.asin'), align: 'left', width: 1.25, nowrap: true },
          { header: m('report.col.period'), align: 'left', width: 1.2 },
          { header: m('report.col.starting'), align: 'right', width: 0.7 },
          { header: m('report.col.receipts'), align: 'right', width: 0.7 },
          { header: m('report.col.customerShipments'), align: 'right', width: 0.7 },
          { header: m('report.col.customerReturns'), align: 'right', width: 0.7 },
          { header: m('report.col.removals'), align: 'right', width: 0.7 },
          { header: m('report.col.disposals'), align: 'right', width: 0.7 },
          { header: m('report.col.adjustments'), align: 'right', width: 0.7 },
          { header: m('report.col.ending'), align: 'right', width: 0.7 },
          { header: m('report.col.difference'), align: 'right', width: 0.7 },
        ],
        rows: rows.map((r) => ({
          cells: [
            r.asin,
            m('report.roll.period', { from: period(r.from), to: period(r.to) }),
            formatNumber(r.starting),
            plus(r.receipts),
            minus(r.customerShipments),
            plus(r.customerReturns),
            minus(r.removals),
            minus(r.disposals),
            signed(r.adjustments),
            formatNumber(r.ending),
            r.difference === 0 ? '0' : signed(r.difference),
          ],
          tone: r.difference !== 0 ? ('shortfall' as const) : undefined,
        })),
        note: rows.some((r) => r.difference !== 0)
          ? m('report.roll.gapNote')
          : m('report.roll.tiesNote'),
      },
    },
  ];
}
