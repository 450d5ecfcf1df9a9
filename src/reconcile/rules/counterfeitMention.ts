/** COUNTERFEIT_MENTION (warning): one per return in the window whose comment says "fake". */
import type { Ctx } from '../context.js';
import { at, finding } from '../finding.js';
import type { Finding } from '../types.js';

export function counterfeitMention(ctx: Ctx): Finding[] {
  return ctx.returns
    .filter((r) => r.counterfeit)
    .map((r) =>
      finding(
        'COUNTERFEIT_MENTION',
        'warning',
        {
          asin: r.asin as string,
          date: r.returnDate.slice(0, 10),
          units: r.quantity,
          reason: r.reason,
          comment: (r.comment ?? '').replace(/\s+/g, ' ').trim(),
        },
        { asin: r.asin, ...at(r.src), date: r.returnDate.slice(0, 10) },
      ),
    );
}
