/** Plan-check findings on a plan.md point at plan.md:line:column, the paragraph they quote. */
import { describe, expect, it } from 'vitest';
import { sectionsFor } from '../../src/case/sections.js';
import { formatLocation } from '../../src/errors.js';
import { parsePlanMarkdown } from '../../src/plan/markdown.js';
import { checkPlan } from '../../src/plancheck/index.js';
import { GOOD_PREVENTION, goodCase, TODAY } from '../plancheck/builders.js';
import { blocksMarkdown } from '../../src/plan/write.js';
import { narrativeBlocks } from '../../src/compose/narrative.js';
import { headingFor } from '../../src/plan/headings.js';

describe('plan check on plan.md', () => {
  it('gives the same findings as case.json, at the line of the quoted paragraph', () => {
    const c = goodCase({}, { qualityRules: `${GOOD_PREVENTION}\n\n今後は気をつけます。` });
    // the same text as plan.md, one heading per section
    const text = sectionsFor('authenticity')
      .map(
        (id) => `## ${headingFor(id, 'ja')}\n\n${blocksMarkdown(narrativeBlocks(c.narrative[id]))}`,
      )
      .join('\n\n');
    const parsed = parsePlanMarkdown(text, { file: 'plan.md', kind: 'authenticity' });
    expect(parsed.problems).toEqual([]);
    const plan = { kind: 'plan.md' as const, file: 'plan.md', sections: parsed.sections };

    const fromCase = checkPlan(c, undefined, { today: TODAY });
    const fromPlan = checkPlan({ ...c, narrative: {} }, undefined, { today: TODAY, plan });
    expect(fromPlan.map((p) => p.code)).toEqual(fromCase.map((p) => p.code));
    const vague = fromPlan.find((p) => p.code === 'PLAN_VAGUE')!;
    const line = text.split('\n').findIndex((l) => l === '今後は気をつけます。') + 1;
    expect(formatLocation(vague.where)).toBe(`plan.md:${line}:1 [qualityRules]`);
  });

  it('gives a section that still holds 【要記入】 the marker finding only, not the text rules too', () => {
    const c = goodCase({});
    const text = sectionsFor('authenticity')
      .map((id) =>
        id === 'rootCause'
          ? `## ${headingFor(id, 'ja')}\n\n【要記入】`
          : `## ${headingFor(id, 'ja')}\n\n${blocksMarkdown(narrativeBlocks(c.narrative[id]))}`,
      )
      .join('\n\n');
    const parsed = parsePlanMarkdown(text, { file: 'plan.md', kind: 'authenticity' });
    // the plan stage reports the marker, once
    expect(parsed.problems.map((p) => p.code)).toHaveLength(1);
    const plan = { kind: 'plan.md' as const, file: 'plan.md', sections: parsed.sections };
    const found = checkPlan({ ...c, narrative: {} }, undefined, { today: TODAY, plan });
    expect(found.filter((p) => p.where.section === 'rootCause')).toEqual([]);
    // the same text, finished, is judged again
    const thin = text.replace('【要記入】', '気をつけます。');
    const thinPlan = {
      ...plan,
      sections: parsePlanMarkdown(thin, { file: 'plan.md', kind: 'authenticity' }).sections,
    };
    const judged = checkPlan({ ...c, narrative: {} }, undefined, { today: TODAY, plan: thinPlan });
    expect(judged.filter((p) => p.where.section === 'rootCause').length).toBeGreaterThan(0);
  });
});
