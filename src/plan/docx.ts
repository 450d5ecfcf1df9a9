/** plan.docx → sections (see readPlanDocx). */
import type { LoadedCase } from '../case/load.js';
import type { LoadedPlan } from './load.js';

export async function readPlanDocx(_loaded: LoadedCase, _file: string): Promise<LoadedPlan> {
  throw new Error('not yet');
}
