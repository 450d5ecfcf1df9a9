import { describe, expect, it, test } from 'vitest';
import { caseOfAll, companyKey, invoiceKey } from '../../src/reconcile/normalise.js';
import { isQualityReason, mentionsFake } from '../../src/reconcile/returns.js';

describe('companyKey', () => {
  it('ignores width, spaces and 株式会社 / (株) / ㈱', () => {
    const k = companyKey('株式会社テスト商事');
    expect(companyKey('㈱テスト商事')).toBe(k);
    expect(companyKey('（株）テスト　商事')).toBe(k);
    expect(companyKey('ﾃｽﾄ商事 株式会社')).toBe(k);
    expect(companyKey('テスト商会')).not.toBe(k);
    expect(companyKey('ＡＢＣ Trading')).toBe(companyKey('abc trading'));
  });
  it('invoice numbers fold width and case', () => {
    expect(invoiceKey('ＩＮＶ－００１'.replace('－', '-'))).toBe(invoiceKey('inv-001'));
  });
});

describe('mentionsFake', () => {
  it.each([
    '偽物が届きました',
    'これはコピー品です',
    '本物ではないと思う',
    '正規品ではない',
    'ぱちもんでは？',
    'ﾊﾟﾁﾓﾉ',
    'FAKE product',
    'looks like a Knock Off',
    'knockoff',
    'This is NOT GENUINE',
    'not  authentic at all',
    'ｃｏｕｎｔｅｒｆｅｉｔ',
  ])('flags %s', (c) => expect(mentionsFake(c)).toBe(true));
  it.each(['壊れていた', 'not really what I wanted', 'fakeroo-free', 'sizes too small', ''])(
    'does not flag %s',
    (c) => expect(mentionsFake(c)).toBe(false),
  );
});

describe('isQualityReason', () => {
  it('knows the five reasons', () => {
    for (const r of [
      'DEFECTIVE',
      'QUALITY_UNACCEPTABLE',
      'NOT_AS_DESCRIBED',
      'MISSING_PARTS',
      'switcheroo',
    ])
      expect(isQualityReason(r)).toBe(true);
    expect(isQualityReason('UNWANTED_ITEM')).toBe(false);
  });
});

test('caseOfAll: distinct numbers fold apart without folding each only when no letter is in both cases', () => {
  expect(caseOfAll(['INV-1', 'INV-2', '2026/0003'])).toBe('upper');
  expect(caseOfAll(['inv-1', '0002'])).toBe('lower');
  expect(caseOfAll(['12', '13'])).toBe('upper');
  // "INV-1" and "inv-1" are one invoice: each must be folded
  expect(caseOfAll(['INV-1', 'inv-1'])).toBeUndefined();
  expect(caseOfAll(['INV-1', 'Inv-2'])).toBeUndefined();
  // not printable ASCII: folded each (width, spaces)
  expect(caseOfAll(['INV-1', 'ＩＮＶ-1'])).toBeUndefined();
  expect(caseOfAll(['INV 1'])).toBeUndefined();
  // what they fold to is what invoiceKey says
  for (const n of ['INV-1', 'A-b']) expect(invoiceKey(n)).toBe(n.toLowerCase());
});
