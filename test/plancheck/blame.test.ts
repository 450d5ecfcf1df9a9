import { describe, expect, it } from 'vitest';
import { fired, goodCase, GOOD_ROOT_CAUSE } from './builders.js';

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
