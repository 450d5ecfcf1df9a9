/** Messages of the review page's state (labels of numbers, statuses, reasons) (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const serveStateMessages: Record<string, Entry> = {
  // The page's header: the store and the notice as case.json writes them (the case's language)
  'serve.state.caseName': { ja: '{store} — {notice}', en: '{store} — {notice}' },
  // Why a section can't be edited on the page
  'serve.state.notEditable.docx': {
    ja: 'この計画書は Word ファイル（{file}）なので、このページでは編集できません。Word で {file} を開いて直し、保存してください（保存するとこのページも更新されます）。',
    en: "This plan is a Word file ({file}), so it can't be edited on this page. Open {file} in Word, make the change and save it (this page then refreshes).",
  },
  'serve.state.notEditable.caseJson': {
    ja: 'この計画書の本文は case.json の narrative にあるため、このページでは編集できません。先に `evidence-pack migrate <ケースフォルダ>` で plan.md に移してください。',
    en: "This plan's text is in case.json's narrative, so it can't be edited on this page. First run `evidence-pack migrate <case folder>` to move it into plan.md.",
  },
  // Numbers of a product (reconciliation)
  'serve.state.number.invoiced': { ja: '請求数量', en: 'Invoiced' },
  'serve.state.number.received': { ja: 'Amazon の受領数量', en: 'Received by Amazon' },
  'serve.state.number.sold': { ja: '販売数量', en: 'Sold' },
  'serve.state.number.returned': { ja: '返品数量', en: 'Returned' },
  'serve.state.number.qualityReturns': { ja: '品質理由の返品', en: 'Quality returns' },
  'serve.state.number.counterfeitMentions': {
    ja: '偽物に触れた返品コメント',
    en: 'Returns mentioning counterfeits',
  },
  'serve.state.number.returnRate': { ja: '返品率', en: 'Return rate' },
  'serve.state.number.coverage': {
    ja: 'カバー率（請求数量 ÷ 販売数量）',
    en: 'Coverage (invoiced ÷ sold)',
  },
  'serve.state.number.units': { ja: '{n} 個', en: '{n} units' },
  'serve.state.number.unknown': {
    ja: '不明（受領のレポートがありません）',
    en: 'unknown (no receipts report)',
  },
  'serve.state.number.none': { ja: '—（販売数量が 0）', en: '— (nothing sold)' },
  // Performance numbers (shipping log)
  'serve.state.perf.title': { ja: '出荷記録の全注文', en: 'All orders of the shipping log' },
  'serve.state.number.orders': { ja: '注文数', en: 'Orders' },
  'serve.state.number.orderCount': { ja: '{n} 件', en: '{n} orders' },
  'serve.state.number.noOrders': { ja: '—（注文なし）', en: '— (no orders)' },
  'serve.state.number.late': { ja: '出荷遅延', en: 'Shipped late' },
  'serve.state.number.lateRate': { ja: '出荷遅延率', en: 'Late shipment rate' },
  'serve.state.number.wrongItems': { ja: '誤配送', en: 'Wrong items' },
  'serve.state.number.wrongItemRate': { ja: '誤配送率', en: 'Wrong item rate' },
  // Charts
  'serve.state.chart.monthly': {
    ja: '{asin} の月別の販売数量と返品数量',
    en: 'Units sold and returned per month, {asin}',
  },
  // Documents
  'serve.state.doc.actionEvidence': {
    ja: '対策の証拠: {what}',
    en: 'Evidence of an action: {what}',
  },
};
