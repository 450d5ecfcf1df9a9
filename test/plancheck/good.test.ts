import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plancheck/index.js';
import { goodCase, goodRec, TODAY } from './builders.js';

describe('checkPlan on a good case', () => {
  it('finds nothing without a reconciliation', () => {
    expect(checkPlan(goodCase(), undefined, { today: TODAY })).toEqual([]);
  });
  it('finds nothing with a reconciliation that agrees', () => {
    expect(checkPlan(goodCase(), goodRec(), { today: TODAY })).toEqual([]);
  });
  it('gives every problem a location, both languages and a hint', () => {
    const c = goodCase({}, { rootCause: '今後は気をつけます。' });
    const ps = checkPlan(c, undefined, { today: TODAY });
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps) {
      expect(p.where.file).toBe('case.json');
      expect(p.message.ja).not.toMatch(/\{\w+\}/);
      expect(p.message.en).not.toMatch(/\{\w+\}/);
      expect(p.hint?.ja).toBeTruthy();
      expect(p.hint?.en).toBeTruthy();
    }
  });
});
