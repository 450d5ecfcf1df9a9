/** The plan rules of performance cases: deputy, handling time, "all shipped" while unshipped. */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plancheck/index.js';
import { order, perfCase, perfRec, TODAY } from './builders.js';

const codes = (c = perfCase(), rec?: Parameters<typeof checkPlan>[1]) =>
  checkPlan(c, rec, { today: TODAY }).map((p) => p.code);
const problems = (code: string, c = perfCase(), rec?: Parameters<typeof checkPlan>[1]) =>
  checkPlan(c, rec, { today: TODAY }).filter((p) => p.code === code);

const shipped = [order('2026-09-10', '2026-09-12'), order('2026-09-20', '2026-09-20')];

describe('performance plan rules', () => {
  it('do not fire on a good plan (deputy with phone, handling time reviewed, all shipped)', () => {
    const c = perfCase();
    expect(codes(c, perfRec(c, shipped))).toEqual([]);
  });

  describe('PLAN_PERF_NO_DEPUTY', () => {
    it('fires without a deputy and without one in the prevention text', () => {
      const c = perfCase({}, { deputy: undefined });
      const ps = problems('PLAN_PERF_NO_DEPUTY', c);
      expect(ps).toHaveLength(1);
      expect(ps[0]!.where).toMatchObject({ file: 'case.json', jsonPath: '$.narrative.prevention' });
      expect(ps[0]!.message.ja).toContain('連絡先');
      expect(ps[0]!.hint!.en).toContain('performance.deputy');
    });
    it('fires on a deputy without phone or e-mail, at its JSON path', () => {
      const c = perfCase({}, { deputy: { name: '佐藤 花子' } });
      const ps = problems('PLAN_PERF_NO_DEPUTY', c);
      expect(ps.map((p) => p.where.jsonPath)).toEqual(['$.performance.deputy']);
      expect(ps[0]!.message.en).toContain('佐藤 花子');
    });
    it('takes a placeholder for no contact (the init template)', () => {
      const c = perfCase({}, { deputy: { name: '佐藤 花子', phone: '（電話番号）' } });
      expect(problems('PLAN_PERF_NO_DEPUTY', c)).toHaveLength(1);
    });
    it('accepts a deputy with an e-mail, or one named with a number in the prevention', () => {
      expect(
        problems('PLAN_PERF_NO_DEPUTY', perfCase({}, { deputy: { name: 'A', email: 'a@b.jp' } })),
      ).toEqual([]);
      const inText = perfCase(
        {
          prevention:
            '店主の不在時は代理の佐藤（090-1234-5678）が毎朝出荷予定一覧を確認して出荷し、出荷記録に記入します。',
        },
        { deputy: undefined },
      );
      expect(problems('PLAN_PERF_NO_DEPUTY', inText)).toEqual([]);
    });
    it('does not apply to a wrong-items case', () => {
      const c = perfCase({}, { metric: 'wrongItems', deputy: undefined });
      expect(problems('PLAN_PERF_NO_DEPUTY', c)).toEqual([]);
    });
  });

  describe('PLAN_PERF_HANDLING_TIME', () => {
    it('fires when handlingTimeDays is not stated', () => {
      const ps = problems('PLAN_PERF_HANDLING_TIME', perfCase({}, { handlingTimeDays: undefined }));
      expect(ps.map((p) => p.where.jsonPath)).toEqual(['$.performance.handlingTimeDays']);
    });
    it('fires when no section reviews the handling time', () => {
      const c = perfCase({
        processRootCause:
          '店主の海外出張中に出荷を代わる担当者がいなかったため、注文が出荷予定日を過ぎました。',
        immediateFix: '2026年9月16日、未出荷だった注文を出荷し、出荷通知を送信しました。',
      });
      const ps = problems('PLAN_PERF_HANDLING_TIME', c);
      expect(ps).toHaveLength(1);
      expect(ps[0]!.message.en).toContain('now 2 days');
    });
    it('fires when the text gives other days than case.json', () => {
      const c = perfCase({}, { handlingTimeDays: 3 });
      const ps = problems('PLAN_PERF_HANDLING_TIME', c);
      expect(ps).toHaveLength(1);
      expect(ps[0]!.where.jsonPath).toBe('$.narrative.processRootCause');
      expect(ps[0]!.found).toBe('1, 2');
    });
    it('reads English too', () => {
      const c = perfCase({
        processRootCause:
          'Orders passed their ship-by date because no one shipped while the owner travelled. The handling time was set to 1 day, shorter than the real process.',
        immediateFix: 'On 17 September 2026 we changed the handling time to 2 days.',
      });
      expect(problems('PLAN_PERF_HANDLING_TIME', c)).toEqual([]);
    });
  });

  describe('PLAN_PERF_CLAIMS_SHIPPED', () => {
    const open = [...shipped, order('2026-09-25')];
    it.each([
      ['全て出荷済みです。'],
      ['2026年9月16日、すべての注文を出荷しました。'],
      ['未出荷の注文はありません。'],
      ['All pending orders have shipped.'],
      ['On 16 September 2026 we shipped all outstanding orders.'],
    ])('fires on "%s" while an order is unshipped', (claim) => {
      const c = perfCase({ immediateFix: claim });
      const ps = problems('PLAN_PERF_CLAIMS_SHIPPED', c, perfRec(c, open));
      expect(ps).toHaveLength(1);
      expect(ps[0]!.severity).toBe('error');
      expect(ps[0]!.where.jsonPath).toBe('$.narrative.immediateFix');
      expect(ps[0]!.message.en).toContain('1 unshipped order');
    });
    it('fires on an actionsTaken entry, at its JSON path', () => {
      const c = perfCase(
        {},
        {},
        {
          actionsTaken: [
            { date: '2026-09-16', what: '全ての注文を出荷しました', evidence: ['documents/x.png'] },
          ],
        },
      );
      const ps = problems('PLAN_PERF_CLAIMS_SHIPPED', c, perfRec(c, open));
      expect(ps.map((p) => p.where.jsonPath)).toEqual(['$.actionsTaken[0].what']);
    });
    it('is silent when every order has shipped, or without records', () => {
      const c = perfCase({ immediateFix: '2026年9月16日、すべての注文を出荷しました。' });
      expect(problems('PLAN_PERF_CLAIMS_SHIPPED', c, perfRec(c, shipped))).toEqual([]);
      expect(problems('PLAN_PERF_CLAIMS_SHIPPED', c)).toEqual([]);
    });
    it('is silent on a sentence that does not claim everything shipped', () => {
      const c = perfCase({ immediateFix: '2026年9月16日、遅れていた注文を出荷しました。' });
      expect(problems('PLAN_PERF_CLAIMS_SHIPPED', c, perfRec(c, open))).toEqual([]);
    });
  });
});

describe('出荷予定日 in the actions', () => {
  it('is a date (Amazon’s ship-by date), not a plan: no PLAN_ACTION_NOT_DONE', () => {
    const c = perfCase({
      immediateFix:
        '2026年9月16日、出荷予定日を過ぎていた注文を出荷し、出荷通知を送信しました。2026年9月17日、出荷作業日数を2日に変更しました。',
    });
    expect(problems('PLAN_ACTION_NOT_DONE', c)).toEqual([]);
    const planned = perfCase({
      immediateFix:
        '2026年9月16日、遅れていた注文を出荷しました。出荷作業日数は来週変更する予定です。',
    });
    expect(problems('PLAN_ACTION_NOT_DONE', planned)).toHaveLength(1);
  });
});

describe('PLAN_PERF_NUMBER_MISMATCH', () => {
  // before the fix (09-17): 09-10 late, 09-12 on time → 50.0%; since: 09-20 on time → 0.0%
  const rows = [
    order('2026-09-10', '2026-09-11'),
    order('2026-09-12', '2026-09-12'),
    order('2026-09-20', '2026-09-20'),
  ];
  const rec = (c = perfCase()) => perfRec(c, rows);

  it('is silent when the rates and counts in the text are the reconciliation', () => {
    const c = perfCase({
      metricHistory:
        '改善前の出荷遅延率は 50.0% でした。改善後の出荷遅延率は 0.0% で、目標の4%を下回っています。',
      request: '2026年10月1日時点で、未出荷の注文は 0 件です。再開をお願いします。',
    });
    expect(problems('PLAN_PERF_NUMBER_MISMATCH', c, rec(c))).toEqual([]);
  });

  it('fires on a rate of the period that differs, and on a wrong unshipped count', () => {
    const c = perfCase({
      metricHistory: '改善前の出荷遅延率は 12.5% でした。改善後は出荷遅延率 0% です。',
      request: 'Since the fix the late shipment rate is 1.2%. There are 3 unshipped orders left.',
    });
    const ps = problems('PLAN_PERF_NUMBER_MISMATCH', c, rec(c));
    expect(ps.map((p) => [p.where.jsonPath, p.found, p.expected])).toEqual([
      ['$.narrative.metricHistory', '12.5%', '50.0%'],
      ['$.narrative.request', '1.2%', '0.0%'],
      ['$.narrative.request', '3', '0'],
    ]);
    expect(ps[0]!.message.ja).toContain('改善前の出荷遅延率');
  });

  it("leaves a rate without a period alone (Amazon's dashboard figure)", () => {
    const c = perfCase({
      perfNotice: '通知では、出荷遅延率が 9.8% と示されていました。目標は4%未満です。',
    });
    expect(problems('PLAN_PERF_NUMBER_MISMATCH', c, rec(c))).toEqual([]);
  });
});
