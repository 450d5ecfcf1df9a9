/** The page's helpers (web/format.ts): labels' placeholders, row ranges, the findings filter. */
import { describe, expect, it } from 'vitest';
import { label, passes, rowRanges } from '../../web/format.js';
import type { ReviewFinding } from '../../src/serve/types.js';

describe('web/format', () => {
  it('fills {name} placeholders and keeps unknown ones', () => {
    const ui = { 'build.progress': '{done} / {total}', x: '{a}{b}' };
    expect(label(ui, 'build.progress', { done: 2, total: 5 })).toBe('2 / 5');
    expect(label(ui, 'x', { a: 1 })).toBe('1{b}');
    expect(label(ui, 'missing')).toBe('missing');
  });

  it('writes row ranges as the CLI does', () => {
    expect(
      rowRanges([
        [2, 2],
        [5, 9],
      ]),
    ).toBe('2, 5–9');
    expect(rowRanges([])).toBe('');
  });

  it('filters by severity and code', () => {
    const f = { severity: 'warning', code: 'A' } as ReviewFinding;
    const all = { error: true, warning: true, info: true };
    expect(passes(f, { severities: all, code: '' })).toBe(true);
    expect(passes(f, { severities: { ...all, warning: false }, code: '' })).toBe(false);
    expect(passes(f, { severities: all, code: 'B' })).toBe(false);
    expect(passes(f, { severities: all, code: 'A' })).toBe(true);
  });
});
