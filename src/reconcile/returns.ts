/** Classifying returns: quality returns and comments that mention a fake. */
import { foldText } from './normalise.js';
import { FAKE_WORDS_EN, FAKE_WORDS_JA, QUALITY_REASONS } from './wordlists.js';

const jaWords = FAKE_WORDS_JA.map(foldText);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const enPattern = new RegExp(
  `(?<![a-z0-9])(?:${FAKE_WORDS_EN.map((w) => escape(foldText(w)).replace(/[ -]/g, '[\\s-]*')).join('|')})(?![a-z0-9])`,
);

/** True when the comment says the item is fake (Japanese or English, any width or case). */
export function mentionsFake(comment: string | undefined): boolean {
  if (!comment) return false;
  const s = foldText(comment);
  return jaWords.some((w) => s.includes(w)) || enPattern.test(s);
}

/** True when the return reason is one of the quality reasons (compared in upper case). */
export function isQualityReason(reason: string): boolean {
  const r = reason.normalize('NFKC').trim().toUpperCase();
  return QUALITY_REASONS.includes(r);
}
