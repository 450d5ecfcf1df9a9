/**
 * §3, continued: the invoice → shipment → receipt trace of each cited ASIN — every invoice with
 * its date and units, the FBA receipts its units were allocated to (shipment, day, units) and
 * what remains; receipts no earlier invoice covers are shaded rows of their own.
 */
import { formatNumber } from '../../i18n/format.js';
import type { TraceReceipt } from '../../reconcile/types.js';
import type { ComposeContext } from '../context.js';
import type { Block, TableRow } from '../model.js';

/** Receipts listed in one cell before "and N more". */
const MAX_IN_CELL = 6;

/** Where units sold came from, as a line of the consistency table's note. */
export function salesSourceNote(ctx: ComposeContext): string {
  const s = ctx.rec?.sources;
  if (!s) return '';
  if (s.sales === 'businessReport' && s.businessReport)
    return ctx.m('report.sales.businessReport', {
      file: s.businessReport.file,
      from: ctx.date(s.businessReport.from),
      to: ctx.date(s.businessReport.to),
    });
  return ctx.m(`report.sales.${s.sales}`);
}

function receiptsCell(ctx: ComposeContext, list: TraceReceipt[]): string {
  const shown = list.slice(0, MAX_IN_CELL).map((r) =>
    ctx.m(r.shipment ? 'report.trace.receipt' : 'report.trace.receiptNoId', {
      shipment: r.shipment ?? '',
      date: ctx.date(r.date),
      units: formatNumber(r.units),
    }),
  );
  if (list.length > MAX_IN_CELL)
    shown.push(ctx.m('report.trace.more', { count: formatNumber(list.length - MAX_IN_CELL) }));
  return shown.join('\n') || ctx.m('report.none');
}

export function traceBlocks(ctx: ComposeContext): Block[] {
  const { rec, m } = ctx;
  if (!rec?.trace || !rec.sources) return [];
  if (rec.receivedSource === 'none')
    return rec.sources.fulfilment === 'fba'
      ? [{ kind: 'paragraph', runs: [{ text: m('report.trace.noReceipts') }] }]
      : [];
  const rows: TableRow[] = [];
  for (const tr of rec.trace.filter((x) => x.cited)) {
    for (const i of tr.invoices)
      rows.push({
        cells: [
          tr.asin,
          i.invoice,
          ctx.date(i.date),
          formatNumber(i.units),
          receiptsCell(ctx, i.covers),
          formatNumber(i.remaining),
        ],
        tone: i.counted ? undefined : 'muted',
      });
    if (tr.more)
      rows.push({
        cells: [
          tr.asin,
          m('report.trace.moreInvoices', { count: formatNumber(tr.more.invoices) }),
          '',
          formatNumber(tr.more.units),
          m('report.none'),
          formatNumber(tr.more.remaining),
        ],
      });
    for (const u of tr.uncovered)
      rows.push({
        cells: [tr.asin, m('report.trace.noInvoice'), '', '', receiptsCell(ctx, [u]), ''],
        tone: 'shortfall',
      });
  }
  const anyUncovered = rec.trace.some((x) => x.cited && x.uncovered.length > 0);
  const anyOld = rec.trace.some((x) => x.cited && x.invoices.some((i) => !i.counted));
  return [
    { kind: 'subheading', text: m('report.trace.heading') },
    { kind: 'paragraph', runs: [{ text: m('report.trace.lead') }] },
    {
      kind: 'table',
      table: {
        id: 'sourcing.trace',
        caption: m('report.trace.caption'),
        columns: [
          { header: m('report.col.asin'), align: 'left', width: 1.2, nowrap: true },
          { header: m('report.col.invoiceNo'), align: 'left', width: 1.2, nowrap: true },
          { header: m('report.col.issued'), align: 'left', width: 1.1, nowrap: true },
          { header: m('report.col.qty'), align: 'right', width: 0.6 },
          { header: m('report.col.receiptsCovered'), align: 'left', width: 2.6 },
          { header: m('report.col.remaining'), align: 'right', width: 0.8 },
        ],
        rows,
        empty: m('report.none'),
        note: [
          anyUncovered ? m('report.trace.uncoveredNote') : '',
          anyOld ? m('report.trace.mutedNote') : '',
        ]
          .filter(Boolean)
          .join('\n'),
      },
    },
  ];
}
