/**
 * The publishing side of one `build`: holds the case lock for the whole build, knows the previous
 * revisions and Amazon's answers, refuses an identical resubmission, gives the changes since the
 * previous submission, and finally publishes the revision (manifest, inputs.json, outputs).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { changesSince, type ChangesModel } from './changes.js';
import { readLog, statusOf, type CorrespondenceEvent } from './correspondence.js';
import { canonicalJson } from './json.js';
import { acquireLock, type Lock } from './lock.js';
import type { ManifestInput } from './manifest.js';
import {
  listRevisions,
  publishRevision,
  readManifest,
  removeStaleTemps,
  submissionsDir,
  SUBMISSIONS,
  type OutputFile,
  type PublishedRevision,
  type Writer,
} from './revision.js';
import { SNAPSHOT_FILE, type RevisionSnapshot } from './snapshot.js';

/** Reads a revision's inputs.json (undefined when absent or unreadable). */
export async function readSnapshot(
  caseDir: string,
  revision: string,
): Promise<RevisionSnapshot | undefined> {
  try {
    const text = await readFile(
      path.join(submissionsDir(caseDir), revision, SNAPSHOT_FILE),
      'utf8',
    );
    return JSON.parse(text) as RevisionSnapshot;
  } catch {
    return undefined;
  }
}

export interface PublishSession {
  caseDir: string;
  revisions: string[];
  /** The name the revision of this build gets (the lock is held, so nobody else takes it). */
  nextRevision: string;
  correspondence: CorrespondenceEvent[];
  /**
   * The revision this build is compared with: the last one Amazon saw (per the correspondence
   * log), else the latest revision; undefined for the first build.
   */
  against?: {
    revision: string;
    inputsKey: string;
    snapshot?: RevisionSnapshot;
    submitted: boolean;
  };
  /** The newest revision: its name, inputs key, page count and PDF path (relative to the case). */
  latest?: { revision: string; inputsKey: string; pages: number | null; pdf?: string };
  /** Throws IDENTICAL_RESUBMISSION (exit 1) when `inputsKey` equals `against`'s, unless `force`. */
  refuseIdentical(inputsKey: string, force?: boolean): void;
  /** The changes model for the report (undefined for the first revision). */
  changes(current: RevisionSnapshot, sectionOrder?: readonly string[]): ChangesModel | undefined;
  /** Writes the revision: `files` (or a writer), inputs.json and manifest.json. */
  publish(
    files: OutputFile[] | Writer,
    manifest: ManifestInput,
    snapshot: Omit<RevisionSnapshot, 'revision'>,
  ): Promise<PublishedRevision>;
  /** Releases the lock (always call, in a finally). */
  close(): Promise<void>;
}

/** Opens the session: takes `submissions/.lock` (waiting briefly), removes stale temp folders. */
export async function openPublishSession(
  caseDir: string,
  command = 'build',
): Promise<PublishSession> {
  const dir = path.resolve(caseDir);
  const lock: Lock = await acquireLock(submissionsDir(dir), command);
  try {
    await removeStaleTemps(dir);
    const revisions = await listRevisions(dir);
    const log = await readLog(dir);
    const events = log.events;
    const sent = [...events].reverse().find((e) => revisions.includes(e.revision))?.revision;
    const againstName = sent ?? revisions.at(-1);
    let against: PublishSession['against'];
    if (againstName) {
      const { manifest } = await readManifest(dir, againstName);
      against = {
        revision: againstName,
        inputsKey: manifest.inputsKey,
        snapshot: await readSnapshot(dir, againstName),
        submitted: sent !== undefined,
      };
    }
    let latest: PublishSession['latest'];
    const latestName = revisions.at(-1);
    if (latestName) {
      const { manifest } = await readManifest(dir, latestName);
      const pdf = manifest.outputs?.find((o) => o.path.endsWith('.pdf') && !o.path.includes('/'));
      latest = {
        revision: latestName,
        inputsKey: manifest.inputsKey,
        pages: manifest.pages ?? null,
        ...(pdf ? { pdf: `${SUBMISSIONS}/${latestName}/${pdf.path}` } : {}),
      };
    }
    return {
      caseDir: dir,
      revisions,
      nextRevision: nextName(revisions),
      correspondence: events,
      against,
      latest,
      refuseIdentical(inputsKey, force) {
        if (!against || force || against.inputsKey !== inputsKey) return;
        const ev = statusOf(events, against.revision);
        fail(
          'IDENTICAL_RESUBMISSION',
          { file: 'case.json' },
          ev
            ? t(`publish.identical.${ev.type}`, { revision: against.revision, date: ev.date })
            : t('publish.identical.latest', { revision: against.revision }),
          { hint: t('publish.identical.hint') },
        );
      },
      changes(current, sectionOrder = []) {
        if (!against?.snapshot) return undefined;
        return changesSince(against.snapshot, current, events, sectionOrder);
      },
      async publish(files, manifest, snapshot) {
        // inputs.json carries the revision name: written by the publish layer once it is known.
        const revisionHint = nextName(await listRevisions(dir));
        const writer: Writer = async (write, tmp) => {
          if (typeof files === 'function') await files(write, tmp);
          else
            for (const f of files)
              await write(f.name, typeof f.bytes === 'function' ? await f.bytes() : f.bytes);
          await write(
            SNAPSHOT_FILE,
            Buffer.from(canonicalJson({ ...snapshot, revision: revisionHint })),
          );
        };
        return publishRevision(dir, writer, manifest, { lock });
      },
      async close() {
        await lock.release();
      },
    };
  } catch (e) {
    await lock.release();
    throw e;
  }
}

function nextName(revisions: string[]): string {
  const last = revisions.at(-1);
  const n = last ? Number(last.slice(4)) + 1 : 1;
  return `rev-${String(n).padStart(3, '0')}`;
}
