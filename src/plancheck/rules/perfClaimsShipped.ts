/**
 * PLAN_PERF_CLAIMS_SHIPPED (performance cases): the fix or the actions say every pending order
 * has shipped (全て出荷済み, すべての注文を出荷しました, "all pending orders have shipped") while
 * the shipping log still has unshipped orders. A claim the records contradict gets a plan
 * rejected; seed 000: ship every pending order first, then write the plan. Needs the
 * reconciliation; skipped without it.
 */
import { PLAN_ROLES } from '../../case/sections.js';
import type { Problem } from '../../errors.js';
import { t } from '../../i18n/catalogue.js';
import { actionWhere, planProblem, q, sectionWhere, type PlanContext } from '../context.js';
import { matchesAny, normalize, unquoted } from '../text.js';
import { ALL_SHIPPED } from './perfPhrases.js';

export function perfClaimsShippedRule(ctx: PlanContext): Problem[] {
  const unshipped = ctx.rec?.performance?.unshipped ?? [];
  if (ctx.c.kind !== 'performance' || unshipped.length === 0) return [];
  const params = {
    count: unshipped.length,
    orders: unshipped
      .slice(0, 3)
      .map((u) => u.orderId)
      .join(', '),
    more: unshipped.length > 3 ? ' …' : '',
  };
  const extra = {
    expected: t('plancheck.expect.noUnshipped'),
    found: t('plancheck.found.unshipped', { count: unshipped.length }),
  };
  const out: Problem[] = [];
  const ids = PLAN_ROLES.performance.actionsTaken as readonly string[];
  for (const sec of ctx.sections) {
    if (!ids.includes(sec.id)) continue;
    for (const s of sec.sentences)
      if (matchesAny(unquoted(s), ALL_SHIPPED))
        out.push(
          planProblem(
            'PLAN_PERF_CLAIMS_SHIPPED',
            sectionWhere(sec.id),
            'perfClaimsShipped',
            { ...params, quote: q(s) },
            'error',
            extra,
          ),
        );
  }
  ctx.c.actionsTaken.forEach((a, i) => {
    const what = normalize(a.what);
    if (matchesAny(unquoted(what), ALL_SHIPPED))
      out.push(
        planProblem(
          'PLAN_PERF_CLAIMS_SHIPPED',
          actionWhere(ctx, i, 'what'),
          'perfClaimsShipped',
          { ...params, quote: q(what) },
          'error',
          extra,
        ),
      );
  });
  return out;
}
