/**
 * RECEIVED_BEFORE_INVOICED: walking the receipts of the window in date order, the units received
 * so far exceed the units of final invoices (of any date on file) issued on or before that day.
 * One finding per ASIN, at the first such day. Error for a cited ASIN, warning otherwise.
 */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

export function receivedBeforeInvoiced(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.products) {
    const byDay = new Map<string, number>();
    for (const r of ctx.receipts)
      if (r.asin === p.asin) {
        const d = r.date.slice(0, 10);
        byDay.set(d, (byDay.get(d) ?? 0) + r.quantity);
      }
    const invoices = ctx.lines.filter((l) => l.status === 'final' && l.asin === p.asin);
    let received = 0;
    for (const d of [...byDay.keys()].sort()) {
      received += byDay.get(d) ?? 0;
      const invoiced = invoices
        .filter((l) => l.line.issueDate.slice(0, 10) <= d)
        .reduce((n, l) => n + l.line.quantity, 0);
      if (received > invoiced) {
        out.push(
          finding(
            'RECEIVED_BEFORE_INVOICED',
            p.cited ? 'error' : 'warning',
            { asin: p.asin, date: d, received, invoiced, missing: received - invoiced },
            { asin: p.asin, date: d },
          ),
        );
        break;
      }
    }
  }
  return out;
}
