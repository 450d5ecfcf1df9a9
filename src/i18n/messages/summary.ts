/** Messages of issue 20's reviewer aids: the summary page, the appeal-form text, what is left out, supplier codes, highlights. */
import type { Entry } from '../catalogue.js';

export const summaryMessages: Record<string, Entry> = {
  // supplier codes (products section, separator pages)
  'codes.col': { ja: 'JAN・仕入先品番', en: 'JAN/UPC, supplier codes' },
  'codes.jan': { ja: 'JAN {jan}', en: 'JAN/UPC {jan}' },
  'codes.code': { ja: '品番 {code}', en: 'code {code}' },
  'codes.codeOf': { ja: '品番 {code}（{supplier}）', en: 'code {code} ({supplier})' },
  'codes.sku': { ja: 'SKU {skus}', en: 'SKU {skus}' },
  'codes.note': {
    ja: '仕入先品番は、請求書の明細に記載された仕入先の商品コードです。ASIN の記載がない明細も、この品番・JAN で出品中の商品と照合できます。',
    en: "Supplier codes are the supplier's own product codes as printed on its invoice lines: an invoice line without an ASIN is matched to the listing by this code or the JAN/UPC.",
  },
  'assemble.sep.codes': { ja: '品番・JAN と ASIN の対応', en: 'Supplier codes, JAN and ASIN' },

  // documents left out of the submission (evidence index)
  'excluded.title': { ja: '提出しない書類', en: 'Documents not submitted' },
  'excluded.lead': {
    ja: '次の書類は、Amazon が仕入の証拠として受け付けない種類・条件のため、本 PDF とアップロード用ファイルには含めていません。',
    en: 'The following documents are not included in this PDF or the upload files: Amazon does not accept them as evidence of a purchase.',
  },
  'excluded.col.file': { ja: 'ファイル名', en: 'File' },
  'excluded.col.reason': { ja: '提出しない理由', en: 'Why not submitted' },
  'excluded.reason.quote': {
    ja: '見積書であり、購入の完了を示す書類ではないため',
    en: 'A quote, not a completed purchase',
  },
  'excluded.reason.proforma': {
    ja: 'プロフォーマ請求書であり、購入の完了を示す書類ではないため',
    en: 'A pro forma invoice, not a completed purchase',
  },
  'excluded.reason.order-confirmation': {
    ja: '注文確認書であり、購入の完了を示す書類ではないため',
    en: 'An order confirmation, not a completed purchase',
  },
  'excluded.reason.outsideWindow': {
    ja: '発行日（{date}）が通知受領日前の365日間（{from}〜{to}）の外にあるため',
    en: 'Issued on {date}, outside the 365 days before the notice ({from} to {to})',
  },
  'excluded.reason.otherBuyer': {
    ja: '宛名「{buyer}」が当社の正式名称「{legalName}」と異なるため',
    en: 'Addressed to "{buyer}", not to our legal name "{legalName}"',
  },

  // the summary page
  'summary.title': { ja: '要約', en: 'Summary' },
  'summary.answer.rootCause': { ja: '根本原因', en: 'Root cause' },
  'summary.answer.actionsTaken': { ja: '実施済みの対応', en: 'Actions taken' },
  'summary.answer.prevention': { ja: '再発防止策', en: 'Steps to prevent a recurrence' },
  'summary.dated': { ja: '{date}：{text}', en: '{date}: {text}' },
  'summary.labelled': { ja: '{label}：', en: '{label}: ' },
  'summary.notWritten': { ja: '（未記入）', en: '(not written yet)' },
  'summary.asins': { ja: '通知対象の ASIN', en: 'ASINs in the notice' },
  'summary.asin': {
    ja: '{asin}：請求数量 {invoiced}個、販売数量 {sold}個（カバー率 {coverage}）',
    en: '{asin}: {invoiced} units invoiced, {sold} sold (coverage {coverage})',
  },
  'summary.asin.none': {
    ja: '{asin}：記録に数量がありません',
    en: '{asin}: no units in the records',
  },
  'summary.documents': {
    ja: '添付書類：{n}点（請求書・納品書 {a}点、その他 {b}点）',
    en: 'Documents attached: {n} ({a, plural, one {# invoice or delivery note} other {# invoices and delivery notes}}, {b} other)',
  },
  'summary.documents.plain': {
    ja: '添付書類：{n}点',
    en: 'Documents attached: {n}',
  },
  'summary.documents.left': {
    ja: '添付書類：{n}点（請求書・納品書 {a}点、その他 {b}点）。Amazon が受け付けない書類 {left}点は提出せず、証拠書類一覧に理由を記載しました。',
    en: 'Documents attached: {n} ({a, plural, one {# invoice or delivery note} other {# invoices and delivery notes}}, {b} other). {left, plural, one {# document Amazon does not accept is} other {# documents Amazon does not accept are}} not submitted; the evidence index gives the reason.',
  },
  'summary.tooLong': {
    ja: '要約が1ページに収まりません（約 {over} 行分の超過）。「{answerJa}」が長すぎます（約 {lines} 行、目安は {share} 行まで）。',
    en: 'The summary does not fit on one page (about {over} lines too many). "{answerEn}" is too long (about {lines} lines; about {share} fit).',
  },
  'summary.tooLong.hint': {
    ja: 'case.json の summary.{id} に短い回答（3〜5行）を書くか、対応するセクションの最初の段落を短くしてください。',
    en: 'Write a short answer (3 to 5 lines) in case.json summary.{id}, or shorten the first paragraph of the section it is drawn from.',
  },

  // form.txt / form.json
  'form.uploads': {
    ja: 'アップロードするファイル（この順に添付してください）',
    en: 'Files to upload (attach them in this order)',
  },
  'form.tooLong': {
    ja: 'アピールフォームに貼り付ける「{answerJa}」が {chars} 文字あり、上限 {max} 文字を超えています。',
    en: 'The appeal-form answer "{answerEn}" has {chars} characters, more than the limit of {max}.',
  },
  'form.tooLong.hint': {
    ja: 'case.json の summary.{id} に短い回答を書くか、上限を summary.formMaxChars で変更してください。',
    en: 'Write a shorter answer in case.json summary.{id}, or change the limit in summary.formMaxChars.',
  },

  // highlights on PDF invoices (option)
  'assemble.sep.highlighted': {
    ja: '審査の便宜のため、対象 ASIN・JAN・仕入先品番・仕入先名の記載箇所に強調表示の注釈（{n} か所）を重ねました。注釈は書類の上に重ねたもので、書類の内容（ページの描画内容）は一切変更していません。アップロード用の原本ファイルには注釈はありません。',
    en: 'For the reviewer, highlight annotations ({n}) mark where the cited ASINs, JAN, supplier codes and the supplier name appear. They are annotations laid over the document: its page content is unchanged, and the original file for upload carries none.',
  },
  'assemble.highlight.noTool': {
    ja: '強調表示には poppler の pdftotext が必要ですが、見つかりません。',
    en: "Highlights need poppler's pdftotext, which was not found.",
  },
  'assemble.highlight.noTool.hint': {
    ja: 'poppler-utils をインストールしてください（Debian/Ubuntu: `apt-get install poppler-utils`、macOS: `brew install poppler`）。または --highlight を外してください。',
    en: 'Install poppler-utils (apt-get install poppler-utils, or Homebrew poppler), or build without --highlight.',
  },
};
