import { describe, expect, it } from 'vitest';
import { datesIn, narrativeText, splitSentences } from '../../src/plancheck/text.js';

describe('splitSentences', () => {
  it('splits Japanese on 。！？ and newlines, after NFKC', () => {
    expect(
      splitSentences(narrativeText('返送しました。確認済みです！本当ですか？\n次の行')),
    ).toEqual(['返送しました。', '確認済みです!', '本当ですか?', '次の行']);
  });
  it('splits English on . ! ? followed by a space, keeping decimals and closing quotes', () => {
    expect(splitSentences('Rate was 2.1%. We said "done." Really? Yes!')).toEqual([
      'Rate was 2.1%.',
      'We said "done."',
      'Really?',
      'Yes!',
    ]);
  });
  it('removes bullets and bold', () => {
    expect(narrativeText(['- **出荷前**に確認', '* 記録する'])).toBe('出荷前に確認\n記録する');
  });
});

describe('datesIn', () => {
  it.each([
    ['2026年1月20日に', ['2026-01-20']],
    ['2026/01/20', ['2026-01-20']],
    ['2026-1-20', ['2026-01-20']],
    ['on January 20, 2026', ['2026-01-20']],
    ['on 20 Jan 2026', ['2026-01-20']],
    ['２０２６年１月２０日', ['2026-01-20']],
  ])('reads %s', (s, full) => {
    const d = datesIn(s.normalize('NFKC'));
    expect(d.full).toEqual(full);
    expect(d.any).toBe(true);
  });
  it('notices dates without a year', () => {
    expect(datesIn('1月20日に')).toEqual({ full: [], any: true });
    expect(datesIn('on Jan 20 we')).toEqual({ full: [], any: true });
    expect(datesIn('返送しました')).toEqual({ full: [], any: false });
  });
});
