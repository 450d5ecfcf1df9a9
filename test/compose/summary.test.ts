/** The summary page's answers drawn from the report: cause headings and clipped sentences. */
import { describe, expect, it } from 'vitest';
import { causeHeading, clip } from '../../src/compose/summary.js';

describe('summary drawn from the sections', () => {
  it('a numbered bold cause heading becomes a bullet without its number', () => {
    expect(causeHeading('1. No inspection of returned units.')).toBe(
      'No inspection of returned units.',
    );
    expect(causeHeading('（2）返品の確認手順がなかった\n続き')).toBe('返品の確認手順がなかった');
    expect(causeHeading('3）台帳がなかった')).toBe('台帳がなかった');
    // a heading that starts with a figure of its own keeps it
    expect(causeHeading('2026年4月の仕様変更を反映しなかった')).toBe(
      '2026年4月の仕様変更を反映しなかった',
    );
  });

  it('an English sentence too long for the page is cut after a whole word', () => {
    const s =
      'Marcus Lee (Purchasing Lead) completes the new-supplier checklist with copies of the documents; Dana Whitaker (Managing Member) approves it.';
    const out = clip(s, 100, 'en');
    expect(out.endsWith('…')).toBe(true);
    expect([...out].length).toBeLessThanOrEqual(100);
    expect(s.startsWith(out.slice(0, -1))).toBe(true);
    // the character after the cut is a space: no word is cut in two
    expect(s[out.length - 1]).toMatch(/[ ;,]/);
    // whole sentences within the limit are kept as they are
    expect(clip('One. Two.', 100, 'en')).toBe('One. Two.');
    // Japanese has no spaces: cut at the limit
    expect([...clip('あ'.repeat(200), 100, 'ja')].length).toBe(100);
  });
});
