/**
 * The one ja/en message catalogue. Every user-facing string (CLI output, error messages, fixed
 * text of the PDF) comes from here. Entries live in `messages/<area>.ts` so that each area keeps
 * its own strings; this file merges them and checks at start-up that no key is defined twice.
 *
 * Placeholders are written `{name}` and filled from the params object; a count that changes the
 * words is written `{count, plural, one {# return} other {# returns}}` (English plurals chosen by
 * `Intl.PluralRules`, never "return(s)").
 */
import { common } from './messages/common.js';
import { caseMessages } from './messages/case.js';
import { recordsMessages } from './messages/records.js';
import { reconcileMessages } from './messages/reconcile.js';
import { reportMessages } from './messages/report.js';
import { assembleMessages } from './messages/assemble.js';
import { publishMessages } from './messages/publish.js';
import { plancheckMessages } from './messages/plancheck.js';
import { performanceMessages } from './messages/performance.js';
import { planMessages } from './messages/plan.js';
import { draftMessages } from './messages/draft.js';
import { shownMessages } from './messages/shown.js';
import { doccheckMessages } from './messages/doccheck.js';
import { summaryMessages } from './messages/summary.js';
import { serveMessages } from './messages/serve.js';
import { serveStateMessages } from './messages/serve-state.js';
import { serveUiMessages } from './messages/serve-ui.js';
import { helpMessages } from './messages/help.js';

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** A text in both languages. */
export interface Localized {
  ja: string;
  en: string;
}

export interface Entry {
  ja: string;
  en: string;
}

/** Values of placeholders; a Localized value is filled in the language of the text. */
export type Params = Record<string, string | number | Localized | undefined | null>;

const parts: Record<string, Entry>[] = [
  common,
  caseMessages,
  recordsMessages,
  reconcileMessages,
  reportMessages,
  assembleMessages,
  publishMessages,
  plancheckMessages,
  performanceMessages,
  planMessages,
  draftMessages,
  shownMessages,
  doccheckMessages,
  summaryMessages,
  serveMessages,
  serveStateMessages,
  serveUiMessages,
  helpMessages,
];

const catalogue: Record<string, Entry> = {};
for (const part of parts) {
  for (const [key, entry] of Object.entries(part)) {
    if (key in catalogue) throw new Error(`message key defined twice: ${key}`);
    catalogue[key] = entry;
  }
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  ja: new Intl.PluralRules('ja'),
  en: new Intl.PluralRules('en'),
};

/** Index of the `}` that closes the `{` at `open` (nested braces counted), or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The branch of `{count, plural, one {# item} other {# items}}` for `value` (ICU message
 * syntax, the subset we use: exact `=N` branches and the CLDR categories of
 * `Intl.PluralRules`), with `#` standing for the number.
 */
function plural(lang: Lang, name: string, body: string, params: Params): string {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!m) break;
    const open = i + m[0].length - 1;
    const close = closing(body, open);
    if (close < 0) break;
    branches.set(m[1]!, body.slice(open + 1, close));
    i = close + 1;
  }
  const n = Number(params[name]);
  const text =
    branches.get(`=${n}`) ?? branches.get(pluralRules[lang].select(n)) ?? branches.get('other');
  if (text === undefined) throw new Error(`plural without "other" branch: ${body}`);
  return fill(lang, text.replace(/#/g, `{${name}}`), params);
}

function fill(lang: Lang, template: string, params: Params): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = closing(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const inner = template.slice(open + 1, close);
    const pl = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (pl)
      out +=
        params[pl[1]!] === undefined || params[pl[1]!] === null
          ? template.slice(open, close + 1)
          : plural(lang, pl[1]!, pl[2]!, params);
    else if (/^\w+$/.test(inner)) {
      const v = params[inner];
      out +=
        v === undefined || v === null
          ? template.slice(open, close + 1)
          : typeof v === 'object'
            ? v[lang]
            : String(v);
    } else {
      // a literal brace (e.g. a JSON example): keep it and fill what it holds
      out += '{';
      i = open + 1;
      continue;
    }
    i = close + 1;
  }
  return out + template.slice(i);
}

/** The message `key` in both languages. Unknown keys are a programming error. */
export function t(key: string, params: Params = {}): Localized {
  const entry = catalogue[key];
  if (!entry) throw new Error(`unknown message key: ${key}`);
  return { ja: fill('ja', entry.ja, params), en: fill('en', entry.en, params) };
}

/** The message `key` in one language. */
export function tr(lang: Lang, key: string, params: Params = {}): string {
  return t(key, params)[lang];
}

/** True when the catalogue has `key` (for tests). */
export function hasMessage(key: string): boolean {
  return key in catalogue;
}

/** All keys (for tests that check both languages are filled). */
export function messageKeys(): string[] {
  return Object.keys(catalogue);
}
