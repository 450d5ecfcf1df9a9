/**
 * PLAN_ROOTCAUSE_MISSING: the root-cause section names no cause (原因, ため, により,
 * "because", "due to" …). Amazon's first question is the root cause; an apology is not one.
 */
import type { Problem } from '../../errors.js';
import { inRole, planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { CAUSE } from '../phrases.js';
import { matchesAny } from '../text.js';

export function rootCauseRule(ctx: PlanContext): Problem[] {
  const secs = inRole(ctx, 'rootCause');
  if (secs.length === 0) return [];
  // an empty section is NARRATIVE_MISSING (one finding for one cause)
  if (secs.every((s) => s.sentences.length === 0)) return [];
  if (secs.some((s) => matchesAny(s.text, CAUSE))) return [];
  const sec = secs.find((s) => s.sentences.length > 0)!;
  return [
    planProblem('PLAN_ROOTCAUSE_MISSING', sectionWhere(sec.id), 'rootCauseNoCause', {
      ...titleParams(sec.id),
      quote: q(sec.sentences[0]!),
    }),
  ];
}
