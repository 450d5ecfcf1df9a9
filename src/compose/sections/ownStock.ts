/**
 * §3, continued, for a seller shipping from own stock: the seller's stock book per cited ASIN —
 * units into and out of the seller's warehouse in the window and the last balance written.
 */
import { formatNumber } from '../../i18n/format.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

export function ownStockBlocks(ctx: ComposeContext): Block[] {
  const { rec, m } = ctx;
  const rows = (rec?.ownStock ?? []).filter((o) => o.cited);
  if (!rows.length) return [];
  return [
    { kind: 'subheading', text: m('report.ownStock.heading') },
    {
      kind: 'table',
      table: {
        id: 'sourcing.ownStock',
        caption: m('report.ownStock.caption'),
        columns: [
          { header: m('report.col.asin'), align: 'left', width: 1.3, nowrap: true },
          { header: m('report.col.unitsIn'), align: 'right', width: 1 },
          { header: m('report.col.unitsOut'), align: 'right', width: 1 },
          { header: m('report.col.balance'), align: 'right', width: 1 },
          { header: m('report.col.balanceOn'), align: 'left', width: 1.2, nowrap: true },
        ],
        rows: rows.map((o) => ({
          cells: [
            o.asin,
            formatNumber(o.unitsIn),
            formatNumber(o.unitsOut),
            o.balance === undefined ? m('report.none') : formatNumber(o.balance),
            ctx.date(o.balanceOn),
          ],
        })),
        note: m('report.ownStock.note'),
      },
    },
  ];
}
