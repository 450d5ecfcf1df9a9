/** The one catalogue: plurals, placeholders, and each language free of the other's words. */
import { describe, expect, it } from 'vitest';
import { messageKeys, t, tr } from '../../src/i18n/catalogue.js';
import { caseSchema } from '../../src/case/schema.js';
import {
  COMMAND_WORDS,
  englishWords,
  japaneseChars,
  schemaWords,
} from '../helpers/one-language.js';

describe('message catalogue', () => {
  it('says "none" rather than "0 of them have" when no complaint unit was inspected', () => {
    const none = (lang: 'ja' | 'en') =>
      tr(lang, 'report.inspection.lead.noneInspected', { count: '2' });
    expect(none('ja')).toContain('現物を確認した記録があるものはありません。');
    expect(none('en')).toContain('; none has a record');
    const lead = (lang: 'ja' | 'en', inspected: string) =>
      tr(lang, 'report.inspection.lead', { count: '2', inspected });
    expect(lead('ja', '1')).toContain('そのうち1件は現物を確認した記録があります。');
    expect(lead('en', '1')).toContain('; 1 of them has a record');
    expect(lead('en', '2')).toContain('; 2 of them have a record');
  });
  it('chooses English plurals with Intl.PluralRules, never "(s)"', () => {
    expect(tr('en', 'cli.problems', { count: 1 })).toBe('1 problem found.');
    expect(tr('en', 'cli.problems', { count: 2 })).toBe('2 problems found.');
    expect(tr('en', 'cli.problems', { count: 0 })).toBe('0 problems found.');
    expect(tr('ja', 'cli.problems', { count: 1 })).toBe('1 件の問題があります。');
    expect(tr('en', 'report.issue.lead', { date: 'Oct 6, 2026', type: 'X', count: 1 })).toContain(
      'the following ASIN.',
    );
    expect(tr('en', 'report.issue.lead', { date: 'Oct 6, 2026', type: 'X', count: 2 })).toContain(
      'the following 2 ASINs.',
    );
    expect(tr('en', 'reconcile.summary', { errors: 1, warnings: 2, infos: 0 })).toBe(
      '1 error, 2 warnings, 0 info',
    );
    for (const k of messageKeys()) expect(t(k).en, k).not.toMatch(/\w\((s|es)\)/);
  });

  it('fills placeholders inside literal braces and takes a Localized value in each language', () => {
    expect(tr('ja', 'publish.rejection.unanswered.hint', { n: 2 })).toContain('{"point": "2"');
    const both = t('plancheck.found.missing', { list: { ja: '担当者', en: 'who' } });
    expect(both).toEqual({ ja: '不足: 担当者', en: 'missing: who' });
  });

  it('has no English word in a Japanese text and no Japanese in an English one', () => {
    const allowed = schemaWords(caseSchema, new Set(COMMAND_WORDS));
    // Amazon's report vocabulary named as the reports write it
    allowed.add('Receipts');
    const bad: string[] = [];
    for (const k of messageKeys()) {
      const m = t(k);
      const en = englishWords(m.ja, allowed);
      // the marker draft leaves in English plans is written with the same brackets as 【要記入】
      const ja = japaneseChars(m.en, new Set(['【TO FILL】']));
      if (en.length) bad.push(`${k} (ja): ${en.join(' ')}`);
      if (ja.length) bad.push(`${k} (en): ${ja.join('')}`);
    }
    expect(bad).toEqual([]);
  });
});
