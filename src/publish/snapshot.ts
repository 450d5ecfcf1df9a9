/**
 * The revision snapshot (`inputs.json` in every revision): what the next revision compares
 * against — case.json's content, the per-ASIN numbers, the findings and the documents. Never
 * buyer data: records are summarised only as per-ASIN totals.
 */
import type { Case } from '../case/schema.js';
import type { Lang, Localized } from '../i18n/catalogue.js';
import type { Finding, ProductNumbers } from '../reconcile/types.js';

export const SNAPSHOT_FILE = 'inputs.json';
export const SNAPSHOT_FORMAT = 'evidence-pack/inputs@1';

export interface SnapshotFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: Localized;
  asin?: string;
  invoice?: string;
  supplier?: string;
  file?: string;
}

export interface SnapshotDocument {
  /** case.json documents[].file */
  file: string;
  kind: string;
  sha256: string;
  size: number;
  /** Label in the evidence index (A-1, B-2, …) when the assembly gave one. */
  label?: string;
}

export type SnapshotProduct = Pick<
  ProductNumbers,
  | 'asin'
  | 'cited'
  | 'invoiced'
  | 'received'
  | 'sold'
  | 'returned'
  | 'qualityReturns'
  | 'counterfeitMentions'
  | 'returnRate'
  | 'coverage'
>;

export interface RevisionSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** rev-NNN */
  revision: string;
  buildDate: string;
  language: Lang;
  /** SHA-256 of what makes two builds identical (see inputs.ts). */
  inputsKey: string;
  /** case.json as validated (comments removed, defaults filled). */
  case: Case;
  products: SnapshotProduct[];
  findings: SnapshotFinding[];
  documents: SnapshotDocument[];
}

/** Only the fields the snapshot keeps of a product's numbers. */
export function snapshotProduct(p: ProductNumbers): SnapshotProduct {
  return {
    asin: p.asin,
    cited: p.cited,
    invoiced: p.invoiced,
    received: p.received,
    sold: p.sold,
    returned: p.returned,
    qualityReturns: p.qualityReturns,
    counterfeitMentions: p.counterfeitMentions,
    returnRate: p.returnRate,
    coverage: p.coverage,
  };
}

export function snapshotFinding(f: Finding): SnapshotFinding {
  const out: SnapshotFinding = { code: f.code, severity: f.severity, message: f.message };
  if (f.asin !== undefined) out.asin = f.asin;
  if (f.invoice !== undefined) out.invoice = f.invoice;
  if (f.supplier !== undefined) out.supplier = f.supplier;
  if (f.file !== undefined) out.file = f.file;
  return out;
}
