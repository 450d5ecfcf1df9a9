/** Text normalising for matching names, invoice numbers and customer comments. */

/** Hiragana → katakana, so that にせもの and ニセモノ compare equal. */
function hiraganaToKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/**
 * Folds width and case: NFKC turns full-width ＡＢＣ１２３ and half-width ｶﾀｶﾅ into their usual
 * forms and ㈱ into (株); then lower case and hiragana as katakana.
 */
export function foldText(s: string): string {
  return hiraganaToKatakana(s.normalize('NFKC').toLowerCase());
}

/** Folded, with every kind of white space removed. */
export function compactText(s: string): string {
  return foldText(s).replace(/[\s\u3000]+/g, '');
}

/** Company-form markers removed when comparing names: 株式会社, (株) (also ㈱ and （株）). */
const COMPANY_FORMS = ['株式会社', '(株)'];

/**
 * A company name as compared: width and case folded, spaces removed, 株式会社 / (株) / ㈱ removed
 * wherever they stand (前株 or 後株).
 */
export function companyKey(name: string): string {
  let s = compactText(name);
  for (const form of COMPANY_FORMS) s = s.split(form).join('');
  return s;
}

/** Invoice numbers already folded (millions of invoice lines repeat a few numbers). */
const invoiceKeys = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

/** Printable ASCII without spaces: NFKC leaves it as it is, and it has no kana. */
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** An invoice number as compared: width and case folded, spaces removed. */
export function invoiceKey(n: string): string {
  if (PLAIN_ASCII.test(n)) return n.toLowerCase();
  let k = invoiceKeys.get(n);
  if (k === undefined) {
    k = compactText(n);
    if (invoiceKeys.size < MAX_REMEMBERED) invoiceKeys.set(n, k);
  }
  return k;
}
