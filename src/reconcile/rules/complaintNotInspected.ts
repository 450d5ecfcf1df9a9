/**
 * COMPLAINT_NOT_INSPECTED (warning): a returned unit whose comment doubts authenticity is named
 * by no document of case.json (`documents[].lpns`, e.g. an inspection record). Without an LPN in
 * the returns report the unit cannot be matched: the message says so.
 */
import type { Ctx } from '../context.js';
import { at, finding, listed } from '../finding.js';
import type { Finding } from '../types.js';

export function complaintNotInspected(ctx: Ctx): Finding[] {
  return listed(
    ctx.complaints.filter((u) => !u.inspection),
    (u) =>
      finding(
        'COMPLAINT_NOT_INSPECTED',
        'warning',
        { asin: u.asin, date: u.date, orderId: u.orderId, lpn: u.lpn ?? '' },
        { asin: u.asin, ...at(u.src), date: u.date },
        { variant: u.lpn ? 'lpn' : 'noLpn' },
      ),
  );
}
