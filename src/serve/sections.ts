/**
 * The plan's sections as the page shows them: in the case's order, numbered and titled in the
 * case's language (as compose numbers them), the text as written with its parts, a version for
 * optimistic saving, and whether the page may write it (plan.md / plan.<lang>.md only).
 */
import { createHash } from 'node:crypto';
import type { Case } from '../case/schema.js';
import { sectionsFor } from '../case/sections.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import type { Plan } from '../plan/types.js';
import type { ReviewSection } from './types.js';

/** The version of a section's source: a short SHA-256 (what a save must start from). */
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

export function reviewSections(c: Case, plan: Plan | undefined, lang: Lang): ReviewSection[] {
  const reason = plan ? notEditableReason(plan, lang) : undefined;
  return sectionsFor(c.kind).map((id, i) => {
    const s = plan?.sections[id];
    const source = s?.source ?? '';
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
