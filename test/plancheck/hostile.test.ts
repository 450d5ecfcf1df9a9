/**
 * Hostile narrative text: long runs that make a careless regex quadratic (digits, spaces,
 * unclosed quotes, trailing marks, hiragana). The check returns, quoting at most a short head
 * of the sentence. (No timing assertion: a quadratic pattern shows up as a test timeout.)
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plancheck/index.js';
import { LIMITS } from '../../src/plancheck/phrases.js';
import { goodCase, goodRec, TODAY } from './builders.js';

const N = 100_000;
const HOSTILE: Record<string, string> = {
  digits: `${'1'.repeat(N)}個販売しました。`,
  spaces: `返品率${' '.repeat(N)}5%`,
  unclosedQuotes: `${'「'.repeat(N)}どうか`,
  trailingMarks: `気をつけます${'」'.repeat(N)}x`,
  hiragana: `${'あ'.repeat(N)}る`,
  alnum: `${'A1'.repeat(N / 2)} sold 5 units`,
  manyNumbers: '販売数は 999個、'.repeat(N / 10),
};

describe('hostile narrative text', () => {
  it.each(Object.entries(HOSTILE))('%s: returns problems with short quotes', (_, text) => {
    const c = goodCase(
      {},
      { rootCause: text, actionsTaken: text, qualityRules: text, returnRatio: text },
    );
    const ps = checkPlan(c, goodRec(), { today: TODAY });
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps) expect([...p.message.ja].length).toBeLessThan(LIMITS.quoteChars + 200);
  });
});
