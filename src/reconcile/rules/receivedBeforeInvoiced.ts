/**
 * RECEIVED_BEFORE_INVOICED: walking the receipts of the window in date order, the units received
 * so far exceed the units of final invoices (of any date on file) issued on or before that day.
 * One finding per ASIN, at the first such day. Error for a cited ASIN, warning otherwise.
 */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

function groupSum<T>(
  xs: T[],
  key: (x: T) => string | undefined,
  day: (x: T) => string,
  n: (x: T) => number,
) {
  const out = new Map<string, Map<string, number>>();
  for (const x of xs) {
    const k = key(x);
    if (k === undefined) continue;
    let m = out.get(k);
    if (!m) out.set(k, (m = new Map()));
    const d = day(x).slice(0, 10);
    m.set(d, (m.get(d) ?? 0) + n(x));
  }
  return out;
}

export function receivedBeforeInvoiced(ctx: Ctx): Finding[] {
  const receipts = groupSum(
    ctx.receipts,
    (r) => r.asin,
    (r) => r.date,
    (r) => r.quantity,
  );
  const invoices = groupSum(
    ctx.lines.filter((l) => l.status === 'final'),
    (l) => l.asin,
    (l) => l.line.issueDate,
    (l) => l.line.quantity,
  );
  const out: Finding[] = [];
  for (const p of ctx.products) {
    const byDay = receipts.get(p.asin);
    if (!byDay) continue;
    const inv = [...(invoices.get(p.asin) ?? new Map<string, number>())].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
    );
    let received = 0;
    let invoiced = 0;
    let i = 0;
    for (const d of [...byDay.keys()].sort()) {
      received += byDay.get(d) ?? 0;
      while (i < inv.length && inv[i]![0] <= d) invoiced += inv[i++]![1];
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
