import { describe, expect, it } from 'vitest';
import { fired, goodCase } from './builders.js';

const prevention = (s: string) => goodCase({}, { shippingChecks: s });

describe('PLAN_PREVENTION_INCOMPLETE', () => {
  it.each([
    ['出荷前に検品を行います。結果はチェックリストに記録します。', 'who'],
    ['出荷担当者が検品を行います。結果はチェックリストに記録します。', 'when'],
    ['出荷前に出荷担当者が検品を行います。不良品は取り除きます。', 'record'],
    ['検品を強化します。品質を高めます。', 'who, when, record'],
    ['We will inspect every unit more thoroughly. Quality matters to us.', 'who, record'],
  ])('fires on %s (missing %s)', (s, missing) => {
    const ps = fired('PLAN_PREVENTION_INCOMPLETE', prevention(s));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.section).toBe('shippingChecks');
    const en = {
      who: 'who is responsible',
      when: 'how often or on what trigger',
      record: 'how it is checked or recorded',
    };
    const ja = { who: '担当者・役割', when: '頻度・タイミング', record: '確認・記録の方法' };
    const keys = missing.split(', ') as (keyof typeof en)[];
    expect(ps[0]!.found).toEqual({
      ja: `不足: ${keys.map((k) => ja[k]).join('、')}`,
      en: `missing: ${keys.map((k) => en[k]).join(', ')}`,
    });
  });
  it.each([
    '出荷前に出荷担当者が検品を行います。結果はチェックリストに記録し、署名します。',
    '毎週月曜に山田が在庫を確認します。確認結果は台帳に記入します。',
    'Before each shipment the packer scans the label. The warehouse lead signs the daily log.',
  ])('does not fire on %s', (s) => {
    expect(fired('PLAN_PREVENTION_INCOMPLETE', prevention(s))).toEqual([]);
  });
  it('leaves empty sections to NARRATIVE_MISSING', () => {
    expect(fired('PLAN_PREVENTION_INCOMPLETE', prevention(''))).toEqual([]);
  });
  it('counts the deputy of a performance case as who', () => {
    const base = goodCase();
    const c = {
      ...base,
      kind: 'performance' as const,
      performance: {
        metric: 'lateShipmentRate' as const,
        fixDate: '2026-09-20',
        deputy: { name: '佐藤 花子' },
      },
      narrative: {
        processRootCause:
          '出荷作業時間が実際より短く設定されていたため、遅延が生じました。旅行中の代行者もいませんでした。',
        perfActionsTaken:
          '2026年9月20日に出荷作業時間を2日に変更しました。2026年9月21日に未出荷の注文をすべて出荷しました。',
        immediateFix:
          '2026年9月21日に未出荷の注文をすべて出荷しました。2026年9月22日に出荷通知を送信しました。',
        prevention:
          '店主の不在時は佐藤が出荷します。毎朝、出荷予定一覧を確認し、出荷記録に記入します。',
      },
    };
    expect(fired('PLAN_PREVENTION_INCOMPLETE', c)).toEqual([]);
  });
});
