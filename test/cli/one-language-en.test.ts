/**
 * One language per case: every command, on good and on bad input, answers an English case in
 * English (no Japanese character but the seller's own). The Japanese case: one-language-ja.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { japaneseChars } from '../helpers/one-language.js';
import { session } from '../helpers/one-language-session.js';

describe('one language per case, every command', () => {
  it('English case: no Japanese characters', { timeout: 480_000 }, () => {
    const runs = session('en-authenticity', 'en', '2026-10-30');
    const bad: string[] = [];
    for (const x of runs) {
      const chars = japaneseChars(x.text, x.words!);
      if (chars.length) bad.push(`${x.label}: ${chars.join('')}\n${x.text}`);
    }
    expect(bad).toEqual([]);
    const text = (label: string) => runs.find((x) => x.label === label)!.text;
    expect(text('check (bad case.json)')).toContain('Did you mean "email"?');
    expect(text('verify')).toMatch(/chain of 2 revisions: all match/);
    expect(text('check (thin plan, bad cell)')).toContain('RECORD_BAD_CELL');
    expect(text('check (thin plan, bad cell)')).toContain(
      '(expected: who, when, how checked; found: missing: who is responsible',
    );
  });
});
