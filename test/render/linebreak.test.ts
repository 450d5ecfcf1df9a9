import { describe, expect, it } from 'vitest';
import { metrics, sanitize } from '../../src/render/metrics.js';
import {
  breakGroups,
  hyphenationCallback,
  NO_LINE_END,
  NO_LINE_START,
  normalizeRunBoundaries,
} from '../../src/render/linebreak.js';
import { wrapText } from '../../src/render/wrap.js';

const first = (s: string) => Array.from(s)[0]!;
const last = (s: string) => Array.from(s).pop()!;

describe('kinsoku break units', () => {
  it('never lets a unit start with a no-start or end with a no-end character', () => {
    const text =
      '「偽物ではないか」とのご指摘（ASIN：B0SAMPLE01）を受け、当社は直ちに調査しました。ッ、ー、ゃ…」）・！？「（テスト）」';
    const groups = breakGroups(text);
    expect(groups.join('')).toBe(text);
    for (const g of groups) {
      expect(NO_LINE_START.has(first(g)), g).toBe(false);
      expect(NO_LINE_END.has(last(g)), g).toBe(false);
    }
  });

  it('keeps ASINs, SKUs, invoice numbers and numbers whole', () => {
    const groups = breakGroups('請求書INV-2026-0042の数量1,234個、SKU:SG-TEA-001とB0SAMPLE01。');
    expect(groups).toContain('INV-2026-0042');
    expect(groups).toContain('1,234個、');
    expect(groups).toContain('B0SAMPLE01。');
    expect(groups).toContain('SKU:SG-TEA-001');
  });

  it('keeps numbers with their counters and dates whole', () => {
    const groups = breakGroups('2026年9月15日に1,234個を3件の請求書で受領。');
    expect(groups).toContain('2026年9月15日');
    expect(groups).toContain('1,234個');
    expect(groups).toContain('3件');
    expect(breakGroups('年月日')).toEqual(['年', '月', '日']);
  });

  it('gives react-pdf free breaks ("") and never a hyphenation point', () => {
    const parts = hyphenationCallback('日本語。テスト');
    expect(parts).toEqual(['日', '', '本', '', '語。', '', 'テ', '', 'ス', '', 'ト', '']);
    expect(hyphenationCallback('authenticity')).toEqual(['authenticity', '']);
  });

  it('moves punctuation across bold-run boundaries', () => {
    expect(
      normalizeRunBoundaries([{ text: '「' }, { text: '重要', bold: true }, { text: '」です。' }]),
    ).toEqual([{ text: '「重要」', bold: true }, { text: 'です。' }]);
    const out = normalizeRunBoundaries([
      { text: '本文「' },
      { text: '重要', bold: true },
      { text: '」です。' },
    ]);
    expect(out.map((r) => r.text).join('')).toBe('本文「重要」です。');
    for (const r of out.slice(1)) expect(NO_LINE_START.has(first(r.text))).toBe(false);
    for (const r of out.slice(0, -1)) expect(NO_LINE_END.has(last(r.text))).toBe(false);
  });
});

describe('cell wrapping', () => {
  const m = metrics(false);
  it('wraps Japanese in narrow cells without a forbidden line start', () => {
    const text =
      'お客様から「箱のロゴが以前と違い、偽物ではないか」とのご指摘がありました。当社は、ロット番号・製造日・外箱を確認し、メーカー（正規代理店経由）に照会しました。';
    for (const width of [40, 55, 80, 120]) {
      const lines = wrapText(text, width, 8, m);
      expect(lines.join('')).toBe(text);
      for (const l of lines.slice(1)) expect(NO_LINE_START.has(first(l)), l).toBe(false);
      for (const l of lines.slice(0, -1)) expect(NO_LINE_END.has(last(l)), l).toBe(false);
      for (const l of lines) expect(m.width(l) * 8).toBeLessThanOrEqual(width + 0.01);
    }
  });

  it('breaks a code only when it cannot fit, after - or _ first', () => {
    expect(wrapText('QUALITY_UNACCEPTABLE', 72, 8, m)).toEqual(['QUALITY_', 'UNACCEPTABLE']);
    expect(wrapText('INV-2026-0042 B0SAMPLE01', 70, 8, m)).toEqual(['INV-2026-0042', 'B0SAMPLE01']);
    expect(wrapText('a\nb', 100, 8, m)).toEqual(['a', 'b']);
  });
});

describe('characters the font lacks', () => {
  it('are replaced so that no fallback font is needed', () => {
    expect(sanitize('良い商品です😀👍🏻！')).toBe('良い商品です〓〓〓！');
    expect(sanitize('髙﨑①㈱𠮷')).toBe('髙﨑①㈱𠮷');
    expect(sanitize('a\tb\nc')).toBe('a b c');
    expect(sanitize('a\nc', true)).toBe('a\nc');
  });
});
