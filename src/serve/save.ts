/**
 * A section saved from the page: checked against the version the edit started from (a conflict
 * is answered with the current text, never overwritten), refused for a Word or case.json plan,
 * then written into the plan file with every other section left byte for byte, atomically.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadCase } from '../case/load.js';
import { sectionsFor, type SectionId } from '../case/sections.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import { replaceSection, sectionBreakingHeadings } from '../plan/replace-section.js';
import { writeFileAtomic } from './atomic-write.js';
import type { ReviewState, SaveConflict, SaveSectionRequest } from './types.js';

/** The body of PUT /api/sections/:id (the same discipline as case.json: zod, strict). */
export const saveSectionSchema = z
  .object({
    version: z.string().max(200),
    source: z.string().max(512 * 1024),
  })
  .strict() satisfies z.ZodType<SaveSectionRequest>;

export type SaveOutcome =
  | { status: 200; state: ReviewState }
  | { status: 409; conflict: SaveConflict }
  | { status: 404 | 422; message: string };

/** Plan files the page may write: the case's plan.md or its other-language plan.<lang>.md. */
const WRITABLE = /^plan(\.(ja|en))?\.md$/;

export const hashBytes = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export interface SaveContext {
  dir: string;
  /** Language of the messages. */
  lang: Lang;
  /** The state the page's versions are compared with (sections as of `planHash`). */
  current(): Promise<ReviewState>;
  /** The state after the save (findings rerun). */
  fresh(): Promise<ReviewState>;
}

export async function saveSection(
  ctx: SaveContext,
  id: string,
  req: SaveSectionRequest,
): Promise<SaveOutcome> {
  const { lang } = ctx;
  const loaded = await loadCase(ctx.dir);
  const kind = loaded.data.kind;
  if (!(sectionsFor(kind) as readonly string[]).includes(id))
    return { status: 404, message: tr(lang, 'serve.unknownSection', { id }) };
  const state = await ctx.current();
  const section = state.sections.find((s) => s.id === id);
  if (!WRITABLE.test(state.planFile))
    return {
      status: 422,
      message:
        section?.notEditableReason ??
        tr(lang, state.planFile === 'plan.docx' ? 'serve.planDocx' : 'serve.planCase'),
    };
  // the plan could not be read (two plan files, not UTF-8 …): the findings say why
  if (section?.editable === false)
    return {
      status: 422,
      message:
        section.notEditableReason ?? tr(lang, 'serve.planUnreadable', { file: state.planFile }),
    };
  // a section the plan does not have yet has nothing to conflict with until someone adds it
  if (section && section.version !== req.version)
    return {
      status: 409,
      conflict: {
        conflict: true,
        current: { version: section.version, source: section.source },
        message: tr(lang, 'serve.conflict'),
      },
    };
  const heading = sectionBreakingHeadings(req.source)[0];
  if (heading)
    return {
      status: 422,
      message: tr(lang, 'serve.headingInSource', { line: heading.line, heading: heading.text }),
    };
  const file = path.join(loaded.dir, state.planFile);
  const before = (await readFile(file)).toString('utf8');
  const planLang =
    (/^plan\.(ja|en)\.md$/.exec(state.planFile)?.[1] as Lang | undefined) ?? loaded.data.language;
  const options = { kind, lang: planLang };
  // the page edits the section as written, comments included: its text replaces the section's
  const after = replaceSection(before, id as SectionId, req.source, options);
  if (after !== before) await writeFileAtomic(file, after);
  return { status: 200, state: await ctx.fresh() };
}
