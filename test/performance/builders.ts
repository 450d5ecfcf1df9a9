/** Builders for performance-case tests: a good case (no plan rule fires) and shipping rows. */
import { caseSchema, type Case } from '../../src/case/schema.js';
import { reconcile } from '../../src/reconcile/index.js';
import type { Reconciliation } from '../../src/reconcile/types.js';
import { emptyRecords, type ShippingRow } from '../../src/records/types.js';
import { TEST_SELLER } from '../helpers/valid-case.js';

export const TODAY = '2026-10-01';

export const GOOD_NARRATIVE: Record<string, string> = {
  perfNotice:
    '2026年9月15日、出荷遅延率が目標の4%を超えたとの通知を受けました。対象は自社出荷の注文です。',
  metricHistory: '出荷遅延率は8月に上がり始めました。詳細は表とグラフのとおりです。',
  processRootCause:
    '店主の海外出張中に出荷を代わる担当者がいなかったため、注文が出荷予定日を過ぎました。出荷作業日数の設定も1日で、実際の作業より短いままでした。',
  immediateFix:
    '2026年9月16日、未出荷だった注文を出荷し、出荷通知を送信しました。2026年9月17日、出荷作業日数を2日に変更しました。',
  perfActionsTaken:
    '2026年9月17日、佐藤 花子を出荷代行担当に任命しました。2026年9月18日、緊急連絡先を共有しました。',
  prevention:
    '店主の不在時は佐藤が毎朝出荷予定一覧を確認し、その日のうちに出荷します。出荷した注文は出荷記録に記入し、店主が毎週月曜に確認して署名します。',
  request: '以上の対応を行いましたので、出品の再開をお願い申し上げます。',
};

export function perfCase(
  narrative: Record<string, unknown> = {},
  performance: Record<string, unknown> = {},
  over: Record<string, unknown> = {},
): Case {
  return caseSchema.parse({
    schemaVersion: 1,
    language: 'ja',
    kind: 'performance',
    marketplace: 'amazon.co.jp',
    seller: structuredClone(TEST_SELLER),
    notice: {
      receivedOn: '2026-09-15',
      type: '出荷遅延率',
      text: '出荷遅延率がパフォーマンス目標を達成していません。',
      citedAsins: [],
    },
    performance: {
      metric: 'lateShipmentRate',
      fixDate: '2026-09-17',
      handlingTimeDays: 2,
      deputy: { name: '佐藤 花子', role: '出荷代行担当', phone: '090-0000-0000' },
      ...performance,
    },
    actionsTaken: [
      {
        date: '2026-09-16',
        what: '未出荷だった注文を出荷しました',
        evidence: ['documents/shipped.png'],
      },
    ],
    narrative: { ...GOOD_NARRATIVE, ...narrative },
    ...over,
  });
}

let n = 0;
export function order(expected: string, shipped?: string, extra: Partial<ShippingRow> = {}) {
  n += 1;
  return {
    orderId: `503-${String(n).padStart(7, '0')}`,
    orderDate: expected,
    expectedShipDate: expected,
    ...(shipped ? { shippedDate: shipped } : {}),
    cancelled: false,
    wrongItem: false,
    src: { file: 'records/shipping.tsv', row: n + 1 },
    ...extra,
  } satisfies ShippingRow;
}

/** The reconciliation of `c` over the given shipping rows, taken at `asOf`. */
export function perfRec(c: Case, rows: ShippingRow[], asOf = TODAY): Reconciliation {
  return reconcile(c, { ...emptyRecords(), shippingLog: rows, files: [] }, asOf);
}
