/**
 * PLAN_PERF_NO_DEPUTY (performance cases about late shipments): someone who ships while the
 * owner is away must be named with contact details — in case.json performance.deputy (name and
 * phone or e-mail) or in the prevention text (a deputy word and a contact detail). Seed 000:
 * "I was travelling; I will be careful" is not a plan; a named stand-in with contact is.
 */
import type { Problem } from '../../errors.js';
import { t } from '../../i18n/catalogue.js';
import { planProblem, sectionWhere, type PlanContext } from '../context.js';
import { matchesAny } from '../text.js';
import { CONTACT, DEPUTY } from './perfPhrases.js';

export function perfDeputyRule(ctx: PlanContext): Problem[] {
  const p = ctx.c.performance;
  if (ctx.c.kind !== 'performance' || p?.metric === 'wrongItems') return [];
  const deputy = p?.deputy;
  // a real number or address, not the scaffold's placeholder "（電話番号）"
  const phoneOk = ((deputy?.phone ?? '').normalize('NFKC').match(/\d/g) ?? []).length >= 6;
  const emailOk = /\S+@\S+\.\S+/.test(deputy?.email ?? '');
  const declared = !!deputy && (phoneOk || emailOk);
  if (declared) return [];
  const prevention = ctx.sections.filter((s) => s.role === 'prevention');
  const named = prevention.some((s) =>
    s.sentences.some((x) => matchesAny(x, DEPUTY) && matchesAny(x, CONTACT)),
  );
  if (named) return [];
  const where = deputy
    ? { file: 'case.json', jsonPath: '$.performance.deputy' }
    : sectionWhere(prevention[0]?.id ?? 'prevention');
  return [
    planProblem(
      'PLAN_PERF_NO_DEPUTY',
      where,
      deputy ? 'perfDeputyNoContact' : 'perfNoDeputy',
      { name: deputy?.name ?? '' },
      'warning',
      {
        expected: t('plancheck.expect.deputy'),
        found: deputy
          ? t('plancheck.found.deputyNoContact', { name: deputy.name })
          : t('problem.nothing'),
      },
    ),
  ];
}
