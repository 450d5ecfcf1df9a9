/**
 * PLAN_TONE_PLEADING: emotional pleading (どうか, 死活問題, 家族が, "please, I beg"). Amazon asks
 * for a factual, business-like plan; pleading takes the place of facts. Checked in every section.
 */
import type { Problem } from '../../errors.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { PLEADING } from '../phrases.js';
import { unquoted } from '../text.js';

/** "どうか" also ends "〜かどうか" (whether), which is not pleading. */
function pleads(s: string): boolean {
  const cleaned = unquoted(s).replace(/かどうか/g, '');
  return PLEADING.some((p) => p.test(cleaned));
}

export function pleadingRule(ctx: PlanContext): Problem[] {
  const out: Problem[] = [];
  for (const sec of ctx.sections)
    for (const s of sec.sentences)
      if (pleads(s))
        out.push(
          planProblem('PLAN_TONE_PLEADING', sectionWhere(sec.id), 'tonePleading', {
            ...titleParams(sec.id),
            quote: q(s),
          }),
        );
  return out;
}
