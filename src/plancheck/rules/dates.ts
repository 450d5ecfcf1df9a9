/**
 * PLAN_DATE_CONTRADICTION: dates that cannot all be true.
 * - an action taken dated before the notice it answers (actionsTaken[i].date < notice.receivedOn,
 *   or a completed act in the actions sections whose every date is before the notice);
 * - an invoice dated after the FBA receipt it covers (a reviewer's red flag, amazon-appeals.md
 *   §1): per ASIN, at some receipt the units invoiced up to that day are fewer than the units
 *   received up to that day, and a later invoice makes up the difference. Needs the
 *   reconciliation; skipped without it.
 */
import type { Case } from '../../case/schema.js';
import type { Problem } from '../../errors.js';
import type { InvoiceLine, ReceiptRow } from '../../records/types.js';
import { scanLines } from '../../reconcile/lines.js';
import type { Reconciliation } from '../../reconcile/types.js';
import {
  actionWhere,
  planProblem,
  q,
  sectionWhere,
  titleParams,
  type PlanContext,
} from '../context.js';
import { isCompleted } from '../tense.js';
import { datesIn, normalize } from '../text.js';

function receiptAsin(c: Case, r: ReceiptRow): string | undefined {
  if (r.asin) return r.asin;
  if (!r.sku) return undefined;
  return c.products.find((p) => p.skus.includes(r.sku!))?.asin;
}

/** The first invoice per ASIN dated after a receipt it is needed to cover. */
export function lateInvoices(
  c: Case,
  rec: Reconciliation,
): { asin: string; line: InvoiceLine; receipt: ReceiptRow }[] {
  // per ASIN and issue date: units, and the first line (counted lines first, then those
  // outside the window), without a list of the lines (there may be millions)
  const byAsin = new Map<string, Map<string, { units: number; first: InvoiceLine }>>();
  const add = (asin: string, l: { issueDate: string; quantity: number }, at: () => InvoiceLine) => {
    let days = byAsin.get(asin);
    if (!days) byAsin.set(asin, (days = new Map()));
    const d = days.get(l.issueDate);
    if (d) d.units += l.quantity;
    else days.set(l.issueDate, { units: l.quantity, first: at() });
  };
  const { invoiceLines, excludedInvoiceLines } = rec.detail;
  scanLines(invoiceLines, (l, i) => add(l.asin, l, () => invoiceLines.at(i)!));
  scanLines(excludedInvoiceLines, (l, i) => {
    if (l.reason === 'outsideWindow' && l.asin) add(l.asin, l, () => excludedInvoiceLines.at(i)!);
  });
  const out: { asin: string; line: InvoiceLine; receipt: ReceiptRow }[] = [];
  const asins = [...byAsin.keys()].sort();
  for (const asin of asins) {
    const inv = [...byAsin.get(asin)!.entries()].sort(([a], [b]) => a.localeCompare(b));
    const rcv = rec.detail.receipts
      .filter((r) => receiptAsin(c, r) === asin && r.quantity > 0)
      .sort((a, b) => a.date.localeCompare(b.date));
    let received = 0;
    for (const r of rcv) {
      received += r.quantity;
      const invoiced = inv.filter(([d]) => d <= r.date).reduce((n, [, x]) => n + x.units, 0);
      if (invoiced >= received) continue;
      const later = inv.find(([d]) => d > r.date);
      if (later) out.push({ asin, line: later[1].first, receipt: r });
      break;
    }
  }
  return out;
}

export function datesRule(ctx: PlanContext): Problem[] {
  const { c } = ctx;
  const out: Problem[] = [];
  c.actionsTaken.forEach((a, i) => {
    if (a.date < c.notice.receivedOn)
      out.push(
        planProblem(
          'PLAN_DATE_CONTRADICTION',
          actionWhere(ctx, i, 'date'),
          'actionBeforeNotice',
          { quote: q(normalize(a.what)), date: a.date, notice: c.notice.receivedOn },
          'warning',
          { expected: `>= ${c.notice.receivedOn}`, found: a.date },
        ),
      );
  });
  for (const sec of ctx.sections) {
    if (sec.role !== 'actionsTaken') continue;
    for (const s of sec.sentences) {
      const full = datesIn(s).full;
      // Only a completed act whose every date precedes the notice: "仕入れた商品を…返送しました"
      // with one date before and one after is background plus action.
      if (!full.length || !isCompleted(s) || full.some((d) => d >= c.notice.receivedOn)) continue;
      out.push(
        planProblem(
          'PLAN_DATE_CONTRADICTION',
          sectionWhere(sec.id),
          'actionTextBeforeNotice',
          { ...titleParams(sec.id), quote: q(s), date: full[0], notice: c.notice.receivedOn },
          'warning',
          { expected: `>= ${c.notice.receivedOn}`, found: full[0] },
        ),
      );
    }
  }
  if (ctx.rec)
    for (const { asin, line, receipt } of lateInvoices(c, ctx.rec))
      out.push(
        planProblem(
          'PLAN_DATE_CONTRADICTION',
          { file: line.src.file, sheet: line.src.sheet, row: line.src.row },
          'invoiceAfterReceipt',
          {
            asin,
            invoice: line.invoiceNumber,
            invoiceDate: line.issueDate,
            receiptDate: receipt.date,
            receiptFile: receipt.src.file,
            receiptRow: receipt.src.row,
          },
          'warning',
          { expected: `<= ${receipt.date}`, found: line.issueDate },
        ),
      );
  return out;
}
