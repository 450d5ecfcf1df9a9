/** Reading the date range of a Business Report from its file name or case.json. */

const DATE = /(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})/g;

function realDay(y: string, m: string, d: string): string | undefined {
  const dt = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (dt.getUTCMonth() !== Number(m) - 1 || dt.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m}-${d}`;
}

/**
 * The range a Business Report covers: case.json `records.businessReportRange` when given, else
 * the two dates written in its file name (2025-10-20, 20251020, 2025_10_20 …), earliest first.
 * Empty when neither says it.
 */
export function businessReportRange(
  file: string,
  given: { from: string; to: string } | undefined,
): { from?: string; to?: string } {
  if (given) return { from: given.from, to: given.to };
  const name = file.slice(file.lastIndexOf('/') + 1);
  const days: string[] = [];
  for (const m of name.matchAll(DATE)) {
    const d = realDay(m[1]!, m[2]!, m[3]!);
    if (d) days.push(d);
  }
  if (days.length !== 2) return {};
  days.sort();
  return { from: days[0], to: days[1] };
}
