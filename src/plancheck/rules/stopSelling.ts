/**
 * PLAN_STOP_SELLING_ONLY: a promise to stop selling (今後一切出品しません, "we will never sell this
 * again", 全商品の販売を停止します) offered instead of a fix. Seed 002's failed first reply did exactly
 * that: a plan must change the process that let the problem happen. It fires, in any section,
 * when the plan has no such change: no root cause named, or no preventive step that says who does
 * what and when (or how it is recorded). In the sections whose subject is what will not be sold
 * (excludedBrands, futureProducts …) only a sentence that gives up the cited products or
 * everything counts; "brand A is not sold" is their subject, not an evasion.
 */
import type { Problem } from '../../errors.js';
import { inRole, planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import {
  ALL_CITED,
  CAUSE,
  RECORD,
  STOP_SELLING,
  STOP_SELLING_CONDITION,
  STOP_SELLING_EXEMPT_SECTIONS,
  STOP_SELLING_SUBJECT,
  WHEN,
  WHO,
} from '../phrases.js';
import { matchesAny, unquoted } from '../text.js';

function stopsSelling(s: string): boolean {
  return !!matchesAny(unquoted(s), STOP_SELLING) && !STOP_SELLING_CONDITION.test(s);
}

/**
 * True when the plan changes the process: the root cause is named and a preventive sentence
 * (not itself a promise to stop selling) says who and when, or who and how it is recorded.
 */
export function hasProcessChange(ctx: PlanContext): boolean {
  const cause = inRole(ctx, 'rootCause').some((s) => !!matchesAny(s.text, CAUSE));
  if (!cause) return false;
  const who = (s: string) => !!matchesAny(s, WHO) || ctx.people.some((p) => s.includes(p));
  return inRole(ctx, 'prevention').some((sec) =>
    sec.sentences.some(
      (s) => !stopsSelling(s) && who(s) && (!!matchesAny(s, WHEN) || !!matchesAny(s, RECORD)),
    ),
  );
}

export function stopSellingRule(ctx: PlanContext): Problem[] {
  const found: { id: string; s: string }[] = [];
  const cited = ctx.c.notice.citedAsins;
  for (const sec of ctx.sections)
    for (const s of sec.sentences) {
      if (!stopsSelling(s)) continue;
      const aboutCited =
        cited.some((a) => s.includes(a)) ||
        !!matchesAny(unquoted(s), STOP_SELLING_SUBJECT) ||
        !!matchesAny(unquoted(s), ALL_CITED);
      if (STOP_SELLING_EXEMPT_SECTIONS.includes(sec.id) && !aboutCited) continue;
      found.push({ id: sec.id, s });
    }
  if (!found.length || hasProcessChange(ctx)) return [];
  return found.map(({ id, s }) =>
    planProblem('PLAN_STOP_SELLING_ONLY', sectionWhere(id), 'stopSelling', {
      ...titleParams(id),
      quote: q(s),
    }),
  );
}
