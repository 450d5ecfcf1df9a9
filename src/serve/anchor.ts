/**
 * What a finding is beside on the page: the plan section and part (paragraph, list item, table
 * row) holding its line or paragraph, the numbers of a product, a document, or the case.
 */
import type { Location, Problem } from '../errors.js';
import type { Plan, PlanSection } from '../plan/types.js';
import type { ReviewFinding } from './types.js';

export type Anchor = ReviewFinding['anchor'];

/** Where a part or section starts in its file: the Markdown line, or the Word paragraph. */
const position = (w: Location) => w.line ?? w.paragraph;

/** The index of the last part starting at or before `pos` (the part that holds it). */
function partAt(section: PlanSection, pos: number | undefined): number | undefined {
  if (pos === undefined) return undefined;
  let found: number | undefined;
  section.parts.forEach((p, i) => {
    const at = position(p.where);
    if (at !== undefined && at <= pos) found = i;
  });
  return found;
}

/** The section whose heading is the last one at or before `pos`. */
function sectionAt(plan: Plan, pos: number): PlanSection | undefined {
  let best: PlanSection | undefined;
  let bestAt = -1;
  for (const s of Object.values(plan.sections)) {
    const at = position(s!.where);
    if (at !== undefined && at <= pos && at > bestAt) {
      best = s;
      bestAt = at;
    }
  }
  return best;
}

/** A section named by a finding: its `section`, or `$.narrative.<id>` of a case.json plan. */
function namedSection(plan: Plan, w: Location): PlanSection | undefined {
  const id = w.section ?? /^\$\.narrative\.(\w+)/.exec(w.jsonPath ?? '')?.[1];
  return id ? plan.sections[id as keyof Plan['sections']] : undefined;
}

export interface AnchorContext {
  plan?: Plan;
  /** Document paths as case.json writes them, by the path a finding may name (written or real). */
  documents: Map<string, string>;
  /** The case.json documents[] / actionsTaken[].evidence[] path of each document, to its file. */
  documentPaths: Map<string, string>;
  /** ASIN of a reconciliation finding, by `code\0message` (the problem keeps no ASIN). */
  findingAsins: Map<string, string>;
  /** case.json notice.citedAsins (a finding at `$.notice.citedAsins[i]` is about that ASIN). */
  citedAsins?: readonly string[];
}

export function anchorOf(p: Problem, ctx: AnchorContext): Anchor {
  const w = p.where;
  const plan = ctx.plan;
  if (plan) {
    const inPlanFile = w.file !== undefined && w.file === plan.file && plan.kind !== 'case.json';
    const named = namedSection(plan, w);
    const pos = position(w);
    const section = named ?? (inPlanFile && pos !== undefined ? sectionAt(plan, pos) : undefined);
    if (section) {
      const part = partAt(section, pos);
      return { kind: 'section', section: section.id, ...(part !== undefined ? { part } : {}) };
    }
    if (w.section) return { kind: 'section', section: w.section };
  }
  const cited = /^\$\.notice\.citedAsins\[(\d+)\]/.exec(w.jsonPath ?? '');
  const asin =
    ctx.findingAsins.get(`${p.code}\u0000${p.message.en}`) ??
    (cited ? ctx.citedAsins?.[Number(cited[1])] : undefined);
  if (asin) return { kind: 'numbers', asin };
  const docPath = /^\$\.(documents\[\d+\]|actionsTaken\[\d+\]\.evidence\[\d+\])/.exec(
    w.jsonPath ?? '',
  )?.[0];
  const byPath = docPath ? ctx.documentPaths.get(docPath) : undefined;
  if (byPath) return { kind: 'document', file: byPath };
  const file = w.file?.normalize('NFC');
  if (file && ctx.documents.has(file)) return { kind: 'document', file: ctx.documents.get(file)! };
  if (file?.startsWith('records/') || (w.file === 'records/' && p.code !== 'CASE_SCHEMA'))
    return { kind: 'numbers' };
  return { kind: 'case' };
}
