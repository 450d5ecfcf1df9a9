import { describe, expect, it } from 'vitest';
import { fired, goodCase, GOOD_PREVENTION, GOOD_ROOT_CAUSE } from './builders.js';

const inRoot = (s: string) => goodCase({}, { rootCause: `${GOOD_ROOT_CAUSE}${s}` });

describe('PLAN_TONE_BLAME', () => {
  it.each([
    '今回の申し立ては購入者の勘違いによるものです。',
    'お客様の誤解が原因と考えております。',
    '競合の嫌がらせと思われます。',
    '競合他社による妨害の可能性があります。',
    'Amazonの誤りで停止されました。',
    'アマゾン様の判断ミスだと考えます。',
    '当社には責任はありません。',
    'The buyer was wrong about the item.',
    'This was a false complaint by a competitor.',
    'Amazon made a mistake.',
    'The suspension is unfair.',
  ])('fires on %s', (s) => {
    const ps = fired('PLAN_TONE_BLAME', inRoot(s));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.section).toBe('rootCause');
  });
  it.each([
    '購入者からの申し立てを真摯に受け止めました。',
    'お客様のご指摘により、検品手順の不備が分かりました。',
    '競合商品との比較表を作成しました。',
    'Amazonのガイドラインを全員で読み合わせました。',
    'The buyer reported that the seal was broken.',
    'We reviewed Amazon policy with every employee.',
  ])('does not fire on %s', (s) => expect(fired('PLAN_TONE_BLAME', inRoot(s))).toEqual([]));
});

describe('PLAN_TONE_PLEADING', () => {
  it.each([
    'どうか出品を再開してください。',
    'この停止は当社にとって死活問題です。',
    '家族が路頭に迷ってしまいます。',
    '助けてください。',
    'Please, I beg you to reinstate my account.',
    'My family depends on this business.',
    'We are desperate.',
  ])('fires on %s', (s) => {
    expect(
      fired('PLAN_TONE_PLEADING', goodCase({}, { apology: `大変申し訳ございませんでした。${s}` })),
    ).toHaveLength(1);
  });
  it.each([
    '真正品かどうかを確認しました。',
    '何卒よろしくお願い申し上げます。',
    'Please find the invoices attached.',
    'We checked whether each unit was genuine.',
  ])('does not fire on %s', (s) => {
    expect(
      fired('PLAN_TONE_PLEADING', goodCase({}, { apology: `大変申し訳ございませんでした。${s}` })),
    ).toEqual([]);
  });
});

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
  ])('does not fire on %s', (s) => expect(fired('PLAN_STOP_SELLING_ONLY', inPrev(s))).toEqual([]));
  it('does not fire in sections whose subject is what will not be sold', () => {
    const c = goodCase(
      {},
      { excludedBrands: 'ブランドAは今後一切取り扱いません。理由は正規の仕入先がないためです。' },
    );
    expect(fired('PLAN_STOP_SELLING_ONLY', c)).toEqual([]);
  });
});

describe('quoted words are not the seller’s tone', () => {
  it.each([
    '購入者のコメントは「どうか本物を送ってください」というものでした。',
    'The buyer wrote "please help, I beg you" in the comment.',
    '返品コメント「競合の嫌がらせでは?」を確認しました。',
  ])('no tone rule fires on %s', (s) => {
    const c = goodCase({}, { returnComments: `返品コメントを確認しました。${s}` });
    expect(fired('PLAN_TONE_PLEADING', c)).toEqual([]);
    expect(fired('PLAN_TONE_BLAME', c)).toEqual([]);
  });
});
