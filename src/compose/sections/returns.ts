/** §4 returns whose reason or comment doubts authenticity or quality, comments quoted. */
import { formatNumber } from '../../i18n/format.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

/** What a return section says when no returns report was given: not provided, not "none". */
export function returnsNotProvided(ctx: ComposeContext): Block[] {
  return [{ kind: 'paragraph', runs: [{ text: ctx.m('report.returns.notProvided') }] }];
}

export function returnCommentBlocks(ctx: ComposeContext): Block[] {
  const { rec, m, lang } = ctx;
  if (!rec) return [{ kind: 'paragraph', runs: [{ text: m('report.noRecords') }] }];
  if (rec.sources?.returns === 'none') return returnsNotProvided(ctx);
  const doubt = rec.detail.returns.filter((r) => r.quality || r.counterfeit);
  if (!doubt.length) return [{ kind: 'paragraph', runs: [{ text: m('report.returns.none') }] }];
  const quote = (s: string | undefined) =>
    s && s.trim() ? (lang === 'ja' ? `「${s.trim()}」` : `“${s.trim()}”`) : m('report.none');
  return [
    {
      kind: 'paragraph',
      runs: [{ text: m('report.returns.lead', { count: formatNumber(doubt.length) }) }],
    },
    {
      kind: 'table',
      table: {
        id: 'returnComments',
        caption: m('report.returns.caption'),
        columns: [
          { header: m('report.col.returnDate'), align: 'left', width: 1.15, nowrap: true },
          { header: m('report.col.asin'), align: 'left', width: 1.15, nowrap: true },
          { header: m('report.col.qty'), align: 'right', width: 0.55 },
          { header: m('report.col.reason'), align: 'left', width: 1.5, nowrap: true },
          { header: m('report.col.comment'), align: 'left', width: 3.2 },
        ],
        rows: doubt.map((r) => ({
          cells: [
            ctx.date(r.returnDate),
            r.asin ?? r.sku,
            formatNumber(r.quantity),
            r.reason,
            quote(r.comment),
          ],
          tone: r.counterfeit ? ('shortfall' as const) : undefined,
        })),
        totals: {
          cells: [
            m('report.total'),
            '',
            formatNumber(doubt.reduce((s, r) => s + r.quantity, 0)),
            '',
            '',
          ],
          tone: 'total',
        },
        note: doubt.some((r) => r.counterfeit) ? m('report.returns.counterfeitNote') : undefined,
      },
    },
  ];
}
