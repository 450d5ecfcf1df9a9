import { describe, expect, it } from 'vitest';
import { matchAnswer, splitPoints } from '../../src/publish/points.js';

const jaNumbered = [
  'Amazon.co.jp をご利用いただきありがとうございます。',
  '',
  'ご提出いただいた改善計画書を確認しましたが、以下の理由により承認できませんでした。',
  '',
  '1. 請求書に記載された数量が、過去365日間の販売数量を下回っています。',
  '2. 問題の根本原因が具体的に説明されていません。',
  '   再発防止策と合わせて説明してください。',
  '３．仕入先の連絡先（電話番号、ウェブサイト）が記載されていません。',
  '',
  'よろしくお願いいたします。',
].join('\n');

describe('splitPoints', () => {
  it('takes numbered lines (ASCII and full-width) as points, continuation lines included', () => {
    const pts = splitPoints(jaNumbered);
    expect(pts.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(pts[0]!.text).toBe('請求書に記載された数量が、過去365日間の販売数量を下回っています。');
    expect(pts[1]!.text).toBe(
      '問題の根本原因が具体的に説明されていません。\n再発防止策と合わせて説明してください。',
    );
    expect(pts[2]!.text).toBe('仕入先の連絡先（電話番号、ウェブサイト）が記載されていません。');
  });

  it('takes bullets (・ - •) and circled numbers as points', () => {
    expect(splitPoints('理由:\n・数量の不一致\n・請求書の日付\n').map((p) => p.text)).toEqual([
      '数量の不一致',
      '請求書の日付',
    ]);
    expect(splitPoints('- a reason\n- another one').map((p) => p.text)).toEqual([
      'a reason',
      'another one',
    ]);
    expect(splitPoints('①数量\n②日付').map((p) => p.text)).toEqual(['数量', '日付']);
  });

  it('takes paragraphs as points when there is no list', () => {
    const pts = splitPoints(
      'The invoices do not cover the sales.\r\n\r\nThe root cause is vague.\n',
    );
    expect(pts.map((p) => p.text)).toEqual([
      'The invoices do not cover the sales.',
      'The root cause is vague.',
    ]);
  });
});

describe('matchAnswer', () => {
  const [p1, p2, p3] = splitPoints(jaNumbered);
  it('matches by number, by full quote and by a partial quote', () => {
    const answers = [
      { point: '1', answer: '追加の請求書を添付しました。' },
      { point: '問題の根本原因が具体的に説明されていません。', answer: '原因を書き直しました。' },
    ];
    expect(matchAnswer(p1!, answers)).toBe('追加の請求書を添付しました。');
    expect(matchAnswer(p2!, answers)).toBe('原因を書き直しました。');
    expect(matchAnswer(p3!, answers)).toBeUndefined();
    expect(matchAnswer(p3!, [{ point: '（3）', answer: 'x' }])).toBe('x');
    expect(matchAnswer(p3!, [{ point: '仕入先の連絡先', answer: 'y' }])).toBeUndefined();
    expect(matchAnswer(p3!, [{ point: '仕入先の連絡先（電話番号', answer: 'y' }])).toBe('y');
  });
});
