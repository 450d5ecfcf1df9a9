import { describe, expect, it } from 'vitest';
import { fired, goodCase, GOOD_PREVENTION } from './builders.js';

describe('PLAN_STOP_SELLING_ONLY', () => {
  const inPrev = (s: string) => goodCase({}, { purchasingRules: `${GOOD_PREVENTION}${s}` });
  it.each([
    '該当ASINについては今後一切出品いたしません。',
    '今後一切amazon様での出品、販売は致しません。',
    '二度と出品しません。',
    '該当商品の販売を永久に停止いたします。',
    'We will never sell this product again.',
    'We will not list this ASIN anymore.',
    'We will stop selling the item.',
  ])('fires on %s', (s) => {
    const ps = fired('PLAN_STOP_SELLING_ONLY', inPrev(s));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.section).toBe('purchasingRules');
  });
  it.each([
    '2026年9月16日に該当ASINの出品を停止しました。',
    '正規代理店の請求書がない商品は出品前に除外し、記録します。',
    'We stopped selling the item on 16 September 2026.',
    '品質に関わる返品が同じASINで月3件を超えた場合は、その日のうちに出品を停止します。',
    '正規代理店の証明書が届くまで、該当商品は出品しません。',
    'We will stop selling an ASIN if two buyers report it as fake.',
  ])('does not fire on %s', (s) => expect(fired('PLAN_STOP_SELLING_ONLY', inPrev(s))).toEqual([]));
  it('does not fire in sections whose subject is what will not be sold', () => {
    const c = goodCase(
      {},
      { excludedBrands: 'ブランドAは今後一切取り扱いません。理由は正規の仕入先がないためです。' },
    );
    expect(fired('PLAN_STOP_SELLING_ONLY', c)).toEqual([]);
  });
});
