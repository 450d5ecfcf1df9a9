import { describe, expect, it } from 'vitest';
import { fired, goodCase } from './builders.js';

describe('PLAN_ROOTCAUSE_MISSING', () => {
  it('leaves an empty root cause to NARRATIVE_MISSING (one finding per cause)', () => {
    expect(fired('PLAN_ROOTCAUSE_MISSING', goodCase({}, { rootCause: '' }))).toEqual([]);
  });
  it.each([
    '大変申し訳ございませんでした。深く反省しております。',
    'We apologise for the inconvenience. We regret it deeply.',
  ])('fires on a root cause that names no cause: %s', (s) => {
    expect(fired('PLAN_ROOTCAUSE_MISSING', goodCase({}, { rootCause: s }))).toHaveLength(1);
  });
  it.each([
    '仕入先の確認手順がなかったため、出所の不明な商品を仕入れました。以上が原因です。',
    '原因は、検品記録を残す仕組みがなかったことです。検品は口頭で済ませていました。',
    'We had no step to verify suppliers. This was the cause of the complaint.',
    'Units were shipped unchecked because no inspection checklist existed. The lead did not sign off.',
  ])('does not fire on %s', (s) => {
    expect(fired('PLAN_ROOTCAUSE_MISSING', goodCase({}, { rootCause: s }))).toEqual([]);
  });
});
