/**
 * The one ja/en message catalogue. Every user-facing string (CLI output, error messages, fixed
 * text of the PDF) comes from here. Entries live in `messages/<area>.ts` so that each area keeps
 * its own strings; this file merges them and checks at start-up that no key is defined twice.
 *
 * Placeholders are written `{name}` and filled from the params object.
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
import { summaryMessages } from './messages/summary.js';

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

export type Params = Record<string, string | number | undefined | null>;

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
  summaryMessages,
];

const catalogue: Record<string, Entry> = {};
for (const part of parts) {
  for (const [key, entry] of Object.entries(part)) {
    if (key in catalogue) throw new Error(`message key defined twice: ${key}`);
    catalogue[key] = entry;
  }
}

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? m : String(v);
  });
}

/** The message `key` in both languages. Unknown keys are a programming error. */
export function t(key: string, params: Params = {}): Localized {
  const entry = catalogue[key];
  if (!entry) throw new Error(`unknown message key: ${key}`);
  return { ja: fill(entry.ja, params), en: fill(entry.en, params) };
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
