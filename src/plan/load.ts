/**
 * The plan stage: finds where the case's narrative is written (plan.md, plan.docx, or the legacy
 * `narrative` of case.json), reads it into the narrative model, and reports every problem of the
 * text at once. Only this stage reads the plan files; compose and the plan check read the model.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedCase } from '../case/load.js';
import type { Case } from '../case/schema.js';
import { sectionsFor, type SectionId } from '../case/sections.js';
import { EvidenceError, problem, type Problem, type Severity } from '../errors.js';
import type { Lang } from '../i18n/catalogue.js';
import { t } from '../i18n/catalogue.js';
import { planFromCase } from './from-case.js';
import { parsePlanMarkdown } from './markdown.js';
import type { Plan } from './types.js';
import { planLimitProblems } from './limits.js';

export interface LoadedPlan {
  plan: Plan;
  /** Problems of the text (headings, unsupported constructs, markers left in). */
  problems: Problem[];
}

const exists = async (p: string) => (await stat(p).catch(() => undefined))?.isFile() ?? false;

/** True when case.json still holds narrative text of its own. */
export function hasCaseNarrative(c: Case): boolean {
  return Object.values(c.narrative).some((n) =>
    Array.isArray(n) ? n.some((l) => l.trim() !== '') : !!n && n.trim() !== '',
  );
}

/** Decodes a plan file as UTF-8, or reports that it is not. */
function decode(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EvidenceError([
      problem('PLAN_ENCODING', { file }, t('plan.encoding', { file }), {
        hint: t('plan.encoding.hint', { file }),
      }),
    ]);
  }
}

/** The plan file names a case folder may hold, for the report language `lang`. */
export function planFileNames(c: Case, lang?: Lang): string[] {
  const names = ['plan.md', 'plan.docx'];
  if (lang && lang !== c.language) names.unshift(`plan.${lang}.md`);
  return names;
}

/**
 * Reads the narrative of a loaded case. `lang` is the report's language: a case written in
 * Japanese may keep its English text in plan.en.md for `build --lang en`.
 */
export async function loadPlan(loaded: LoadedCase, lang?: Lang): Promise<LoadedPlan> {
  const r = await readPlan(loaded, lang);
  const limits = planLimitProblems(r.plan);
  // nothing this long goes further: the renderer would take minutes on it
  if (limits.length) throw new EvidenceError([...r.problems, ...limits]);
  return r;
}

async function readPlan(loaded: LoadedCase, lang?: Lang): Promise<LoadedPlan> {
  const c = loaded.data;
  const at = (name: string) => path.join(loaded.dir, name);
  if (lang && lang !== c.language) {
    if (await exists(at(`plan.${lang}.md`))) return readMarkdown(loaded, `plan.${lang}.md`);
    // the report's headings and tables in one language, the seller's text in the other
    const r = await readCasePlan(loaded);
    const file = `plan.${lang}.md`;
    return {
      ...r,
      problems: [
        ...r.problems,
        problem('PLAN_OTHER_LANGUAGE', { file }, t('plan.otherLanguage', { file }), {
          severity: 'warning',
          hint: t('plan.otherLanguage.hint', { file }),
        }),
      ],
    };
  }
  return readCasePlan(loaded);
}

/** The plan in the case's own language: plan.md, plan.docx or case.json's narrative. */
async function readCasePlan(loaded: LoadedCase): Promise<LoadedPlan> {
  const c = loaded.data;
  const at = (name: string) => path.join(loaded.dir, name);
  const md = await exists(at('plan.md'));
  const docx = await exists(at('plan.docx'));
  const fromCase = hasCaseNarrative(c);
  const files = [...(md ? ['plan.md'] : []), ...(docx ? ['plan.docx'] : [])];
  if (files.length + (fromCase ? 1 : 0) > 1) {
    const places = [...(fromCase ? ['case.json narrative'] : []), ...files];
    throw new EvidenceError([
      problem(
        'PLAN_SOURCES',
        { file: files[0] },
        t('plan.sources', { places: places.join(', ') }),
        {
          hint: t(fromCase ? 'plan.sources.caseHint' : 'plan.sources.hint'),
        },
      ),
    ]);
  }
  if (md) return readMarkdown(loaded, 'plan.md');
  if (docx) {
    const { readPlanDocx } = await import('./docx.js');
    return readPlanDocx(loaded, 'plan.docx');
  }
  return { plan: planFromCase(c), problems: caseMarkers(c) };
}

/** Larger than any plan a reviewer reads (200,000 characters are about 600 KB of UTF-8). */
const PLAN_MAX_BYTES = 4 * 1024 * 1024;

async function readMarkdown(loaded: LoadedCase, file: string): Promise<LoadedPlan> {
  const { size } = await stat(path.join(loaded.dir, file));
  if (size > PLAN_MAX_BYTES)
    throw new EvidenceError([
      problem(
        'PLAN_TOO_LONG',
        { file },
        t('plan.fileTooBig', { file, size, max: PLAN_MAX_BYTES }),
        {
          hint: t('plan.tooLong.hint'),
          expected: `<= ${PLAN_MAX_BYTES}`,
          found: String(size),
        },
      ),
    ]);
  const bytes = await readFile(path.join(loaded.dir, file));
  const text = decode(bytes, file);
  const parsed = parsePlanMarkdown(text, { file, kind: loaded.data.kind });
  return {
    plan: { kind: 'plan.md', file, bytes, sections: parsed.sections },
    problems: parsed.problems,
  };
}

/** Markers left in case.json's narrative (a case drafted by hand from the draft's text). */
function caseMarkers(c: Case): Problem[] {
  const plan = planFromCase(c);
  return markerProblems(plan);
}

/** `【要記入】` / `【TO FILL】` in any part of a plan, at the part that holds it. */
export function markerProblems(plan: Plan): Problem[] {
  const out: Problem[] = [];
  for (const s of Object.values(plan.sections))
    for (const part of s!.parts)
      for (const marker of ['【要記入】', '【TO FILL】'])
        if (part.text.includes(marker))
          out.push(
            problem('PLAN_TO_FILL', part.where, t('plan.toFill', { marker }), {
              hint: t('plan.toFill.hint', { marker }),
            }),
          );
  return out;
}

/** Sections of the case's kind that have no text in the plan. */
export function missingSections(plan: Plan, kind: Case['kind']): SectionId[] {
  return sectionsFor(kind).filter((id) => {
    const s = plan.sections[id];
    return !s || (s.blocks.length === 0 && s.text.trim() === '');
  });
}

/** The "section has no text" finding, pointing at the plan file (an error for build). */
export function missingProblems(plan: Plan, c: Case, severity: Severity): Problem[] {
  return missingSections(plan, c.kind).map((id) =>
    problem(
      'NARRATIVE_MISSING',
      plan.kind === 'case.json'
        ? { file: 'case.json', jsonPath: `$.narrative.${id}`, section: id }
        : (plan.sections[id]?.where ?? { file: plan.file, section: id }),
      t('case.narrative.missing', { title: t(`section.${id}`)[c.language] }),
      {
        severity,
        hint:
          plan.kind === 'case.json'
            ? t('case.narrative.missing.hint', { id })
            : t(plan.sections[id] ? 'plan.missing.empty.hint' : 'plan.missing.hint', {
                file: plan.file,
                titleJa: t(`section.${id}`).ja,
                titleEn: t(`section.${id}`).en,
                id,
              }),
      },
    ),
  );
}
