/**
 * PLAN_PERF_HANDLING_TIME (performance cases about late shipments): the handling time set in
 * Seller Central must be stated (case.json performance.handlingTimeDays) and reviewed in the
 * text against the real process (root cause, fix or prevention mention it). When those sentences
 * give a number of days, one of them must be the value stated. Seed 000: a handling time shorter
 * than the real process is a common cause of late shipments.
 */
import type { Problem } from '../../errors.js';
import { t } from '../../i18n/catalogue.js';
import { planProblem, q, sectionWhere, type PlanContext } from '../context.js';
import { matchesAny } from '../text.js';
import { DAYS, HANDLING_TIME } from './perfPhrases.js';

export function perfHandlingTimeRule(ctx: PlanContext): Problem[] {
  const p = ctx.c.performance;
  if (ctx.c.kind !== 'performance' || p?.metric === 'wrongItems') return [];
  const days = p?.handlingTimeDays;
  const sentences = ctx.sections
    .filter((s) => s.role !== 'other')
    .flatMap((s) => s.sentences.filter((x) => matchesAny(x, HANDLING_TIME)).map((x) => ({ s, x })));
  const out: Problem[] = [];
  if (days === undefined)
    out.push(
      planProblem(
        'PLAN_PERF_HANDLING_TIME',
        { file: 'case.json', jsonPath: '$.performance.handlingTimeDays' },
        'perfHandlingTimeUnset',
        {},
        'warning',
        { expected: 'performance.handlingTimeDays', found: t('problem.nothing') },
      ),
    );
  if (sentences.length === 0) {
    const prevention = ctx.sections.find((s) => s.role === 'prevention');
    out.push(
      planProblem(
        'PLAN_PERF_HANDLING_TIME',
        sectionWhere(prevention?.id ?? 'prevention'),
        'perfHandlingTimeNotReviewed',
        { days: days ?? '-' },
        'warning',
        {
          expected: t('plancheck.expect.handlingReviewed'),
          found: t('plancheck.found.notMentioned'),
        },
      ),
    );
    return out;
  }
  if (days === undefined) return out;
  const written = sentences.flatMap(({ x }) => [...x.matchAll(DAYS)].map((m) => Number(m[1])));
  if (written.length && !written.includes(days)) {
    const first = sentences.find(({ x }) => [...x.matchAll(DAYS)].length > 0)!;
    out.push(
      planProblem(
        'PLAN_PERF_HANDLING_TIME',
        sectionWhere(first.s.id),
        'perfHandlingTimeMismatch',
        { days, written: written.join(', '), quote: q(first.x) },
        'warning',
        { expected: `${days}`, found: written.join(', ') },
      ),
    );
  }
  return out;
}
