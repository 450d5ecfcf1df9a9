/** Messages of the reconcile area (see ../catalogue.ts). Every finding says what to do. */
import type { Entry } from '../catalogue.js';

export const reconcileMessages: Record<string, Entry> = {
  // Findings
  'reconcile.INVOICE_SHORTFALL': {
    ja: '{asin}: {from}〜{to} の販売 {sold} 個に対し、同期間の確定請求書は {invoiced} 個分しかありません（{missing} 個不足）。不足分を仕入れた請求書の原本を documents/ に追加し、請求書明細にその行を加えてください。',
    en: '{asin}: {sold} units sold from {from} to {to}, but final invoices of that period cover only {invoiced} ({missing} short). Add the original invoices for the missing units to documents/ and their lines to the invoice-lines file.',
  },
  'reconcile.NO_INVOICE': {
    ja: '{asin} は通知で指摘された ASIN ですが、{from}〜{to} に発行された確定請求書の明細が 1 行もありません。この ASIN の仕入れ請求書を追加してください（明細と documents/ の原本）。',
    en: '{asin} is cited in the notice but has no final invoice line issued from {from} to {to}. Add the supplier invoices for this ASIN (lines in the invoice-lines file and originals in documents/).',
  },
  'reconcile.RECEIVED_BEFORE_INVOICED': {
    ja: '{asin}: {date} までに Amazon が {received} 個を受領していますが、その日までに発行された確定請求書は {invoiced} 個分です（{missing} 個は仕入れ前に納品されたことになります）。請求書の日付と数量、FBA 納品の記録を確認し、抜けている請求書を追加してください。',
    en: '{asin}: by {date} Amazon had received {received} units, but final invoices issued on or before that day cover only {invoiced} ({missing} units reached Amazon before they were bought). Check the invoice dates and quantities against your FBA shipments and add any missing invoice.',
  },
  'reconcile.INVOICE_OUTSIDE_WINDOW.before': {
    ja: '請求書 {invoice}（{date} 発行）は対象期間 {from}〜{to} より前のため数えていません（{units} 個）。この期間の販売を裏付けるには、期間内に発行された請求書を提出してください。',
    en: 'Invoice {invoice} (issued {date}) is older than the window {from} to {to} and was not counted ({units} units). Submit invoices issued inside the window to support these sales.',
  },
  'reconcile.INVOICE_OUTSIDE_WINDOW.after': {
    ja: '請求書 {invoice}（{date} 発行）は通知の受領日 {to} より後のため数えていません（{units} 個）。通知後の請求書は通知前の販売の証拠になりません。日付の誤りでなければ、提出物から外してください。',
    en: 'Invoice {invoice} (issued {date}) is dated after the notice was received ({to}) and was not counted ({units} units). An invoice issued after the notice does not prove earlier sales: correct the date if it is wrong, otherwise leave it out of the submission.',
  },
  'reconcile.INVOICE_NOT_FINAL.quote': {
    ja: '{invoice} は見積書のため数えていません（{units} 個）。Amazon は見積書を仕入れの証拠と認めません。仕入先から確定した請求書（納品書）を取り寄せてください。',
    en: '{invoice} is a quote and was not counted ({units} units). Amazon does not accept quotes as proof of purchase: get the final invoice from the supplier.',
  },
  'reconcile.INVOICE_NOT_FINAL.proforma': {
    ja: '{invoice} はプロフォーマ請求書のため数えていません（{units} 個）。Amazon はプロフォーマを仕入れの証拠と認めません。仕入先から確定した請求書を取り寄せてください。',
    en: '{invoice} is a pro-forma invoice and was not counted ({units} units). Amazon does not accept pro-forma invoices: get the final invoice from the supplier.',
  },
  'reconcile.INVOICE_NOT_FINAL.order-confirmation': {
    ja: '{invoice} は注文確認書のため数えていません（{units} 個）。注文確認書は購入完了の証拠になりません。仕入先から確定した請求書を取り寄せてください。',
    en: '{invoice} is an order confirmation and was not counted ({units} units). An order confirmation does not prove a completed purchase: get the final invoice from the supplier.',
  },
  'reconcile.SUPPLIER_INCOMPLETE': {
    ja: '仕入先「{supplier}」（id: {id}、請求書 {invoices}）の {fields} が case.json にありません。Amazon は仕入先に連絡することがあるため、suppliers に追記してください。',
    en: 'Supplier "{supplier}" (id {id}, invoices {invoices}) has no {fields} in case.json. Amazon may contact the supplier: add them to its entry in suppliers.',
  },
  'reconcile.SUPPLIER_INCOMPLETE.unknown': {
    ja: '請求書 {invoices} の仕入先「{supplier}」が case.json の suppliers にありません。名称・住所・電話番号・ウェブサイトを添えて追加するか、既存の仕入先の aliases にこの表記を加えてください。',
    en: 'Supplier "{supplier}" of invoices {invoices} is not in case.json suppliers. Add it with name, address, phone and website, or add this spelling to the aliases of the supplier it is.',
  },
  'reconcile.SUPPLIER_NOT_ACCEPTED.retailer': {
    ja: '仕入先「{supplier}」は小売店です（請求書 {invoices}、{units} 個）。Amazon は小売店のレシートや請求書を仕入れの証拠と認めません。メーカーまたは正規代理店・卸からの請求書に差し替えてください。',
    en: 'Supplier "{supplier}" is a retailer (invoices {invoices}, {units} units). Amazon does not accept retail receipts or invoices as proof of supply: replace them with invoices from the manufacturer or an authorized distributor or wholesaler.',
  },
  'reconcile.SUPPLIER_NOT_ACCEPTED.marketplace': {
    ja: '仕入先「{supplier}」はマーケットプレイスです（請求書 {invoices}、{units} 個）。Amazon はマーケットプレイスでの購入を仕入れの証拠と認めません。メーカーまたは正規代理店・卸からの請求書に差し替えてください。',
    en: 'Supplier "{supplier}" is a marketplace (invoices {invoices}, {units} units). Amazon does not accept marketplace purchases as proof of supply: replace them with invoices from the manufacturer or an authorized distributor or wholesaler.',
  },
  'reconcile.BUYER_MISMATCH': {
    ja: '請求書 {invoice} の宛名「{buyer}」が出品者の正式名称「{legalName}」と一致しません。仕入先に正式名称宛ての請求書を再発行してもらうか、case.json の seller.legalName をセラーセントラルの登録名に合わせてください。',
    en: 'The buyer on invoice {invoice}, "{buyer}", is not the seller\'s legal name "{legalName}". Ask the supplier to reissue it to the legal name, or make seller.legalName in case.json match the name registered in Seller Central.',
  },
  'reconcile.DOCUMENT_MISSING': {
    ja: '請求書 {invoice}（{supplier}、{units} 個）は数えていますが、原本が case.json の documents にありません。原本（PDF・JPG・PNG・GIF）を documents/ に置き、invoiceNumber を付けて documents に登録してください。',
    en: 'Invoice {invoice} ({supplier}, {units} units) is counted but has no original in case.json documents. Put the original (PDF, JPG, PNG or GIF) in documents/ and list it in documents with its invoiceNumber.',
  },
  'reconcile.DOCUMENT_TYPE': {
    ja: '{file} は Amazon が受け付けない形式です（.{ext}）。PDF・JPG・PNG・GIF のいずれかで仕入先から入手し直すか、そのまま PDF に書き出してください（内容は変えないこと）。',
    en: '{file} is a file type Amazon does not accept (.{ext}). Get it from the supplier as PDF, JPG, PNG or GIF, or print it unchanged to PDF.',
  },
  'reconcile.COUNTERFEIT_MENTION': {
    ja: '{asin}: {date} の返品（{units} 個、理由 {reason}）のコメントが偽物に触れています: 「{comment}」。返品された現物を確認し、その結果を「返品商品の現物の確認」に記載してください。',
    en: '{asin}: the return of {date} (units: {units}, reason {reason}) has a comment about a fake: "{comment}". Inspect the returned unit and write what you found in the "inspection of returned units" section.',
  },
  'reconcile.field.name': { ja: '名称', en: 'name' },
  'reconcile.field.address': { ja: '住所', en: 'address' },
  'reconcile.field.phone': { ja: '電話番号', en: 'phone' },
  'reconcile.field.website': { ja: 'ウェブサイト', en: 'website' },

  // Terminal table and workbook
  'reconcile.title': {
    ja: '照合結果: 通知 {receivedOn}（{type}）、対象期間 {from}〜{to}',
    en: 'Reconciliation: notice of {receivedOn} ({type}), window {from} to {to}',
  },
  'reconcile.source': { ja: '受領数の出典: {source}', en: 'Received units from: {source}' },
  'reconcile.source.ledgerDetail': {
    ja: '在庫台帳（詳細）の Receipts',
    en: 'Inventory Ledger (detail), Receipts events',
  },
  'reconcile.source.ledgerSummary': {
    ja: '在庫台帳（概要）の Receipts',
    en: 'Inventory Ledger (summary), Receipts',
  },
  'reconcile.source.receivedInventory': {
    ja: '受領在庫レポート',
    en: 'Received Inventory report',
  },
  'reconcile.source.none': {
    ja: 'なし（受領の記録がありません）',
    en: 'none (no receipt records)',
  },
  'reconcile.col.asin': { ja: 'ASIN', en: 'ASIN' },
  'reconcile.col.skus': { ja: 'SKU', en: 'SKUs' },
  'reconcile.col.cited': { ja: '指摘', en: 'Cited' },
  'reconcile.col.invoiced': { ja: '仕入', en: 'Invoiced' },
  'reconcile.col.received': { ja: '受領', en: 'Received' },
  'reconcile.col.sold': { ja: '販売', en: 'Sold' },
  'reconcile.col.returned': { ja: '返品', en: 'Returned' },
  'reconcile.col.qualityReturns': { ja: '品質返品', en: 'Quality returns' },
  'reconcile.col.counterfeitMentions': { ja: '偽物言及', en: 'Fake mentions' },
  'reconcile.col.returnRate': { ja: '返品率', en: 'Return rate' },
  'reconcile.col.coverage': { ja: '仕入/販売', en: 'Coverage' },
  'reconcile.yes': { ja: '○', en: 'yes' },
  'reconcile.findings': { ja: '指摘事項（{count} 件）', en: 'Findings ({count})' },
  'reconcile.noFindings': {
    ja: '指摘事項はありません。',
    en: 'No findings.',
  },
  'reconcile.summary': {
    ja: 'エラー {errors} 件、警告 {warnings} 件、情報 {infos} 件',
    en: '{errors} error(s), {warnings} warning(s), {infos} info',
  },
  'reconcile.xlsxWritten': { ja: '照合表を書き出しました: {file}', en: 'Workbook written: {file}' },

  // Workbook sheets and columns
  'reconcile.sheet.summary': { ja: 'ASIN別集計', en: 'Per ASIN' },
  'reconcile.sheet.invoices': { ja: '請求書明細', en: 'Invoice lines' },
  'reconcile.sheet.receipts': { ja: '受領', en: 'Receipts' },
  'reconcile.sheet.returns': { ja: '返品', en: 'Returns' },
  'reconcile.sheet.monthly': { ja: '月別', en: 'Monthly' },
  'reconcile.sheet.findings': { ja: '指摘事項', en: 'Findings' },
  'reconcile.col.invoice': { ja: '請求書番号', en: 'Invoice' },
  'reconcile.col.issueDate': { ja: '発行日', en: 'Issued' },
  'reconcile.col.supplier': { ja: '仕入先', en: 'Supplier' },
  'reconcile.col.sku': { ja: 'SKU', en: 'SKU' },
  'reconcile.col.productCode': { ja: '商品コード', en: 'Product code' },
  'reconcile.col.productName': { ja: '商品名', en: 'Product' },
  'reconcile.col.quantity': { ja: '数量', en: 'Quantity' },
  'reconcile.col.status': { ja: '種別', en: 'Status' },
  'reconcile.col.counted': { ja: '計上', en: 'Counted' },
  'reconcile.col.reason': { ja: '理由', en: 'Reason' },
  'reconcile.col.document': { ja: '原本', en: 'Original' },
  'reconcile.col.source': { ja: '出典', en: 'Source' },
  'reconcile.col.date': { ja: '日付', en: 'Date' },
  'reconcile.col.fnsku': { ja: 'FNSKU', en: 'FNSKU' },
  'reconcile.col.reference': { ja: '参照ID', en: 'Reference' },
  'reconcile.col.returnReason': { ja: '返品理由', en: 'Return reason' },
  'reconcile.col.disposition': { ja: '状態', en: 'Disposition' },
  'reconcile.col.quality': { ja: '品質', en: 'Quality' },
  'reconcile.col.counterfeit': { ja: '偽物言及', en: 'Fake mention' },
  'reconcile.col.comment': { ja: '顧客コメント', en: 'Customer comment' },
  'reconcile.col.month': { ja: '月', en: 'Month' },
  'reconcile.col.severity': { ja: '重要度', en: 'Severity' },
  'reconcile.col.code': { ja: 'コード', en: 'Code' },
  'reconcile.col.message': { ja: '内容と対応', en: 'What and what to do' },
  'reconcile.col.file': { ja: 'ファイル', en: 'File' },
  'reconcile.counted.yes': { ja: '計上', en: 'counted' },
  'reconcile.exclude.outsideWindow': { ja: '対象期間外', en: 'outside the window' },
  'reconcile.exclude.notFinal': { ja: '確定請求書でない', en: 'not a final invoice' },
  'reconcile.exclude.unknownProduct': {
    ja: '対象商品に対応付けできない',
    en: 'not matched to a product of the case',
  },
  'reconcile.status.final': { ja: '請求書', en: 'final' },
  'reconcile.status.quote': { ja: '見積書', en: 'quote' },
  'reconcile.status.proforma': { ja: 'プロフォーマ', en: 'pro-forma' },
  'reconcile.status.order-confirmation': { ja: '注文確認書', en: 'order confirmation' },
};
