import { describe, expect, it } from 'vitest';
import { PLAN_ROLES } from '../../src/case/sections.js';
import { fired, goodCase, GOOD_PREVENTION } from './builders.js';

/** Seed 002's failed first reply: an apology for a cause, prevention without who or when. */
function noProcess(narrative: Record<string, unknown> = {}) {
  const n: Record<string, unknown> = {
    rootCause: '大変申し訳ございませんでした。深く反省しております。',
  };
  for (const id of PLAN_ROLES.authenticity.prevention) n[id] = '今後は十分に注意いたします。';
  return goodCase({}, { ...n, ...narrative });
}

const PROMISES = [
  '該当ASINについては今後一切出品いたしません。',
  '今後一切amazon様での出品、販売は致しません。',
  '二度と出品しません。',
  '該当商品の販売を永久に停止いたします。',
  '全商品の販売を停止します。',
  'We will never sell this product again.',
  'We will not list this ASIN anymore.',
  'We will stop selling the item.',
];

describe('PLAN_STOP_SELLING_ONLY', () => {
  it.each(PROMISES)('fires on %s when the plan changes no process', (s) => {
    const ps = fired('PLAN_STOP_SELLING_ONLY', noProcess({ purchasingRules: s }));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.section).toBe('purchasingRules');
  });
  it.each([
    '対象の3ASINを含め、今後一切取り扱いません。',
    'B0TEST0001 は二度と出品しません。',
    'We will never sell these products again.',
  ])('fires in the future-products section too when it gives up the cited products: %s', (s) => {
    const ps = fired('PLAN_STOP_SELLING_ONLY', noProcess({ futureProducts: s }));
    expect(ps.map((p) => p.where.section)).toEqual(['futureProducts']);
  });
  it.each(PROMISES)('does not fire on %s beside a process change for the root cause', (s) => {
    const c = goodCase({}, { purchasingRules: `${GOOD_PREVENTION}${s}`, futureProducts: s });
    expect(fired('PLAN_STOP_SELLING_ONLY', c)).toEqual([]);
  });
  it.each([
    '2026年9月16日に該当ASINの出品を停止しました。',
    '正規代理店の請求書がない商品は出品前に除外し、記録します。',
    'We stopped selling the item on 16 September 2026.',
    '品質に関わる返品が同じASINで月3件を超えた場合は、その日のうちに出品を停止します。',
    '正規代理店の証明書が届くまで、該当商品は出品しません。',
    'We will stop selling an ASIN if two buyers report it as fake.',
  ])('does not fire on %s (done, or a rule with a condition)', (s) =>
    expect(fired('PLAN_STOP_SELLING_ONLY', noProcess({ purchasingRules: s }))).toEqual([]),
  );
  it('does not fire on a brand not sold, in the section about it, even without a process', () => {
    const c = noProcess({
      excludedBrands: 'ブランドAは今後一切取り扱いません。理由は正規の仕入先がないためです。',
    });
    expect(fired('PLAN_STOP_SELLING_ONLY', c)).toEqual([]);
  });
});
