/**
 * The plan check: reads the narrative and the data the way a reviewer does and lists what gets a
 * plan rejected (vague promises, actions not done, numbers that disagree with the tables, blame,
 * pleading …). Each rule is a small module in rules/; phrase lists and thresholds are data in
 * phrases.ts. Pure: no clock (today comes in), no fs. Works without a reconciliation; the rules
 * that need one (numbers, invoice dates) are then skipped.
 *
 * Codes (stable; all warnings except PLAN_ACTION_FUTURE, an error):
 * PLAN_ROOTCAUSE_MISSING, PLAN_VAGUE, PLAN_ACTION_FUTURE, PLAN_ACTION_NOT_DONE,
 * PLAN_ACTION_UNDATED, PLAN_ACTION_NO_EVIDENCE, PLAN_PREVENTION_INCOMPLETE,
 * PLAN_ASIN_NOT_ADDRESSED, PLAN_ASIN_NO_DOCUMENT, PLAN_NUMBER_MISMATCH, PLAN_DATE_CONTRADICTION,
 * PLAN_TONE_BLAME, PLAN_TONE_PLEADING, PLAN_STOP_SELLING_ONLY, PLAN_SUPPLIER_CLAIM,
 * PLAN_TABLE_REFERENCE,
 * PLAN_LENGTH_SHORT, PLAN_LENGTH_LONG; performance cases add the PLAN_PERF_* codes of
 * rules/performance.ts. Problems point at case.json ($.narrative.<id>, $.actionsTaken[i],
 * $.notice.citedAsins[i]) or, for invoice dates, at the invoice-line row in records/.
 */
import type { Case } from '../case/schema.js';
import type { Problem } from '../errors.js';
import type { Reconciliation } from '../reconcile/types.js';
import { makeContext, type PlanRule } from './context.js';
import type { Plan } from '../plan/types.js';
import { relocate } from './relocate.js';
import { TO_FILL } from '../plan/markdown.js';
import { actionsRule } from './rules/actions.js';
import { asinRule } from './rules/asins.js';
import { blameRule } from './rules/blame.js';
import { datesRule } from './rules/dates.js';
import { lengthRule } from './rules/length.js';
import { numbersRule } from './rules/numbers.js';
import { performanceRule } from './rules/performance.js';
import { pleadingRule } from './rules/pleading.js';
import { preventionRule } from './rules/prevention.js';
import { rootCauseRule } from './rules/rootCause.js';
import { stopSellingRule } from './rules/stopSelling.js';
import { supplierClaimRule } from './rules/supplierClaims.js';
import { referencesRule } from './rules/references.js';
import { vagueRule } from './rules/vague.js';

/** The rules, in the order their problems are listed. */
export const PLAN_RULES: readonly PlanRule[] = [
  lengthRule,
  rootCauseRule,
  vagueRule,
  actionsRule,
  preventionRule,
  asinRule,
  numbersRule,
  datesRule,
  blameRule,
  pleadingRule,
  stopSellingRule,
  supplierClaimRule,
  referencesRule,
  performanceRule,
];

export interface PlanCheckOptions {
  /** The build or check date, YYYY-MM-DD. */
  today: string;
  /** The narrative read by the plan stage; default: case.json's narrative. */
  plan?: Plan;
}

export function checkPlan(
  c: Case,
  rec: Reconciliation | undefined,
  opts: PlanCheckOptions,
): Problem[] {
  const ctx = makeContext(c, rec, opts.today, opts.plan);
  // a section that still holds 【要記入】/【TO FILL】 has one finding, the marker's (the plan
  // stage reports it): judging its half-written text as well would bury that one cause
  const unfinished = new Set(
    Object.values(opts.plan?.sections ?? {})
      .filter((s) => TO_FILL.some((m) => s.source.includes(m)))
      .map((s) => s.id as string),
  );
  const problems = PLAN_RULES.flatMap((rule) => rule(ctx)).filter(
    (p) => !(p.where.section && unfinished.has(p.where.section)),
  );
  return opts.plan ? problems.map((p) => relocate(p, opts.plan!)) : problems;
}

export { makeContext } from './context.js';
export { splitSentences, normalize } from './text.js';
