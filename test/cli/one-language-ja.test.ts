/**
 * One language per case: every command, on good and on bad input, answers a Japanese case in
 * Japanese (no English word but codes, paths, file names, ASINs, keys, units and the seller's
 * own words). The English case: one-language-en.test.ts (two files run side by side).
 */
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { COMMAND_WORDS, englishWords, schemaWords } from '../helpers/one-language.js';
import { session } from '../helpers/one-language-session.js';

describe('one language per case, every command', () => {
  it('Japanese case: no English words', { timeout: 480_000 }, () => {
    const runs = session('ja-authenticity', 'ja', '2026-11-10');
    const allowed = schemaWords(caseSchema, new Set(COMMAND_WORDS));
    allowed.add('Receipts');
    const bad: string[] = [];
    for (const x of runs) {
      const words = englishWords(x.text, new Set([...allowed, ...x.words!]));
      if (words.length) bad.push(`${x.label}: ${[...new Set(words)].join(' ')}\n${x.text}`);
    }
    expect(bad).toEqual([]);
    // the runs did what they say (good input 0, bad input 1)
    const code = (label: string) => runs.find((x) => x.label === label)!.code;
    expect([code('build'), code('reject'), code('verify')]).toEqual([0, 0, 0]);
    expect([code('verify (tampered)'), code('check (bad case.json)'), code('bad --lang')]).toEqual([
      1, 1, 1,
    ]);
    const text = (label: string) => runs.find((x) => x.label === label)!.text;
    expect(text('check (bad case.json)')).toContain('不明なキー「emial」');
    expect(text('check (bad case.json)')).toContain('「email」の書き間違い');
    expect(text('history')).toContain('未提出');
    expect(text('check (thin plan, bad cell)')).toContain('RECORD_BAD_CELL');
    expect(text('check (thin plan, bad cell)')).toContain(
      '（期待: 担当者・頻度・確認方法、実際: 不足: ',
    );
    expect(text('reject (no message)')).toMatch(/エラー/);
  });
});
