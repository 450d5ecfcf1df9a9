/**
 * qpdf as our reader of record. pdf-lib does not follow the cross-reference chain: it scans the
 * file and keeps the last body it meets of each object, so a file with an incremental update (or
 * a body no table lists) can read one way in pdf-lib and another in every viewer. qpdf follows
 * the chain as viewers do; it rewrites the bytes we read into a copy with one body per object
 * (streams left as they are), and pdf-lib loads that copy. The bytes are written to a private
 * temporary folder first, so qpdf reads exactly what was hashed, never the file again.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** qpdf runs this long at most on one document. */
export const QPDF_TIMEOUT_MS = 20_000;

export interface QpdfResult {
  /** Exit code; 'missing' when qpdf is not installed, 'timeout' when it was stopped. */
  code: number | 'missing' | 'timeout';
  stderr: string;
}

export function runQpdf(args: string[]): Promise<QpdfResult> {
  return new Promise((resolve) => {
    execFile(
      'qpdf',
      args,
      { maxBuffer: 16 << 20, timeout: QPDF_TIMEOUT_MS, killSignal: 'SIGKILL' },
      (err, stdout, stderr) => {
        if (!err) return resolve({ code: 0, stderr: `${stderr}` });
        const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
        if (e.code === 'ENOENT') return resolve({ code: 'missing', stderr: '' });
        if (e.killed) return resolve({ code: 'timeout', stderr: '' });
        resolve({
          code: typeof e.code === 'number' ? e.code : -1,
          stderr: `${stderr}\n${stdout}`,
        });
      },
    );
  });
}

/** Runs `fn` with `bytes` written to `<private dir>/in.pdf`; the folder is removed after. */
export async function withPrivateCopy<T>(
  bytes: Uint8Array,
  fn: (file: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ep-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    await writeFile(file, bytes, { mode: 0o600 });
    return await fn(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The lines of qpdf's output that say what is wrong, without the temporary path. */
export function qpdfDetail(r: QpdfResult, file: string): string {
  return r.stderr
    .split('\n')
    .filter((l) => /error|damaged|invalid|unable|password/i.test(l))
    .slice(0, 2)
    .join('; ')
    .replaceAll(file, '<file>')
    .replaceAll(path.dirname(file), '<dir>');
}

/**
 * `qpdf` rewrites `file` as viewers read it into `out`: one body per object, no object streams,
 * stream data untouched (so nothing is decoded here), a /ID computed from the content.
 * Exit 3 (warnings: qpdf repaired something) still gives a copy.
 */
export async function qpdfNormalize(
  file: string,
  out: string,
): Promise<{ bytes?: Buffer; result: QpdfResult }> {
  const result = await runQpdf([
    '--deterministic-id',
    '--object-streams=disable',
    '--stream-data=preserve',
    '--no-original-object-ids',
    file,
    out,
  ]);
  if (result.code !== 0 && result.code !== 3) return { result };
  return { bytes: await readFile(out), result };
}

/** `qpdf --check`: undefined when fine (or warnings only), else the result. */
export async function qpdfCheckFile(file: string): Promise<QpdfResult | undefined> {
  const r = await runQpdf(['--check', file]);
  return r.code === 0 || r.code === 3 || r.code === 'missing' ? undefined : r;
}
