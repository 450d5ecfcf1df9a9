/** INVOICE_SHORTFALL: fewer units invoiced than sold in the window (error when cited). */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

export function invoiceShortfall(ctx: Ctx): Finding[] {
  return ctx.numbers
    .filter((p) => p.invoiced < p.sold)
    .map((p) =>
      finding(
        'INVOICE_SHORTFALL',
        p.cited ? 'error' : 'warning',
        {
          asin: p.asin,
          sold: p.sold,
          invoiced: p.invoiced,
          missing: p.sold - p.invoiced,
          from: ctx.window.from,
          to: ctx.window.to,
        },
        { asin: p.asin },
      ),
    );
}
