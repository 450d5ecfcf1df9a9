/**
 * PLAN_TABLE_REFERENCE: "下表 / 上表 / 別表 / the table below / above" that says the wrong place.
 * The report puts a section's text first and its generated tables and charts after it (or where
 * the author wrote {{tables}}): "下表" in a sentence after the tables, "上表" before them, either
 * in a section that has no table or chart, "別表" for the table of the section itself (it is right
 * here, not separate) or in a report with no table anywhere else, sends
 * the reviewer looking for something that is not there. Needs the reconciliation (most tables
 * come from the records).
 */
import type { Problem } from '../../errors.js';
import { makeContext as composeContext } from '../../compose/context.js';
import { generatorsFor } from '../../compose/sections/index.js';
import { planProblem, q, sectionWhere, titleParams, type PlanContext } from '../context.js';
import { REF_ABOVE, REF_BELOW, REF_SEPARATE } from '../phrases.js';
import { matchesAny, unquoted } from '../text.js';

const VISUAL = new Set(['table', 'chart', 'lineChart', 'actions']);

/** The sections whose generated blocks include a table or chart. */
function sectionsWithTables(ctx: PlanContext): Set<string> {
  const cc = composeContext({
    case: ctx.c,
    reconciliation: ctx.rec,
    lang: ctx.c.language,
    revision: '',
    buildDate: ctx.today,
    draft: false,
  });
  const out = new Set<string>();
  for (const [id, gen] of Object.entries(generatorsFor(ctx.c.kind)))
    if (gen && gen(cc).some((b) => VISUAL.has(b.kind))) out.add(id);
  return out;
}

export function referencesRule(ctx: PlanContext): Problem[] {
  if (!ctx.rec) return [];
  const mentions = ctx.sections.some((sec) =>
    sec.sentences.some((s) => matchesAny(s, [...REF_BELOW, ...REF_ABOVE, ...REF_SEPARATE])),
  );
  if (!mentions) return [];
  const tables = sectionsWithTables(ctx);
  const hasDocs = ctx.c.documents.length > 0;
  const out: Problem[] = [];
  for (const sec of ctx.sections) {
    const has = tables.has(sec.id);
    sec.sentences.forEach((s, i) => {
      const plain = unquoted(s);
      const before = i < sec.generatedAt;
      let key: string | undefined;
      if (matchesAny(plain, REF_BELOW)) key = !has ? 'refNone' : before ? undefined : 'refBelow';
      else if (matchesAny(plain, REF_ABOVE))
        key = !has ? 'refNone' : before ? 'refAbove' : undefined;
      else if (matchesAny(plain, REF_SEPARATE))
        key = has
          ? 'refSeparateHere'
          : [...tables].some((id) => id !== sec.id) || hasDocs
            ? undefined
            : 'refSeparate';
      if (key)
        out.push(
          planProblem('PLAN_TABLE_REFERENCE', sectionWhere(sec.id), key, {
            ...titleParams(sec.id),
            quote: q(s),
          }),
        );
    });
  }
  return out;
}
