/** Matching a plan heading to its section: by title in either language, or by `{#id}`. */
import { sectionsFor, type SectionId } from '../case/sections.js';
import { t } from '../i18n/catalogue.js';

/** `## Title {#id}`: the explicit id at the end of a heading. */
const EXPLICIT_ID = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/** A title as compared: NFKC, no leading section number, single spaces, lower case. */
export function headingKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/^\s*\d{1,2}\s*[.)．:：]?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export type HeadingMatch =
  | { ok: true; id: SectionId; explicit: boolean }
  | { ok: false; reason: 'unknown' | 'unknownId'; text: string; id?: string };

/** The section a heading names, for a case of `kind`. */
export function matchHeading(text: string, kind: 'authenticity' | 'performance'): HeadingMatch {
  const ids = sectionsFor(kind);
  const m = EXPLICIT_ID.exec(text);
  if (m) {
    const id = m[1]!;
    const found = ids.find((s) => s === id);
    return found
      ? { ok: true, id: found, explicit: true }
      : { ok: false, reason: 'unknownId', text, id };
  }
  const key = headingKey(text);
  for (const id of ids) {
    const title = t(`section.${id}`);
    if (headingKey(title.ja) === key || headingKey(title.en) === key)
      return { ok: true, id, explicit: false };
  }
  return { ok: false, reason: 'unknown', text };
}

/** The heading a plan file uses for a section: title in the language, then its id. */
export function headingFor(id: SectionId, lang: 'ja' | 'en'): string {
  return `${t(`section.${id}`)[lang]} {#${id}}`;
}
