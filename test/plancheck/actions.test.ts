import { describe, expect, it } from 'vitest';
import { fired, goodCase, GOOD_ACTIONS, TODAY } from './builders.js';

const action = (over: Record<string, unknown>) =>
  goodCase({
    actionsTaken: [
      { date: '2026-09-16', what: '在庫を返送しました', evidence: ['documents/a.png'], ...over },
    ],
  });
const inActions = (s: string) => goodCase({}, { actionsTaken: `${GOOD_ACTIONS}${s}` });

describe('PLAN_ACTION_FUTURE', () => {
  it('is an error when an action is dated after the build date', () => {
    const ps = fired('PLAN_ACTION_FUTURE', action({ date: '2026-10-02' }));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.severity).toBe('error');
    expect(ps[0]!.where.jsonPath).toBe('$.actionsTaken[0].date');
    expect(ps[0]!.found).toBe('2026-10-02');
  });
  it('accepts an action dated on the build date', () => {
    expect(fired('PLAN_ACTION_FUTURE', action({ date: TODAY }))).toEqual([]);
  });
  it.each([
    '2026年10月5日に研修を実施しました。',
    'On October 5, 2026 we trained the staff.',
    '2026/10/05 に返送しました。',
  ])('fires on a future date in the actions section: %s', (s) => {
    const ps = fired('PLAN_ACTION_FUTURE', inActions(s));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.severity).toBe('error');
    expect(ps[0]!.where.section).toBe('actionsTaken');
  });
  it.each([
    '2026年9月30日に研修を実施しました。',
    'On 30 September 2026 we trained the staff.',
    '2026年10月5日に研修を実施する予定です。',
  ])('does not fire on a past date: %s', (s) =>
    expect(fired('PLAN_ACTION_FUTURE', inActions(s))).toEqual([]),
  );
});

describe('PLAN_ACTION_NOT_DONE', () => {
  it.each([
    '在庫を返送します',
    '在庫を返送する予定です',
    '仕入先を見直していきます',
    '今後は気をつけます',
    '検品を行います',
    '研修を実施する',
    'We will remove the inventory',
    'We plan to contact the supplier',
  ])('fires on actionsTaken.what %s', (what) => {
    const ps = fired('PLAN_ACTION_NOT_DONE', action({ what }));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.jsonPath).toBe('$.actionsTaken[0].what');
  });
  it.each([
    '在庫を返送しました',
    '在庫の返送を実施済み',
    '返送済み',
    '全在庫の返送',
    '返送した在庫は倉庫で保管しております',
    '証拠は添付資料にあります',
    'Removed all units from FBA',
    'We contacted the supplier',
  ])('does not fire on actionsTaken.what %s', (what) => {
    expect(fired('PLAN_ACTION_NOT_DONE', action({ what }))).toEqual([]);
  });
  it.each([
    '2026年9月20日に仕入先へ連絡します。',
    '来週、在庫を返送する予定です。',
    'On 20 September 2026 we will contact the supplier.',
  ])('fires on a planned sentence in the actions section: %s', (s) => {
    expect(fired('PLAN_ACTION_NOT_DONE', inActions(s))).toHaveLength(1);
  });
  it.each([
    '2026年9月20日に仕入先へ連絡しました。',
    'On 20 September 2026 we contacted the supplier.',
  ])('does not fire on a done sentence: %s', (s) =>
    expect(fired('PLAN_ACTION_NOT_DONE', inActions(s))).toEqual([]),
  );
});

describe('PLAN_ACTION_UNDATED', () => {
  it.each([
    '仕入先へ連絡しました。',
    '全スタッフに研修を実施済みです。',
    'We contacted the supplier.',
  ])('fires on a done action without a date: %s', (s) =>
    expect(fired('PLAN_ACTION_UNDATED', inActions(s))).toHaveLength(1),
  );
  it.each([
    '9月20日に仕入先へ連絡しました。',
    '2026-09-20 に仕入先へ連絡しました。',
    'On Sept 20 we contacted the supplier.',
    '以下の対応を実施しました。',
    'We took the following actions:',
    '各対応の証拠書類は添付資料に収録しています。',
    '在庫は当社倉庫で保管しております。',
    'The evidence is attached.',
  ])('does not fire on %s', (s) => expect(fired('PLAN_ACTION_UNDATED', inActions(s))).toEqual([]));
});

describe('PLAN_ACTION_NO_EVIDENCE', () => {
  it('fires when an action has no evidence and no reason', () => {
    const ps = fired('PLAN_ACTION_NO_EVIDENCE', action({ evidence: [] }));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where).toEqual({
      file: 'case.json',
      jsonPath: '$.actionsTaken[0]',
      section: 'actionsTaken',
    });
  });
  it('fires when the reason is blank', () => {
    expect(
      fired('PLAN_ACTION_NO_EVIDENCE', action({ evidence: [], noEvidenceReason: '  ' })),
    ).toHaveLength(1);
  });
  it('accepts evidence or a reason', () => {
    expect(fired('PLAN_ACTION_NO_EVIDENCE', action({}))).toEqual([]);
    expect(
      fired(
        'PLAN_ACTION_NO_EVIDENCE',
        action({ evidence: [], noEvidenceReason: '口頭での指示のため記録はありません' }),
      ),
    ).toEqual([]);
  });
});

describe('Japanese dictionary-form verbs', () => {
  it.each(['仕入先へ問い合わせる', '手順を見直す', '在庫を返送する'])('are plans: %s', (what) => {
    expect(fired('PLAN_ACTION_NOT_DONE', action({ what }))).toHaveLength(1);
  });
  it.each(['在庫を保管している', '仕入先の見直し', 'ラベルを貼り替えた'])(
    'are not plans: %s',
    (what) => {
      expect(fired('PLAN_ACTION_NOT_DONE', action({ what }))).toEqual([]);
    },
  );
});
