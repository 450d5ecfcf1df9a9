/**
 * The review page's state: everything the page shows of one case, built from the same functions
 * as the CLI (`check` for the findings, the reconciliation for the numbers, the evidence layout,
 * `history`), in one language. Called on every page load and after every save: what did not
 * change is taken from `cache` (records, reconciliation, document inspection and texts by their
 * inputs' keys; numbers and charts by the reconciliation they were made from; the preview's
 * pages by the PDF's size and mtime), so a plan edit costs the plan's own checks only.
 */
import path from 'node:path';
import { runCheck, type CheckCache } from '../check.js';
import { sha } from '../case/input-keys.js';
import { EvidenceError } from '../errors.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import { peekCaseLang } from '../output.js';
import type { Reconciliation } from '../reconcile/types.js';
import { reviewCharts } from './charts.js';
import { documentFiles, documentPaths, reviewDocuments } from './documents.js';
import { countFindings, reviewFindings } from './findings.js';
import { previewInfo, previewPageUrls, type PreviewInfo } from './preview-pages.js';
import { reviewProducts } from './products.js';
import { reviewRevisions } from './revisions.js';
import { reviewSections } from './sections.js';
import type { ReviewChart, ReviewProduct, ReviewRevision, ReviewState } from './types.js';
import { uiStrings } from './ui.js';
import { PREVIEW_DIR, TEXT_STORE } from '../preview/dir.js';

/** What the server keeps between states of one case (start with `{}`). */
export interface ReviewCache {
  check?: CheckCache;
  numbers?: {
    rec: Reconciliation;
    lang: Lang;
    products: ReviewProduct[];
    charts: ReviewChart[];
  };
  preview?: PreviewInfo;
  /**
   * Our pages before the attached documents (the report's length), for the documents' pages in
   * the submission: the server may set it from rebuildPreview's `pages`; else the last preview
   * PDF's page count is used.
   */
  reportPages?: number;
  /** Milliseconds of the last state's steps (for measuring). */
  timings?: Record<string, number>;
}

export interface ReviewStateOptions {
  /** Language of the page (default: the case's). */
  lang?: Lang;
  /** YYYY-MM-DD: the day the check runs. */
  today: string;
}

export async function buildReviewState(
  dir: string,
  opts: ReviewStateOptions,
  cache: ReviewCache,
): Promise<ReviewState> {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = Math.round(t - t0);
    t0 = t;
  };
  // the documents' texts (OCR: seconds a scan) are kept beside the preview between runs
  cache.check ??= { textStore: path.join(dir, PREVIEW_DIR, TEXT_STORE) };
  const result = await runCheck(dir, { today: opts.today }, cache.check);
  lap('check');
  const loaded = result.loaded;
  const lang: Lang = opts.lang ?? loaded?.data.language ?? peekCaseLang(dir) ?? 'en';
  const plan = result.plan;
  const rec = result.reconciliation;
  const findingAsins = new Map<string, string>();
  for (const f of rec?.findings ?? [])
    if (f.asin) findingAsins.set(`${f.code}\u0000${f.message.en}`, f.asin);
  const findings = reviewFindings(result.problems, lang, {
    plan,
    documents: loaded ? documentFiles(loaded) : new Map(),
    documentPaths: loaded ? documentPaths(loaded) : new Map(),
    findingAsins,
    citedAsins: loaded?.data.notice.citedAsins,
  });
  lap('findings');

  let products: ReviewProduct[] = [];
  let charts: ReviewChart[] = [];
  if (loaded && rec && result.records) {
    const kept = cache.numbers;
    if (kept && kept.rec === rec && kept.lang === lang) ({ products, charts } = kept);
    else {
      products = reviewProducts(loaded.data, result.records, rec, lang);
      charts = reviewCharts(loaded.data, rec, lang);
      cache.numbers = { rec, lang, products, charts };
    }
  }
  lap('numbers');

  cache.preview = await previewInfo(dir, cache.preview);
  const reportPages = cache.reportPages ?? cache.preview?.pages;
  const documents = loaded
    ? reviewDocuments(loaded, result.inspected, result.texts, result.problems, lang, reportPages)
    : [];
  lap('documents');

  let revisions: ReviewRevision[] = [];
  if (loaded)
    try {
      revisions = await reviewRevisions(loaded.dir, loaded.data, lang);
    } catch (e) {
      // a damaged manifest or log: check reports it among the findings; no history meanwhile
      if (!(e instanceof EvidenceError) || e.exitCode !== 1) throw e;
    }
  lap('revisions');

  const content = {
    lang,
    caseName: loaded
      ? tr(lang, 'serve.state.caseName', {
          store: loaded.data.seller.storeName,
          notice: loaded.data.notice.type,
        })
      : path.basename(path.resolve(dir)),
    planFile: plan?.file ?? 'plan.md',
    counts: countFindings(findings),
    findings,
    sections: loaded ? reviewSections(loaded.data, plan, lang) : [],
    products,
    charts,
    documents,
    revisions,
    previewPages: previewPageUrls(cache.preview),
    // the server says whether it is making one (it runs the previews)
    previewPending: false,
  };
  const stamp = sha(JSON.stringify(content)).slice(0, 16);
  lap('sections');
  cache.timings = timings;
  return { stamp, ...content, ui: uiStrings(lang) };
}
