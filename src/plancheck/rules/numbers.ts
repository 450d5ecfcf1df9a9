/**
 * PLAN_NUMBER_MISMATCH: a number in the narrative that refers to the reconciliation (units sold,
 * returned, invoiced, received; the return rate) disagrees with it — "240個販売" when the table
 * says 245. Documents that contradict the narrative are a common reason for rejection.
 *
 * A count is a number followed by a unit (個, 件, units …); its metric is the nearest metric word
 * in the same clause. When the sentence names products (ASIN, SKU or title) the number is
 * compared with those products (each, or their sum); otherwise with the totals (all products,
 * or the cited ones). Sentences about one month are skipped (the tables are per window).
 * Needs the reconciliation; skipped without it.
 */
import type { Problem } from '../../errors.js';
import type { ProductNumbers } from '../../reconcile/types.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { METRIC_WORDS, RATE_WORDS, UNIT } from '../phrases.js';
import { normalize } from '../text.js';

type Metric = keyof typeof METRIC_WORDS;

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

/** Units followed by these count kinds of products, not units ("2点のASIN"). */
const NOT_UNITS = /^\s*(の)?(ASIN|SKU|商品|種類|品目|ブランド)/i;

/** Clause boundaries: a metric word only speaks for numbers in its own clause. */
const CLAUSE = /[、;，；]|,(?!\d{3}(?!\d))|\b(and|but|while|whereas|of which)\b|うち|のうち|中/gi;

const RATE_SPAN = new RegExp(RATE_WORDS.map((r) => r.source).join('|'), 'gi');

interface Mention {
  metric: Metric | 'rate';
  value: number;
  decimals: number;
  written: string;
}

function clauses(s: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const m of s.matchAll(CLAUSE)) {
    out.push({ start, text: s.slice(start, m.index) });
    start = m.index! + m[0].length;
  }
  out.push({ start, text: s.slice(start) });
  return out;
}

/** Counts and rates written in a sentence, with their metric. */
export function mentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const cl of clauses(sentence)) {
    const text = cl.text;
    const hasRate = RATE_WORDS.some((r) => r.test(text));
    if (hasRate)
      for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*%/g))
        out.push({
          metric: 'rate',
          value: Number(m[1]),
          decimals: m[1]!.split('.')[1]?.length ?? 0,
          written: m[0],
        });
    // Metric words, except where they are part of a rate word (返品率, return rate).
    const masked = text.replace(RATE_SPAN, (w) => ' '.repeat(w.length));
    const words: { metric: Metric; at: number }[] = [];
    for (const metric of Object.keys(METRIC_WORDS) as Metric[])
      for (const re of METRIC_WORDS[metric])
        for (const m of masked.matchAll(new RegExp(re.source, `g${re.flags.replace('g', '')}`)))
          words.push({ metric, at: m.index! });
    if (words.length === 0) continue;
    for (const m of text.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d|\s*%)/g)) {
      const after = text.slice(m.index! + m[0].length);
      if (!UNIT.test(after)) continue;
      const unit = UNIT.exec(after)![0];
      if (NOT_UNITS.test(after.slice(unit.length))) continue;
      const nearest = words.reduce((a, b) =>
        Math.abs(b.at - m.index!) < Math.abs(a.at - m.index!) ? b : a,
      );
      out.push({
        metric: nearest.metric,
        value: Number(m[1]!.replace(/,/g, '')),
        decimals: 0,
        written: `${m[0]}${unit}`.trim(),
      });
    }
  }
  return out;
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
    if (metric === 'received') out.push(sum(g, (p) => p.received));
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
    const all = [p.asin, ...p.skus, ...(product?.skus ?? []), ...(product ? [product.title] : [])];
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
    received: rec.receivedSource !== 'none' && total((p) => p.received) > 0,
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
              written: m.written,
              expected,
              asin: label,
              metricJa: METRIC_NAMES[m.metric].ja,
              metricEn: METRIC_NAMES[m.metric].en,
            },
            'warning',
            { expected, found: m.written },
          ),
        );
      }
    }
  }
  return out;
}
