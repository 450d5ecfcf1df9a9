/** NO_INVOICE: an ASIN cited in the notice has no final invoice line in the window. */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

export function noInvoice(ctx: Ctx): Finding[] {
  // every class is that of some entry: a counted class of the ASIN is a counted line of it
  const counted = new Set(ctx.lines.classes.filter((c) => !c.excluded).map((c) => c.asin));
  return ctx.products
    .filter((p) => p.cited && !counted.has(p.asin))
    .map((p) =>
      finding(
        'NO_INVOICE',
        'error',
        { asin: p.asin, from: ctx.window.from, to: ctx.window.to },
        { asin: p.asin },
      ),
    );
}
