/**
 * Messages of the document text check (assemble/doccheck.ts): what case.json says about a
 * document against what its text layer or OCR reads on it. {viaJa}/{viaEn} say which.
 */
import type { Entry } from '../catalogue.js';

export const doccheckMessages: Record<string, Entry> = {
  'doccheck.via.text': { ja: 'テキスト', en: 'text' },
  'doccheck.via.ocr': { ja: 'OCR で読み取ったテキスト', en: 'text read by OCR' },
  'doccheck.number': {
    ja: '{file} の{viaJa}に、case.json の書類番号 {expected} がありません（書類に近い記載: {nearest}）。',
    en: 'The {viaEn} of {file} does not contain the document number {expected} that case.json gives (nearest on the page: {nearest}).',
  },
  'doccheck.number.hint': {
    ja: 'case.json の invoiceNumber を書類に印字された番号に合わせてください（{nearest} が正しければそれに）。別の書類を指しているなら、正しいファイルに差し替えてください。',
    en: 'Make invoiceNumber in case.json the number printed on the document ({nearest} if that is right), or attach the document that carries {expected}.',
  },
  'doccheck.supplier': {
    ja: '{file} の{viaJa}に、仕入先「{expected}」の名前も別名もありません（書類に近い記載: {nearest}）。',
    en: 'The {viaEn} of {file} names neither the supplier "{expected}" nor any of its aliases (nearest on the page: {nearest}).',
  },
  'doccheck.supplier.hint': {
    ja: '書類に書かれた仕入先の名前を suppliers[].aliases に加えるか、documents[].supplierId を正しい仕入先にしてください。',
    en: "Add the name the document uses to the supplier's aliases, or point documents[].supplierId at the right supplier.",
  },
  'doccheck.date': {
    ja: '{file} の{viaJa}に、発行日 {expected} がどの書き方でも見当たりません（書類にある最も近い日付: {nearest}）。',
    en: 'The {viaEn} of {file} does not show the issue date {expected} in any usual notation (nearest date on the page: {nearest}).',
  },
  'doccheck.date.hint': {
    ja: 'case.json の issueDate を書類に印字された発行日にしてください。',
    en: 'Make issueDate in case.json the issue date printed on the document.',
  },
  'doccheck.product': {
    ja: '{file} の{viaJa}に、仕入明細でこの書類に載っている商品の識別子（{expected}）がありません（書類に近い記載: {nearest}）。',
    en: 'The {viaEn} of {file} does not show the product the invoice lines put on it ({expected}; nearest on the page: {nearest}).',
  },
  'doccheck.product.hint': {
    ja: '仕入明細の品番・SKU・ASIN を書類どおりに直すか、records.productCodes に書類の品番を登録してください。',
    en: "Correct the product code, SKU or ASIN of the invoice line to what the document prints, or map the document's code in records.productCodes.",
  },
  'doccheck.quantity': {
    ja: '{file} の{viaJa}では {code} の数量が {found} ですが、仕入明細（{row}、書類番号 {invoice}）は {expected} 個です。',
    en: 'The {viaEn} of {file} shows {found} for {code}, but the invoice line ({row}, document {invoice}) says {expected} units.',
  },
  'doccheck.quantity.hint': {
    ja: '仕入明細の数量を書類どおりに直してください。書類が違うなら正しい書類に差し替えてください。数量が食い違うと書類全体が信用されません。',
    en: 'Correct the quantity of the invoice line to what the document says, or attach the right document: one quantity that disagrees makes a reviewer doubt every document.',
  },
  'doccheck.unverifiable.noTools': {
    ja: '{file} には文字情報がなく、OCR（日本語の tesseract）もないため、書類番号・仕入先・日付を確認できません。',
    en: '{file} has no text layer and OCR (tesseract with Japanese) is not installed, so its number, supplier and date cannot be verified.',
  },
  'doccheck.unverifiable.noTools.hint': {
    ja: 'tesseract と日本語データを入れてください（Debian/Ubuntu: `apt-get install tesseract-ocr tesseract-ocr-jpn`、macOS: `brew install tesseract tesseract-lang`）。PDF の文字情報は poppler の pdftotext で読みます。',
    en: "Install tesseract with Japanese (Debian/Ubuntu: `apt-get install tesseract-ocr tesseract-ocr-jpn`; macOS: `brew install tesseract tesseract-lang`). PDF text is read with poppler's pdftotext.",
  },
  'doccheck.unverifiable.empty': {
    ja: '{file} は OCR でも文字を読み取れなかったため、書類番号・仕入先・日付を確認できません。',
    en: 'OCR read no text on {file}, so its number, supplier and date cannot be verified.',
  },
  'doccheck.unverifiable.empty.hint': {
    ja: '書類を 300dpi 程度で、まっすぐ・明るくスキャンし直してください。',
    en: 'Scan the document again, straight and well lit, at about 300 dpi.',
  },
  'doccheck.unverifiable.failed': {
    ja: '{file} の文字を読み取れなかったため、書類番号・仕入先・日付を確認できません。',
    en: 'The text of {file} could not be read, so its number, supplier and date cannot be verified.',
  },
  'doccheck.unverifiable.failed.hint': {
    ja: 'ファイルを PDF で保存し直すか、スキャンし直してください。',
    en: 'Save the file as a PDF again, or scan it again.',
  },
};
