/** `history` and `diff`: the revisions of a case with Amazon's status, and what changed between two. */
import { fail } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { sectionsFor } from '../case/sections.js';
import { changesSince, type ChangesModel } from './changes.js';
import { readLog, statusOf, type EventType } from './correspondence.js';
import { listRevisions, readManifest } from './revision.js';
import { readSnapshot } from './session.js';

export interface HistoryRow {
  revision: string;
  buildDate: string;
  pages: number | null;
  findings: number;
  /** Amazon's status: the latest event recorded for the revision, or 'built' (never sent). */
  status: EventType | 'built';
  statusDate: string | null;
  /** Every event of the log about this revision, oldest first. */
  events: { type: EventType; date: string; points: number }[];
}

export async function history(caseDir: string): Promise<HistoryRow[]> {
  const revisions = await listRevisions(caseDir);
  const { events } = await readLog(caseDir);
  const rows: HistoryRow[] = [];
  for (const revision of revisions) {
    const { manifest } = await readManifest(caseDir, revision);
    const ev = statusOf(events, revision);
    rows.push({
      revision,
      buildDate: manifest.buildDate,
      pages: manifest.pages ?? null,
      findings: Object.values(manifest.findings ?? {}).reduce((a, b) => a + b, 0),
      status: ev?.type ?? 'built',
      statusDate: ev?.date ?? null,
      events: events
        .filter((e) => e.revision === revision)
        .map((e) => ({ type: e.type, date: e.date, points: e.points.length })),
    });
  }
  return rows;
}

export type LineOp = { op: ' ' | '-' | '+'; text: string };

/** A line diff (longest common subsequence) of two texts. */
export function lineDiff(before: string, after: string): LineOp[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: LineOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: '-', text: a[i++]! });
    else out.push({ op: '+', text: b[j++]! });
  }
  while (i < n) out.push({ op: '-', text: a[i++]! });
  while (j < m) out.push({ op: '+', text: b[j++]! });
  return out;
}

export interface RevisionDiff {
  from: string;
  to: string;
  changes: ChangesModel;
  sections: { id: string; lines: LineOp[] }[];
  /** Record files (records/…) added, removed or changed (other bytes), from the manifests. */
  records: { added: string[]; removed: string[]; changed: string[] };
  /** Answers to Amazon's points (case.json rejectionAnswers) added, removed or reworded. */
  answers: { point: string; before: string | null; after: string | null }[];
  /** True when neither the changes model nor the records nor the answers differ. */
  nothingChanged: boolean;
}

/** Record files of two manifests: added, removed, changed. */
export function recordChanges(
  a: readonly { path: string; role: string; sha256: string }[],
  b: readonly { path: string; role: string; sha256: string }[],
): RevisionDiff['records'] {
  const map = (xs: typeof a) =>
    new Map(xs.filter((x) => x.role === 'record').map((x) => [x.path.normalize('NFC'), x.sha256]));
  const ma = map(a);
  const mb = map(b);
  return {
    added: [...mb.keys()].filter((k) => !ma.has(k)).sort(),
    removed: [...ma.keys()].filter((k) => !mb.has(k)).sort(),
    changed: [...mb.keys()].filter((k) => ma.has(k) && ma.get(k) !== mb.get(k)).sort(),
  };
}

/** Answers by point: the ones whose text differs between two revisions. */
export function answerChanges(
  a: readonly { point: string; answer: string }[] = [],
  b: readonly { point: string; answer: string }[] = [],
): RevisionDiff['answers'] {
  const ma = new Map(a.map((x) => [x.point.trim(), x.answer.trim()]));
  const mb = new Map(b.map((x) => [x.point.trim(), x.answer.trim()]));
  const points = [...new Set([...ma.keys(), ...mb.keys()])];
  return points
    .filter((p) => ma.get(p) !== mb.get(p))
    .map((point) => ({ point, before: ma.get(point) ?? null, after: mb.get(point) ?? null }));
}

/**
 * What changed from revision `a` to revision `b` (defaults: the two latest revisions; with one
 * name, from it to the latest).
 */
export async function diffRevisions(
  caseDir: string,
  a?: string,
  b?: string,
): Promise<RevisionDiff> {
  const revisions = await listRevisions(caseDir);
  const name = (r: string) => (/^\d+$/.test(r) ? `rev-${r.padStart(3, '0')}` : r);
  const to = b ? name(b) : revisions.at(-1);
  const from = a ? name(a) : revisions.at(-2);
  for (const r of [from, to])
    if (r !== undefined && !revisions.includes(r))
      fail(
        'REVISION_UNKNOWN',
        { file: `submissions/${r}` },
        t('publish.rev.unknown', { revision: r }),
        {
          hint: t('publish.rev.list', { revisions: revisions.join(', ') || '-' }),
        },
      );
  if (!from || !to)
    fail('DIFF_NEEDS_TWO', {}, t('publish.diff.needTwo'), {
      hint: t('publish.rev.list', { revisions: revisions.join(', ') || '-' }),
    });
  const sa = await readSnapshot(caseDir, from);
  const sb = await readSnapshot(caseDir, to);
  for (const [r, s] of [
    [from, sa],
    [to, sb],
  ] as const)
    if (!s)
      fail(
        'SNAPSHOT_MISSING',
        { file: `submissions/${r}/inputs.json` },
        t('publish.snapshot.missing', { revision: r }),
      );
  const order = sectionsFor(sb!.case.kind);
  const { events } = await readLog(caseDir);
  const changes = changesSince(sa!, sb!, events, order);
  const [ma, mb] = await Promise.all([readManifest(caseDir, from), readManifest(caseDir, to)]);
  const records = recordChanges(ma.manifest.inputs ?? [], mb.manifest.inputs ?? []);
  const answers = answerChanges(sa!.case.rejectionAnswers, sb!.case.rejectionAnswers);
  const nothingChanged =
    changes.nothingChanged &&
    !records.added.length &&
    !records.removed.length &&
    !records.changed.length &&
    !answers.length;
  return {
    from,
    to,
    changes,
    sections: changes.sections.map((s) => ({ id: s.id, lines: lineDiff(s.before, s.after) })),
    records,
    answers,
    nothingChanged,
  };
}
