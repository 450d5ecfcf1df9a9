/**
 * PLAN_NUMBER_MISMATCH: a number in the narrative that refers to the reconciliation (units sold,
 * returned, invoiced, received; the return rate) disagrees with it — "240個販売" when the table
 * says 245. Documents that contradict the narrative are a common reason for rejection.
 *
 * Only tight phrasings are read (METRIC_PATTERNS in phrases.ts). When the sentence names
 * products (ASIN, SKU or title) the number is compared with those products (each, or their
 * sum); otherwise with the totals (all products, or the cited ones). Sentences about one month
 * are skipped (the tables are per window). Needs the reconciliation; skipped without it.
 */
import type { Problem } from '../../errors.js';
import type { ProductNumbers } from '../../reconcile/types.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { EN_UNITS, JA_UNITS, METRIC_PATTERNS, RATE_PATTERNS } from '../phrases.js';
import { normalize } from '../text.js';
import { distinctiveWords } from './asins.js';

type Metric = keyof typeof METRIC_PATTERNS;

const METRIC_NAMES: Record<Metric | 'rate', { ja: string; en: string }> = {
  sold: { ja: '販売個数', en: 'units sold' },
  returned: { ja: '返品個数', en: 'units returned' },
  invoiced: { ja: '仕入（請求書）個数', en: 'units invoiced' },
  received: { ja: '入荷個数', en: 'units received' },
  rate: { ja: '返品率', en: 'return rate' },
};

/** Sentences about one month or period (the reconciliation's totals are for the window). */
const PERIOD =
  /(\d{1,2})月(?!\s*\d{1,2}\s*日)|月間|月ごと|毎月|\bper month\b|\bmonthly\b|\b(in|during) (january|february|march|april|may|june|july|august|september|october|november|december)\b|\b\d{4}-\d{2}(?!-\d)/i;

interface Mention {
  metric: Metric | 'rate';
  value: number;
  decimals: number;
  written: string;
}

const N = '(\\d{1,3}(?:,\\d{3})+(?![\\d.])|(?<![\\d.,])\\d+(?![\\d]|[.,]\\d))';
const D = '(\\d+(?:\\.\\d+)?)';

function compile(p: string): RegExp {
  return new RegExp(
    p
      .replaceAll('{N}', N)
      .replaceAll('{D}', D)
      .replaceAll('{JU}', JA_UNITS)
      .replaceAll('{EU}', EN_UNITS),
    'gi',
  );
}

const COUNTS = (Object.keys(METRIC_PATTERNS) as Metric[]).flatMap((metric) =>
  METRIC_PATTERNS[metric].map((p) => ({ metric, re: compile(p) })),
);
const RATES = RATE_PATTERNS.map(compile);

/** Counts and rates written in a sentence, with their metric, in the order written. */
export function mentions(written: string): Mention[] {
  // ASINs and SKU-like codes carry digits that are not counts: masked, same length.
  const sentence = written.replace(/\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,}\b/g, (m) =>
    'X'.repeat(m.length),
  );
  const found: (Mention & { at: number })[] = [];
  const seen = new Set<number>();
  for (const { metric, re } of COUNTS)
    for (const m of sentence.matchAll(re)) {
      const at = m.index! + m[0].indexOf(m[1]!);
      if (seen.has(at)) continue;
      seen.add(at);
      found.push({
        metric,
        value: Number(m[1]!.replace(/,/g, '')),
        decimals: 0,
        written: m[0].trim(),
        at,
      });
    }
  for (const re of RATES)
    for (const m of sentence.matchAll(re))
      found.push({
        metric: 'rate',
        value: Number(m[1]),
        decimals: m[1]!.split('.')[1]?.length ?? 0,
        written: `${m[1]}%`,
        at: m.index! + m[0].lastIndexOf(m[1]!),
      });
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...m }) => m);
}

function sum(ps: ProductNumbers[], f: (p: ProductNumbers) => number): number {
  return ps.reduce((n, p) => n + f(p), 0);
}

/** The values a mention may rightly have, given the products it speaks of. */
function accepted(metric: Metric | 'rate', groups: ProductNumbers[][]): number[] {
  const out: number[] = [];
  for (const g of groups) {
    if (g.length === 0) continue;
    const sold = sum(g, (p) => p.sold);
    const returned = sum(g, (p) => p.returned);
    const quality = sum(g, (p) => p.qualityReturns);
    if (metric === 'sold') out.push(sold);
    if (metric === 'returned') out.push(returned, quality);
    if (metric === 'invoiced') out.push(sum(g, (p) => p.invoiced));
    if (metric === 'received') out.push(sum(g, (p) => p.received ?? 0));
    if (metric === 'rate' && sold > 0) out.push((returned / sold) * 100, (quality / sold) * 100);
    if (metric === 'rate' && g.length === 1 && g[0]!.returnRate !== null) {
      const r = g[0]!.returnRate;
      out.push(r <= 1 ? r * 100 : r);
    }
  }
  return out;
}

export function numbersRule(ctx: PlanContext): Problem[] {
  const rec = ctx.rec;
  if (!rec || rec.products.length === 0) return [];
  const out: Problem[] = [];
  const names = rec.products.map((p) => {
    const product = ctx.c.products.find((cp) => cp.asin === p.asin);
    const all = [
      p.asin,
      ...p.skus,
      ...(product?.skus ?? []),
      ...(product ? [product.title] : []),
      ...distinctiveWords(ctx.c, p.asin),
    ];
    return { p, names: [...new Set(all.map((n) => normalize(n).trim().toLowerCase()))] };
  });
  const cited = rec.products.filter((p) => p.cited);
  // A metric whose records are absent (no orders, no invoice lines, no receipts) is all zeros:
  // comparing with it would flag every number the seller wrote, so it is skipped.
  const total = (f: (p: ProductNumbers) => number) => sum(rec.products, f);
  const soldData = total((p) => p.sold) > 0;
  const hasData: Record<Metric | 'rate', boolean> = {
    sold: soldData,
    returned: soldData,
    rate: soldData,
    invoiced: total((p) => p.invoiced) > 0,
    received: rec.receivedSource !== 'none' && total((p) => p.received ?? 0) > 0,
  };
  for (const sec of ctx.sections) {
    for (const s of sec.sentences) {
      if (PERIOD.test(s)) continue;
      const ms = mentions(s);
      if (ms.length === 0) continue;
      const lower = s.toLowerCase();
      const named = names.filter((n) => n.names.some((x) => x.length >= 3 && lower.includes(x)));
      const groups = named.length
        ? [...named.map((n) => [n.p]), named.map((n) => n.p)]
        : [rec.products, cited];
      const label = named.length ? named.map((n) => n.p.asin).join(', ') : '';
      for (const m of ms) {
        if (!hasData[m.metric]) continue;
        const ok = accepted(m.metric, groups);
        if (ok.length === 0) continue;
        const slack = m.metric === 'rate' ? 0.5 * 10 ** -m.decimals + 1e-9 : 0;
        if (ok.some((v) => Math.abs(v - m.value) <= slack)) continue;
        const expected =
          m.metric === 'rate' ? `${ok[0]!.toFixed(Math.max(1, m.decimals))}%` : String(ok[0]);
        out.push(
          planProblem(
            'PLAN_NUMBER_MISMATCH',
            sectionWhere(sec.id),
            label ? 'numberMismatchAsin' : 'numberMismatch',
            {
              ...titleParams(sec.id),
              quote: q(s),
              written: q(m.written),
              expected,
              asin: label,
              metricJa: METRIC_NAMES[m.metric].ja,
              metricEn: METRIC_NAMES[m.metric].en,
            },
            'warning',
            { expected, found: q(m.written) },
          ),
        );
      }
    }
  }
  return out;
}
