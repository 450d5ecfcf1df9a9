/**
 * The embedded Japanese font (Noto Sans JP regular and bold, TTF from
 * @expo-google-fonts/noto-sans-jp, subset by react-pdf) registered with react-pdf, with the kinsoku
 * hyphenation callback, so that no other font ever appears. Files, metrics and the replacement of
 * characters the font lacks: metrics.ts.
 */
import { Font } from '@react-pdf/renderer';
import { hyphenationCallback } from './linebreak.js';
import { FONT_BOLD, FONT_FAMILY, FONT_REGULAR } from './metrics.js';

let registered = false;

/** Registers the font family and the line-breaking callback with react-pdf (once). */
export function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: FONT_REGULAR, fontWeight: 400 },
      { src: FONT_BOLD, fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(hyphenationCallback);
  registered = true;
}

/** Loads both faces into react-pdf's font store (tables draw with the same font objects). */
export async function loadFonts(): Promise<void> {
  registerFonts();
  await Font.load({ fontFamily: FONT_FAMILY, fontWeight: 400 });
  await Font.load({ fontFamily: FONT_FAMILY, fontWeight: 700 });
}

/**
 * The font object react-pdf draws with, for drawing on a <Canvas>: passing the same object makes
 * pdfkit reuse one embedded subset (a file path would be parsed again on every call).
 */
export function pdfFont(bold: boolean): unknown {
  const source = Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: bold ? 700 : 400 }) as
    { data?: unknown } | undefined;
  return source?.data ?? (bold ? FONT_BOLD : FONT_REGULAR);
}
