/**
 * PLAN_STOP_SELLING_ONLY: a promise to stop selling the ASIN (今後一切出品しません, "we will never
 * sell this again") offered as the fix. Seed 002's failed first reply did exactly that; a plan
 * must fix the process that let the problem happen. Sections whose subject is what will not be
 * sold (excludedBrands, restrictedProducts …) are exempt.
 */
import type { Problem } from '../../errors.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { STOP_SELLING, STOP_SELLING_CONDITION, STOP_SELLING_EXEMPT_SECTIONS } from '../phrases.js';
import { matchesAny, unquoted } from '../text.js';

export function stopSellingRule(ctx: PlanContext): Problem[] {
  const out: Problem[] = [];
  for (const sec of ctx.sections) {
    if (STOP_SELLING_EXEMPT_SECTIONS.includes(sec.id)) continue;
    for (const s of sec.sentences)
      if (matchesAny(unquoted(s), STOP_SELLING) && !STOP_SELLING_CONDITION.test(s))
        out.push(
          planProblem('PLAN_STOP_SELLING_ONLY', sectionWhere(sec.id), 'stopSelling', {
            ...titleParams(sec.id),
            quote: q(s),
          }),
        );
  }
  return out;
}
