/**
 * RECEIVED_BEFORE_INVOICED: a receipt of the window that no final invoice (of any date on file)
 * issued on or before its day can cover, in the invoice → shipment trace. One finding per ASIN,
 * at the first such receipt, naming its FBA shipment; it says how many units were received by
 * that day against the units invoiced by then. Error for a cited ASIN, warning otherwise.
 */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

export function receivedBeforeInvoiced(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const tr of ctx.trace) {
    const first = tr.uncovered[0];
    if (!first) continue;
    const d = first.date;
    let received = 0;
    for (const i of tr.invoices) for (const r of i.covers) if (r.date <= d) received += r.units;
    for (const r of tr.uncovered) if (r.date <= d) received += r.units;
    const invoiced = ctx.invoicedBy(tr.asin, d);
    const uncovered = tr.uncovered.reduce((s, r) => s + r.units, 0);
    const more = tr.uncovered.length - 1;
    const params = {
      asin: tr.asin,
      date: d,
      shipment: first.shipment ?? '',
      units: first.units,
      received,
      invoiced,
      missing: received - invoiced,
      uncovered,
      more,
    };
    const variant = `${first.shipment ? 'shipment' : 'noShipment'}${more > 0 ? '.more' : ''}`;
    out.push(
      finding(
        'RECEIVED_BEFORE_INVOICED',
        tr.cited ? 'error' : 'warning',
        params,
        {
          asin: tr.asin,
          date: d,
        },
        { variant },
      ),
    );
  }
  return out;
}
