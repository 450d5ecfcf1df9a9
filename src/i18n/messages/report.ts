/** Messages of the report area: every fixed text of the PDF (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

// Avoid characters that share a glyph with another code point (～ U+FF5E and 〜 U+301C): the PDF
// maps each glyph to one character, so our use would change how the seller's own text extracts.
export const reportMessages: Record<string, Entry> = {
  // cover
  'report.cover.title.authenticity': {
    ja: '真贋調査に関する改善報告書',
    en: 'Plan of Action: Inauthentic Item Complaint',
  },
  'report.cover.title.performance': {
    ja: 'アカウントパフォーマンスに関する改善計画書',
    en: 'Plan of Action: Account Performance',
  },
  'report.cover.subtitle': {
    ja: 'Amazon セラーパフォーマンスチーム 御中',
    en: 'To the Amazon Seller Performance team',
  },
  'report.cover.legalName': { ja: '事業者名（正式名称）', en: 'Seller (legal name)' },
  'report.cover.storeName': { ja: 'ストア名', en: 'Store name' },
  'report.cover.merchantId': { ja: 'マーチャントID', en: 'Merchant ID' },
  'report.cover.marketplace': { ja: 'マーケットプレイス', en: 'Marketplace' },
  'report.cover.responsible': { ja: '責任者', en: 'Responsible person' },
  'report.cover.noticeDate': { ja: '通知の受領日', en: 'Notice received' },
  'report.cover.noticeType': { ja: '通知の種類', en: 'Notice type' },
  'report.cover.referenceId': { ja: '通知の参照番号', en: 'Notice reference' },
  'report.cover.citedAsins': { ja: '対象ASIN', en: 'ASINs cited' },
  'report.cover.revision': { ja: '版', en: 'Revision' },
  'report.cover.date': { ja: '作成日', en: 'Date' },
  'report.cover.draft': {
    ja: 'この文書は下書きです。未記入の章があるため、このまま提出しないでください。',
    en: 'This is a draft with unfinished sections. Do not submit it as it is.',
  },
  // page furniture
  'report.contents': { ja: '目次', en: 'Contents' },
  'report.continued': { ja: '（続き）', en: '(continued)' },
  'report.footer': { ja: '{page} / {total}', en: '{page} / {total}' },
  'report.header.revision': { ja: '{revision}（{date}）', en: '{revision} ({date})' },
  'report.draft.watermark': { ja: '下書き DRAFT', en: 'DRAFT' },
  'report.draft.placeholder': {
    ja: '【未記入】この章の本文はまだありません。plan.md のこの章の見出し（{#{id}}）の下に記入してください。',
    en: '[Missing] This section has no text yet. Write it under its heading ({#{id}}) in plan.md.',
  },
  'report.meta.keywords': {
    ja: 'Amazon, 改善計画書, {asins}',
    en: 'Amazon, plan of action, {asins}',
  },
  // parts that are not numbered sections
  'report.changes.title': {
    ja: '前回の提出からの変更点',
    en: 'Changes since the previous submission',
  },
  'report.evidence.title': { ja: '証拠書類一覧', en: 'Evidence index' },
  'report.evidence.lead': {
    ja: '本報告書の後ろに、以下の書類を改変せずに添付しています。ページは本PDF全体の通し番号、SHA-256 は原本ファイルのハッシュ値の先頭12桁です。',
    en: 'The documents below are attached after this report, unaltered. Pages are numbered through the whole PDF; SHA-256 shows the first 12 hex digits of the original file hash.',
  },
  'report.evidence.col.label': { ja: '番号', en: 'Ref.' },
  'report.evidence.col.kind': { ja: '種類', en: 'Kind' },
  'report.evidence.col.supplier': { ja: '発行元', en: 'Issuer' },
  'report.evidence.col.invoice': { ja: '請求書番号', en: 'Invoice no.' },
  'report.evidence.col.date': { ja: '日付', en: 'Date' },
  'report.evidence.col.covers': { ja: 'ASIN・数量', en: 'ASINs and units' },
  'report.evidence.col.pages': { ja: 'ページ', en: 'Pages' },
  'report.evidence.col.sha': { ja: 'SHA-256', en: 'SHA-256' },
  'report.kind.invoice': { ja: '請求書', en: 'Invoice' },
  'report.kind.delivery-note': { ja: '納品書', en: 'Delivery note' },
  'report.kind.letter': { ja: '書簡', en: 'Letter' },
  'report.kind.photo': { ja: '写真', en: 'Photo' },
  'report.kind.inspection': { ja: '検品記録', en: 'Inspection record' },
  'report.kind.other': { ja: 'その他', en: 'Other' },
  'report.ref.page': { ja: '{label}（{page}ページ）', en: '{label}, p. {page}' },
  'report.ref.pages': { ja: '{from}–{to}', en: '{from}–{to}' },
  'report.ref.file': { ja: '{file}', en: '{file}' },
  'report.none': { ja: '—', en: '—' },
  'report.total': { ja: '合計', en: 'Total' },
  'report.units': { ja: '個', en: 'units' },
  'report.noRecords': {
    ja: '照合に使う記録（records/ フォルダーのレポート）がまだないため、この表は作成できません。',
    en: 'There are no records yet (reports in the records/ folder), so this table could not be made.',
  },
  // §1 the issue
  'report.issue.lead': {
    ja: '{date}、Amazon から「{type}」の通知を受け取りました。通知の対象は次の{count}件の ASIN です。',
    en: 'On {date} we received a notice from Amazon ("{type}"). It concerns the following {count, plural, one {ASIN} other {# ASINs}}.',
  },
  'report.issue.quote': { ja: 'Amazon からの通知（原文のまま）', en: "Amazon's notice (verbatim)" },
  // §2 products
  'report.products.caption': { ja: '対象の商品', en: 'Products concerned' },
  'report.col.asin': { ja: 'ASIN', en: 'ASIN' },
  'report.col.sku': { ja: 'SKU', en: 'SKU' },
  'report.col.title': { ja: '商品名', en: 'Product' },
  'report.col.brand': { ja: 'ブランド', en: 'Brand' },
  'report.col.supplier': { ja: '仕入先', en: 'Supplier' },
  'report.col.jan': { ja: 'JAN', en: 'JAN/UPC' },
  'report.col.cited': { ja: '通知対象', en: 'Cited' },
  'report.cited.yes': { ja: '対象', en: 'yes' },
  'report.cited.no': { ja: '—', en: '—' },
  // §3 sourcing
  'report.sourcing.lead': {
    ja: '通知受領日の前365日間（{from}から{to}まで）に発行された確定請求書の数量を、同じ期間の FBA 受領数量・販売数量と ASIN ごとに照合しました。カバー率は請求数量 ÷ 販売数量です。',
    en: 'For each ASIN, the units on final invoices issued in the 365 days before the notice ({from} to {to}) are compared with the units received by FBA and sold in the same period. Coverage is invoiced ÷ sold units.',
  },
  'report.sourcing.caption': {
    ja: 'ASIN別の数量の整合性',
    en: 'Units per ASIN: invoiced, received, sold',
  },
  'report.sourcing.chart': {
    ja: 'ASIN別 請求・受領・販売数量',
    en: 'Invoiced, received and sold units per ASIN',
  },
  'report.col.invoiced': { ja: '請求数量', en: 'Invoiced' },
  'report.col.received': { ja: '受領数量', en: 'Received' },
  'report.col.sold': { ja: '販売数量', en: 'Sold' },
  'report.col.coverage': { ja: 'カバー率', en: 'Coverage' },
  'report.col.status': { ja: '判定', en: 'Status' },
  'report.status.ok': { ja: '充足', en: 'Covered' },
  'report.status.shortfall': { ja: '不足 {units}個', en: 'Short {units}' },
  'report.sourcing.shortfallNote': {
    ja: '網掛けの行は、請求数量が販売数量に足りない ASIN です。',
    en: 'Shaded rows are ASINs whose invoiced units do not cover the units sold.',
  },
  'report.source.ledgerDetail': {
    ja: '受領数量の出典: 在庫台帳（詳細）の Receipts',
    en: 'Received units from: Inventory Ledger (detail), Receipts events',
  },
  'report.source.ledgerSummary': {
    ja: '受領数量の出典: 在庫台帳（サマリー）の Receipts',
    en: 'Received units from: Inventory Ledger (summary), Receipts',
  },
  'report.source.receivedInventory': {
    ja: '受領数量の出典: 受領在庫レポート',
    en: 'Received units from: Received Inventory report',
  },
  'report.source.none': {
    ja: '受領数量の出典: なし（在庫レポートが見つかりません）',
    en: 'Received units from: none (no inventory report was found)',
  },
  'report.unknown': { ja: '不明', en: 'unknown' },
  'report.status.unjudged': { ja: '判定不可', en: 'Not judged' },
  'report.sourcing.unjudgedNote': {
    ja: '「判定不可」: FBA の受領記録が提出されていないため受領数量は不明で、仕入の充足を判断していません。',
    en: '"Not judged": no FBA receipts report was provided, so the units received are unknown and coverage is not judged.',
  },
  'report.sourcing.chartMerchant': {
    ja: 'ASIN別 請求・販売数量',
    en: 'Invoiced and sold units per ASIN',
  },
  'report.source.merchant.orders': {
    ja: '受領数量の列はありません: 注文はすべて自社出荷（出品者出荷）で、FBA 倉庫への納品がないためです。表は仕入数量と販売数量を比べています。',
    en: 'There is no received column: every order was fulfilled by the seller from its own stock, so nothing was sent to FBA. The table compares units purchased with units sold.',
  },
  'report.source.merchant.case': {
    ja: '受領数量の列はありません: 当店は自社の在庫から出荷しており（FBA を利用していません）、FBA 倉庫への納品がないためです。表は仕入数量と販売数量を比べています。',
    en: 'There is no received column: we ship from our own stock (we do not use FBA), so nothing was sent to FBA. The table compares units purchased with units sold.',
  },
  'report.sales.orders': {
    ja: '販売数量の出典: 全注文レポート（キャンセルを除く）',
    en: 'Units sold from: All Orders report (cancelled orders excluded)',
  },
  'report.sales.businessReport': {
    ja: '販売数量の出典: ビジネスレポート（詳細ページ 売上・トラフィック 子商品別）の「注文された商品点数」、{file}（{from}〜{to}）',
    en: 'Units sold from: Business Report (Detail Page Sales and Traffic By Child Item), Units Ordered, {file} ({from} to {to})',
  },
  'report.sales.none': {
    ja: '販売数量の出典: なし（注文の記録が提出されていません）',
    en: 'Units sold from: none (no order records were provided)',
  },
  'report.trace.heading': {
    ja: '請求書から FBA 受領までの対応',
    en: 'From invoice to FBA receipt',
  },
  'report.trace.lead': {
    ja: '通知対象の ASIN ごとに、Amazon が受領した数量を受領日の順に、その日までに発行された請求書へ発行日の古い順に割り当てました。各請求書の数量、その数量で納品した FBA 納品（納品 ID・受領日・個数）、まだ受領されていない残りを示します。',
    en: 'For each cited ASIN, the units Amazon received are allocated in date order to the invoices issued on or before each receipt, oldest first. Each invoice is shown with its units, the FBA shipments its units were received in (shipment ID, day, units) and what remains.',
  },
  'report.trace.caption': {
    ja: '請求書 → FBA 納品 → 受領',
    en: 'Invoice → FBA shipment → receipt',
  },
  'report.trace.receipt': {
    ja: '{shipment}（{date}、{units}個）',
    en: '{shipment} ({date}, {units})',
  },
  'report.trace.receiptNoId': { ja: '{date} 受領（{units}個）', en: 'received {date} ({units})' },
  'report.trace.more': {
    ja: 'ほか{count}件（照合表を参照）',
    en: 'and {count} more (see the workbook)',
  },
  'report.trace.noInvoice': { ja: '請求書なし', en: 'No invoice' },
  'report.trace.moreInvoices': {
    ja: 'ほか{count}件の請求書（受領の割り当てなし）',
    en: '{count} more invoices (no receipt allocated)',
  },
  'report.trace.uncoveredNote': {
    ja: '網掛けの行は、それ以前に発行された請求書で説明できない受領です。',
    en: 'Shaded rows are receipts that no invoice issued before them accounts for.',
  },
  'report.trace.mutedNote': {
    ja: '薄い文字の行は、対象期間外に発行された請求書です（カバー率には数えていません）。',
    en: 'Grey rows are invoices issued outside the window (not counted in coverage).',
  },
  'report.trace.noReceipts': {
    ja: 'FBA の受領記録（在庫台帳または受領在庫レポート）が提出されていないため、請求書から FBA 受領までの対応は示せません。',
    en: 'No FBA receipts report (Inventory Ledger or Received Inventory) was provided, so the invoices cannot be traced to FBA receipts.',
  },
  'report.col.receiptsCovered': { ja: '納品（受領日、個数）', en: 'Shipments (received, units)' },
  'report.col.remaining': { ja: '未受領', en: 'Remaining' },
  'report.ownStock.heading': { ja: '自社在庫の記録', en: 'Our own stock records' },
  'report.ownStock.caption': {
    ja: 'ASIN別 自社倉庫の入庫・出庫（対象期間）',
    en: 'Units into and out of our warehouse per ASIN (the window)',
  },
  'report.ownStock.note': {
    ja: '出典: 当店の入出庫表（records/）。入庫は仕入れた商品の受け入れ、出庫はお客様への出荷などです。',
    en: 'From our stock book (records/). Units in are goods received from suppliers; units out are shipments to customers and other issues.',
  },
  'report.col.unitsIn': { ja: '入庫', en: 'Units in' },
  'report.col.unitsOut': { ja: '出庫', en: 'Units out' },
  'report.col.balance': { ja: '在庫', en: 'Balance' },
  'report.col.balanceOn': { ja: '在庫の日付', en: 'Balance on' },
  'report.roll.heading': {
    ja: '在庫の推移（在庫台帳）',
    en: 'Unit roll-forward (Inventory Ledger)',
  },
  'report.roll.lead': {
    ja: '在庫台帳（サマリー）から、通知対象の ASIN ごとに期首在庫 + 受領 − 出荷 + 返品 − 返送 − 廃棄 ± 調整 = 期末在庫 を確かめました。',
    en: 'From the Inventory Ledger (summary), for each cited ASIN: starting balance + receipts − customer shipments + customer returns − removals − disposals ± adjustments = ending balance.',
  },
  'report.roll.caption': { ja: 'ASIN別 在庫の推移', en: 'Unit roll-forward per ASIN' },
  'report.roll.period': { ja: '{from}〜{to}', en: '{from} to {to}' },
  'report.roll.unavailable': {
    ja: '在庫の推移は、期首・期末在庫を含む在庫台帳（サマリー）が提出されていないため示せません。',
    en: 'The roll-forward needs the Inventory Ledger summary view with starting and ending balances, which was not provided.',
  },
  'report.roll.tiesNote': {
    ja: 'すべての ASIN で期首在庫と入出庫の合計が期末在庫に一致しています。',
    en: 'For every ASIN the starting balance and the movements add up to the ending balance.',
  },
  'report.roll.gapNote': {
    ja: '網掛けの行は、期首在庫と入出庫の合計が期末在庫に一致しない ASIN です（差の欄）。',
    en: 'Shaded rows are ASINs whose starting balance and movements do not add up to the ending balance (see Difference).',
  },
  'report.col.period': { ja: '期間', en: 'Period' },
  'report.col.starting': { ja: '期首', en: 'Start' },
  'report.col.receipts': { ja: '受領', en: 'Receipts' },
  'report.col.customerShipments': { ja: '出荷', en: 'Shipped' },
  'report.col.customerReturns': { ja: '返品', en: 'Returns' },
  'report.col.removals': { ja: '返送', en: 'Removals' },
  'report.col.disposals': { ja: '廃棄', en: 'Disposed' },
  'report.col.adjustments': { ja: '調整', en: 'Adjust.' },
  'report.col.ending': { ja: '期末', en: 'End' },
  'report.col.difference': { ja: '差', en: 'Diff.' },
  'report.lines.caption': {
    ja: '集計した請求書明細（{count}行）',
    en: 'Invoice lines counted ({count})',
  },
  'report.lines.grouped': {
    ja: '同じ請求書・日付・仕入先・商品の明細は数量を合計して1行に示しています（{lines}明細を{rows}行）。',
    en: 'Lines alike in invoice, date, supplier and product are shown as one row, their quantities added ({lines} lines in {rows} rows).',
  },
  'report.lines.notShown': {
    ja: '最初の{shown}行だけを示しています。ほかに{rows}行（{lines}明細、{units}個）があります。',
    en: 'The first {shown} rows are shown; {rows} more rows ({lines} lines, {units} units) are not listed.',
  },
  'report.excluded.caption': {
    ja: '集計から除外した明細（{count}行）',
    en: 'Invoice lines not counted ({count})',
  },
  'report.col.invoiceNo': { ja: '請求書番号', en: 'Invoice no.' },
  'report.col.issued': { ja: '発行日', en: 'Issued' },
  'report.col.qty': { ja: '数量', en: 'Units' },
  'report.col.document': { ja: '書類', en: 'Document' },
  'report.col.reason': { ja: '理由', en: 'Reason' },
  'report.exclude.outsideWindow': { ja: '期間外の発行', en: 'Issued outside the window' },
  'report.exclude.notFinal': { ja: '確定請求書ではない', en: 'Not a final invoice' },
  'report.exclude.unknownProduct': { ja: '商品を特定できない', en: 'Product not identified' },
  // §4 return comments
  'report.returns.lead': {
    ja: '返品理由またはお客様のコメントが真贋・品質に触れている返品は{count}件です。コメントは原文のまま引用します。',
    en: '{count, plural, one {# return gives} other {# returns give}} a reason or a comment that touches authenticity or quality. Comments are quoted as written.',
  },
  'report.returns.none': {
    ja: '返品理由・コメントが真贋・品質に触れている返品はありません。',
    en: 'No return gives a reason or comment that touches authenticity or quality.',
  },
  'report.col.returnDate': { ja: '返品日', en: 'Returned' },
  'report.col.orderId': { ja: '注文番号', en: 'Order ID' },
  'report.col.comment': { ja: 'お客様のコメント', en: "Customer's comment" },
  'report.returns.caption': {
    ja: '真贋・品質に関わる返品',
    en: 'Returns that touch authenticity or quality',
  },
  'report.returns.counterfeitNote': {
    ja: '網掛けの行は、コメントに偽物・偽造品などの語を含む返品です。',
    en: 'Shaded rows are returns whose comment uses words such as fake or counterfeit.',
  },
  'report.returns.notProvided': {
    ja: '返品レポートが提出されていないため、この項目のデータはありません（返品が 0 件という意味ではありません）。',
    en: 'No returns report was provided, so there is no data for this section (this does not mean there were no returns).',
  },
  // §5 inspection of returned units
  'report.inspection.lead': {
    ja: 'コメントで真正性が疑われた返品は{count}件で、そのうち{inspected}件は現物を確認した記録があります。各返品の注文番号、LPN（返品された個体の番号）、状態、その後の扱いを示します。',
    en: '{count, plural, one {# returned unit} other {# returned units}} came with a comment doubting authenticity; {inspected, plural, one {# of them has} other {# of them have}} a record of the inspection of the unit. Each is listed with its order ID, LPN (the id of the returned unit), disposition and what became of it.',
  },
  'report.inspection.lead.noneInspected': {
    ja: 'コメントで真正性が疑われた返品は{count}件で、現物を確認した記録があるものはありません。各返品の注文番号、LPN（返品された個体の番号）、状態、その後の扱いを示します。',
    en: '{count, plural, one {# returned unit} other {# returned units}} came with a comment doubting authenticity; none has a record of the inspection of the unit. Each is listed with its order ID, LPN (the id of the returned unit), disposition and what became of it.',
  },
  'report.inspection.none': {
    ja: 'コメントで真正性が疑われた返品はありません。',
    en: 'No returned unit came with a comment doubting authenticity.',
  },
  'report.inspection.caption': {
    ja: '真正性を疑うコメントのあった返品の追跡',
    en: 'Returned units whose comment doubts authenticity',
  },
  'report.inspection.missing': { ja: '記録なし', en: 'None' },
  'report.inspection.openNote': {
    ja: '網掛けの行は、現物確認の記録（検品記録）がまだない返品です。',
    en: 'Shaded rows are units with no inspection record yet.',
  },
  'report.col.lpn': { ja: 'LPN', en: 'LPN' },
  'report.col.outcome': { ja: 'その後（返品の区分）', en: 'What happened (disposition)' },
  'report.col.inspection': { ja: '検品記録', en: 'Inspection' },
  'report.outcome.sellable': { ja: '販売可能在庫に戻った', en: 'Back in sellable stock' },
  'report.outcome.unsellable': { ja: '販売不可在庫として保管', en: 'Held as unsellable' },
  'report.outcome.reimbursed': { ja: 'Amazon が補償', en: 'Reimbursed by Amazon' },
  'report.outcome.unknown': { ja: '不明', en: 'Unknown' },
  // §6 return ratio
  'report.ratio.lead': {
    ja: '同じ期間（{from}から{to}まで）の ASIN ごとの販売数量・返品数量・返品率です。',
    en: 'Units sold, units returned and the return rate per ASIN over the same period ({from} to {to}).',
  },
  'report.ratio.caption': {
    ja: 'ASIN別の販売数量と返品率',
    en: 'Units sold and return rate per ASIN',
  },
  'report.col.returned': { ja: '返品数量', en: 'Returned' },
  'report.col.returnRate': { ja: '返品率', en: 'Return rate' },
  'report.col.qualityReturns': { ja: '品質関連の返品', en: 'Quality returns' },
  'report.ratio.chart.sold': { ja: '月別の販売数量', en: 'Units sold per month' },
  'report.ratio.chart.returned': {
    ja: '月別の返品数量（販売数量とは別の目盛り）',
    en: 'Units returned per month (on a scale of their own)',
  },
  'report.ratio.partial': {
    ja: '* 期間の一部だけを数えた月です: {parts}。',
    en: '* Months counted in part only: {parts}.',
  },
  'report.ratio.partialFrom': { ja: '{month}は{date}から', en: '{month} from {date}' },
  'report.ratio.partialTo': { ja: '{month}は{date}まで', en: '{month} up to {date}' },
  'report.ratio.partialBoth': {
    ja: '{month}は{from}から{date}まで',
    en: '{month} from {from} up to {date}',
  },
  'report.series.invoiced': { ja: '請求', en: 'Invoiced' },
  'report.series.received': { ja: '受領', en: 'Received' },
  'report.series.sold': { ja: '販売', en: 'Sold' },
  'report.series.returned': { ja: '返品', en: 'Returned' },
  // §8 actions
  'report.actions.evidence': { ja: '証拠: {refs}', en: 'Evidence: {refs}' },
  'report.actions.noEvidence': { ja: '証拠なし: {reason}', en: 'No evidence: {reason}' },
  'report.actions.none': {
    ja: '実施済みのアクションは case.json の actionsTaken にまだ記録されていません。',
    en: 'No action has been recorded yet in actionsTaken of case.json.',
  },
};
