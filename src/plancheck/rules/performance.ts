/**
 * The plan rules of performance cases (late shipments, wrong items), registered as one rule:
 * a deputy with contact for absences, the handling time reviewed against the real process, no
 * claim that every order shipped while the shipping log has unshipped orders, and rates and
 * counts in the text equal to the reconciliation.
 */
import type { Problem } from '../../errors.js';
import type { PlanContext } from '../context.js';
import { perfClaimsShippedRule } from './perfClaimsShipped.js';
import { perfDeputyRule } from './perfDeputy.js';
import { perfHandlingTimeRule } from './perfHandlingTime.js';
import { perfNumbersRule } from './perfNumbers.js';

export function performanceRule(ctx: PlanContext): Problem[] {
  if (ctx.c.kind !== 'performance') return [];
  return [
    ...perfClaimsShippedRule(ctx),
    ...perfNumbersRule(ctx),
    ...perfDeputyRule(ctx),
    ...perfHandlingTimeRule(ctx),
  ];
}
