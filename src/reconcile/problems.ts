/** The reconciliation's findings as problems of `check` (code and severity kept). */
import type { Location, Problem } from '../errors.js';
import type { Reconciliation } from './types.js';

export function findingProblems(rec: Reconciliation): Problem[] {
  return rec.findings.map((f) => {
    const where: Location = { file: f.file ?? 'records/' };
    if (f.sheet !== undefined) where.sheet = f.sheet;
    if (f.row !== undefined) where.row = f.row;
    if (f.jsonPath !== undefined) where.jsonPath = f.jsonPath;
    // the message names the ASIN, invoice or supplier; no expected/found pair applies here
    return { code: f.code, severity: f.severity, where, message: f.message };
  });
}
