/**
 * Actions taken must be done, dated, not in the future, and proven:
 * - PLAN_ACTION_FUTURE (error): an action dated after the build date — certainly wrong;
 * - PLAN_ACTION_NOT_DONE: written as a plan (〜します, 〜する予定, "we will") in actionsTaken or
 *   the actions sections — Amazon rejects "corrective action items … not implemented";
 * - PLAN_ACTION_UNDATED: a done action in the actions sections with no date;
 * - PLAN_ACTION_NO_EVIDENCE: an actionsTaken entry with neither evidence nor noEvidenceReason.
 */
import type { Problem } from '../../errors.js';
import {
  actionWhere,
  planProblem,
  q,
  sectionWhere,
  titleParams,
  type PlanContext,
} from '../context.js';
import { EVIDENCE_REF, INTRO } from '../phrases.js';
import { isCompleted, isPlanned } from '../tense.js';
import { datesIn, normalize } from '../text.js';

export function actionsRule(ctx: PlanContext): Problem[] {
  const out: Problem[] = [];
  ctx.c.actionsTaken.forEach((a, i) => {
    const what = normalize(a.what).trim();

    if (a.date > ctx.today)
      out.push(
        planProblem(
          'PLAN_ACTION_FUTURE',
          actionWhere(ctx, i, 'date'),
          'actionFuture',
          { quote: q(what), date: a.date, today: ctx.today },
          'error',
          { expected: `<= ${ctx.today}`, found: a.date },
        ),
      );
    if (isPlanned(what))
      out.push(
        planProblem('PLAN_ACTION_NOT_DONE', actionWhere(ctx, i, 'what'), 'actionNotDone', {
          quote: q(what),
        }),
      );
    if (a.evidence.length === 0 && !(a.noEvidenceReason ?? '').trim())
      out.push(
        planProblem('PLAN_ACTION_NO_EVIDENCE', actionWhere(ctx, i), 'actionNoEvidence', {
          quote: q(what),
          index: i,
        }),
      );
  });
  for (const sec of ctx.sections) {
    if (sec.role !== 'actionsTaken') continue;
    const title = titleParams(sec.id);
    for (const s of sec.sentences) {
      const dates = datesIn(s);
      const planned = isPlanned(s);
      // A done act on a date still to come is certainly wrong; a plan is PLAN_ACTION_NOT_DONE.
      const future = dates.full.filter((d) => d > ctx.today).sort();
      if (future.length && !planned)
        out.push(
          planProblem(
            'PLAN_ACTION_FUTURE',
            sectionWhere(sec.id),
            'actionFutureText',
            { ...title, quote: q(s), date: future[0], today: ctx.today },
            'error',
            { expected: `<= ${ctx.today}`, found: future[0] },
          ),
        );
      if (planned) {
        out.push(
          planProblem('PLAN_ACTION_NOT_DONE', sectionWhere(sec.id), 'actionNotDoneText', {
            ...title,
            quote: q(s),
          }),
        );
      } else if (isCompleted(s) && !dates.any && !INTRO.test(s) && !EVIDENCE_REF.test(s)) {
        out.push(
          planProblem('PLAN_ACTION_UNDATED', sectionWhere(sec.id), 'actionUndated', {
            ...title,
            quote: q(s),
          }),
        );
      }
    }
  }
  return out;
}
