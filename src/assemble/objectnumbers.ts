/**
 * Object numbers as the seller's file has them. The checks run on qpdf's rewritten copy, which
 * numbers objects afresh; a message naming "object 5" must name the object a PDF tool shows in
 * the original. qpdf copies stream data unchanged (--stream-data=preserve), and a stream is never
 * inside an object stream, so a stream's bytes are found in the original right after the
 * `N G obj << … >> stream` that numbers it.
 */

/** Bytes searched back from a stream's data for its `N G obj` (its dictionary comes between). */
const DICT_WINDOW = 64 * 1024;

/**
 * The number of the object whose stream data is `data` in `original`, or undefined when those
 * bytes are not found as a stream's data there (empty data cannot be told apart).
 */
export function originalObjectNumber(original: Buffer, data: Uint8Array): number | undefined {
  if (data.length === 0) return undefined;
  for (let at = original.indexOf(data); at >= 0; at = original.indexOf(data, at + 1)) {
    const before = original.toString('latin1', Math.max(0, at - DICT_WINDOW), at);
    // the data starts after the keyword and its end of line
    if (!/stream\r?\n$/.test(before)) continue;
    let last: string | undefined;
    for (const m of before.matchAll(/(?:^|[^\d])(\d+)\s+\d+\s+obj\b/g)) last = m[1];
    if (last !== undefined) return Number(last);
  }
  return undefined;
}
