/**
 * COUNTERFEIT_MENTION (warning): one per return in the window whose comment says "fake" and whose
 * unit no document of case.json covers yet (`documents[].lpns`, the inspection record). Once the
 * seller has inspected the unit and the record names its LPN, the comment is answered: §5 lists
 * the unit with that record (and COMPLAINT_NOT_INSPECTED no longer fires either).
 */
import type { Ctx } from '../context.js';
import { at, finding, listed } from '../finding.js';
import type { Finding } from '../types.js';

export function counterfeitMention(ctx: Ctx): Finding[] {
  return listed(
    ctx.complaints.filter((u) => !u.inspection),
    (u) =>
      finding(
        'COUNTERFEIT_MENTION',
        'warning',
        {
          asin: u.asin,
          date: u.date,
          units: u.quantity,
          reason: u.reason,
          comment: (u.comment ?? '').replace(/\s+/g, ' ').trim(),
        },
        { asin: u.asin, ...at(u.src), date: u.date },
      ),
  );
}
