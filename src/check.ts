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
import { readDocumentTexts, type DocText } from './assemble/doctext.js';
import { inputKeys, type Cached } from './case/input-keys.js';
import { loadTextStore, saveTextStore, textKey } from './assemble/doctext-store.js';
import type { Plan } from './plan/types.js';
import type { Records } from './records/types.js';
import type { Reconciliation } from './reconcile/types.js';
import type { EvidenceDoc } from './assemble/types.js';

export interface CheckOptions {
  strict?: boolean;
  /** The day the check runs (YYYY-MM-DD), for rules about dates. */
  today: string;
}

type Inspected = Awaited<ReturnType<typeof inspectDocuments>>;

/**
 * What a long-running caller (the review page) keeps between checks of one case: the steps whose
 * inputs did not change are reused (keys: src/case/input-keys.ts), and each document's text
 * (pdftotext, OCR) is read once per version of its bytes.
 */
export interface CheckCache {
  records?: Cached<{ records: Records; problems: Problem[] }>;
  reconciliation?: Cached<Reconciliation | undefined>;
  documents?: Cached<Inspected>;
  /** Document texts by `sha256:content` of the bytes read. */
  texts?: Map<string, DocText>;
  /** A file that keeps the texts between runs (read when `texts` is not set yet). */
  textStore?: string;
  /** Steps taken from the cache on the last run: records, reconciliation, documents, texts. */
  reused?: string[];
}

export interface CheckResult {
  loaded?: LoadedCase;
  problems: Problem[];
  /** What the check read and computed, for callers that show more than the problems. */
  plan?: Plan;
  records?: Records;
  reconciliation?: Reconciliation;
  inspected?: Inspected;
  /** Text of the documents checked, by case.json file. */
  texts?: Map<string, DocText>;
  /** The day the numbers are taken (case.json build.date, else today). */
  asOf?: string;
}

/**
 * Runs every check and returns the problems (never throws bad-input errors). With a `cache`,
 * what did not change since the last run with it is reused (the problems are the same).
 */
export async function runCheck(
  dir: string,
  opts: CheckOptions,
  cache?: CheckCache,
): Promise<CheckResult> {
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
  // The plan check compares the narrative with the reconciliation when there are records.
  // Performance numbers are taken at the build date (case.json build.date, else today).
  const asOf = loaded.data.build.date ?? opts.today;
  const keys = cache ? await inputKeys(loaded, asOf) : undefined;
  const reused: string[] = [];
  const step = async <T>(
    name: 'records' | 'reconciliation' | 'documents',
    make: () => Promise<T> | T,
  ): Promise<T> => {
    if (!cache || !keys) return make();
    const slot = cache[name] as Cached<T> | undefined;
    if (slot?.key === keys[name]) {
      reused.push(name);
      return slot.value;
    }
    const value = await make();
    (cache as Record<string, Cached<T>>)[name] = { key: keys[name], value };
    return value;
  };
  const read = await step('records', () => readRecords(loaded));
  list.addAll(read.problems);
  const rec = await step('reconciliation', () =>
    read.records.files.length ? reconcile(loaded.data, read.records, asOf) : undefined,
  );
  if (rec) list.addAll(findingProblems(rec));
  if (text) list.addAll(checkPlan(loaded.data, rec, { today: asOf, plan: text.plan }));
  // Every document the build would append: encrypted, damaged, wrong format, bad redaction box.
  const c = loaded.data;
  const inspected = await step('documents', () =>
    inspectDocuments(loaded, rec, { includeUnaccepted: c.build.includeUnaccepted ?? false }),
  );
  list.addAll(inspected.problems);
  // What the documents' own text (or OCR) says against case.json and the invoice lines.
  const facts = docFacts(loaded.data);
  const checkable = new Set(facts.filter(hasFacts).map((f) => f.file));
  const texts = await documentTexts(loaded.dir, inspected.docs, checkable, cache, reused);
  list.addAll(documentTextProblems(loaded.data, rec, facts, texts));
  if (cache) cache.reused = reused;
  // The summary page must fit one page; each form answer must fit its cap (the typesetter is
  // loaded here: a case that does not load is answered without it).
  const { composeSummary, summaryProblems, unpagedEvidence } = await import('./summary-check.js');
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
  return {
    loaded,
    problems: list.items,
    plan: text?.plan,
    records: read.records,
    reconciliation: rec,
    inspected,
    texts,
    asOf,
  };
}

/**
 * The text of each checkable document: read now, or (with a cache) taken from the last read of
 * the same bytes. The cache keeps the texts of the current documents only.
 */
async function documentTexts(
  dir: string,
  docs: EvidenceDoc[],
  checkable: Set<string>,
  cache: CheckCache | undefined,
  reused: string[],
): Promise<Map<string, DocText>> {
  if (!cache) return readDocumentTexts(dir, docs, (f) => checkable.has(f));
  const known =
    cache.texts ??
    (cache.textStore ? await loadTextStore(cache.textStore) : new Map<string, DocText>());
  const todo = docs.filter((d) => checkable.has(d.file));
  const missing = todo.filter((d) => !known.has(textKey(d)));
  const read = missing.length
    ? await readDocumentTexts(dir, missing, () => true)
    : new Map<string, DocText>();
  const kept = new Map<string, DocText>();
  const out = new Map<string, DocText>();
  for (const d of todo) {
    const text = known.get(textKey(d)) ?? read.get(d.file);
    if (!text) continue;
    kept.set(textKey(d), text);
    out.set(d.file, text);
  }
  cache.texts = kept;
  if (todo.length && !missing.length) reused.push('texts');
  if (cache.textStore && read.size) await saveTextStore(cache.textStore, kept);
  return out;
}

/** Exit code of a check: 1 when an error (or, with --strict, a warning) was found. */
export function checkExitCode(problems: Problem[], strict = false): 0 | 1 {
  const bad = problems.some((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
  return bad ? 1 : 0;
}

export { EvidenceError };
