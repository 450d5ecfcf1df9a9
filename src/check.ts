/**
 * `check`: everything that can be said about a case without writing anything: case.json and the
 * files it names, the records, the reconciliation's findings and the plan check. All problems
 * of the case are returned together.
 */
import { EvidenceError, ProblemList, type Problem } from './errors.js';
import { loadCaseReporting, type LoadedCase } from './case/load.js';
import { placeholderProblems } from './case/placeholders.js';
import { loadPlan, missingProblems } from './plan/load.js';
import { rejectionProblems } from './publish/unanswered.js';
import { readRecords } from './records/index.js';
import { reconcile } from './reconcile/index.js';
import { findingProblems } from './reconcile/problems.js';
import { checkPlan } from './plancheck/index.js';
import { inspectDocuments } from './assemble/inspect.js';
import { docFacts, documentTextProblems, hasFacts } from './assemble/doccheck.js';
import { readDocumentTexts } from './assemble/doctext.js';
import { composeSummary, summaryProblems, unpagedEvidence } from './summary-check.js';

export interface CheckOptions {
  strict?: boolean;
  /** The day the check runs (YYYY-MM-DD), for rules about dates. */
  today: string;
}

export interface CheckResult {
  loaded?: LoadedCase;
  problems: Problem[];
}

/** Runs every check and returns the problems (never throws bad-input errors). */
export async function runCheck(dir: string, opts: CheckOptions): Promise<CheckResult> {
  const list = new ProblemList();
  // a case.json that validates is checked on, whatever its files: every input's problems at once
  const { loaded, problems } = await loadCaseReporting(dir);
  list.addAll(problems);
  if (!loaded) return { problems: list.items };
  // an empty section is an error, and the one finding for it (the plan rules skip it)
  const text = await list.collect(() => loadPlan(loaded));
  if (text) {
    list.addAll(text.problems);
    list.addAll(missingProblems(text.plan, loaded.data, 'error'));
  }
  list.addAll(placeholderProblems(loaded.data));
  list.addAll(await rejectionProblems(loaded.dir, loaded.data.rejectionAnswers));
  const read = await readRecords(loaded);
  list.addAll(read.problems);
  // The plan check compares the narrative with the reconciliation when there are records.
  // Performance numbers are taken at the build date (case.json build.date, else today).
  const asOf = loaded.data.build.date ?? opts.today;
  const rec = read.records.files.length ? reconcile(loaded.data, read.records, asOf) : undefined;
  if (rec) list.addAll(findingProblems(rec));
  if (text) list.addAll(checkPlan(loaded.data, rec, { today: asOf, plan: text.plan }));
  // Every document the build would append: encrypted, damaged, wrong format, bad redaction box.
  const c = loaded.data;
  const inspected = await inspectDocuments(loaded, rec, {
    includeUnaccepted: c.build.includeUnaccepted ?? false,
  });
  list.addAll(inspected.problems);
  // What the documents' own text (or OCR) says against case.json and the invoice lines.
  const facts = docFacts(loaded.data);
  const checkable = new Set(facts.filter(hasFacts).map((f) => f.file));
  const texts = await readDocumentTexts(loaded.dir, inspected.docs, (f) => checkable.has(f));
  list.addAll(documentTextProblems(loaded.data, rec, facts, texts));
  // The summary page must fit one page; each form answer must fit its cap.
  const summary = composeSummary({
    case: c,
    plan: text?.plan,
    reconciliation: rec,
    lang: c.language,
    draft: false,
    evidence: unpagedEvidence(inspected.docs),
    notSubmitted: inspected.notSubmitted,
  });
  list.addAll(summaryProblems(summary, c, c.language));
  return { loaded, problems: list.items };
}

/** Exit code of a check: 1 when an error (or, with --strict, a warning) was found. */
export function checkExitCode(problems: Problem[], strict = false): 0 | 1 {
  const bad = problems.some((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
  return bad ? 1 : 0;
}

export { EvidenceError };
