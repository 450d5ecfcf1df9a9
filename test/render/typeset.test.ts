/**
 * The typesetter on its own: phrase-aware breaks that never cut a code, a number with its unit
 * or a date, kinsoku, 両端揃え (every line but the last exactly the measure), no last line of
 * one or two characters, and an overlong token broken so that every character is kept.
 */
import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START } from '../../src/render/linebreak.js';
import { phraseBounds, wordBounds } from '../../src/render/phrases.js';
import { twoLineWidth, typeset } from '../../src/render/typeset.js';
import { metrics } from '../../src/render/metrics.js';

const TEXT =
  '2026年10月20日、Amazon.co.jp から当店「ハルカゼ生活館」（出品者ID A3HRKZ0SAMPLE7）に対し、' +
  '出品商品の真正性に関する通知を受領しました。返品 6個を1個ずつ開封し、請求数量 ÷ 販売数量を' +
  'ASIN ごとに計算しました。2026年4月1日以降の450mlの商品の返品率は3.2%でした。' +
  'B0FQ7K2M4X と B0FQ7K3N8P は請求書 INV-2026-0042 と SKU SG-TEA-001 で照合しました。' +
  '仕入先がメーカーの正規代理店であることを書面で確認する手順がなかったため、流通経路を証明できませんでした。';

/** Tokens no line may cut. */
const WHOLE = [
  'A3HRKZ0SAMPLE7',
  'B0FQ7K2M4X',
  'B0FQ7K3N8P',
  'INV-2026-0042',
  'SG-TEA-001',
  'Amazon.co.jp',
  '450ml',
  '3.2%',
  '6個',
  '1個',
  '2026年4月1日',
  '2026年10月20日',
];

const WIDTHS = Array.from({ length: 36 }, (_, i) => 150 + i * 9);

describe('typeset', () => {
  it('keeps codes, numbers with their units and dates whole at every width', () => {
    for (const w of WIDTHS) {
      const lines = typeset([{ text: TEXT }], w, 10);
      const joined = lines.map((l) => l.text).join('\n');
      for (const t of WHOLE) expect(joined.replace(/ /g, ''), `${t} at ${w}`).toContain(t);
      // and nothing is lost
      expect(joined.replace(/\s/g, '')).toBe(TEXT.replace(/\s/g, ''));
    }
  });

  it('sets every line but the last to the measure, the last flush left and never 1-2 characters', () => {
    for (const w of WIDTHS) {
      const lines = typeset([{ text: TEXT }], w, 10);
      expect(lines.length).toBeGreaterThan(1);
      for (const [i, l] of lines.entries()) {
        expect(l.natural, `line ${i} at ${w}`).toBeLessThanOrEqual(w + 0.01);
        if (i < lines.length - 1) expect(l.width, `line ${i} at ${w}`).toBeCloseTo(w, 2);
        else {
          expect(l.width).toBeCloseTo(l.natural, 5);
          expect([...l.text.replace(/ /g, '')].length, `last line at ${w}`).toBeGreaterThan(2);
        }
      }
    }
  });

  it('keeps kinsoku and drops the spaces at both ends of a line', () => {
    for (const w of WIDTHS) {
      const lines = typeset([{ text: TEXT }], w, 10);
      for (const [i, l] of lines.entries()) {
        const chars = [...l.text];
        expect(l.text, `at ${w}`).toBe(l.text.trim());
        if (i > 0) expect(NO_LINE_START.has(chars[0]!), `starts badly: ${l.text}`).toBe(false);
        if (i < lines.length - 1)
          expect(NO_LINE_END.has(chars[chars.length - 1]!), `ends badly: ${l.text}`).toBe(false);
      }
    }
  });

  it('breaks between phrases (BudouX), else between words, almost never inside a word', () => {
    let atPhrase = 0;
    let atWord = 0;
    let breaks = 0;
    const phrases = phraseBounds(TEXT);
    const words = wordBounds(TEXT);
    for (const w of WIDTHS) {
      const lines = typeset([{ text: TEXT }], w, 10);
      let at = 0;
      for (const l of lines.slice(0, -1)) {
        at = TEXT.indexOf(l.text, at) + l.text.length;
        // a break at an author's space counts as one between phrases
        const space = TEXT[at] === ' ';
        breaks++;
        if (phrases.has(at) || space) atPhrase++;
        else if (words.has(at)) atWord++;
      }
    }
    expect(atPhrase / breaks).toBeGreaterThan(0.75);
    expect((atPhrase + atWord) / breaks).toBeGreaterThan(0.95);
  });

  it('spreads the space a line lacks between characters, not inside Latin words', () => {
    const lines = typeset([{ text: TEXT }], 300, 10);
    for (const l of lines.slice(0, -1))
      for (const p of l.pieces)
        if (/^[A-Za-z0-9.%-]{2,}$/.test(p.text)) expect(p.spacing, p.text).toBe(0);
  });

  it('breaks an overlong token (a URL, 2,000 letters) so that every character is kept', () => {
    const url = `https://example.com/${'a'.repeat(2000)}`;
    const lines = typeset([{ text: `詳細は ${url} を参照してください。` }], 400, 10);
    expect(lines.map((l) => l.text.replace(/ /g, '')).join('')).toBe(
      `詳細は${url}を参照してください。`,
    );
    for (const l of lines) expect(l.natural).toBeLessThanOrEqual(400.01);
  });

  it('lets a name wrap at most once between words (table columns)', () => {
    const m = metrics(true);
    const name = '株式会社白峰ハウスウェア';
    const two = twoLineWidth(name, true);
    expect(two).toBeLessThan(m.width(name));
    const lines = typeset([{ text: name, bold: true }], two * 8.2 + 0.01, 8.2, false);
    expect(lines.map((l) => l.text)).toEqual(['株式会社白峰', 'ハウスウェア']);
    expect(typeset([{ text: 'ルミナ商事株式会社' }], 50, 8.2, false).map((l) => l.text)).toEqual([
      'ルミナ商事',
      '株式会社',
    ]);
  });

  it('gives the same lines every time', () => {
    const a = JSON.stringify(typeset([{ text: TEXT }], 333, 10));
    expect(JSON.stringify(typeset([{ text: TEXT }], 333, 10))).toBe(a);
  });
});
