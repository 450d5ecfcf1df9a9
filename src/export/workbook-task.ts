/**
 * The reconciliation workbook, made on the second core: exceljs takes a tenth of a second to
 * load and, for a big case, seconds to write, none of which the report's rendering needs to wait
 * for. Same bytes as making it in this thread (a test compares them).
 */
import type { Case } from '../case/schema.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Reconciliation } from '../reconcile/types.js';
import { settledJob, workerJob, type WorkerJob } from '../worker-job.js';
import { workbookLines, type WorkbookLines } from './workbook-lines.js';

export interface WorkbookInput {
  rec: Reconciliation;
  cs: Case;
  lang: Lang;
  date: string;
  /** The invoice-lines rows (workbook-lines.ts): made here when the workbook is made elsewhere. */
  lines?: WorkbookLines;
}

/**
 * Rows from which a worker pays: starting one (a thread that loads exceljs again) slowed the
 * sample's build by 0.1 s for a workbook of about a hundred rows written in 0.04 s, while the big
 * case's 45,000 rows took 2.6 s off the build (bench, 2 cores).
 */
export const WORKER_MIN_ROWS = 5000;

export function workbookRows(rec: Reconciliation): number {
  const d = rec.detail;
  return (
    d.invoiceLines.length +
    d.excludedInvoiceLines.length +
    d.receipts.length +
    d.returns.length +
    d.monthly.length +
    rec.products.length +
    rec.findings.length +
    (rec.performance ? rec.performance.weekly.length + rec.performance.unshipped.length : 0)
  );
}

/**
 * Starts making the workbook. `worker` forces the choice (tests); by default a worker makes
 * workbooks of WORKER_MIN_ROWS rows or more.
 */
export function startWorkbook(input: WorkbookInput, opts: { worker?: boolean } = {}): WorkerJob {
  const here = () =>
    import('./workbook.js').then((m) =>
      m.reconciliationWorkbook(input.rec, input.cs, input.lang, input.date),
    );
  if (!(opts.worker ?? workbookRows(input.rec) >= WORKER_MIN_ROWS)) return settledJob(here());
  // the worker gets plain data: the rows it lists, not the reconciliation's tables of entries
  const lines = workbookLines(input.rec);
  const rec: Reconciliation = {
    ...input.rec,
    detail: {
      ...input.rec.detail,
      invoiceLines: lines.counted,
      excludedInvoiceLines: lines.excluded,
    },
  };
  return workerJob(
    new URL('./workbook-worker.js', import.meta.url),
    { ...input, rec, lines },
    here,
  );
}
