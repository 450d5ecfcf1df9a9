/**
 * The one place where dates, numbers and percentages are written for people: 2026年9月15日 /
 * Sep 15, 2026, 1,234, 12.5%. Pure and locale-independent (no Intl default locale, no clock).
 */
import type { Lang } from './catalogue.js';

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 0];
}

/** A calendar date YYYY-MM-DD as 2026年9月15日 or Sep 15, 2026 (other text is returned as is). */
export function formatDate(iso: string, lang: Lang): string {
  const p = parts(iso);
  if (!p || !p[2]) return iso;
  const [y, m, d] = p;
  return lang === 'ja' ? `${y}年${m}月${d}日` : `${MONTHS_EN[m - 1]} ${d}, ${y}`;
}

/**
 * A day without its year for a chart's axis: 9/15 in Japanese, Sep 15 in English (where "9/15"
 * would read as the 9th of a 15th month in much of the English-speaking world).
 */
export function formatDayShort(iso: string, lang: Lang): string {
  const p = parts(iso);
  if (!p || !p[2]) return iso;
  const [, m, d] = p;
  return lang === 'ja' ? `${m}/${d}` : `${MONTHS_EN[m - 1]} ${d}`;
}

/** A month YYYY-MM as 2026年9月 or Sep 2026. */
export function formatMonth(ym: string, lang: Lang): string {
  const p = parts(ym);
  if (!p) return ym;
  const [y, m] = p;
  return lang === 'ja' ? `${y}年${m}月` : `${MONTHS_EN[m - 1]} ${y}`;
}

/**
 * A month label for a chart's axis: 9月 / Sep, with the year written out (2025年10月 / Oct 2025)
 * when `withYear` (the first month and where the year changes) — never "Oct 25", which reads
 * as a day.
 */
export function formatMonthShort(ym: string, lang: Lang, withYear: boolean): string {
  const p = parts(ym);
  if (!p) return ym;
  const [, m] = p;
  if (withYear) return formatMonth(ym, lang);
  return lang === 'ja' ? `${m}月` : `${MONTHS_EN[m - 1]}`;
}

/**
 * A month label for a chart's axis on two lines: the month (9月 / Sep), then the year (2025年 /
 * 2025) on the first month and where the year changes.
 */
export function formatMonthAxis(ym: string, lang: Lang, withYear: boolean): string[] {
  const p = parts(ym);
  if (!p) return [ym];
  const [y] = p;
  const month = formatMonthShort(ym, lang, false);
  return withYear ? [month, lang === 'ja' ? `${y}年` : String(y)] : [month];
}

/** An integer or decimal with thousands separators: 1,234 / -12,345.5. Same in both languages. */
export function formatNumber(n: number, fractionDigits = 0): string {
  if (!Number.isFinite(n)) return '–';
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [int, frac] = fixed.split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg && Number(fixed) !== 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** A ratio (0.125) as a percentage: 12.5%. null → an en dash. */
export function formatPercent(ratio: number | null | undefined, fractionDigits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '–';
  return `${formatNumber(ratio * 100, fractionDigits)}%`;
}

/** A list of short items: 「A、B、C」 in Japanese, "A, B, C" in English. */
export function formatList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'ja' ? '、' : ', ');
}
