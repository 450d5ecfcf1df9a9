import { describe, expect, it } from 'vitest';
import { editDistance } from '../src/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, per code point', () => {
    expect(editDistance('SW-2026-00326', 'DN-2026-00326')).toBe(2);
    expect(editDistance('invoce', 'invoice')).toBe(1);
    expect(editDistance('emial', 'email')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('白峰ハウス', '白峯ハウス')).toBe(1);
    expect(editDistance('𠮷野', '吉野')).toBe(1);
  });
});
