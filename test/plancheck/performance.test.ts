/** The plan check on a performance case (late shipments): its own sections play the roles. */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plancheck/index.js';
import { codes, TODAY } from './builders.js';
import { perfCase } from '../performance/builders.js';

/** The performance case of test/performance, in the wording this test's rules are checked on. */
function perf(narrative: Record<string, unknown> = {}, over: Record<string, unknown> = {}) {
  return perfCase(
    {
      perfNotice:
        '2026年9月15日、出荷遅延率が目標の4%を超えたとの通知を受けました。対象は自社出荷の注文です。',
      metricHistory: '出荷遅延率は8月に上がり始めました。詳細は添付のグラフのとおりです。',
      processRootCause:
        '店主の海外出張中に出荷を代わる担当者がいなかったため、注文が出荷予定日を過ぎました。出荷作業時間の設定も実際の作業より短いままでした。',
      immediateFix:
        '2026年9月16日、未出荷の注文をすべて出荷し、出荷通知を送信しました。2026年9月17日、出荷作業時間を2日に変更しました。',
      perfActionsTaken:
        '2026年9月17日、佐藤 花子を出荷代行担当に任命しました。2026年9月18日、緊急連絡先を共有しました。',
      prevention:
        '店主の不在時は佐藤が毎朝出荷予定一覧を確認し、その日のうちに出荷します。出荷した注文は出荷記録に記入し、店主が毎週月曜に確認して署名します。',
      request: '以上の対応を行いましたので、出品の再開をお願い申し上げます。',
      ...narrative,
    },
    {},
    {
      actionsTaken: [
        {
          date: '2026-09-16',
          what: '未出荷の注文をすべて出荷しました',
          evidence: ['documents/shipped.png'],
        },
      ],
      ...over,
    },
  );
}

describe('a performance case', () => {
  it('with a specific plan trips no rule', () => {
    expect(checkPlan(perf(), undefined, { today: TODAY })).toEqual([]);
  });
  it('with the seed-000 failing reply trips the rules', () => {
    const c = perf({
      processRootCause: '旅行で海外におり、発送が遅れました。',
      perfActionsTaken: '今後は気をつけます。',
      prevention: '',
    });
    const found = codes(checkPlan(c, undefined, { today: TODAY }));
    expect(found).toContain('PLAN_LENGTH_SHORT');
    expect(found).toContain('PLAN_VAGUE');
    expect(found).toContain('PLAN_ACTION_NOT_DONE');
    // the empty prevention section is NARRATIVE_MISSING of the case check, not a plan finding
    expect(found).not.toContain('PLAN_LENGTH_EMPTY');
    const where = checkPlan(c, undefined, { today: TODAY }).find(
      (p) => p.code === 'PLAN_VAGUE',
    )!.where;
    expect(where.section).toBe('perfActionsTaken');
  });
  it('names the performance actions section for actionsTaken entries', () => {
    const c = perf({}, { actionsTaken: [{ date: '2026-09-16', what: '出荷する', evidence: [] }] });
    const ps = checkPlan(c, undefined, { today: TODAY });
    expect(ps.find((p) => p.code === 'PLAN_ACTION_NO_EVIDENCE')!.where.section).toBe(
      'perfActionsTaken',
    );
  });
});
