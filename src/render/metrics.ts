/**
 * The Japanese font's files and glyph metrics (fontkit alone, without react-pdf): widths for the
 * typesetter and the summary fit, and the replacement of characters the font lacks. The report's
 * renderer registers the same files with react-pdf (fonts.ts); `check` measures with this module
 * only, so it answers without loading the renderer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// the fontkit react-pdf draws with (one copy in node_modules: no second parse of the font code)
import { create as openFont } from 'fontkit';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'NotoSansJP';
export const FONT_REGULAR =
  require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
export const FONT_BOLD =
  require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');

/** Shown instead of a character the font cannot draw (the geta mark, as in Japanese print). */
export const REPLACEMENT = '〓';

export interface FontMetrics {
  /** Advance width of the text at size 1 (multiply by the font size). */
  width(text: string): number;
  has(codePoint: number): boolean;
  ascent: number;
  descent: number;
}

function metricsOf(file: string): FontMetrics {
  const font = openFont(readFileSync(file));
  const upm = font.unitsPerEm;
  const widths = new Map<number, number>();
  const has = new Map<number, boolean>();
  const hasGlyph = (cp: number) => {
    let h = has.get(cp);
    if (h === undefined) {
      h = font.hasGlyphForCodePoint(cp);
      has.set(cp, h);
    }
    return h;
  };
  return {
    width(text: string) {
      let w = 0;
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
        let a = widths.get(cp);
        if (a === undefined) {
          a = hasGlyph(cp) ? font.glyphForCodePoint(cp).advanceWidth / upm : 1;
          widths.set(cp, a);
        }
        w += a;
      }
      return w;
    },
    has: hasGlyph,
    ascent: font.ascent / upm,
    descent: font.descent / upm,
  };
}

let regular: FontMetrics | undefined;
let bold: FontMetrics | undefined;

/** Glyph widths of the regular or bold face (for measuring table cells). */
export function metrics(isBold = false): FontMetrics {
  if (isBold) return (bold ??= metricsOf(FONT_BOLD));
  return (regular ??= metricsOf(FONT_REGULAR));
}

/**
 * Replaces characters the font lacks with 〓, drops variation selectors and zero-width joiners,
 * and turns tabs and newlines into spaces (unless kept for the table wrapper, which splits on
 * them), so that react-pdf never falls back to a non-embedded standard font.
 */
export function sanitize(text: string, keepNewlines = false): string {
  const m = metrics(false);
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0a || cp === 0x09 || cp === 0x0d) {
      // the font has no glyph for control characters: react-pdf would fall back to Helvetica
      out += keepNewlines && cp === 0x0a ? ch : ' ';
      continue;
    }
    if ((cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d || (cp >= 0xe0100 && cp <= 0xe01ef))
      continue;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    out += m.has(cp) ? ch : REPLACEMENT;
  }
  return out;
}

/** `text` cut to `max` points at `size`, with an ellipsis when cut (one-line texts we paint). */
export function fitWidth(text: string, size: number, max: number, bold = false): string {
  const m = metrics(bold);
  if (m.width(text) * size <= max) return text;
  const chars = [...text];
  while (chars.length && m.width(`${chars.join('')}…`) * size > max) chars.pop();
  return `${chars.join('')}…`;
}
