/** Is a sentence a done action or still a plan? Japanese by its ending, English by its verbs. */
import {
  EN_FUTURE,
  EN_PAST,
  JA_DICTIONARY_END,
  JA_COMPLETED_END,
  JA_DONE_END,
  JA_FUTURE_ANY,
  JA_FUTURE_END,
  JA_MASU_END,
  JA_STATE_MASU_END,
  JA_NOT_DICTIONARY_END,
} from './phrases.js';

export function isJapanese(s: string): boolean {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(s);
}

/** The sentence without its end marks and closing brackets. */
function core(s: string): string {
  // A loop from the end, not /[…]+$/: that regex is quadratic on a long run of these marks.
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

const TRAILING = new Set([...'。!?.」』)）"\'', ' ', '\t', '\n', '\r', '\u3000']);

/** True when the sentence is written as a plan (〜します, 〜する予定, "we will"). */
export function isPlanned(s: string): boolean {
  if (isJapanese(s)) {
    const c = core(s);
    if (JA_FUTURE_END.test(c) || JA_FUTURE_ANY.test(s)) return true;
    if (JA_MASU_END.test(c) && !JA_STATE_MASU_END.test(c)) return true;
    // A verb in its dictionary form (問い合わせる, 返送する) is not done; 〜ている is ongoing.
    return JA_DICTIONARY_END.test(c) && !JA_NOT_DICTIONARY_END.test(c);
  }
  return EN_FUTURE.test(s);
}

/** True when the sentence is written as done (〜しました, 〜済み, past tense). */
export function isDone(s: string): boolean {
  if (isPlanned(s)) return false;
  if (isJapanese(s)) return JA_DONE_END.test(core(s));
  return EN_PAST.test(s);
}

/** True when the sentence reports a completed act (〜しました, 〜済み, past tense). */
export function isCompleted(s: string): boolean {
  if (isPlanned(s)) return false;
  if (isJapanese(s)) return JA_COMPLETED_END.test(core(s));
  return EN_PAST.test(s);
}
