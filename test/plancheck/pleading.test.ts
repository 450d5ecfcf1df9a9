import { describe, expect, it } from 'vitest';
import { fired, goodCase } from './builders.js';

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
