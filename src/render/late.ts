/**
 * Late page numbers: the evidence pages our report cites depend on the report's own length. The
 * report is laid out once with a guessed length (the anchor) and printed with the real one. That
 * holds when no number needs more room than it was measured with: no more digits, which Noto Sans
 * JP draws all equally wide (checked by a test). Otherwise the renderer lays out again with the
 * real length as the anchor.
 */
import { LATE_PAGE } from '../compose/model.js';

export const LATE_MARK = '\uE000';

export function hasLatePage(text: string | undefined): boolean {
  return !!text && text.includes(LATE_MARK);
}

/** `text` with its late page numbers printed for a report of `reportPages` pages. */
export function printLatePages(text: string, reportPages: number): string {
  if (!hasLatePage(text)) return text;
  return text.replace(LATE_PAGE, (_, after: string) => String(reportPages + Number(after)));
}

/**
 * True when no late number up to `maxAfter` pages after the report is longer printed for
 * `actual` pages than measured for `anchor` pages, so the layout made for the anchor holds: a
 * number of as many digits takes the same room, one of fewer digits leaves a little room over.
 * (Always so when the report is not longer than the anchor.)
 */
export function roomEnough(anchor: number, actual: number, maxAfter: number): boolean {
  if (actual <= anchor) return true;
  for (let k = 1; k <= maxAfter; k++)
    if (String(actual + k).length > String(anchor + k).length) return false;
  return true;
}
