/**
 * PLAN_PREVENTION_INCOMPLETE: each preventive measure (each prevention section of the kind,
 * see PLAN_ROLES) must name who is responsible, when it happens (a frequency or a trigger) and
 * how compliance is checked or recorded — seed 000's "concrete means who, what, when, how checked".
 * Empty sections are left to NARRATIVE_MISSING (the case check).
 */
import type { Problem } from '../../errors.js';
import { t } from '../../i18n/catalogue.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { specifics } from './vague.js';

const PARTS = {
  who: { ja: '担当者・役割', en: 'who is responsible' },
  when: { ja: '頻度・タイミング', en: 'how often or on what trigger' },
  record: { ja: '確認・記録の方法', en: 'how it is checked or recorded' },
} as const;

export function preventionRule(ctx: PlanContext): Problem[] {
  const out: Problem[] = [];
  for (const sec of ctx.sections) {
    if (sec.role !== 'prevention' || sec.sentences.length === 0) continue;
    const sp = specifics(sec.text, ctx.people);
    const missing = (Object.keys(PARTS) as (keyof typeof PARTS)[]).filter((k) => !sp[k]);
    if (missing.length === 0) continue;
    out.push(
      planProblem(
        'PLAN_PREVENTION_INCOMPLETE',
        sectionWhere(sec.id),
        'preventionIncomplete',
        {
          ...titleParams(sec.id),
          quote: q(sec.sentences[0]!),
          missingJa: missing.map((k) => PARTS[k].ja).join('、'),
          missingEn: missing.map((k) => PARTS[k].en).join(', '),
        },
        'warning',
        {
          expected: t('plancheck.expect.prevention'),
          found: t('plancheck.found.missing', {
            list: {
              ja: missing.map((k) => PARTS[k].ja).join('、'),
              en: missing.map((k) => PARTS[k].en).join(', '),
            },
          }),
        },
      ),
    );
  }
  return out;
}
