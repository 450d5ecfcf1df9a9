/**
 * What every plan rule reads: the case, the reconciliation (when there is one), the build date,
 * and each section's text split into sentences, tagged with its role in the plan.
 */
import type { Case } from '../case/schema.js';
import { PLAN_ROLES, sectionsFor, type SectionId } from '../case/sections.js';
import { problem, type Location, type Problem, type Severity, type Shown } from '../errors.js';
import { t, type Params } from '../i18n/catalogue.js';
import type { Reconciliation } from '../reconcile/types.js';
import { LIMITS } from './phrases.js';
import { normalize, quote, splitSentences } from './text.js';
import { planFromCase } from '../plan/from-case.js';
import { GENERATED_MARKER } from '../compose/narrative.js';
import type { Plan } from '../plan/types.js';

export type PlanRole = 'rootCause' | 'actionsTaken' | 'prevention' | 'other';

export interface SectionText {
  id: SectionId;
  role: PlanRole;
  /** Normalised plain text (NFKC, no markdown). */
  text: string;
  sentences: string[];
  /**
   * Where the section's generated tables and charts stand among its sentences: the index of the
   * first sentence after them (the author's {{tables}} marker), else after the last sentence.
   */
  generatedAt: number;
}

export interface PlanContext {
  c: Case;
  rec?: Reconciliation;
  today: string;
  sections: SectionText[];
  /** Names and roles of the case's own people (responsible person, deputy): they count as "who". */
  people: string[];
}

export type PlanRule = (ctx: PlanContext) => Problem[];

export function roleOf(kind: Case['kind'], id: SectionId): PlanRole {
  const roles = PLAN_ROLES[kind] as Record<string, readonly string[]>;
  for (const role of ['rootCause', 'actionsTaken', 'prevention'] as const)
    if (roles[role]!.includes(id)) return role;
  return 'other';
}

export function makeContext(
  c: Case,
  rec: Reconciliation | undefined,
  today: string,
  plan: Plan = planFromCase(c),
): PlanContext {
  const sections = sectionsFor(c.kind).map((id) => {
    const written = plan.sections[id]?.text ?? '';
    // the marker of the generated tables is a place, not a sentence
    const lines = written.split('\n');
    const markerLine = lines.findIndex((l) => GENERATED_MARKER.test(l));
    const text = lines.filter((_, i) => i !== markerLine).join('\n');
    const sentences = splitSentences(text);
    const generatedAt =
      markerLine < 0
        ? sentences.length
        : splitSentences(lines.slice(0, markerLine).join('\n')).length;
    return { id, role: roleOf(c.kind, id), text, sentences, generatedAt };
  });
  const people: string[] = [];
  const addPerson = (s: string | undefined) => {
    if (!s) return;
    const n = normalize(s).trim();
    if (n.length >= 2) people.push(n);
    // Family names alone ("山田が確認します") also name the person.
    for (const part of n.split(/\s+/)) if (part.length >= 2 && part !== n) people.push(part);
  };
  addPerson(c.seller.responsiblePerson.name);
  addPerson(c.seller.responsiblePerson.role);
  addPerson(c.performance?.deputy?.name);
  addPerson(c.performance?.deputy?.role);
  return { c, rec, today, sections, people };
}

export function inRole(ctx: PlanContext, role: PlanRole): SectionText[] {
  return ctx.sections.filter((s) => s.role === role);
}

export function sectionWhere(id: string): Location {
  return { file: 'case.json', jsonPath: `$.narrative.${id}`, section: id };
}

/** Where an actionsTaken entry is: its JSON path and the kind's actions section. */
export function actionWhere(ctx: PlanContext, i: number, field?: 'date' | 'what'): Location {
  const section = (PLAN_ROLES[ctx.c.kind].actionsTaken as readonly string[])[0];
  return {
    file: 'case.json',
    jsonPath: `$.actionsTaken[${i}]${field ? `.${field}` : ''}`,
    section,
  };
}

/** A plan problem: message `plancheck.<key>` and hint `plancheck.<key>.hint` from the catalogue. */
export function planProblem(
  code: string,
  where: Location,
  key: string,
  params: Params = {},
  severity: Severity = 'warning',
  extra: { expected?: Shown; found?: Shown } = {},
): Problem {
  const cleanWhere: Location = {};
  for (const [k, v] of Object.entries(where))
    if (v !== undefined) (cleanWhere as Record<string, unknown>)[k] = v;
  return problem(code, cleanWhere, t(`plancheck.${key}`, params), {
    severity,
    hint: t(`plancheck.${key}.hint`, params),
    ...extra,
  });
}

/** The section title in both languages, for messages: {titleJa} / {titleEn}. */
export function titleParams(id: string): { titleJa: string; titleEn: string } {
  const title = t(`section.${id}`);
  return { titleJa: title.ja, titleEn: title.en };
}

export function q(s: string): string {
  return quote(s, LIMITS.quoteChars);
}
