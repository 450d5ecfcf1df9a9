/**
 * Length of the sections, thresholds in LIMITS (phrases.ts):
 * (an empty section is NARRATIVE_MISSING of the case check, one finding for one cause);
 * - PLAN_LENGTH_SHORT: a root-cause, actions or prevention section of a single sentence;
 * - PLAN_LENGTH_LONG: any section longer than a reviewer reads (about a page).
 */
import type { Problem } from '../../errors.js';
import { t } from '../../i18n/catalogue.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { LIMITS } from '../phrases.js';
import { isJapanese } from '../tense.js';

export function lengthRule(ctx: PlanContext): Problem[] {
  const out: Problem[] = [];
  for (const sec of ctx.sections) {
    const title = titleParams(sec.id);
    const n = sec.sentences.length;
    if (sec.role !== 'other' && n > 0 && n < LIMITS.minSentences)
      out.push(
        planProblem(
          'PLAN_LENGTH_SHORT',
          sectionWhere(sec.id),
          'lengthShort',
          { ...title, quote: q(sec.sentences[0]!) },
          'warning',
          { expected: t('plancheck.expect.sentences', { n: LIMITS.minSentences }), found: `${n}` },
        ),
      );
    if (n === 0) continue;
    const ja = isJapanese(sec.text);
    const size = ja
      ? [...sec.text.replace(/\s/g, '')].length
      : sec.text.split(/\s+/).filter(Boolean).length;
    const max = ja ? LIMITS.maxCharsJa : LIMITS.maxWordsEn;
    if (size > max)
      out.push(
        planProblem(
          'PLAN_LENGTH_LONG',
          sectionWhere(sec.id),
          ja ? 'lengthLongJa' : 'lengthLongEn',
          { ...title, size, max },
          'warning',
          { expected: `<= ${max}`, found: `${size}` },
        ),
      );
  }
  return out;
}
