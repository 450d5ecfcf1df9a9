/**
 * Changes since the previous submission: a pure comparison of two revision snapshots plus
 * Amazon's answers from the correspondence log. The result (`ChangesModel`) is what the report's
 * section "前回提出からの変更点 / Changes since the previous submission" shows, right after the
 * contents, from the second revision on. No clock, no fs: data in, data out.
 */
import type { Localized } from '../i18n/catalogue.js';
import type { CorrespondenceEvent } from './correspondence.js';
import { matchAnswer } from './points.js';
import type { RevisionSnapshot, SnapshotFinding } from './snapshot.js';

/** The per-ASIN numbers compared between revisions (fields of ProductNumbers). */
export const NUMBER_FIELDS = [
  'invoiced',
  'received',
  'sold',
  'returned',
  'qualityReturns',
  'counterfeitMentions',
  'returnRate',
  'coverage',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** One point of Amazon's message, with the seller's answer from case.json rejectionAnswers. */
export interface AnsweredPoint {
  /** 1-based position of the point in Amazon's message. */
  n: number;
  /** The point as Amazon wrote it (quoted verbatim, list marker removed). */
  text: string;
  /** The seller's answer (case.json `rejectionAnswers[].answer`), undefined while unanswered. */
  answer?: string;
}

/**
 * Everything the changes section shows. Render it in this order:
 *  1. `previous`: "前回提出日 / Previously submitted on" + date (and revision name);
 *  2. `response` (when Amazon answered the previous submission): its date, then each point quoted
 *     with the seller's answer below it ("未回答 / Not answered" when `answer` is undefined);
 *  3. `sections`: titles (catalogue key `section.<id>`) of the sections whose text changed;
 *  4. `documentsAdded` / `documentsRemoved`;
 *  5. `numbers`: a table ASIN · field · before → after (null = no value, e.g. no rate);
 *  6. `findingsResolved` / `findingsNew`: the finding's message in the report's language.
 * Empty arrays mean "nothing of that kind changed"; `nothingChanged` is true when all are empty.
 */
export interface ChangesModel {
  previous: {
    /** e.g. rev-001 */
    revision: string;
    /** The day it was submitted (from the correspondence log), else the day it was built. */
    date: string;
    /** True when the log records that the previous revision was submitted to Amazon. */
    submitted: boolean;
  };
  /** Amazon's last answer to the previous revision, when one was recorded. */
  response?: {
    kind: 'rejected' | 'accepted';
    /** YYYY-MM-DD */
    date: string;
    /** The whole message as recorded. */
    message: string;
    points: AnsweredPoint[];
  };
  /** Sections whose narrative text changed, in report order, with the text before and after. */
  sections: {
    id: string;
    change: 'added' | 'removed' | 'changed';
    before: string;
    after: string;
  }[];
  /** Documents (case.json documents[]) added or removed; a changed file counts as `changed`. */
  documentsAdded: { file: string; kind: string; label?: string }[];
  documentsRemoved: { file: string; kind: string; label?: string }[];
  documentsChanged: { file: string; kind: string; label?: string }[];
  /** Per-ASIN numbers that changed. */
  numbers: {
    asin: string;
    field: NumberField;
    before: number | null;
    after: number | null;
  }[];
  /** Findings of the previous revision no longer found, and findings found for the first time. */
  findingsResolved: ChangedFinding[];
  findingsNew: ChangedFinding[];
  /** Actions taken (case.json actionsTaken) that are new since the previous revision. */
  actionsAdded: { date: string; what: string }[];
  /** The report's language when it differs from the previous revision's (a rebuild in English). */
  language?: { before: string; after: string };
  /** True when nothing listed above changed (only answers or the build date differ). */
  nothingChanged: boolean;
}

export interface ChangedFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  asin?: string;
  invoice?: string;
  message: Localized;
}

function narrativeText(v: unknown): string {
  if (Array.isArray(v)) return v.join('\n');
  return typeof v === 'string' ? v : '';
}

function findingKey(f: SnapshotFinding): string {
  return [f.code, f.asin ?? '', f.invoice ?? '', f.supplier ?? '', f.file ?? ''].join('\u0000');
}

/**
 * What changed from `prev` to `current`, and Amazon's answer to `prev` from `correspondence`
 * (the case's whole log, oldest first). `sectionOrder` gives the report order of section ids.
 */
export function changesSince(
  prev: RevisionSnapshot,
  current: RevisionSnapshot,
  correspondence: readonly CorrespondenceEvent[],
  sectionOrder: readonly string[] = [],
): ChangesModel {
  const events = correspondence.filter((e) => e.revision === prev.revision);
  const submittedEv = events.find((e) => e.type === 'submitted');
  const answered = [...events]
    .reverse()
    .find((e) => e.type === 'rejected' || e.type === 'accepted');
  const answers = current.case.rejectionAnswers ?? [];
  const response: ChangesModel['response'] = answered
    ? {
        kind: answered.type as 'rejected' | 'accepted',
        date: answered.date,
        message: answered.message,
        points: answered.points.map((p) => {
          const a = matchAnswer(p, answers);
          return a === undefined ? { n: p.n, text: p.text } : { n: p.n, text: p.text, answer: a };
        }),
      }
    : undefined;

  const prevN = prev.case.narrative ?? {};
  const curN = current.case.narrative ?? {};
  const ids = new Set([...Object.keys(prevN), ...Object.keys(curN)]);
  const order = (id: string) => {
    const i = sectionOrder.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const sections: ChangesModel['sections'] = [];
  for (const id of [...ids].sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
    const before = narrativeText(prevN[id]).trim();
    const after = narrativeText(curN[id]).trim();
    if (before === after) continue;
    const change = !before ? 'added' : !after ? 'removed' : 'changed';
    sections.push({ id, change, before, after });
  }

  const prevDocs = new Map(prev.documents.map((d) => [d.file.normalize('NFC'), d]));
  const curDocs = new Map(current.documents.map((d) => [d.file.normalize('NFC'), d]));
  const brief = (d: RevisionSnapshot['documents'][number]) =>
    d.label === undefined
      ? { file: d.file, kind: d.kind }
      : { file: d.file, kind: d.kind, label: d.label };
  const documentsAdded = [...curDocs].filter(([k]) => !prevDocs.has(k)).map(([, d]) => brief(d));
  const documentsRemoved = [...prevDocs].filter(([k]) => !curDocs.has(k)).map(([, d]) => brief(d));
  const documentsChanged = [...curDocs]
    .filter(([k, d]) => prevDocs.has(k) && prevDocs.get(k)!.sha256 !== d.sha256)
    .map(([, d]) => brief(d));

  const numbers: ChangesModel['numbers'] = [];
  const prevP = new Map(prev.products.map((p) => [p.asin, p]));
  const curP = new Map(current.products.map((p) => [p.asin, p]));
  const asins = [...new Set([...prevP.keys(), ...curP.keys()])].sort();
  for (const asin of asins) {
    const a = prevP.get(asin);
    const b = curP.get(asin);
    for (const field of NUMBER_FIELDS) {
      const before = a ? (a[field] ?? null) : null;
      const after = b ? (b[field] ?? null) : null;
      if (before !== after) numbers.push({ asin, field, before, after });
    }
  }

  const prevF = new Map(prev.findings.map((f) => [findingKey(f), f]));
  const curF = new Map(current.findings.map((f) => [findingKey(f), f]));
  const changed = (f: SnapshotFinding): ChangedFinding => {
    const out: ChangedFinding = { code: f.code, severity: f.severity, message: f.message };
    if (f.asin !== undefined) out.asin = f.asin;
    if (f.invoice !== undefined) out.invoice = f.invoice;
    return out;
  };
  const findingsResolved = [...prevF].filter(([k]) => !curF.has(k)).map(([, f]) => changed(f));
  const findingsNew = [...curF].filter(([k]) => !prevF.has(k)).map(([, f]) => changed(f));

  const prevActions = new Set(
    (prev.case.actionsTaken ?? []).map((a) => `${a.date}\u0000${a.what}`),
  );
  const actionsAdded = (current.case.actionsTaken ?? [])
    .filter((a) => !prevActions.has(`${a.date}\u0000${a.what}`))
    .map((a) => ({ date: a.date, what: a.what }));

  const language =
    prev.language !== undefined && prev.language !== current.language
      ? { before: prev.language, after: current.language }
      : undefined;
  const nothingChanged =
    !language &&
    sections.length +
      documentsAdded.length +
      documentsRemoved.length +
      documentsChanged.length +
      numbers.length +
      findingsResolved.length +
      findingsNew.length +
      actionsAdded.length ===
      0;

  const model: ChangesModel = {
    previous: {
      revision: prev.revision,
      date: submittedEv?.date ?? prev.buildDate,
      submitted: submittedEv !== undefined,
    },
    sections,
    documentsAdded,
    documentsRemoved,
    documentsChanged,
    numbers,
    findingsResolved,
    findingsNew,
    actionsAdded,
    nothingChanged,
  };
  if (response) model.response = response;
  if (language) model.language = language;
  return model;
}
