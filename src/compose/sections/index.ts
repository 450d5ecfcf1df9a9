/**
 * Generated content per section id, dispatched by the case's kind: each generator turns the case
 * and the reconciliation into blocks shown before the seller's narrative. Sections without a
 * generator show the narrative only. Performance-kind generators plug in here.
 */
import type { SectionId } from '../../case/sections.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';
import { actionBlocks } from './actions.js';
import { inspectionBlocks } from './inspection.js';
import { issueBlocks } from './issue.js';
import {
  immediateFixBlocks,
  metricHistoryBlocks,
  perfNoticeBlocks,
  preventionBlocks,
} from './performance.js';
import { productBlocks } from './products.js';
import { returnRatioBlocks } from './ratio.js';
import { returnCommentBlocks } from './returns.js';
import { sourcingBlocks } from './sourcing.js';

export type SectionGenerator = (ctx: ComposeContext) => Block[];

export const authenticityGenerators: Partial<Record<SectionId, SectionGenerator>> = {
  issue: issueBlocks,
  products: productBlocks,
  sourcing: sourcingBlocks,
  returnComments: returnCommentBlocks,
  returnInspection: inspectionBlocks,
  returnRatio: returnRatioBlocks,
  actionsTaken: actionBlocks,
};

export const performanceGenerators: Partial<Record<SectionId, SectionGenerator>> = {
  perfNotice: perfNoticeBlocks,
  metricHistory: metricHistoryBlocks,
  immediateFix: immediateFixBlocks,
  perfActionsTaken: actionBlocks,
  prevention: preventionBlocks,
};

export function generatorsFor(
  kind: 'authenticity' | 'performance',
): Partial<Record<SectionId, SectionGenerator>> {
  return kind === 'authenticity' ? authenticityGenerators : performanceGenerators;
}
