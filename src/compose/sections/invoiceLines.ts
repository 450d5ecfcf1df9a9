/**
 * §3, continued: the invoice lines counted, each pointing to its document, and those not counted
 * with the reason. Lines alike but for quantity are one row (records/invoice-lines.ts); a table
 * shows at most MAX_LINE_ROWS rows and says how many more there are, with their lines and units.
 */
import { formatNumber } from '../../i18n/format.js';
import { tableTotals, type LineTable } from '../../reconcile/lines.js';
import type { InvoiceLine } from '../../records/types.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

/**
 * Rows of one invoice-lines table at most: about 100 pages. A reviewer reads the totals per ASIN
 * and the trace; 20,000 rows made 1,000 pages nobody reads (and 15 s of layout); the workbook
 * lists more (MAX_WORKBOOK_LINES).
 */
export const MAX_LINE_ROWS = 2_000;

/** What a table's rows hold beyond one line each, and what it does not show. */
function notes(ctx: ComposeContext, entries: LineTable<InvoiceLine>): string | undefined {
  const out: string[] = [];
  const { lines } = tableTotals(entries);
  if (lines !== entries.length)
    out.push(
      ctx.m('report.lines.grouped', {
        lines: formatNumber(lines),
        rows: formatNumber(entries.length),
      }),
    );
  const rest = tableTotals(entries, MAX_LINE_ROWS);
  if (rest.rows)
    out.push(
      ctx.m('report.lines.notShown', {
        shown: formatNumber(MAX_LINE_ROWS),
        rows: formatNumber(rest.rows),
        lines: formatNumber(rest.lines),
        units: formatNumber(rest.units),
      }),
    );
  return out.length ? out.join('\n') : undefined;
}

export function invoiceLineBlocks(ctx: ComposeContext): Block[] {
  const { rec, m } = ctx;
  if (!rec) return [];
  const lines = rec.detail.invoiceLines;
  const totals = tableTotals(lines);
  const blocks: Block[] = [];
  blocks.push({
    kind: 'table',
    table: {
      id: 'sourcing.lines',
      caption: m('report.lines.caption', { count: formatNumber(totals.lines) }),
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
        cells: [m('report.total'), '', '', '', formatNumber(totals.units), ''],
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
        caption: m('report.excluded.caption', {
          count: formatNumber(tableTotals(excluded).lines),
        }),
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
