import { describe, expect, it } from 'vitest';
import { mentions } from '../../src/plancheck/rules/numbers.js';
import { fired, goodCase, goodRec, product, twoKestrelProducts } from './builders.js';

// goodRec: B0TEST0001 (ステンレスタンブラー, SKU-1) sold 245, returned 5 (3 quality), invoiced 300,
// received 300; B0TEST0002 (保温ボトル) sold 55, returned 0. Totals: sold 300, returned 5.
const inSection = (s: string) => goodCase({}, { returnRatio: s });
const check = (s: string) => fired('PLAN_NUMBER_MISMATCH', inSection(s), goodRec());

describe('PLAN_NUMBER_MISMATCH', () => {
  it.each([
    ['B0TEST0001 は240個販売しました。', '240個販売'],
    ['ステンレスタンブラーの販売数は240個、返品は5件でした。', '販売数は240個'],
    ['B0TEST0001 の返品は7件です。', '返品は7件'],
    ['B0TEST0001 の返品率は2.5%でした。', '2.5%'],
    ['期間中の販売は合計290個でした。', '販売は合計290個'],
    ['We sold 240 units of B0TEST0001.', 'sold 240 units'],
    ['B0TEST0001: 240 units sold, 5 returned.', '240 units sold'],
    ['The return rate of B0TEST0001 was 3.0%.', '3.0%'],
    ['B0TEST0001 は仕入先から280個仕入れました。', '280個仕入'],
    ['B0TEST0001 はＦＢＡに２９０個納品しました。', '290個納品'],
  ])('fires on %s', (s, written) => {
    const ps = check(s);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.found).toBe(written);
    expect(ps[0]!.where.section).toBe('returnRatio');
  });
  it.each([
    'B0TEST0001 は245個販売しました。',
    'ステンレスタンブラーの販売数は245個、返品は5件でした。',
    'B0TEST0001 の返品は3件（品質に関するもの）です。',
    'B0TEST0001 の返品率は2.0%でした。',
    'B0TEST0001 の返品率は2%でした。',
    '期間中の販売は合計300個でした。',
    '対象ASINの販売は245個でした。',
    'We sold 245 units of B0TEST0001.',
    'The return rate of B0TEST0001 was 2.04%.',
    'B0TEST0001 は仕入先から300個仕入れ、FBAに300個納品しました。',
    '1月には30個販売しました。',
    '販売した2点のASINについて確認しました。',
    '返品率2.0%（245個中5個）でした。',
    '2026年9月15日に通知を受け取りました。',
    '1,000個以上の在庫はありません。',
    'FBA 在庫（販売可能 461個、販売不可 6個）の返送を依頼しました。',
    '返送された返品 6個を検品し、記録しました。',
    '販売不可として返送された返品 6個 を1個ずつ検品しました。',
    '入荷ごとに1箱を開けて確認します。',
    '品質に関わる返品が同じASINで月3件を超えた場合は出品を止めます。',
    'B0TEST0001 のうち 24個は卸売業者から仕入れました。',
    'We inspected the 6 returned units one by one.',
  ])('does not fire on %s', (s) => expect(check(s)).toEqual([]));
  it('is skipped without a reconciliation', () => {
    expect(fired('PLAN_NUMBER_MISMATCH', inSection('B0TEST0001 は240個販売しました。'))).toEqual(
      [],
    );
  });
  it('reads thousands separators', () => {
    const rec = goodRec({ products: [product({ sold: 1245 })] });
    expect(
      fired('PLAN_NUMBER_MISMATCH', inSection('B0TEST0001 は1,245個販売しました。'), rec),
    ).toEqual([]);
    expect(
      fired('PLAN_NUMBER_MISMATCH', inSection('B0TEST0001 は1,240個販売しました。'), rec),
    ).toHaveLength(1);
  });
});

describe('mentions', () => {
  it('ties each number to the metric word of its clause', () => {
    expect(
      mentions('販売は245個、返品は5件、返品率は2.0%でした。').map((m) => [m.metric, m.value]),
    ).toEqual([
      ['sold', 245],
      ['returned', 5],
      ['rate', 2],
    ]);
  });
});

describe('PLAN_NUMBER_MISMATCH without data for a metric', () => {
  it('skips a metric whose records are absent', () => {
    const rec = goodRec({
      products: [
        product({ invoiced: 0, received: 0 }),
        product({ asin: 'B0TEST0002', cited: false, invoiced: 0, received: 0 }),
      ],
      receivedSource: 'none',
    });
    expect(
      fired(
        'PLAN_NUMBER_MISMATCH',
        inSection('B0TEST0001 は300個仕入れ、FBAに300個納品しました。'),
        rec,
      ),
    ).toEqual([]);
    const noSales = goodRec({
      products: [product({ sold: 0, returned: 0, qualityReturns: 0, returnRate: null })],
    });
    expect(
      fired(
        'PLAN_NUMBER_MISMATCH',
        inSection('B0TEST0001 は245個販売し、返品は5件でした。'),
        noSales,
      ),
    ).toEqual([]);
  });
});

describe('PLAN_NUMBER_MISMATCH names a product by a word of its title', () => {
  const c = (s: string) =>
    goodCase(
      {
        products: twoKestrelProducts(),
      },
      { returnRatio: s },
    );
  it('compares with that product, not the totals', () => {
    expect(
      fired('PLAN_NUMBER_MISMATCH', c('タンブラーの販売数は245個でした。'), goodRec()),
    ).toEqual([]);
    expect(
      fired('PLAN_NUMBER_MISMATCH', c('タンブラーの販売数は240個でした。'), goodRec()),
    ).toHaveLength(1);
    // "ステンレス" names both products: the totals (300) apply.
    expect(
      fired('PLAN_NUMBER_MISMATCH', c('ステンレス製品の販売数は300個でした。'), goodRec()),
    ).toEqual([]);
  });
});
