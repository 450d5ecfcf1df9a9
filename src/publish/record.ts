/** `reject`, `submitted`, `accepted`: Amazon's answers recorded in the correspondence log. */
import { readFile } from 'node:fs/promises';
import { isRealDate } from '../case/schema.js';
import { fail } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { todayIso } from '../dates.js';
import {
  appendEvent,
  readLog,
  type CorrespondenceEvent,
  type EventType,
} from './correspondence.js';
import { listRevisions, readManifest, SUBMISSIONS } from './revision.js';

export interface RecordOptions {
  rev?: string;
  /** A file path, or '-' for standard input. */
  message?: string;
  date?: string;
  /** Record a rejection of a revision never marked submitted. */
  force?: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads the message (file or stdin), decoding UTF-8 and dropping a BOM. */
export async function readMessage(source: string): Promise<string> {
  let text: string;
  if (source === '-') text = await readStdin();
  else {
    try {
      text = await readFile(source, 'utf8');
    } catch {
      fail('MESSAGE_NOT_FOUND', { file: source }, t('publish.message.notFound', { file: source }));
    }
  }
  return text.replace(/^\uFEFF/, '');
}

/** Records one event for a revision of the case at `caseDir` (default: the latest revision). */
export async function recordEvent(
  caseDir: string,
  type: EventType,
  opts: RecordOptions,
  today: string = todayIso(),
): Promise<CorrespondenceEvent> {
  const revisions = await listRevisions(caseDir);
  if (!revisions.length)
    fail('REVISION_NONE', { file: 'submissions' }, t('publish.rev.none'), {
      hint: t('publish.rev.none.hint'),
    });
  const name = (r: string) => (/^\d+$/.test(r) ? `rev-${r.padStart(3, '0')}` : r);
  const revision = opts.rev ? name(opts.rev) : revisions.at(-1)!;
  if (!revisions.includes(revision))
    fail(
      'REVISION_UNKNOWN',
      { file: `submissions/${revision}` },
      t('publish.rev.unknown', { revision }),
      {
        hint: t('publish.rev.list', { revisions: revisions.join(', ') }),
      },
    );
  if (opts.date !== undefined && !isRealDate(opts.date))
    fail('USAGE', {}, t('publish.date.bad', { value: opts.date }), {
      expected: 'YYYY-MM-DD',
      found: opts.date,
    });
  if (type === 'rejected' && opts.message === undefined)
    fail('USAGE', {}, t('publish.message.required'));
  const message = opts.message === undefined ? '' : await readMessage(opts.message);
  if (type === 'rejected' && message.trim() === '')
    fail('MESSAGE_EMPTY', { file: opts.message }, t('publish.message.empty'), {
      hint: t('publish.message.empty.hint'),
    });
  const date = opts.date ?? today;
  if (type === 'rejected') {
    // a rejection answers a submission: of a revision Amazon has seen, after it was built
    const log = await readLog(caseDir);
    const sent = log.events.some((e) => e.revision === revision && e.type === 'submitted');
    if (!sent && !opts.force)
      fail(
        'REJECT_NOT_SUBMITTED',
        { file: `${SUBMISSIONS}/${revision}` },
        t('publish.reject.notSubmitted', { revision }),
        { hint: t('publish.reject.notSubmitted.hint', { revision }) },
      );
    const built = (await readManifest(caseDir, revision)).manifest.buildDate;
    if (typeof built === 'string' && date < built)
      fail(
        'REJECT_BEFORE_BUILD',
        { file: `${SUBMISSIONS}/${revision}/manifest.json` },
        t('publish.reject.beforeBuild', { revision, date, built }),
        { hint: t('publish.reject.beforeBuild.hint'), expected: `>= ${built}`, found: date },
      );
  }
  return appendEvent(caseDir, {
    type,
    revision,
    date,
    message: message.trim(),
  });
}
