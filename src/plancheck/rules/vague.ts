/**
 * PLAN_VAGUE: a promise a reviewer cannot verify ("気をつけます", "we will be more careful").
 * Sentence by sentence in the root cause, actions and prevention sections: a sentence with a
 * vague phrase passes only when it also names who, when (a frequency or trigger) and how it is
 * checked or recorded, e.g. "毎週月曜に出荷担当者が検品記録を確認し、確認欄に署名します".
 */
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { RECORD, VAGUE, WHEN, WHO } from '../phrases.js';
import { matchesAny } from '../text.js';
import type { Problem } from '../../errors.js';

/** Who, when and how-checked found in a text (people of the case count as who). */
export function specifics(s: string, people: readonly string[]) {
  return {
    who: !!matchesAny(s, WHO) || people.some((p) => s.includes(p)),
    when: !!matchesAny(s, WHEN),
    record: !!matchesAny(s, RECORD),
  };
}

export function vagueRule(ctx: PlanContext): Problem[] {
  const out: Problem[] = [];
  for (const sec of ctx.sections) {
    if (sec.role === 'other') continue;
    for (const s of sec.sentences) {
      const hit = matchesAny(s, VAGUE);
      if (!hit) continue;
      const sp = specifics(s, ctx.people);
      if (sp.who && sp.when && sp.record) continue;
      const phrase = hit.exec(s)?.[0] ?? '';
      out.push(
        planProblem('PLAN_VAGUE', sectionWhere(sec.id), 'vague', {
          ...titleParams(sec.id),
          quote: q(s),
          phrase,
        }),
      );
    }
  }
  return out;
}
