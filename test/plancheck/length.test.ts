import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/plancheck/phrases.js';
import { checkPlan } from '../../src/plancheck/index.js';
import { missingProblems } from '../../src/plan/load.js';
import { planFromCase } from '../../src/plan/from-case.js';
import { fired, goodCase, GOOD_PREVENTION, TODAY } from './builders.js';

describe('an empty section', () => {
  it.each(['', '   ', [] as string[], ['', '']])(
    'is NARRATIVE_MISSING only, no plan finding: %j',
    (text) => {
      const c = goodCase({}, { qualityRules: text, rootCause: text });
      const about = checkPlan(c, undefined, { today: TODAY }).filter((p) =>
        ['$.narrative.qualityRules', '$.narrative.rootCause'].includes(p.where.jsonPath ?? ''),
      );
      expect(about).toEqual([]);
      expect(
        missingProblems(planFromCase(c), c, 'error').map((p) => [
          p.code,
          p.where.jsonPath,
          p.severity,
        ]),
      ).toEqual([
        ['NARRATIVE_MISSING', '$.narrative.rootCause', 'error'],
        ['NARRATIVE_MISSING', '$.narrative.qualityRules', 'error'],
      ]);
    },
  );
});

describe('PLAN_LENGTH_SHORT', () => {
  it.each([
    '出荷前に担当者が検品し、記録します。',
    'Before each shipment the packer checks and logs it.',
  ])('fires on a single sentence: %s', (s) =>
    expect(fired('PLAN_LENGTH_SHORT', goodCase({}, { qualityRules: s }))).toHaveLength(1),
  );
  it.each([
    GOOD_PREVENTION,
    ['- 出荷前に担当者が検品します', '- 結果を記録します'],
    'Before each shipment the packer checks it. The lead signs the log.',
  ])('does not fire on two sentences or bullets: %j', (s) => {
    expect(fired('PLAN_LENGTH_SHORT', goodCase({}, { qualityRules: s }))).toEqual([]);
  });
  it('does not count a decimal point as a sentence end', () => {
    const s = 'Before each shipment the packer checks units 1.5 kg and heavier, and logs it.';
    expect(fired('PLAN_LENGTH_SHORT', goodCase({}, { qualityRules: s }))).toHaveLength(1);
  });
});

describe('PLAN_LENGTH_LONG', () => {
  it('fires on a Japanese section above the character limit', () => {
    const s = `${GOOD_PREVENTION}${'出荷前に担当者が検品し記録します。'.repeat(Math.ceil(LIMITS.maxCharsJa / 17))}`;
    const ps = fired('PLAN_LENGTH_LONG', goodCase({}, { listings: s }));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.found).toBe(String([...s].length));
  });
  it('fires on an English section above the word limit', () => {
    const s = 'The packer checks each unit and logs it. '.repeat(
      Math.ceil(LIMITS.maxWordsEn / 8) + 1,
    );
    expect(fired('PLAN_LENGTH_LONG', goodCase({}, { qualityRules: s }))).toHaveLength(1);
  });
  it('does not fire at the limit', () => {
    const s = 'あ'.repeat(LIMITS.maxCharsJa - 1) + '。';
    expect(fired('PLAN_LENGTH_LONG', goodCase({}, { listings: s }))).toEqual([]);
  });
});
