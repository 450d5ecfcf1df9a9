/**
 * The phrase lists and thresholds of the plan check, kept as data so they can be tuned without
 * touching the rules. Every pattern is matched against text normalised with NFKC (full-width
 * letters and digits become ASCII, half-width katakana become full-width), so one list covers
 * every way a seller may type a phrase. Japanese and English entries live side by side: a case
 * written in one language often quotes the other, and a rule matches both.
 */

/**
 * Promises that say nothing a reviewer can verify. Amazon's rejections ask for "greater detail";
 * seed 000 calls "今後は気をつけます" a mere apology. A sentence with one of these is still fine
 * when it also names who, when and how it is checked (see SPECIFIC below).
 */
export const VAGUE: readonly RegExp[] = [
  /気を(つけ|付け)/,
  /注意(します|いたします|致します|して|深く|を(払|はら)い|を徹底)/,
  /細心の注意/,
  /徹底(します|いたします|致します|して(まいり|参り|いき)ます)/,
  /(努め|つとめ)(ます|て(まいり|参り|いき)ます)/,
  /努力(します|いたします|致します|して(まいり|参り)ます)/,
  /(今後|二度と)このような(こと|事態|問題)が(ない|起きない|起こらない)よう/,
  /再発防止に(努め|つとめ)/,
  /心(が|掛)け(ます|て(まいり|参り|いき)ます)/,
  /意識を(高め|持っ)/,
  /気を引き締め/,
  // "体制を強化します", "改善してまいります": a direction, not a measure.
  /(強化|改善|見直し|向上)(します|いたします|致します|して(まいり|参り|いき)ます|を図ります|に取り組みます)/,
  /\bbe (more |extra |very )?(careful|vigilant|cautious)\b/i,
  /\b(try|strive|endeavou?r) (our best |hard |harder )?to\b/i,
  /\b(do|try) our (very )?best\b/i,
  /\bpay (more|closer|greater|extra) attention\b/i,
  /\b(make sure|ensure) (that )?(this|it|such (a |an )?\w+) (will )?never happens?( again)?\b/i,
  /\b(make sure|ensure) (that )?(this|it) does not happen again\b/i,
  /\bwill not happen again\b/i,
  /\btake (this|it) (very )?seriously\b/i,
  /\b(strengthen|improve|tighten|enhance|review) our (process|processes|procedures?|controls?|checks?|operations?)\b/i,
  /\bensure (full )?(compliance|quality|accuracy)\b/i,
  /\bmore (thorough|thoroughly|diligent|diligently|closely)\b/i,
];

/** Who: a person or role. The case's own responsible person and deputy are added at run time. */
export const WHO: readonly RegExp[] = [
  /(担当者?|責任者|管理者|代表(者|取締役)?|社長|店長|スタッフ|従業員|社員|作業者|検品者|全員|リーダー|マネージャー|チーム|部門|部署|係員)/,
  /\b(manager|owner|staff|employee|team|clerk|supervisor|lead|officer|packer|inspector|warehouse worker|operator|director|responsible|assistant|deputy|founder|ceo|each of us|everyone)\b/i,
];

/** When: a frequency or a trigger. */
export const WHEN: readonly RegExp[] = [
  /(毎日|毎朝|毎晩|毎週|毎月|毎年|毎回|都度|その都度|[月火水木金土日]曜|四半期|半年|年\d+回|月\d+回|週\d+回|(?<!\d)\d+(日|週)ごと|ごとに|たびに|度に)/,
  /(前に|前の|時に|時は|際に|際は|場合は|場合に|入荷時|出荷前|仕入(れ)?前|発注前|出品前|受領時|納品時|開始前|終了後|直後|当日|翌日|翌営業日|以内|までに|その日のうち)/,
  /\b(daily|weekly|monthly|quarterly|annually|yearly|every|each|before|after|upon|whenever|when|per|within|same day|once a|twice a|at the (start|end|beginning) of|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\b/i,
];

/** How it is checked: a record, a signature, a checklist someone can show a reviewer. */
export const RECORD: readonly RegExp[] = [
  /(記録|確認欄|署名|サイン|押印|チェックリスト|チェック表|点検表|台帳|ログ|記入|保存|保管|報告書|報告し|一覧表|スプレッドシート|シートに|照合|承認|ダブルチェック|二重チェック|監査|写真|議事録|受講記録)/,
  /\b(record|records|recorded|log|logs|logged|checklist|sign|signs|signed|signature|initials?|spreadsheet|sheet|audit|audited|report|reports|file|filed|kept|keep|approve|approves|approved|approval|photo|photos|photograph|double-check|cross-check|minutes|verify|verifies|verified)\b/i,
];

/** A statement of cause, expected in the root-cause section. */
export const CAUSE: readonly RegExp[] = [
  /(原因|要因|ため(、|に|で)|ためです|ので|により|によって|によるもの|起因|不足|不備|欠如|怠|なかった|ていなかった|せずに|ないまま)/,
  /\b(because|due to|caused|cause|reason|result of|led to|lack of|failed to|did not|didn't|without|had no|there was no|there were no|never (checked|asked|verified|inspected)|as a result|therefore|which (meant|allowed|let))\b/i,
];

/** Japanese sentence endings that say the action is done (〜しました, 〜を実施済み). */
export const JA_DONE_END =
  /(ました|ませんでした|済み|済みです|済です|完了|完了です|でした|しております|ています)$/;

/**
 * Japanese endings of a completed act (〜しました, 〜済み): the sentences PLAN_ACTION_UNDATED
 * expects a date on. 〜しています / 〜しております describe a state and need none.
 */
export const JA_COMPLETED_END = /(ました|済み|済みです|済です|完了|完了です)$/;

/** Japanese endings that say the action is still planned (〜します, 〜する予定). */
export const JA_FUTURE_END =
  /(します|いたします|致します|まいります|参ります|予定|予定です|つもりです?|ていきます|していく|する|行う|実施する|検討中です?|準備中です?|検討します|行います)$/;

/** A Japanese verb in dictionary form at the end (問い合わせる, 見直す): a plan, not a done action. */
export const JA_DICTIONARY_END = /[るうくすつむぶぐ]$/;

/**
 * Endings that look like a dictionary form but are not one: the copula and polite endings
 * (です, ます, ません) and 〜ている / 〜てある (an ongoing or resulting state, accepted as done).
 */
export const JA_NOT_DICTIONARY_END = /(です|ます|ません|ている|でいる|てある|ておる)$/;

/**
 * Any polite non-past ending (気をつけます, 行います) is a plan or a habit, not a done action —
 * except states: 〜ています, 〜ております, 〜あります, 〜なります, 〜できます.
 */
export const JA_MASU_END = /ます$/;
export const JA_STATE_MASU_END = /(います|おります|あります|なります|できます|ございます)$/;

/**
 * Japanese words that make a sentence a plan anywhere in it. 予定日 is a date, not a plan
 * (出荷予定日 is Amazon's ship-by date, the key term of a performance case).
 */
export const JA_FUTURE_ANY = /(予定(?!日)|つもり|検討中|準備中|これから|今後(実施|対応))/;

/** English markers of a plan rather than a done action. */
export const EN_FUTURE =
  /\b(will|shall|going to|plans? to|planning to|intends? to|intending to|aims? to|would like to|are about to|to be (done|completed|implemented))\b/i;

/** English past tense: a regular -ed verb or a common irregular one. */
export const EN_PAST =
  /\b(\w+ed|sent|sold|took|made|gave|wrote|put|set|held|met|paid|found|bought|brought|began|built|cut|got|had|kept|left|lost|ran|read|said|shut|spent|stood|taught|told|threw|was|were|did|done)\b/i;

/** Sentences that introduce a list rather than state one action (no date expected on them). */
export const INTRO = /(以下|次の|下記|のとおり|の通り|following|below|as follows|[:：]$)/i;

/** Sentences that point at the evidence rather than state an action (no date expected). */
export const EVIDENCE_REF = /(添付|別紙|証拠書類|attached|attachment|appendix|enclosed)/i;

/** Blaming someone else for the problem: reviewers read it as not owning the root cause. */
export const BLAME: readonly RegExp[] = [
  /(購入者|お客様|お客さま|顧客|買い手|バイヤー)(様)?(の|による)(勘違い|誤解|誤り|ミス|間違い|思い込み|せい|嘘|虚偽|悪意|いたずら|言いがかり)/,
  /(競合|競合他社|ライバル|他の出品者|他社|相乗り)(セラー|出品者)?(様)?(の|による|からの)(嫌がらせ|妨害|攻撃|いたずら|虚偽|悪意|不正)/,
  /嫌がらせ/,
  /(Amazon|アマゾン)(様)?(の|による|側の)(誤り|ミス|間違い|誤認|誤判定|判断ミス|システムエラー|不手際|落ち度)/i,
  /(不当な|理不尽な)(停止|判断|措置|処分|申し立て|クレーム)/,
  /(当社|当店|弊社|私|わたし)(に|には)(責任|非|落ち度)(は)?(ありません|ない|ございません)/,
  /納得(でき|いたしかね|いき|が行き|がいき)(ません|かねます)/,
  /\b(the )?(buyer|customer|purchaser)('s)? (was|is|were) (wrong|mistaken|confused|lying)\b/i,
  /\b(buyer|customer|purchaser)('s| made a) (mistake|error|misunderstanding)\b/i,
  /\b(buyer|customer) (misunderstood|lied)\b/i,
  /\bcompetitors?('s)? (sabotage|attack|harass|filed|are trying|is trying|complain)/i,
  /\b(false|fake|malicious) (complaint|claim|report|review)s?\b/i,
  /\bAmazon('s)? (made a mistake|was wrong|is wrong|error|mistake)\b/i,
  /\b(not our fault|unfair(ly)?|unjust(ly)?)\b/i,
];

/**
 * Emotional pleading: reviewers look for facts and fixes, and seed 002's seller writes of
 * 死活問題 and 家族が路頭に迷う — true, but not what gets an account back. 何卒 is the ordinary
 * polite closing of a business letter and is deliberately not in the list.
 */
export const PLEADING: readonly RegExp[] = [
  /どうか/,
  /死活問題/,
  /家族(が|を|の(生活|ため))/,
  /生活が(かかって|懸かって|苦し)/,
  /路頭に迷/,
  /助けて(ください|下さい)/,
  /(倒産|破産|廃業)(して|しそう|寸前|の危機)/,
  /(懇願|お慈悲|ご慈悲|泣)/,
  /\b(i|we) beg\b/i,
  /\bbegging\b/i,
  /\bplease,? (please|help|i beg|we beg|have mercy)\b/i,
  /\b(desperate|desperately|mercy|my family|our family|livelihood|bankrupt|bankruptcy|lose everything|only source of income)\b/i,
];

/**
 * Promising only to stop selling the ASIN. Seed 002's failed first reply ended with
 * "今後一切amazon様での出品、販売は致しません": it removes the product, not the cause.
 * Sections whose subject is what will not be sold (excludedBrands, restrictedProducts,
 * futureProducts, removedInventory, listings) are not checked.
 */
export const STOP_SELLING: readonly RegExp[] = [
  /今後一切.{0,30}(出品|販売|取り?扱).{0,10}(致し|いたし|し|行い|行いま)?ません/,
  /二度と.{0,20}(出品|販売|取り?扱).{0,10}(致し|いたし|し)?ません/,
  /(出品|販売)を(永久に|永遠に|完全に)?(停止|中止|取りやめ|取り止め|やめ)(します|いたします|致します|ます)/,
  /\bnever (sell|list|offer)\b.{0,40}\bagain\b/i,
  /\b(will|shall) (not|never) (sell|list|offer)\b.{0,40}\b(again|anymore|any more|in the future|ever)\b/i,
  /\b(will|shall) (stop|cease) (selling|listing)\b/i,
  /\bwill no longer (sell|list|offer)\b/i,
  // everything: the whole store, the account
  /(全商品|すべての商品|全ての商品|全て|すべて)の?(出品|販売)を?(停止|中止|終了|取りやめ|やめ)/,
  /(アカウント|店舗|ストア)を(閉鎖|閉じ|解約)/,
  /\b(will|shall) (close|shut down) (our|the|this) (account|store|shop)\b/i,
];

/**
 * What a stop-selling sentence is about when it gives up the cited products or everything
 * (該当ASIN, 対象商品, この商品, 全商品, "this ASIN", "all our products"); the cited ASINs
 * themselves are matched at run time.
 */
export const STOP_SELLING_SUBJECT: readonly RegExp[] = [
  /(該当|対象|当該|指摘された|通知の|申し立ての|この|これらの|本件の?)\s*(の)?\s*(ASIN|商品|製品|アイテム)/,
  /(全商品|(すべて|全て)の(商品|ASIN)|アカウント|店舗|ストア)/,
  /\b(this|these|that|those|the (cited|affected|named|listed|same)) (asins?|products?|items?|listings?)\b/i,
  /\b(all|any|every)( of)?( our)? (products?|items?|listings?|asins?)\b|\b(anything|everything|account|store|shop)\b/i,
];

/** Words that speak of every cited ASIN at once ("対象3ASIN", "all cited ASINs"). */
export const ALL_CITED: readonly RegExp[] = [
  /(対象|該当|指摘された|通知の)(の)?\s*(全|すべての|全ての)?\s*(\d+|[二三四五六七八九十]+)\s*(つの|点の)?\s*ASIN/,
  /(全|すべての|全ての)\s*(対象|該当)?(の)?\s*ASIN/,
  /(対象|該当)(の)?\s*ASIN\s*(を|の)?\s*(全て|すべて)/,
  /\ball (\d+ |two |three |four |five )?(of the )?(cited|affected|listed|named) ASINs\b/i,
  /\b(each|every) (cited|affected) ASIN\b/i,
];

/**
 * A condition turns "we will stop selling" into a process rule ("返品が月3件を超えた場合は出品を
 * 停止します", "until the distributor confirms"): not flagged.
 */
export const STOP_SELLING_CONDITION =
  /(場合|ときは|時は|際は|までは|まで|限り|次第|\b(if|when|whenever|until|unless|once)\b)/i;

/**
 * Sections where "we will not sell X" is the very subject (a brand, a category, removed stock):
 * there only a sentence that gives up the cited products or everything counts.
 */
export const STOP_SELLING_EXEMPT_SECTIONS: readonly string[] = [
  'excludedBrands',
  'restrictedProducts',
  'futureProducts',
  'removedInventory',
  'listings',
];

/**
 * Numbers of the reconciliation as sellers write them. Only tight phrasings count: the metric
 * word right before the number ("販売数は245個", "sold 245 units") or the verb right after it
 * ("245個販売", "245 units sold"). Looser readings took "販売可能 461個" (sellable stock) or
 * "返品 6個を検品" (a subset inspected) for totals. {N} is the number, {U} a unit.
 */
export const METRIC_PATTERNS: Record<
  'sold' | 'returned' | 'invoiced' | 'received',
  readonly string[]
> = {
  sold: [
    '(?:販売|売上|売れた)(?:数|個数|数量|実績)?(?:は|が|:)?\\s{0,3}(?:合計|計|累計|総計)?\\s{0,3}{N}\\s{0,3}{JU}(?!\\s{0,3}[をの])',
    '{N}\\s{0,3}{JU}(?:を|が)?(?:販売|売れ|売り上げ)',
    '\\b(?:sold|sales of)\\s{1,3}(?:a total of\\s{1,3})?{N}\\s{0,3}{EU}',
    '{N}\\s{0,3}{EU}\\s{1,3}(?:were\\s{1,3}|was\\s{1,3}|have been\\s{1,3})?sold\\b',
  ],
  returned: [
    '(?:返品|返却)(?:数|個数|数量|件数)?(?:は|が|:)?\\s{0,3}(?:合計|計|累計|総計)?\\s{0,3}{N}\\s{0,3}{JU}(?!\\s{0,3}[をの])',
    '{N}\\s{0,3}{JU}(?:が|の)?(?:返品(?!率)|返却)',
    '\\b(?:returned|returns of)\\s{1,3}{N}\\s{0,3}{EU}',
    '{N}\\s{0,3}(?:{EU}\\s{1,3})?(?:were\\s{1,3}|was\\s{1,3}|have been\\s{1,3})?returned\\b(?!\\s{1,3}{EU})',
    '{N}\\s{1,3}returns\\b',
  ],
  invoiced: [
    '(?:仕入れ?|請求|購入)(?:数|個数|数量)(?:は|が|:)?\\s{0,3}(?:合計|計|累計|総計)?\\s{0,3}{N}\\s{0,3}{JU}(?!\\s{0,3}[をの])',
    '{N}\\s{0,3}{JU}(?:を)?(?:仕入|購入)',
    '\\b(?:invoiced|purchased|bought)\\s{1,3}{N}\\s{0,3}{EU}',
    '{N}\\s{0,3}{EU}\\s{1,3}(?:were\\s{1,3}|was\\s{1,3})?(?:invoiced|purchased|bought)\\b',
  ],
  received: [
    '(?:入荷|受領|納品)(?:数|個数|数量)(?:は|が|:)?\\s{0,3}(?:合計|計|累計|総計)?\\s{0,3}{N}\\s{0,3}{JU}(?!\\s{0,3}[をの])',
    '{N}\\s{0,3}{JU}(?:を|が)?(?:入荷|受領|納品(?!書))',
    '\\breceived\\s{1,3}{N}\\s{0,3}{EU}',
    '{N}\\s{0,3}{EU}\\s{1,3}(?:were\\s{1,3}|was\\s{1,3})?received\\b',
  ],
};

/** The return rate: the rate word, a few words, then a percentage. {D} is a decimal number. */
export const RATE_PATTERNS: readonly string[] = [
  '(?:返品率|返品の割合|返品割合)[^\\d%。]{0,12}?{D}\\s{0,3}%',
  '\\breturn rate\\b[^\\d%.]{0,40}?{D}\\s{0,3}%',
];

/** Units: Japanese counters and English nouns. */
export const JA_UNITS = '(?:個|点|件|台|本|枚|箱|セット)';
export const EN_UNITS = '(?:units?|items?|pcs|pieces)';

/** Thresholds. */
export const LIMITS = {
  /**
   * A plan section of a single sentence cannot say who, what, when and how; reviewers ask for
   * "greater detail". Two sentences is the least we accept.
   */
  minSentences: 2,
  /**
   * About one A4 page of Japanese (40 × 40 characters); beyond it a reviewer skims, and Seller
   * Central's free-text box takes a few thousand characters for the whole plan.
   */
  maxCharsJa: 1600,
  /** About one page of English (≈450 words). */
  maxWordsEn: 450,
  /** Characters of a sentence quoted in a message. */
  quoteChars: 70,
} as const;

/** Who counts as an authorised source in a sentence (メーカー, 正規代理店, manufacturer …). */
const AUTH_JA =
  '(メーカー|製造元|製造業者|ブランド(?:オーナー|元)?|正規(?:販売)?代理店|正規(?:輸入)?代理店|正規販売店|正規取扱店|正規ルート)';
const AUTH_EN =
  '(manufacturers?|brand owners?|the brand|authori[sz]ed (?:distributors?|dealers?|resellers?|sellers?)|official distributors?)';

/**
 * A claim that every unit came from the manufacturer or authorised distributors (past or
 * present, about what was bought).
 */
export const AUTHORISED_ONLY_CLAIM: readonly RegExp[] = [
  new RegExp(
    `(すべて|全て|全量|全数|全商品|全部|いずれも|一貫して).{0,30}${AUTH_JA}.{0,20}(から|より|経由で).{0,10}(仕入|購入|調達|入手)`,
  ),
  new RegExp(
    `${AUTH_JA}.{0,20}(から|より)(のみ|だけ)(を)?.{0,10}(仕入|購入|調達)(れ|し)?(て(い|お)(ます|ました|る|り)|ました|ています)`,
  ),
  new RegExp(
    `${AUTH_JA}(のみ|だけ)から.{0,10}(仕入|購入|調達)(れ|し)?(て(い|お)(ます|ました|る|り)|ました|ています)`,
  ),
  new RegExp(
    `\\b(all|every|each|100%)( of)?( (the|our))? (units?|products?|items?|goods|inventory|stock)\\b.{0,40}\\b(were|was|are|is|came|come|have been)\\b.{0,30}\\bfrom\\b.{0,20}${AUTH_EN}`,
    'i',
  ),
  new RegExp(
    `\\b(exclusively|only|solely) (purchased|sourced|bought|obtained) from.{0,20}${AUTH_EN}`,
    'i',
  ),
  new RegExp(
    `\\bwe (have )?(always )?(only|exclusively) (buy|bought|source|sourced|purchase|purchased) from.{0,20}${AUTH_EN}`,
    'i',
  ),
];

/** A buying rule: from now on (from a date), only manufacturers or authorised distributors. */
export const AUTHORISED_ONLY_RULE: readonly RegExp[] = [
  new RegExp(`(以降|から先|今後|より後).{0,40}${AUTH_JA}.{0,20}(のみ|だけ|に限)`),
  new RegExp(
    `${AUTH_JA}.{0,20}(のみ|だけ|に限).{0,30}(仕入|購入|調達|発注)(れ)?(ます|る|することとし|すること)`,
  ),
  new RegExp(
    `\\b(from|since|after|as of|effective)\\b.{0,40}\\b(only|exclusively|solely)\\b.{0,30}${AUTH_EN}`,
    'i',
  ),
  new RegExp(
    `\\b(will|shall) (only|exclusively) (buy|source|purchase|order) from.{0,20}${AUTH_EN}`,
    'i',
  ),
];

/** A table or chart referred to as below (下表, 以下の表, the table below). */
export const REF_BELOW: readonly RegExp[] = [
  /(下表|下記の表|以下の表|次の表|下の表|下のグラフ|以下のグラフ|次のグラフ|下図|下記のグラフ)/,
  /\b(the )?(table|chart|graph|figure)s? below\b|\bbelow (table|chart|graph)\b|\bthe following (table|chart|graph)\b/i,
];

/** A table or chart referred to as above (上表, 上記の表, the table above). */
export const REF_ABOVE: readonly RegExp[] = [
  /(上表|上記の表|上の表|前の表|上のグラフ|上記のグラフ|上図)/,
  /\b(the )?(table|chart|graph|figure)s? above\b|\babove (table|chart|graph)\b|\bthe preceding (table|chart|graph)\b/i,
];

/** A separate table (別表, 別紙の表, the separate table, the appendix table). */
export const REF_SEPARATE: readonly RegExp[] = [
  /(別表|別紙の表)/,
  /\b(separate|appended|appendix) (table|sheet)\b/i,
];
