/**
 * form.txt and form.json: the summary's three answers as plain text to paste into Seller
 * Central's appeal form (no markup, no page references), in the report's language, then the
 * files of upload/ in the order to attach them. Pure: the upload names come in.
 */
import type { Lang } from '../i18n/catalogue.js';
import type { Block } from './model.js';
import type { AnswerId, SummaryContent } from './summary.js';

export const FORM_FORMAT = 'evidence-pack/form@1';

export interface FormAnswer {
  id: AnswerId;
  title: string;
  text: string;
  /** Characters of `text` (Unicode code points). */
  characters: number;
  maxCharacters: number;
}

export interface FormModel {
  format: typeof FORM_FORMAT;
  language: Lang;
  answers: FormAnswer[];
  /** upload/ file names in the order to attach them. */
  uploads: { order: number; name: string }[];
  uploadsTitle: string;
}

/** Page references our pages print ("A-3（41ページ）", "A-3, p. 41", "(p. 41)"). */
const PAGE_REFS = [/（\d+(?:–\d+)?ページ）/g, /, pp?\. \d+(?:–\d+)?/g, /\(pp?\. \d+(?:–\d+)?\)/g];

/** A text without markup: bold markers removed, page references removed, spaces tidied. */
export function plain(text: string): string {
  let s = text.replace(/\*\*/g, '');
  for (const re of PAGE_REFS) s = s.replace(re, '');
  return s.replace(/[ \t]+\n/g, '\n').trim();
}

/** Blocks as plain text: paragraphs separated by a blank line, bullets as "・" / "- " lines. */
export function blocksText(blocks: Block[], lang: Lang): string {
  const mark = lang === 'ja' ? '・' : '- ';
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') parts.push(plain(b.runs.map((r) => r.text).join('')));
    else if (b.kind === 'bullets')
      parts.push(b.items.map((it) => mark + plain(it.map((r) => r.text).join(''))).join('\n'));
    else if (b.kind === 'subheading') parts.push(plain(b.text));
  }
  return parts.filter((p) => p).join('\n\n');
}

export function formModel(
  content: SummaryContent,
  lang: Lang,
  maxChars: number,
  uploads: readonly string[],
  uploadsTitle: string,
): FormModel {
  return {
    format: FORM_FORMAT,
    language: lang,
    answers: content.answers.map((a) => {
      const text = blocksText(a.blocks, lang);
      return {
        id: a.id,
        title: a.title,
        text,
        characters: [...text].length,
        maxCharacters: maxChars,
      };
    }),
    uploads: uploads.map((name, i) => ({ order: i + 1, name })),
    uploadsTitle,
  };
}

/** form.txt: each answer under its title, then the numbered upload list. */
export function formText(f: FormModel): string {
  const sections = f.answers.map((a) => `${a.title}\n\n${a.text}`);
  sections.push(`${f.uploadsTitle}\n\n${f.uploads.map((u) => `${u.order}. ${u.name}`).join('\n')}`);
  return `${sections.join('\n\n\n')}\n`;
}
