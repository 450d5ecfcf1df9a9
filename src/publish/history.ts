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
  return {
    from,
    to,
    changes,
    sections: changes.sections.map((s) => ({ id: s.id, lines: lineDiff(s.before, s.after) })),
  };
}
