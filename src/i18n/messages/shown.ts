/**
 * The words of what a plan check expected and found (the "(expected: …; found: …)" of a
 * problem), in both languages (see ../catalogue.ts).
 */
import type { Entry } from '../catalogue.js';

export const shownMessages: Record<string, Entry> = {
  'plancheck.expect.prevention': {
    ja: '担当者・頻度・確認方法',
    en: 'who, when, how checked',
  },
  'plancheck.found.missing': { ja: '不足: {list}', en: 'missing: {list}' },
  'plancheck.expect.sentences': {
    ja: '{n} 文以上',
    en: 'at least {n, plural, one {# sentence} other {# sentences}}',
  },
  'plancheck.expect.noUnshipped': { ja: '未出荷の注文 0 件', en: '0 unshipped orders' },
  'plancheck.found.unshipped': {
    ja: '未出荷 {count} 件',
    en: '{count} unshipped',
  },
  'plancheck.expect.handlingReviewed': {
    ja: '本文で見直した出荷作業日数',
    en: 'the handling time reviewed in the text',
  },
  'plancheck.found.notMentioned': { ja: '記載なし', en: 'not mentioned' },
  'plancheck.expect.deputy': {
    ja: '電話番号またはメールアドレスのある代理の担当者',
    en: 'a deputy with phone or e-mail',
  },
  'plancheck.found.deputyNoContact': { ja: '{name}（連絡先なし）', en: '{name} without contact' },
};
