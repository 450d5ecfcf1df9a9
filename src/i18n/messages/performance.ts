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
};
