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
};
