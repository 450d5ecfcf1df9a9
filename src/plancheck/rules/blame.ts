/**
 * PLAN_TONE_BLAME: the buyer, Amazon or a competitor is blamed (購入者の勘違い, 競合の嫌がらせ,
 * Amazonの誤り, "the buyer was wrong"). A reviewer reads it as a seller who has not found the
 * cause on their own side. Checked in every section.
 */
import type { Problem } from '../../errors.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { BLAME } from '../phrases.js';
import { matchesAny, unquoted } from '../text.js';

export function blameRule(ctx: PlanContext): Problem[] {
  const out: Problem[] = [];
  for (const sec of ctx.sections)
    for (const s of sec.sentences)
      if (matchesAny(unquoted(s), BLAME))
        out.push(
          planProblem('PLAN_TONE_BLAME', sectionWhere(sec.id), 'toneBlame', {
            ...titleParams(sec.id),
            quote: q(s),
          }),
        );
  return out;
}
