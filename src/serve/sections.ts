/**
 * The plan's sections as the page shows them: in the case's order, numbered and titled in the
 * case's language (as compose numbers them), the text as written (comments kept) with its parts, a version for
 * optimistic saving, and whether the page may write it (plan.md / plan.<lang>.md only).
 */
import { createHash } from 'node:crypto';
import type { Case } from '../case/schema.js';
import { sectionsFor } from '../case/sections.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import { sectionSources } from '../plan/replace-section.js';
import type { Plan } from '../plan/types.js';
import type { ReviewSection } from './types.js';

/**
 * The version of a section's source: a short SHA-256 (what a save must start from). Of the text
 * as written (comments kept): what the editor shows, sends back, and the save compares with.
 */
export function sectionVersion(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/** Why the plan can't be edited on the page, or undefined when it can (Markdown). */
export function notEditableReason(plan: Plan, lang: Lang): string | undefined {
  if (plan.kind === 'plan.md') return undefined;
  if (plan.kind === 'plan.docx')
    return tr(lang, 'serve.state.notEditable.docx', { file: plan.file });
  return tr(lang, 'serve.state.notEditable.caseJson');
}

/**
 * Each section's text as the file has it, comments included, for a Markdown plan (the plan
 * stage's `source` blanks the comments: saving that would drop them); else the plan's sources.
 */
function rawSources(c: Case, plan: Plan | undefined): Partial<Record<string, string>> {
  if (plan?.kind === 'plan.md' && plan.bytes)
    return sectionSources(plan.bytes.toString('utf8'), { kind: c.kind, lang: c.language });
  const out: Partial<Record<string, string>> = {};
  for (const [id, s] of Object.entries(plan?.sections ?? {})) out[id] = s!.source;
  return out;
}

export function reviewSections(c: Case, plan: Plan | undefined, lang: Lang): ReviewSection[] {
  const reason = plan ? notEditableReason(plan, lang) : undefined;
  const sources = rawSources(c, plan);
  return sectionsFor(c.kind).map((id, i) => {
    const s = plan?.sections[id];
    const source = sources[id] ?? '';
    return {
      id,
      title: `${i + 1}. ${tr(lang, `section.${id}`)}`,
      source,
      parts: (s?.parts ?? []).map((p, index) => ({
        index,
        text: p.text,
        ...(p.where.line !== undefined ? { line: p.where.line } : {}),
      })),
      version: sectionVersion(source),
      editable: !!plan && reason === undefined,
      ...(reason !== undefined ? { notEditableReason: reason } : {}),
    };
  });
}
