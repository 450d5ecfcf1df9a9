/** maskPersonal: buyer names, phones, e-mails and postal codes typed into comments. */
import { describe, expect, it } from 'vitest';
import { maskPersonal } from '../../src/records/mask.js';

describe('maskPersonal', () => {
  it.each([
    ['連絡先 090-1234-5678 まで', '連絡先 *** まで'],
    ['ＴＥＬ０３－１２３４－５６７８です', 'ＴＥＬ***です'],
    ['mail: taro.y@example.co.jp', 'mail: ***'],
    ['〒150-0001 東京都渋谷区', '*** 東京都渋谷区'],
    ['山田太郎様へ', '***様へ'],
    ['お名前：佐藤 花子', 'お名前：***'],
    ['鈴木と申します。', '***と申します。'],
    ['Call (555) 123-4567 please', 'Call *** please'],
    ['Regards, John Smith', 'Regards, ***'],
    ['Springfield, IL 62704 fake', 'Springfield, IL *** fake'],
  ])('%s', (input, expected) => {
    expect(maskPersonal(input)).toBe(expected);
  });

  it('leaves order ids, dates, lot codes and 出品者様 alone', () => {
    const s =
      '出品者様、注文 503-1234567-1234567 は 2026-10-20 に届きました。ロット 26C27、偽物では？';
    expect(maskPersonal(s)).toBe(s);
  });
});
