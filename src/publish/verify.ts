/**
 * `verify`: recompute every hash of a revision (or of all of them), the chain of manifests and
 * the chain of the correspondence log. Any mismatch is a problem naming the file.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EvidenceError, problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { readLog } from './correspondence.js';
import { canonicalJson, sha256 } from './json.js';
import { MANIFEST_FILE, type Manifest } from './manifest.js';
import { listRevisions, readManifest, submissionsDir, SUBMISSIONS } from './revision.js';

export interface RevisionCheck {
  revision: string;
  ok: boolean;
  files: number;
}

export interface VerifyResult {
  revisions: RevisionCheck[];
  problems: Problem[];
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await filesUnder(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out;
}

/** Checks one revision: its files against its manifest, and its link to `previous`. */
export async function verifyRevision(
  caseDir: string,
  revision: string,
  previous: string | undefined,
): Promise<{ problems: Problem[]; files: number }> {
  const problems: Problem[] = [];
  const base = `${SUBMISSIONS}/${revision}`;
  let manifest: Manifest;
  let mbytes: Buffer;
  try {
    ({ manifest, bytes: mbytes } = await readManifest(caseDir, revision));
  } catch (e) {
    if (e instanceof EvidenceError) return { problems: e.problems, files: 0 };
    throw e;
  }
  const mrel = `${base}/${MANIFEST_FILE}`;
  if (!Array.isArray(manifest.outputs) || manifest.revision !== revision) {
    problems.push(
      problem('VERIFY_MANIFEST', { file: mrel }, t('publish.verify.manifest', { file: mrel }), {
        expected: revision,
        found: String(manifest.revision),
      }),
    );
    return { problems, files: 0 };
  }
  if (canonicalJson(manifest) !== mbytes.toString('utf8'))
    problems.push(
      problem('VERIFY_MANIFEST', { file: mrel }, t('publish.verify.manifest', { file: mrel })),
    );
  const dir = path.join(submissionsDir(caseDir), revision);
  const listed = new Set<string>();
  for (const o of manifest.outputs) {
    listed.add(o.path);
    const rel = `${base}/${o.path}`;
    let bytes: Buffer;
    const abs = path.join(dir, ...o.path.split('/'));
    // a link or a named pipe where a written file was: never followed or opened (a pipe blocks)
    const st = await lstat(abs).catch(() => undefined);
    if (st && !st.isFile()) {
      problems.push(
        problem('VERIFY_NOT_FILE', { file: rel }, t('publish.verify.notFile', { file: rel }), {
          hint: t('publish.verify.mismatch.hint'),
        }),
      );
      continue;
    }
    try {
      bytes = await readFile(abs);
    } catch {
      problems.push(
        problem('VERIFY_MISSING', { file: rel }, t('publish.verify.missing', { file: rel })),
      );
      continue;
    }
    const found = sha256(bytes);
    if (found !== o.sha256 || bytes.length !== o.size)
      problems.push(
        problem('VERIFY_MISMATCH', { file: rel }, t('publish.verify.mismatch', { file: rel }), {
          hint: t('publish.verify.mismatch.hint'),
          expected: t('publish.verify.hashSize', { sha: o.sha256, size: o.size }),
          found: t('publish.verify.hashSize', { sha: found, size: bytes.length }),
        }),
      );
  }
  for (const f of await filesUnder(dir)) {
    if (f === MANIFEST_FILE || listed.has(f)) continue;
    const rel = `${base}/${f}`;
    problems.push(problem('VERIFY_EXTRA', { file: rel }, t('publish.verify.extra', { file: rel })));
  }
  // The chain: this manifest names the previous revision and the SHA-256 of its manifest.
  if (previous === undefined) {
    if (manifest.previous !== null)
      problems.push(
        problem(
          'VERIFY_CHAIN',
          { file: mrel },
          t('publish.verify.chainMissing', {
            file: mrel,
            previous: manifest.previous?.revision ?? '',
          }),
        ),
      );
  } else {
    const prel = `${SUBMISSIONS}/${previous}/${MANIFEST_FILE}`;
    let prevSha: string | undefined;
    try {
      prevSha = sha256(await readFile(path.join(submissionsDir(caseDir), previous, MANIFEST_FILE)));
    } catch {
      prevSha = undefined;
    }
    if (!manifest.previous || manifest.previous.revision !== previous)
      problems.push(
        problem(
          'VERIFY_CHAIN',
          { file: mrel },
          t('publish.verify.chainMissing', { file: mrel, previous }),
          {
            expected: previous,
            found: manifest.previous?.revision ?? t('problem.nothing'),
          },
        ),
      );
    else if (prevSha !== manifest.previous.manifestSha256)
      problems.push(
        problem(
          'VERIFY_CHAIN',
          { file: prel },
          t('publish.verify.chain', { file: prel, next: mrel }),
          {
            hint: t('publish.verify.mismatch.hint'),
            expected: manifest.previous.manifestSha256,
            found: prevSha ?? t('problem.nothing'),
          },
        ),
      );
  }
  return { problems, files: manifest.outputs.length + 1 };
}

/**
 * What the newest manifest says beyond hashes, checked against the files: the page count of the
 * combined PDF, the pages each document occupies in it, and the upload copies it lists.
 */
export async function claimProblems(caseDir: string, revision: string): Promise<Problem[]> {
  const { manifest } = await readManifest(caseDir, revision);
  const base = `${SUBMISSIONS}/${revision}`;
  const mrel = `${base}/${MANIFEST_FILE}`;
  const dir = path.join(submissionsDir(caseDir), revision);
  const out: Problem[] = [];
  const claim = (what: string, expected: string, found: string, file = mrel) =>
    out.push(
      problem('VERIFY_CLAIM', { file }, t('publish.verify.claim', { file: mrel, what }), {
        hint: t('publish.verify.mismatch.hint'),
        expected,
        found,
      }),
    );
  const outputs = new Map((manifest.outputs ?? []).map((o) => [o.path, o]));
  let pages: number | undefined;
  if (typeof manifest.pages === 'number' && outputs.has('submission.pdf')) {
    try {
      const bytes = await readFile(path.join(dir, 'submission.pdf'));
      const { PDFDocument } = await import('pdf-lib');
      pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
    } catch {
      pages = undefined; // a missing or damaged file is reported by the hash check
    }
    if (pages !== undefined && pages !== manifest.pages)
      claim('pages', String(manifest.pages), String(pages), `${base}/submission.pdf`);
  }
  const total = pages ?? manifest.pages ?? undefined;
  for (const d of manifest.documents ?? []) {
    if (
      d.pages &&
      total !== undefined &&
      (d.pages.first < 1 || d.pages.last > total || d.pages.first > d.pages.last)
    )
      claim(`documents ${d.file} pages`, `1..${total}`, `${d.pages.first}..${d.pages.last}`);
    if (d.upload) {
      const o = outputs.get(d.upload.path);
      if (!o) claim(`documents ${d.file} upload`, d.upload.path, '-');
      else if (o.sha256 !== d.upload.sha256)
        claim(`documents ${d.file} upload`, d.upload.sha256, o.sha256);
    }
  }
  return out;
}

/** Verifies `only` (a revision) or every revision, plus the correspondence log. */
export async function verifyCase(caseDir: string, only?: string): Promise<VerifyResult> {
  const all = await listRevisions(caseDir);
  const revisions: RevisionCheck[] = [];
  const problems: Problem[] = [];
  const chosen = only === undefined ? all : all.filter((r) => r === only);
  for (const rev of chosen) {
    const i = all.indexOf(rev);
    const r = await verifyRevision(caseDir, rev, i > 0 ? all[i - 1] : undefined);
    revisions.push({ revision: rev, ok: r.problems.length === 0, files: r.files });
    problems.push(...r.problems);
  }
  // the newest manifest checked: what it claims (pages, the documents' pages, upload copies)
  const newest = chosen.at(-1);
  if (newest !== undefined && revisions.at(-1)?.ok !== false) {
    const claims = await claimProblems(caseDir, newest);
    if (claims.length) revisions.at(-1)!.ok = false;
    problems.push(...claims);
  }
  const log = await readLog(caseDir);
  problems.push(...log.problems);
  // Every revision named in the log must still have the manifest it had then.
  const reported = new Set<string>();
  for (const ev of log.events) {
    if (!ev.manifestSha256 || !chosen.includes(ev.revision) || reported.has(ev.revision)) continue;
    const mrel = `${SUBMISSIONS}/${ev.revision}/${MANIFEST_FILE}`;
    const found = await readFile(path.join(submissionsDir(caseDir), ev.revision, MANIFEST_FILE))
      .then((b) => sha256(b))
      .catch(() => 'missing');
    if (found !== ev.manifestSha256) {
      reported.add(ev.revision);
      problems.push(
        problem(
          'VERIFY_CHAIN',
          { file: mrel },
          t('publish.verify.logged', { file: mrel, line: ev.seq }),
          {
            hint: t('publish.verify.mismatch.hint'),
            expected: ev.manifestSha256,
            found,
          },
        ),
      );
    }
  }
  return { revisions, problems };
}
