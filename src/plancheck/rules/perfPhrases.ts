/**
 * Phrases of the performance-case plan rules, as data (matched against NFKC-normalised text).
 * Seed 000: a named deputy with contact details who ships while the owner is away; the handling
 * time set in Seller Central compared with the real shipping process; proof every pending order
 * shipped before the plan is sent.
 */

/** A deputy, backup or stand-in for absences. */
export const DEPUTY: readonly RegExp[] = [
  /(代理|代行|代わり|代役|代務|交代|不在時|不在の際|不在中|留守|旅行中|出張中|休暇中|バックアップ)/,
  /\b(deputy|backup|back-up|stand-in|substitute|covers? for|in (my|our|his|her) absence|while (i am|i'm|we are|the owner is) (away|travell?ing|absent))\b/i,
];

/** Contact details: a phone number, an e-mail address, or a named contact route. */
export const CONTACT: readonly RegExp[] = [
  /(?<!\d)0\d{1,4}-\d{1,4}-\d{3,4}(?!\d)/,
  /\+\d{1,3}[\s-]?\d{1,4}[\s-]?\d{2,4}[\s-]?\d{3,4}/,
  /[\w.+-]+@[\w-]+\.[\w.-]+/,
  /(電話番号|携帯|携帯電話|メールアドレス|LINE|連絡先|緊急連絡)/,
  /\b(phone|mobile|cell|e-?mail|contact (details|number|route))\b/i,
];

/** The handling time setting (出荷作業日数 in Seller Central). */
export const HANDLING_TIME: readonly RegExp[] = [
  /(出荷作業日数|出荷作業時間|出荷までの日数|発送までの日数|出荷リードタイム|リードタイム|ハンドリングタイム)/,
  /\bhandling[- ]time\b/i,
];

/** A number of days written in the text: 2日, 3営業日, 2 days, 2 business days (not 9月17日). */
export const DAYS = /(?<![月/\-.\d])(\d+)\s*(?:営業日|日間|日|(?:business |working )?days?\b)/gi;

/** A claim that every pending order has shipped. */
export const ALL_SHIPPED: readonly RegExp[] = [
  /(全て|すべて|全部|全件|全)(の)?(注文|未出荷注文|未出荷の注文)?(を|が|は|も)?出荷(済|しました|を完了|完了|いたしました|致しました)/,
  /(全て|すべて|全部)の(未出荷の|保留中の|未発送の)?注文を(出荷|発送)(し|済)/,
  /(全て|すべて|全部|全件)(を|が)?(発送済|発送しました|発送を完了)/,
  /未出荷(の注文)?(は|が)(なくなり|ありません|ございません|0件|ゼロ|解消)/,
  /未出荷(の)?注文(は|が)?(0|ゼロ)件/,
  /\ball (of (the|our) )?(pending |open |outstanding |unshipped |remaining )?orders (have )?(now )?(been |were |are )?(shipped|dispatched)\b/i,
  /\bshipped (all|every) (of (the|our) )?(pending |open |outstanding |unshipped |remaining )?orders?\b/i,
  /\bno (pending|unshipped|open|outstanding) orders (remain|left)\b/i,
  /\b(there are )?no (more )?(pending|unshipped|open|outstanding) orders\b/i,
];
