/**
 * Finds words of the other language in a text meant to be in one: English words in Japanese
 * output (ASCII words that are not codes, paths, file names, ASINs, keys or units) and Japanese
 * characters in English output. Used by the one-language tests of the CLI and the catalogue.
 */

/** Letters-only tokens that read the same in both languages: names, formats and units. */
const SHARED = new Set([
  'Amazon',
  'Seller',
  'Central',
  'Windows',
  'Adobe',
  'Acrobat',
  'Reader',
  'xlsx',
  'zip',
  'csv',
  'tsv',
  'txt',
  'pdf',
  'jpg',
  'png',
  'gif',
  'MiB',
  'KiB',
  'Excel',
  'Word',
  'Markdown',
  'JSON',
  'Schema',
  'null',
  'true',
  'false',
  // units
  'ml',
  'mm',
  'cm',
  'kg',
  'g',
  'pt',
  'px',
  'dpi',
  'x',
]);

/**
 * The English words of `text`, meant to be Japanese. An ASCII token is allowed when it holds a
 * digit or one of `_ $ . / @ - : # = < > [ ] { }` (codes, JSON paths, dates, file names, flags,
 * e-mail addresses), is written in capitals (ASIN, SKU, FBA, PDF) or camelCase (a JSON key such
 * as rejectionAnswers), sits in "double quotes" (a JSON value) or `backticks` (a command line), or is in `allowed` (keys and
 * values of case.json, the seller's own words, command names).
 */
export function englishWords(text: string, allowed: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const unquoted = text.replace(/"[^"\n]*"/g, ' ').replace(/`[^`\n]*`/g, ' ');
  for (const m of unquoted.matchAll(/[\x21-\x7e]+/g)) {
    const token = m[0];
    if (/[\d_$./@\-:#=<>[\]{}\\|~^*+]/.test(token)) continue;
    for (const w of token.match(/[A-Za-z]+(?:'[a-z]+)?/g) ?? []) {
      if (/^[A-Z]{2,}s?$/.test(w) || /^[a-z]+[A-Z]/.test(w)) continue;
      if (SHARED.has(w) || allowed.has(w) || allowed.has(w.toLowerCase())) continue;
      out.push(w);
    }
  }
  return out;
}

/** The Japanese characters (kana, kanji, full-width forms) of `text`, meant to be English. */
export function japaneseChars(text: string, allowed: ReadonlySet<string> = new Set()): string[] {
  let rest = text;
  for (const a of allowed) if (/[^\x00-\x7f]/.test(a)) rest = rest.split(a).join(' ');
  return rest.match(/[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/g) ?? [];
}

/** Every key and enum value of a zod schema (the words of case.json a message may name). */
export function schemaWords(schema: unknown, into = new Set<string>()): Set<string> {
  const seen = new Set<unknown>();
  const walk = (x: unknown) => {
    if (!x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    const def = (x as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    if (def.type === 'object')
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        into.add(k);
        walk(v);
      }
    if (def.type === 'enum') for (const k of Object.keys(def.entries as object)) into.add(k);
    for (const k of ['innerType', 'element', 'valueType', 'keyType', 'in', 'out'] as const)
      walk(def[k]);
    if (Array.isArray(def.options)) def.options.forEach(walk);
  };
  walk(schema);
  return into;
}

/** The CLI's commands, as registered in src/cli.ts. */
export const COMMANDS = [
  'init',
  'check',
  'build',
  'reconcile',
  'submitted',
  'reject',
  'accepted',
  'history',
  'diff',
  'verify',
  'migrate',
  'draft',
  'preview',
  'serve',
];

/** Commands, options' values and tools that messages name as they are typed. */
export const COMMAND_WORDS = [
  ...COMMANDS,
  'ja',
  'en',
  'qpdf',
  'pdftoppm',
  'pdftotext',
  'tesseract',
  'poppler',
];
