/**
 * The composition root of `build`: load → validate → read records → reconcile → compose →
 * render → assemble → publish. Only this file calls the stages in order; the CLI parses and prints.
 */
import path from 'node:path';
import { EvidenceError, problem, type Problem } from './errors.js';
import { t, tr, type Lang } from './i18n/catalogue.js';
import { formModel, formText } from './compose/form.js';
import { canonicalJson } from './publish/json.js';
import { loadCase, type LoadedCase } from './case/load.js';
import { placeholderProblems } from './case/placeholders.js';
import { loadPlan, missingProblems } from './plan/load.js';
import { todayIso } from './dates.js';
import { readRecords } from './records/index.js';
import { reconcile } from './reconcile/index.js';
import { findingProblems } from './reconcile/problems.js';
import { checkPlan } from './plancheck/index.js';
import { compose } from './compose/index.js';
import { openPublishSession, type PublishSession } from './publish/session.js';
import { SUBMISSIONS } from './publish/revision.js';
import { finishPublish, planPublish, UnchangedBuild } from './publish/build-step.js';
import { inspectDocuments } from './assemble/inspect.js';
import { docFacts, documentTextProblems, hasFacts } from './assemble/doccheck.js';
import { readDocumentTexts, type DocText } from './assemble/doctext.js';
import { loadTextStore, textKey } from './assemble/doctext-store.js';
import { PREVIEW_DIR, TEXT_STORE } from './preview/dir.js';
import type { UploadFile } from './assemble/upload.js';
import { startWorkbook } from './export/workbook-task.js';

export interface BuildOptions {
  lang?: Lang;
  draft?: boolean;
  force?: boolean;
  /** Fixed build date YYYY-MM-DD (else case.build.date, SOURCE_DATE_EPOCH, today). */
  date?: string;
  /** Attach documents Amazon would not accept (else case.json build.includeUnaccepted, else no). */
  includeUnaccepted?: boolean;
  /** Highlight annotations on PDF invoices (else case.json build.highlight, else no). */
  highlight?: boolean;
  /** Told when each stage starts (progress display, timings); never affects the output. */
  onStage?: (stage: BuildStage) => void;
}

export type BuildStage = 'records' | 'documents' | 'render' | 'publish';

export interface BuildResult {
  revision: string;
  dir: string;
  pdf: string;
  pages: number;
  warnings: Problem[];
  /** True when nothing changed since `revision` (the newest) and nothing was written. */
  unchanged?: boolean;
}

/** The build date: the option, else case.json build.date, else SOURCE_DATE_EPOCH, else today. */
export function buildDate(opts: BuildOptions, caseDate?: string): string {
  return opts.date ?? caseDate ?? todayIso();
}

export async function build(dir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const loaded = await loadCase(dir);
  // One build of a case at a time: the case lock is held until the revision is published.
  const session = await openPublishSession(loaded.dir, 'build');
  try {
    return await buildLocked(loaded, session, opts);
  } finally {
    await session.close();
  }
}

async function buildLocked(
  loaded: LoadedCase,
  session: PublishSession,
  opts: BuildOptions,
): Promise<BuildResult> {
  const c = loaded.data;
  const lang = opts.lang ?? c.language;
  const includeUnaccepted = opts.includeUnaccepted ?? c.build.includeUnaccepted ?? false;
  const highlight = opts.highlight ?? c.build.highlight ?? false;
  // the narrative (plan.md, plan.docx or case.json): a draft renders what is there, markers and all
  const { plan, problems: textProblems } = await loadPlan(loaded, lang);
  const planStop = textProblems.filter(
    (p) => p.severity === 'error' && !(opts.draft && p.code === 'PLAN_TO_FILL'),
  );
  if (!opts.draft) planStop.push(...missingProblems(plan, c, 'error'));
  // init's example values: errors, except in a draft (shown there as warnings)
  const placeholders = placeholderProblems(c);
  if (!opts.draft) planStop.push(...placeholders);
  if (planStop.length) throw new EvidenceError(planStop);
  const date = buildDate(opts, c.build.date);
  const warnings: Problem[] = [
    ...textProblems.filter((p) => !planStop.includes(p)),
    ...placeholders.map((p) => ({ ...p, severity: 'warning' as const })),
  ];

  // records → reconciliation (bad records are input errors; warnings travel with the result)
  const stage = opts.onStage ?? (() => {});
  stage('records');
  const { records, problems } = await readRecords(loaded);
  const recordsOk = !problems.some((p) => p.severity === 'error');
  const reconciliation = recordsOk ? reconcile(c, records, date) : undefined;
  // the documents to append (encrypted, damaged, wrong format …): reported with the records' errors
  stage('documents');
  const inspected = await inspectDocuments(loaded, reconciliation, {
    includeUnaccepted,
  });
  const inputProblems = [...problems, ...inspected.problems];
  if (!reconciliation || inputProblems.some((p) => p.severity === 'error'))
    throw new EvidenceError(inputProblems);
  warnings.push(...inputProblems);
  // the typesetter and the assembler (react-pdf, fonts: ~0.5 s to load) once the inputs are
  // known good: a refused case is answered without them
  const [
    { composeSummary, summaryProblems, unpagedEvidence },
    { renderReport },
    { assembleSubmission },
    { writeUploadSet },
  ] = await Promise.all([
    import('./summary-check.js'),
    import('./render/index.js'),
    import('./assemble/assemble.js'),
    import('./assemble/upload.js'),
  ]);
  // the documents' text layers against case.json (pdftotext in child processes while the report
  // renders), reported with the warnings; scans are read by OCR in `check` only
  const facts = docFacts(c);
  const checkable = new Set(facts.filter(hasFacts).map((f) => f.file));
  // text layers an earlier `check` read from the same bytes (preview/document-texts.json) are
  // taken as they are; its OCR texts are not, so the findings never depend on whether it ran
  const stored = await loadTextStore(path.join(loaded.dir, PREVIEW_DIR, TEXT_STORE));
  const known = new Map<string, DocText>();
  for (const d of inspected.docs) {
    const text = stored.get(textKey(d));
    if (text?.source === 'text' && checkable.has(d.file)) known.set(d.file, text);
  }
  const texts = readDocumentTexts(
    loaded.dir,
    inspected.docs,
    (f) => checkable.has(f) && !known.has(f),
    { ocr: false },
  ).then((read) => new Map([...known, ...read]));
  // the workbook of the reconciled tables, made on the other core while the report renders
  const workbook = startWorkbook({ rec: reconciliation, cs: c, lang, date });
  try {
    // the reconciliation's findings (shortfalls, unshipped orders …) are shown, not a stop: the
    // report itself highlights them, and `check` fails on them
    warnings.push(
      ...findingProblems(reconciliation).map((p) => ({ ...p, severity: 'warning' as const })),
    );
    // the plan check (vague promises, numbers that disagree …): warnings of the result, not a stop
    const planFindings = checkPlan(c, records.files.length ? reconciliation : undefined, {
      today: date,
      plan,
    });
    warnings.push(...planFindings.map((p) => ({ ...p, severity: 'warning' as const })));

    // the summary must fit its page, each form answer its cap (errors at `check`; shown here)
    warnings.push(
      ...summaryProblems(
        composeSummary({
          case: c,
          plan,
          reconciliation,
          lang,
          draft: !!opts.draft,
          evidence: unpagedEvidence(inspected.docs),
          notSubmitted: inspected.notSubmitted,
        }),
        c,
        lang,
      ).map((p) => ({ ...p, severity: 'warning' as const })),
    );

    // publish, step 1: hash the inputs, refuse an identical resubmission, changes since the last one
    let pub;
    try {
      pub = await planPublish(session, {
        loaded,
        plan,
        recordFiles: records.files,
        reconciliation,
        lang,
        draft: !!opts.draft,
        force: !!opts.force,
        buildDate: date,
        extraOptions: {
          ...(includeUnaccepted ? { includeUnaccepted } : {}),
          ...(highlight ? { highlight } : {}),
        },
        labels: inspected.docs.map((d) => ({ file: d.file, label: d.label })),
        // hashed from the bytes that are embedded and copied to upload/, not read again
        documents: inspected.docs.map((d) => ({
          path: d.resolved,
          size: d.bytes.length,
          sha256: d.sha256,
          kind: d.content,
        })),
      });
    } catch (e) {
      if (!(e instanceof UnchangedBuild)) throw e;
      // the same inputs as the newest revision: say so, write nothing (exit 0)
      workbook.stop();
      return {
        revision: e.revision,
        dir: path.join(loaded.dir, SUBMISSIONS, e.revision),
        pdf: e.pdf ? path.join(loaded.dir, e.pdf) : '',
        pages: e.pages ?? 0,
        warnings,
        unchanged: true,
      };
    }
    const revision = pub.revision;
    warnings.push(...pub.warnings);

    // compose → render → assemble: our pages, then each original document behind a separator page;
    // the renderer prints the evidence page numbers for its own length, so one render settles them
    stage('render');
    const assembled = await assembleSubmission({
      loaded,
      docs: inspected.docs,
      buildDate: date,
      lang,
      highlight,
      render: async (evidence, _totalPages, assumed) => {
        const model = compose({
          case: c,
          plan,
          reconciliation,
          lang,
          revision,
          buildDate: date,
          draft: !!opts.draft,
          changes: pub.composeChanges,
          evidence,
          notSubmitted: inspected.notSubmitted,
          // evidence page numbers are printed for the report's real length (late page numbers)
          reportPages: assumed.reportPages,
          appendedPages: assumed.appendedPages,
        });
        const r = await renderReport(model);
        return { pdf: r.pdf, pages: r.pages, outline: r.outline, meta: model.meta, exact: true };
      },
    });

    warnings.push(
      ...documentTextProblems(c, reconciliation, facts, await texts).map((p) => ({
        ...p,
        severity: 'warning' as const,
      })),
    );

    // publish, step 2: the write-once revision (temp folder, fsync, verify, rename to rev-NNN)
    stage('publish');
    let uploads: UploadFile[] = [];
    const published = await finishPublish(pub, {
      uploads: () => uploads,
      notSubmitted: inspected.notSubmitted,
      pdf: assembled.pdf,
      pages: assembled.pages,
      evidence: assembled.evidence,
      write: async (write, revDir) => {
        // the reconciled tables as a workbook a seller or consultant can open (same bytes each build)
        await write('reconciliation.xlsx', await workbook.result);
        const set = await writeUploadSet(
          revDir,
          assembled.pdf,
          inspected.docs,
          c.build.uploadLimitMiB,
          assembled.documentPages,
          { pdfName: 'submission.pdf', write },
        );
        warnings.push(...set.problems);
        uploads = set.files;
        // the three answers as plain text for the appeal form, then the files in upload order
        const parts = set.files.filter((f) => f.role === 'part');
        const order = [
          ...(parts.length ? parts : set.files.filter((f) => f.role === 'combined')),
          ...set.files.filter((f) => f.role === 'original' || f.role === 'redacted'),
        ].map((f) => f.name);
        const form = formModel(
          composeSummary({
            case: c,
            plan,
            reconciliation,
            lang,
            draft: !!opts.draft,
            evidence: assembled.evidence,
            notSubmitted: inspected.notSubmitted,
          }),
          lang,
          c.summary?.formMaxChars ?? 2000,
          order,
          tr(lang, 'form.uploads'),
        );
        await write('form.txt', Buffer.from(formText(form)));
        await write('form.json', Buffer.from(canonicalJson(form)));
      },
    });
    const pdf = path.join(published.dir, 'submission.pdf');
    return {
      revision: published.revision,
      dir: published.dir,
      pdf,
      pages: assembled.pages,
      warnings,
    };
  } catch (e) {
    // a build that stops does not wait for the workbook
    workbook.stop();
    throw e;
  }
}
