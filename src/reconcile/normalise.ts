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
export const PLAIN_ASCII = /^[\x21-\x7e]*$/;

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

/**
 * Whether invoice numbers, all different as written, fold to keys all different without folding
 * each of them: when every one is printable ASCII (folded by lower-casing alone) and no letter
 * is written in both cases across them — 'upper' when none has a lower-case letter, 'lower' when
 * none has an upper-case one; undefined otherwise.
 */
export function caseOfAll(numbers: readonly string[]): 'upper' | 'lower' | undefined {
  let lower = false;
  let upper = false;
  for (const n of numbers)
    for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      if (c < 0x21 || c > 0x7e) return undefined;
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) upper = true;
      else continue;
      if (lower && upper) return undefined;
    }
  return lower ? 'lower' : 'upper';
}
