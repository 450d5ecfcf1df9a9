/**
 * §3, continued: the invoice lines counted, each pointing to its document, and those not counted
 * with the reason. Lines alike but for quantity are one row (records/invoice-lines.ts); a table
 * shows at most MAX_LINE_ROWS rows and says how many more there are, with their lines and units.
 */
import { formatNumber } from '../../i18n/format.js';
import { lineCount, type InvoiceLine } from '../../records/types.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

/** Rows of one invoice-lines table at most (the bench's big case has 20,000 lines). */
export const MAX_LINE_ROWS = 20_000;

const countLines = (entries: readonly InvoiceLine[]) =>
  entries.reduce((n, l) => n + lineCount(l), 0);

/** What a table's rows hold beyond one line each, and what it does not show. */
function notes(ctx: ComposeContext, entries: readonly InvoiceLine[]): string | undefined {
  const out: string[] = [];
  const lines = countLines(entries);
  if (lines !== entries.length)
    out.push(
      ctx.m('report.lines.grouped', {
        lines: formatNumber(lines),
        rows: formatNumber(entries.length),
      }),
    );
  const rest = entries.slice(MAX_LINE_ROWS);
  if (rest.length)
    out.push(
      ctx.m('report.lines.notShown', {
        shown: formatNumber(MAX_LINE_ROWS),
        rows: formatNumber(rest.length),
        lines: formatNumber(countLines(rest)),
        units: formatNumber(rest.reduce((n, l) => n + l.quantity, 0)),
      }),
    );
  return out.length ? out.join('\n') : undefined;
}

export function invoiceLineBlocks(ctx: ComposeContext): Block[] {
  const { rec, m } = ctx;
  if (!rec) return [];
  const lines = rec.detail.invoiceLines;
  const blocks: Block[] = [];
  blocks.push({
    kind: 'table',
    table: {
      id: 'sourcing.lines',
      caption: m('report.lines.caption', { count: formatNumber(countLines(lines)) }),
      note: notes(ctx, lines),
      columns: [
        { header: m('report.col.invoiceNo'), align: 'left', width: 1.3, nowrap: true },
        { header: m('report.col.issued'), align: 'left', width: 1.2, nowrap: true },
        { header: m('report.col.supplier'), align: 'left', width: 1.6 },
        { header: m('report.col.asin'), align: 'left', width: 1.2, nowrap: true },
        { header: m('report.col.qty'), align: 'right', width: 0.7 },
        { header: m('report.col.document'), align: 'left', width: 1.4 },
      ],
      rows: lines.slice(0, MAX_LINE_ROWS).map((l) => ({
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
        caption: m('report.excluded.caption', { count: formatNumber(countLines(excluded)) }),
        note: notes(ctx, excluded),
        columns: [
          { header: m('report.col.invoiceNo'), align: 'left', width: 1.3, nowrap: true },
          { header: m('report.col.issued'), align: 'left', width: 1.2, nowrap: true },
          { header: m('report.col.supplier'), align: 'left', width: 1.6 },
          { header: m('report.col.qty'), align: 'right', width: 0.7 },
          { header: m('report.col.reason'), align: 'left', width: 1.8 },
        ],
        rows: excluded.slice(0, MAX_LINE_ROWS).map((l) => ({
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
