/**
 * ROLL_FORWARD_GAP: the Inventory Ledger does not tie for an ASIN — starting balance + movements
 * ≠ ending balance — by `difference` units. Warning for a cited ASIN (the report must explain
 * it), info otherwise.
 */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

export function rollForwardGap(ctx: Ctx): Finding[] {
  return (ctx.rollForward ?? [])
    .filter((r) => r.difference !== 0)
    .map((r) =>
      finding(
        'ROLL_FORWARD_GAP',
        r.cited ? 'warning' : 'info',
        {
          asin: r.asin,
          from: r.from,
          to: r.to,
          starting: r.starting,
          expected: r.ending - r.difference,
          ending: r.ending,
          difference: r.difference > 0 ? `+${r.difference}` : String(r.difference),
        },
        { asin: r.asin },
      ),
    );
}
