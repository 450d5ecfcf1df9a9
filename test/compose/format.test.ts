import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatList,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../src/i18n/format.js';

describe('format', () => {
  it('writes dates the Japanese and the English way', () => {
    expect(formatDate('2026-09-15', 'ja')).toBe('2026年9月15日');
    expect(formatDate('2026-09-15', 'en')).toBe('Sep 15, 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(formatMonth('2026-03', 'ja')).toBe('2026年3月');
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
  });

  it('groups thousands and rounds', () => {
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatNumber(1234567.891, 1)).toBe('1,234,567.9');
    expect(formatNumber(-12000)).toBe('-12,000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatPercent(12.345, 0)).toBe('1,235%');
    expect(formatPercent(null)).toBe('–');
    expect(formatList(['a', 'b'], 'ja')).toBe('a、b');
    expect(formatList(['a', 'b'], 'en')).toBe('a, b');
  });
});
