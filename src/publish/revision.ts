/**
 * Write-once revisions. Everything is written into a temporary folder inside submissions/,
 * synced to disk and re-hashed, then renamed to the next free `rev-NNN`. An interrupted build
 * (kill -9, disk full) leaves no `rev-NNN` and changes no file of an earlier revision; stale
 * temporary folders (of dead processes) are removed by the next run. Finished files are
 * read-only (0444) and never rewritten.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { sha256 } from './json.js';
import { acquireLock, pidAlive, type Lock } from './lock.js';
import {
  MANIFEST_FILE,
  makeManifest,
  manifestText,
  type HashedFile,
  type Manifest,
  type ManifestInput,
} from './manifest.js';

export const SUBMISSIONS = 'submissions';
const REV = /^rev-(\d{3,})$/;
const TMP = /^\.tmp-(\d+)-[0-9a-f]+$/;

export interface OutputFile {
  /** Path inside the revision folder, with "/" (e.g. submission.pdf, upload/A-1_x.pdf). */
  name: string;
  /** The bytes, or a function producing them when they are written (keeps memory flat). */
  bytes: Buffer | (() => Promise<Buffer>);
}

/** Writes one file into the revision being built; returns its hash entry. */
export type WriteFn = (name: string, bytes: Buffer) => Promise<HashedFile>;

/**
 * A writer: writes the revision's files with `write`, or directly into `dir` (the temporary
 * folder; files found there afterwards are hashed, synced and listed in the manifest too).
 */
export type Writer = (write: WriteFn, dir: string) => Promise<void>;

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await filesUnder(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

export interface PublishedRevision {
  revision: string;
  /** Absolute path of the revision folder. */
  dir: string;
  manifest: Manifest;
  manifestSha256: string;
}

export function submissionsDir(caseDir: string): string {
  return path.join(path.resolve(caseDir), SUBMISSIONS);
}

export function revisionName(n: number): string {
  return `rev-${String(n).padStart(3, '0')}`;
}

export function revisionNumber(name: string): number | undefined {
  const m = REV.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** The finished revisions of a case (names), oldest first. */
export async function listRevisions(caseDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(submissionsDir(caseDir));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names.filter((n) => REV.test(n)).sort((a, b) => revisionNumber(a)! - revisionNumber(b)!);
}

/** Reads and parses a revision's manifest.json (throws an exit-1 problem when unreadable). */
export async function readManifest(
  caseDir: string,
  revision: string,
): Promise<{ manifest: Manifest; bytes: Buffer }> {
  const rel = `${SUBMISSIONS}/${revision}/${MANIFEST_FILE}`;
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(submissionsDir(caseDir), revision, MANIFEST_FILE));
  } catch {
    fail('MANIFEST_MISSING', { file: rel }, t('publish.manifest.missing', { file: rel }), {
      hint: t('publish.manifest.missing.hint'),
    });
  }
  try {
    return { manifest: JSON.parse(bytes.toString('utf8')) as Manifest, bytes };
  } catch {
    fail('MANIFEST_BAD', { file: rel }, t('publish.manifest.bad', { file: rel }), {
      hint: t('publish.manifest.missing.hint'),
    });
  }
}

/** Removes temporary folders left by dead processes (and stale lock leftovers). */
export async function removeStaleTemps(caseDir: string): Promise<string[]> {
  const dir = submissionsDir(caseDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const n of names) {
    const m = TMP.exec(n);
    const staleLock = /^\.(?:log\.)?lock\.stale-(\d+)-/.exec(n);
    const pid = m ? Number(m[1]) : staleLock ? Number(staleLock[1]) : undefined;
    if (pid === undefined || pidAlive(pid)) continue;
    await rm(path.join(dir, n), { recursive: true, force: true });
    removed.push(n);
  }
  return removed;
}

async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function safeName(name: string): string {
  const norm = name.replace(/\\/g, '/');
  if (
    norm === '' ||
    norm.startsWith('/') ||
    norm.split('/').some((p) => p === '' || p === '.' || p === '..') ||
    norm === MANIFEST_FILE
  )
    throw new Error(`publish: bad output file name ${JSON.stringify(name)}`);
  return norm;
}

export interface PublishOptions {
  /** The case lock when the caller already holds it (a build holds it for its whole run). */
  lock?: Lock;
  /** Command named in the lock file when this call takes the lock. */
  command?: string;
}

/**
 * Publishes the next revision of the case at `caseDir`: writes `files` (or whatever `writer`
 * writes) plus manifest.json into a temporary folder, syncs and verifies it, then renames it to
 * the next free rev-NNN. Returns the revision's name and folder.
 */
export async function publishRevision(
  caseDir: string,
  files: OutputFile[] | Writer,
  manifestInput: ManifestInput,
  opts: PublishOptions = {},
): Promise<PublishedRevision> {
  const sub = submissionsDir(caseDir);
  await mkdir(sub, { recursive: true });
  const lock = opts.lock ?? (await acquireLock(sub, opts.command ?? 'publish'));
  try {
    await removeStaleTemps(caseDir);
    const tmp = path.join(sub, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    await mkdir(tmp);
    try {
      return await writeAndRename(caseDir, sub, tmp, files, manifestInput);
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
      throw e;
    }
  } finally {
    if (!opts.lock) await lock.release();
  }
}

async function writeAndRename(
  caseDir: string,
  sub: string,
  tmp: string,
  files: OutputFile[] | Writer,
  manifestInput: ManifestInput,
): Promise<PublishedRevision> {
  const outputs: HashedFile[] = [];
  const dirs = new Set<string>([tmp]);
  const seen = new Set<string>();
  const write: WriteFn = async (name, bytes) => {
    const rel = safeName(name);
    if (seen.has(rel)) throw new Error(`publish: output written twice: ${rel}`);
    seen.add(rel);
    const abs = path.join(tmp, ...rel.split('/'));
    const parent = path.dirname(abs);
    if (!dirs.has(parent)) {
      await mkdir(parent, { recursive: true });
      for (let d = parent; d.startsWith(tmp) && d !== tmp; d = path.dirname(d)) dirs.add(d);
    }
    const fh = await open(abs, 'wx', 0o644);
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    const entry = { path: rel, size: bytes.length, sha256: sha256(bytes) };
    outputs.push(entry);
    return entry;
  };
  if (typeof files === 'function') await files(write, tmp);
  else
    for (const f of files)
      await write(f.name, typeof f.bytes === 'function' ? await f.bytes() : f.bytes);

  // Files a writer put into the folder itself (e.g. the assembly's upload set) are taken too.
  for (const rel of await filesUnder(tmp)) {
    if (seen.has(rel)) continue;
    safeName(rel);
    const abs = path.join(tmp, ...rel.split('/'));
    const bytes = await readFile(abs);
    const fh = await open(abs, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    for (let d = path.dirname(abs); d.startsWith(tmp) && d !== tmp; d = path.dirname(d))
      dirs.add(d);
    seen.add(rel);
    outputs.push({ path: rel, size: bytes.length, sha256: sha256(bytes) });
  }

  for (let attempt = 0; ; attempt++) {
    const existing = await listRevisions(caseDir);
    const last = existing.at(-1);
    const nextN = (last ? revisionNumber(last)! : 0) + 1 + attempt;
    const revision = revisionName(nextN);
    let previous: Manifest['previous'] = null;
    if (last) {
      const { bytes } = await readManifest(caseDir, last);
      previous = { revision: last, manifestSha256: sha256(bytes) };
    }
    const manifest = makeManifest(manifestInput, revision, outputs, previous);
    const text = manifestText(manifest);
    const mfile = path.join(tmp, MANIFEST_FILE);
    await rm(mfile, { force: true });
    const fh = await open(mfile, 'wx', 0o644);
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    // Read-only, synced, then verified by re-reading every byte written.
    for (const o of outputs) await chmod(path.join(tmp, ...o.path.split('/')), 0o444);
    await chmod(mfile, 0o444);
    for (const d of [...dirs].sort((a, b) => b.length - a.length)) await fsyncDir(d);
    for (const o of outputs) {
      const back = await readFile(path.join(tmp, ...o.path.split('/')));
      if (back.length !== o.size || sha256(back) !== o.sha256)
        fail('PUBLISH_VERIFY', { file: o.path }, t('publish.verifyFailed', { file: o.path }), {
          exitCode: 2,
        });
    }
    if ((await readFile(mfile, 'utf8')) !== text)
      fail(
        'PUBLISH_VERIFY',
        { file: MANIFEST_FILE },
        t('publish.verifyFailed', { file: MANIFEST_FILE }),
        {
          exitCode: 2,
        },
      );

    const target = path.join(sub, revision);
    const taken = await lstat(target).then(
      () => true,
      () => false,
    );
    if (taken) continue;
    try {
      await rename(tmp, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTEMPTY') continue;
      throw e;
    }
    await fsyncDir(sub);
    return { revision, dir: target, manifest, manifestSha256: sha256(text) };
  }
}
