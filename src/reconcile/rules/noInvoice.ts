/** NO_INVOICE: an ASIN cited in the notice has no final invoice line in the window. */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

export function noInvoice(ctx: Ctx): Finding[] {
  return ctx.products
    .filter((p) => p.cited && !ctx.lines.some((l) => !l.excluded && l.asin === p.asin))
    .map((p) =>
      finding(
        'NO_INVOICE',
        'error',
        { asin: p.asin, from: ctx.window.from, to: ctx.window.to },
        { asin: p.asin },
      ),
    );
}
