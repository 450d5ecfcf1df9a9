/**
 * Word lists of the reconciliation, kept as data. Matching is done on folded text (see
 * normalise.ts: NFKC width folding, lower case, hiragana as katakana), so each word is written
 * once in its usual form.
 */

/** Return reasons that signal a quality or authenticity doubt (Amazon's reason codes). */
export const QUALITY_REASONS: readonly string[] = [
  'DEFECTIVE', // 不良品
  'QUALITY_UNACCEPTABLE', // 品質が期待以下
  'NOT_AS_DESCRIBED', // 説明と違う
  'MISSING_PARTS', // 部品の欠品
  'SWITCHEROO', // a different item came back
];

/**
 * Words in a customer comment that say the item is fake. Japanese words are matched anywhere in
 * the comment (Japanese has no spaces); English words only as whole words.
 * A negation ("not fake") is still counted: a person should read every flagged comment.
 */
export const FAKE_WORDS_JA: readonly string[] = [
  '偽物', // nisemono: fake
  'ニセモノ', // the same in kana (にせもの folds to this)
  'ニセ物',
  '偽造品', // forged goods
  '偽造', // forged
  '偽ブランド', // fake brand goods
  'コピー品', // copy product
  'コピー商品',
  'スーパーコピー', // "super copy", a seller's word for high-grade fakes
  '模倣品', // imitation
  '本物ではない', // not the real thing
  '本物じゃない',
  '本物でない',
  '正規品ではない', // not a genuine product
  '正規品じゃない',
  '正規品でない',
  'パチモノ', // slang: knock-off (ぱちもの, ﾊﾟﾁﾓﾉ fold to this)
  'パチモン',
];

export const FAKE_WORDS_EN: readonly string[] = [
  'fake',
  'fakes',
  'faked',
  'counterfeit',
  'counterfeits',
  'knock-off',
  'knock off',
  'knockoff',
  'knockoffs',
  'not genuine',
  'not authentic',
  'inauthentic',
  'replica',
  'bootleg',
  'not the real thing',
  'not real',
];
