/** Messages of performance cases (late shipments, wrong items) (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const performanceMessages: Record<string, Entry> = {
  'perf.unshipped': {
    ja: '注文 {order}（出荷予定日 {date}）がまだ出荷されていません。問題が解決済みと書く前に、すべての未出荷注文を出荷し、出荷通知を送ってください。',
    en: 'Order {order} (expected ship date {date}) is still unshipped. Ship every pending order and confirm the shipment before you write that the problem is fixed.',
  },
  'perf.lateAfterFix': {
    ja: '改善日 {fixDate} 以降の出荷遅延率が {rate}（{orders} 件中 {late} 件）で、Amazon の目標 4% 未満を満たしていません。改善後の数字が目標を下回ってから提出してください。',
    en: "The late shipment rate since the fix on {fixDate} is {rate} ({late} of {orders} orders), not under Amazon's 4% target. Submit once the numbers since the fix are under the target.",
  },
  'perf.noOrdersAfterFix': {
    ja: '改善日 {fixDate} 以降の注文が出荷記録にありません。改善の効果を示すため、改善後の出荷記録を records/ に追加してください。',
    en: 'The shipping log has no orders since the fix on {fixDate}. Add the shipping records since the fix to records/ to show that it works.',
  },
  'perf.noShippingLog': {
    ja: '出荷記録（注文レポートまたは出荷管理表）が records/ にありません。注文番号・出荷予定日・出荷日を含むファイルを追加してください。',
    en: 'No shipping log (order report or your own shipping sheet) was found in records/. Add a file with order id, expected ship date and ship date.',
  },
  'perf.cli.badDate': {
    ja: '--date の値 "{value}" は日付ではありません。YYYY-MM-DD の形で書いてください（例: 2026-10-01）。',
    en: '--date "{value}" is not a date. Write it as YYYY-MM-DD (e.g. 2026-10-01).',
  },
  'perf.text.title': {
    ja: '通知 {receivedOn}（{type}）　改善日 {fixDate}　集計日 {asOf}',
    en: 'Notice {receivedOn} ({type})  fix date {fixDate}  numbers as of {asOf}',
  },
  'perf.text.span': {
    ja: '出荷記録の期間（出荷予定日）: {from} 〜 {to}',
    en: 'Shipping log (expected ship dates): {from} to {to}',
  },
  'perf.text.rolling': {
    ja: '直近 {days} 日間（{date} まで）の出荷遅延率: {rate}（{orders} 件中 {late} 件）',
    en: 'Late shipment rate over the {days} days to {date}: {rate} ({late} of {orders} orders)',
  },
  'perf.text.target': {
    ja: 'Amazon の目標: 出荷遅延率 {target} 未満',
    en: "Amazon's target: a late shipment rate under {target}",
  },
  'perf.text.unshipped': {
    ja: '未出荷の注文: {count} 件',
    en: 'Orders still unshipped: {count}',
  },
  'perf.col.orders': { ja: '注文数', en: 'Orders' },
  'perf.col.late': { ja: '遅延', en: 'Late' },
  'perf.col.lateRate': { ja: '出荷遅延率', en: 'Late rate' },
  'perf.col.wrongItems': { ja: '誤発送', en: 'Wrong items' },
  'perf.col.wrongItemRate': { ja: '誤発送率', en: 'Wrong-item rate' },
  'perf.col.week': { ja: '週（月曜）', en: 'Week (Monday)' },
  'perf.row.before': { ja: '改善前（{fixDate} より前）', en: 'Before the fix ({fixDate})' },
  'perf.row.after': { ja: '改善後（{fixDate} 以降）', en: 'Since the fix ({fixDate})' },
  'perf.row.total': { ja: '全期間', en: 'All' },
};
