/**
 * PLAN_PERF_NUMBER_MISMATCH (performance cases): a number in the text that the reconciliation
 * knows and disagrees with it. Only tight phrasings are read, so a rate quoted from Amazon's own
 * dashboard does not trip it: a late shipment rate in a sentence that says "before the fix" or
 * "since the fix" (compared with the rate of that period, to one decimal), and the count of
 * unshipped orders (未出荷の注文は N 件, "N unshipped orders"). Needs the reconciliation.
 */
import type { Problem } from '../../errors.js';
import { planProblem, q, sectionWhere, type PlanContext } from '../context.js';

const LATE_RATE = /(出荷遅延率|遅延率|late[- ]shipment rate|late rate)/i;
const BEFORE = /(改善前|改善する前|before the fix)/i;
const AFTER = /(改善後|改善日以降|改善以降|since the fix|after the fix)/i;
const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/g;
const UNSHIPPED = [
  /未出荷(?:の注文)?(?:は|が)\s*(\d+)\s*件/,
  /(\d+)\s*件(?:の注文)?が未出荷/,
  /\b(\d+) (?:orders? (?:are |is )?(?:still )?unshipped|unshipped orders?)\b/i,
];

function pct(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1000) / 10;
}

export function perfNumbersRule(ctx: PlanContext): Problem[] {
  const p = ctx.rec?.performance;
  if (ctx.c.kind !== 'performance' || !p) return [];
  const out: Problem[] = [];
  const push = (id: string, s: string, what: { ja: string; en: string }, w: string, e: string) =>
    out.push(
      planProblem(
        'PLAN_PERF_NUMBER_MISMATCH',
        sectionWhere(id),
        'perfNumberMismatch',
        { quote: q(s), whatJa: what.ja, whatEn: what.en, written: w, expected: e },
        'warning',
        { expected: e, found: w },
      ),
    );
  for (const sec of ctx.sections)
    for (const s of sec.sentences) {
      if (LATE_RATE.test(s)) {
        const before = BEFORE.test(s);
        const after = AFTER.test(s);
        // one period named, one rate written: compare
        const rates = [...s.matchAll(PERCENT)].map((m) => Number(m[1]));
        const own = rates.filter((r) => r !== p.target * 100);
        if (before !== after && own.length === 1) {
          const want = pct(before ? p.before.lateRate : p.after.lateRate);
          if (want !== null && Math.abs(own[0]! - want) > 0.05)
            push(
              sec.id,
              s,
              before
                ? { ja: '改善前の出荷遅延率', en: 'the late shipment rate before the fix' }
                : { ja: '改善後の出荷遅延率', en: 'the late shipment rate since the fix' },
              `${own[0]}%`,
              `${want.toFixed(1)}%`,
            );
        }
      }
      for (const re of UNSHIPPED) {
        const m = re.exec(s);
        if (m && Number(m[1]) !== p.unshipped.length) {
          push(
            sec.id,
            s,
            { ja: '未出荷の注文数', en: 'the number of unshipped orders' },
            m[1]!,
            String(p.unshipped.length),
          );
          break;
        }
      }
    }
  return out;
}
