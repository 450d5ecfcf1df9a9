/** The evidence index after the sections: one row per attached original document. */
import { formatNumber } from '../../i18n/format.js';
import { hasMessage } from '../../i18n/catalogue.js';
import type { ComposeContext } from '../context.js';
import type { Block, NotSubmittedEntry, NotSubmittedReason, SectionModel } from '../model.js';

/** Why a document is not submitted, in the report's language. */
export function notSubmittedReason(ctx: ComposeContext, r: NotSubmittedReason): string {
  switch (r.code) {
    case 'outsideWindow':
      return ctx.m('excluded.reason.outsideWindow', {
        date: ctx.date(r.date),
        from: ctx.date(r.from),
        to: ctx.date(r.to),
      });
    case 'otherBuyer':
      return ctx.m('excluded.reason.otherBuyer', { buyer: r.buyer, legalName: r.legalName });
    default:
      return ctx.m(`excluded.reason.${r.code}`);
  }
}

/** The documents left out: what they are and why Amazon would not accept them. */
function notSubmittedBlocks(ctx: ComposeContext, list: NotSubmittedEntry[]): Block[] {
  const { m } = ctx;
  if (!list.length) return [];
  return [
    { kind: 'subheading', text: m('excluded.title') },
    { kind: 'paragraph', runs: [{ text: m('excluded.lead') }] },
    {
      kind: 'table',
      table: {
        id: 'notSubmitted',
        columns: [
          { header: m('report.evidence.col.kind'), align: 'left', width: 0.9 },
          { header: m('report.evidence.col.supplier'), align: 'left', width: 1.4 },
          { header: m('report.evidence.col.invoice'), align: 'left', width: 1.2, nowrap: true },
          { header: m('report.evidence.col.date'), align: 'left', width: 1.1, nowrap: true },
          { header: m('excluded.col.file'), align: 'left', width: 1.6 },
          { header: m('excluded.col.reason'), align: 'left', width: 2.4 },
        ],
        rows: list.map((e) => ({
          cells: [
            hasMessage(`report.kind.${e.kind}`) ? m(`report.kind.${e.kind}`) : e.kind,
            e.supplier ? ctx.supplierName(e.supplier) : m('report.none'),
            e.invoiceNumber ?? m('report.none'),
            ctx.date(e.date),
            e.file.split('/').pop() ?? e.file,
            notSubmittedReason(ctx, e.reason),
          ],
          tone: 'muted' as const,
        })),
      },
    },
  ];
}

export function evidenceIndex(ctx: ComposeContext): SectionModel | undefined {
  const { m, evidence } = ctx;
  const left = notSubmittedBlocks(ctx, ctx.notSubmitted);
  if (!evidence.length && !left.length) return undefined;
  if (!evidence.length)
    return { id: 'evidenceIndex', number: '', title: m('report.evidence.title'), blocks: left };
  return {
    id: 'evidenceIndex',
    number: '',
    title: m('report.evidence.title'),
    blocks: [
      { kind: 'paragraph', runs: [{ text: m('report.evidence.lead') }] },
      {
        kind: 'table',
        table: {
          id: 'evidenceIndex',
          columns: [
            { header: m('report.evidence.col.label'), align: 'left', width: 0.6, nowrap: true },
            { header: m('report.evidence.col.kind'), align: 'left', width: 0.9 },
            { header: m('report.evidence.col.supplier'), align: 'left', width: 1.5 },
            { header: m('report.evidence.col.invoice'), align: 'left', width: 1.2, nowrap: true },
            { header: m('report.evidence.col.date'), align: 'left', width: 1.1, nowrap: true },
            { header: m('report.evidence.col.covers'), align: 'left', width: 1.7, nowrap: true },
            { header: m('report.evidence.col.pages'), align: 'right', width: 0.8 },
            { header: m('report.evidence.col.sha'), align: 'left', width: 1.15, nowrap: true },
          ],
          rows: evidence.map((e) => ({
            cells: [
              e.label,
              hasMessage(`report.kind.${e.kind}`) ? m(`report.kind.${e.kind}`) : e.kind,
              e.supplier ? ctx.supplierName(e.supplier) : m('report.none'),
              e.invoiceNumber ?? m('report.none'),
              ctx.date(e.date),
              e.covers.length
                ? e.covers.map((cv) => `${cv.asin} × ${formatNumber(cv.quantity)}`).join('\n')
                : m('report.none'),
              e.firstPage === e.lastPage
                ? ctx.page(e.firstPage)
                : m('report.ref.pages', { from: ctx.page(e.firstPage), to: ctx.page(e.lastPage) }),
              e.sha256.slice(0, 12),
            ],
          })),
        },
      },
      ...left,
    ],
  };
}
