/** An English plan, written the way a reviewer wants it, trips nothing; its flawed twin trips. */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plancheck/index.js';
import { goodCase, goodRec, TODAY } from './builders.js';
import { codes } from './builders.js';

const GOOD_EN = {
  rootCause: [
    'We bought B0TEST0001 from a wholesaler without asking for proof that it bought from the brand.',
    'We also had no step for checking returned units, so units with complaints went back to stock.',
  ],
  actionsTaken: [
    'On 16 September 2026 we removed all units of B0TEST0001 from FBA.',
    'On 18 September 2026 we received the letter of authorisation from the distributor.',
    'All evidence is attached in the appendix.',
  ],
  authenticityRules: [
    'Before each new purchase, the purchasing manager checks the supplier against the brand list.',
    'She records the result in the supplier log, and the owner signs it every Friday.',
  ],
};

function en(narrative: Record<string, unknown> = {}) {
  const base = goodCase(
    {
      language: 'en',
      actionsTaken: [
        {
          date: '2026-09-16',
          what: 'Removed all units of B0TEST0001 from FBA',
          evidence: ['documents/removal.pdf'],
        },
      ],
    },
    { ...GOOD_EN, ...narrative },
  );
  return base;
}

describe('an English plan', () => {
  it('that is specific, done and dated trips no rule', () => {
    // The prevention sections other than authenticityRules keep the Japanese text of the builder.
    expect(checkPlan(en(), goodRec(), { today: TODAY })).toEqual([]);
  });
  it('that is vague, pleading and undated trips the rules', () => {
    const c = en({
      rootCause: ['We are very sorry.', 'The buyer was wrong about the item.'],
      actionsTaken: ['We contacted the supplier.', 'We will remove the stock next week.'],
      authenticityRules: ['We will be more careful in the future.'],
      apology: ['Please, I beg you to reinstate my account.', 'My family depends on it.'],
      returnRatio: ['We sold 240 units of B0TEST0001.', 'The return rate was 3.5%.'],
    });
    const found = new Set(codes(checkPlan(c, goodRec(), { today: TODAY })));
    for (const code of [
      'PLAN_ROOTCAUSE_MISSING',
      'PLAN_TONE_BLAME',
      'PLAN_ACTION_UNDATED',
      'PLAN_ACTION_NOT_DONE',
      'PLAN_VAGUE',
      'PLAN_LENGTH_SHORT',
      'PLAN_PREVENTION_INCOMPLETE',
      'PLAN_TONE_PLEADING',
      'PLAN_NUMBER_MISMATCH',
    ])
      expect(found).toContain(code);
  });
});
