/**
 * One preview: our pages of the case as a draft-watermarked PDF in `<case>/preview/preview.pdf`
 * (the attached originals are left out; the page numbers are the submission's), never a
 * revision (nothing under submissions/, no lock, no manifest). What did not change since the last
 * preview is reused: the records, the reconciliation and the document inspection are kept in a
 * cache keyed by the bytes of case.json and the size and mtime of every record and document.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCase } from '../case/load.js';
import { inputKeys, type Cached } from '../case/input-keys.js';
import { compose } from '../compose/index.js';
import { EvidenceError, type Problem } from '../errors.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import { loadPlan } from '../plan/load.js';
import { checkPlan } from '../plancheck/index.js';
import { readRecords } from '../records/index.js';
import { reconcile } from '../reconcile/index.js';
import { findingProblems } from '../reconcile/problems.js';
import type { Reconciliation } from '../reconcile/types.js';
import type { Records } from '../records/types.js';
import { inspectDocuments } from '../assemble/inspect.js';
import { layoutEvidence } from '../assemble/assemble.js';
import { renderReport } from '../render/index.js';
import { todayIso } from '../dates.js';
import { PREVIEW_DIR } from './dir.js';

export { PREVIEW_DIR } from './dir.js';

/** What a watcher keeps between previews of one case. */
export interface PreviewCache {
  records?: Cached<{ records: Records; problems: Problem[] }>;
  reconciliation?: Cached<Reconciliation | undefined>;
  documents?: Cached<Awaited<ReturnType<typeof inspectDocuments>>>;
  /** The length of the last preview: the renderer's first guess (one layout when it holds). */
  pages?: number;
}

export interface PreviewOptions {
  lang?: Lang;
  /** YYYY-MM-DD (default: case.json build.date, else today). */
  date?: string;
}

export interface PreviewResult {
  pdf: string;
  pages: number;
  /** Problems of the text, the reconciliation's findings and the plan check. */
  findings: Problem[];
  /** Stages taken from the cache: records, reconciliation, documents. */
  reused: string[];
}

/** Writes a file whole (temporary name, then rename): a viewer never opens half a PDF. */
async function writeWhole(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

export async function rebuildPreview(
  dir: string,
  cache: PreviewCache,
  opts: PreviewOptions = {},
): Promise<PreviewResult> {
  const loaded = await loadCase(dir);
  const c = loaded.data;
  const lang = opts.lang ?? c.language;
  const date = opts.date ?? c.build.date ?? todayIso();
  const { plan, problems: textProblems } = await loadPlan(loaded, lang);
  const reused: string[] = [];
  const keys = await inputKeys(loaded, date);
  const recordsKey = keys.records;
  if (cache.records?.key === recordsKey) reused.push('records');
  else cache.records = { key: recordsKey, value: await readRecords(loaded) };
  const { records, problems } = cache.records.value;

  const recKey = keys.reconciliation;
  if (cache.reconciliation?.key === recKey) reused.push('reconciliation');
  else
    cache.reconciliation = {
      key: recKey,
      value: problems.some((p) => p.severity === 'error') ? undefined : reconcile(c, records, date),
    };
  const reconciliation = cache.reconciliation.value;

  const docsKey = keys.documents;
  if (cache.documents?.key === docsKey) reused.push('documents');
  else
    cache.documents = {
      key: docsKey,
      value: await inspectDocuments(loaded, reconciliation, {
        includeUnaccepted: c.build.includeUnaccepted ?? false,
      }),
    };
  const inspected = cache.documents.value;
  const inputProblems = [...problems, ...inspected.problems];
  if (!reconciliation || inputProblems.some((p) => p.severity === 'error'))
    throw new EvidenceError([...textProblems, ...inputProblems]);

  // our pages only: the originals are not copied in again on every save, but every page number
  // our pages print (evidence index, "A-3, p. 41", the footer's total) is the submission's, as
  // the renderer prints the evidence pages for the report's real length (late page numbers)
  const layout = layoutEvidence(inspected.docs, 1);
  const model = compose({
    case: c,
    plan,
    reconciliation,
    lang,
    revision: tr(lang, 'preview.revision'),
    buildDate: date,
    draft: true,
    evidence: layout.entries,
    notSubmitted: inspected.notSubmitted,
    reportPages: 1,
    appendedPages: layout.total - 1,
  });
  const rendered = await renderReport(model, { anchor: cache.pages });
  cache.pages = rendered.pages;
  const pdf = path.join(loaded.dir, PREVIEW_DIR, 'preview.pdf');
  await writeWhole(pdf, rendered.pdf);
  const findings = [
    ...textProblems,
    ...inputProblems,
    ...findingProblems(reconciliation),
    ...checkPlan(c, records.files.length ? reconciliation : undefined, { today: date, plan }),
  ];
  return { pdf, pages: rendered.pages, findings, reused };
}
