/**
 * `check`: everything that can be said about a case without writing anything: case.json and the
 * files it names, the records, the reconciliation's findings and the plan check. All problems
 * of the case are returned together.
 */
import { EvidenceError, problem, ProblemList, type Problem, type Severity } from './errors.js';
import { t } from './i18n/catalogue.js';
import { loadCaseReporting, missingNarrative, type LoadedCase } from './case/load.js';
import { placeholderProblems } from './case/placeholders.js';
import type { Case } from './case/schema.js';
import { rejectionProblems } from './publish/unanswered.js';
import { readRecords } from './records/index.js';
import { reconcile } from './reconcile/index.js';
import { findingProblems } from './reconcile/problems.js';
import { checkPlan } from './plancheck/index.js';
import { inspectDocuments } from './assemble/inspect.js';
import { docFacts, documentTextProblems, hasFacts } from './assemble/doccheck.js';
import { readDocumentTexts } from './assemble/doctext.js';

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
  list.addAll(narrativeProblems(loaded.data));
  list.addAll(placeholderProblems(loaded.data));
  list.addAll(await rejectionProblems(loaded.dir, loaded.data.rejectionAnswers));
  const read = await readRecords(loaded);
  list.addAll(read.problems);
  // The plan check compares the narrative with the reconciliation when there are records.
  // Performance numbers are taken at the build date (case.json build.date, else today).
  const asOf = loaded.data.build.date ?? opts.today;
  const rec = read.records.files.length ? reconcile(loaded.data, read.records, asOf) : undefined;
  if (rec) list.addAll(findingProblems(rec));
  list.addAll(checkPlan(loaded.data, rec, { today: asOf }));
  // Every document the build would append: encrypted, damaged, wrong format, bad redaction box.
  const inspected = await inspectDocuments(loaded, rec);
  list.addAll(inspected.problems);
  // What the documents' own text (or OCR) says against case.json and the invoice lines.
  const facts = docFacts(loaded.data);
  const checkable = new Set(facts.filter(hasFacts).map((f) => f.file));
  const texts = await readDocumentTexts(loaded.dir, inspected.docs, (f) => checkable.has(f));
  list.addAll(documentTextProblems(loaded.data, rec, facts, texts));
  return { loaded, problems: list.items };
}

/** NARRATIVE_MISSING: one error per section without text (the plan rules skip empty sections). */
export function narrativeProblems(c: Case, severity: Severity = 'error'): Problem[] {
  return missingNarrative(c).map((id) =>
    problem(
      'NARRATIVE_MISSING',
      { file: 'case.json', jsonPath: `$.narrative.${id}`, section: id },
      t('case.narrative.missing', { title: t(`section.${id}`)[c.language] }),
      { severity, hint: t('case.narrative.missing.hint', { id }) },
    ),
  );
}

/** Exit code of a check: 1 when an error (or, with --strict, a warning) was found. */
export function checkExitCode(problems: Problem[], strict = false): 0 | 1 {
  const bad = problems.some((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
  return bad ? 1 : 0;
}

export { EvidenceError };
