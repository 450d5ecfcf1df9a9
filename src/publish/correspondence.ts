/**
 * The correspondence log of a case: `submissions/correspondence.jsonl`, append-only, one JSON
 * object a line, each carrying the SHA-256 of the previous line (tamper evidence). Written with
 * O_APPEND + fsync under its own lock; never inside a revision folder.
 */
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { canonicalLine, sha256 } from './json.js';
import { withLock } from './lock.js';
import { splitPoints, type RejectionPoint } from './points.js';
import { SUBMISSIONS, submissionsDir } from './revision.js';

export const LOG_FILE = 'correspondence.jsonl';
export const LOG_REL = `${SUBMISSIONS}/${LOG_FILE}`;
export const GENESIS = '0'.repeat(64);

export type EventType = 'submitted' | 'rejected' | 'accepted';

export interface CorrespondenceEvent {
  /** 1-based line number. */
  seq: number;
  type: EventType;
  /** The revision the event is about (rev-NNN). */
  revision: string;
  /** YYYY-MM-DD: the day Amazon answered (or the revision was submitted). */
  date: string;
  /** Amazon's message as given (may be empty for submitted/accepted). */
  message: string;
  /** Points of the message (rejections); [] otherwise. */
  points: RejectionPoint[];
  /** SHA-256 of the previous line's bytes (without its newline); 64 zeros for the first. */
  prev: string;
  /**
   * SHA-256 of the revision's manifest.json when the event was recorded: anchors the revision
   * Amazon saw in the log, so even a change to the latest manifest is caught by verify.
   */
  manifestSha256?: string;
}

export interface LogRead {
  events: CorrespondenceEvent[];
  /** Broken lines and chain breaks (naming the line). */
  problems: Problem[];
  /** SHA-256 of the last line (what the next line must carry as `prev`). */
  tip: string;
}

const TYPES: readonly string[] = ['submitted', 'rejected', 'accepted'];

/** Reads the log, checking every line and the chain of hashes; never throws on bad content. */
export async function readLog(caseDir: string): Promise<LogRead> {
  let text: string;
  try {
    text = await readFile(path.join(submissionsDir(caseDir), LOG_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return { events: [], problems: [], tip: GENESIS };
    throw e;
  }
  const events: CorrespondenceEvent[] = [];
  const problems: Problem[] = [];
  let tip = GENESIS;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else if (lines.length)
    problems.push(
      problem('LOG_TRUNCATED', { file: LOG_REL, line: lines.length }, t('publish.log.truncated')),
    );
  lines.forEach((line, i) => {
    const where = { file: LOG_REL, line: i + 1 };
    let ev: CorrespondenceEvent | undefined;
    try {
      const v = JSON.parse(line) as CorrespondenceEvent;
      if (
        v &&
        typeof v === 'object' &&
        TYPES.includes(v.type) &&
        typeof v.revision === 'string' &&
        typeof v.date === 'string' &&
        typeof v.message === 'string' &&
        Array.isArray(v.points) &&
        typeof v.prev === 'string'
      )
        ev = v;
    } catch {
      ev = undefined;
    }
    if (!ev) problems.push(problem('LOG_BAD_LINE', where, t('publish.log.badLine')));
    else {
      if (ev.prev !== tip)
        problems.push(
          problem('LOG_CHAIN', where, t('publish.log.chain'), { expected: tip, found: ev.prev }),
        );
      events.push(ev);
    }
    tip = sha256(Buffer.from(line, 'utf8'));
  });
  return { events, problems, tip };
}

/** Appends one event (under the log lock); returns it as written. */
export async function appendEvent(
  caseDir: string,
  input: { type: EventType; revision: string; date: string; message: string },
): Promise<CorrespondenceEvent> {
  const dir = submissionsDir(caseDir);
  return withLock(
    dir,
    `record ${input.type}`,
    async () => {
      const log = await readLog(caseDir);
      const broken = log.problems.find(
        (p) => p.code === 'LOG_TRUNCATED' || p.code === 'LOG_BAD_LINE',
      );
      if (broken)
        fail(broken.code, broken.where, broken.message, { hint: t('publish.log.broken.hint') });
      const message = input.message.replace(/\r\n?/g, '\n').normalize('NFC');
      const ev: CorrespondenceEvent = {
        seq: log.events.length + 1,
        type: input.type,
        revision: input.revision,
        date: input.date,
        message,
        points: input.type === 'rejected' ? splitPoints(message) : [],
        prev: log.tip,
      };
      const manifest = await readFile(path.join(dir, input.revision, 'manifest.json')).catch(
        () => undefined,
      );
      if (manifest) ev.manifestSha256 = sha256(manifest);
      const fh = await open(path.join(dir, LOG_FILE), 'a', 0o644);
      const size = (await fh.stat()).size;
      try {
        await fh.writeFile(`${canonicalLine(ev)}\n`);
        await fh.sync();
      } catch (e) {
        // A line cut short (disk full) would break the log: take it back.
        await fh.truncate(size).catch(() => undefined);
        throw e;
      } finally {
        await fh.close();
      }
      return ev;
    },
    { name: '.log.lock' },
  );
}

/** The revision Amazon last saw (the latest event's revision), if any. */
export function lastSubmitted(events: readonly CorrespondenceEvent[]): string | undefined {
  return events.at(-1)?.revision;
}

/** The latest rejection in the log, if any. */
export function lastRejection(
  events: readonly CorrespondenceEvent[],
): CorrespondenceEvent | undefined {
  return [...events].reverse().find((e) => e.type === 'rejected');
}

/** Amazon's status of a revision: the type of its latest event, else undefined (not sent). */
export function statusOf(
  events: readonly CorrespondenceEvent[],
  revision: string,
): CorrespondenceEvent | undefined {
  return [...events].reverse().find((e) => e.revision === revision);
}
