/**
 * The files of records/, in path order, with nothing left out without a word: a symbolic link
 * that stays inside the case folder is read through (a file, or a folder listed in turn); a link
 * pointing out of the case folder or nowhere, a FIFO, socket or device is refused with a problem;
 * a link to a file that is read already is named and not read twice. Dot-files (.DS_Store) and
 * Office lock files (~$book.xlsx) are skipped, as before.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';

export interface ListedFile {
  /** Path relative to records/ with `/` (the link's own name when read through a link). */
  rel: string;
  /** What to open: the real path of the file. */
  abs: string;
  viaLink: boolean;
}

function inside(real: string, root: string): boolean {
  return real === root || real.startsWith(root + path.sep);
}

/** Lists `<caseDir>/<base>` (e.g. records) recursively; problems name `<base>/<rel>`. */
export async function listCaseFolder(
  caseDir: string,
  base: string,
): Promise<{ files: ListedFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const found: ListedFile[] = [];
  const realCase = await realpath(caseDir);
  const visited = new Set<string>();
  const where = (rel: string) => ({ file: `${base}/${rel}` });

  const walk = async (absDir: string, rel: string): Promise<void> => {
    let realDir: string;
    try {
      realDir = await realpath(absDir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && rel === '') return;
      throw e;
    }
    if (rel === '' && !inside(realDir, realCase)) {
      problems.push(
        problem('RECORD_LINK', { file: `${base}/` }, t('records.link.outside'), {
          hint: t('records.link.hint'),
        }),
      );
      return;
    }
    if (visited.has(realDir)) return; // a link back to a folder listed already
    visited.add(realDir);
    const entries = await readdir(absDir, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const abs = path.join(absDir, e.name);
      if (e.isDirectory()) {
        await walk(abs, r);
        continue;
      }
      if (e.isFile()) {
        found.push({ rel: r, abs, viaLink: false });
        continue;
      }
      if (e.isSymbolicLink()) {
        const real = await realpath(abs).catch(() => undefined);
        if (!real) {
          problems.push(
            problem('RECORD_LINK', where(r), t('records.link.broken'), {
              hint: t('records.link.hint'),
            }),
          );
          continue;
        }
        if (!inside(real, realCase)) {
          problems.push(
            problem('RECORD_LINK', where(r), t('records.link.outside'), {
              hint: t('records.link.hint'),
            }),
          );
          continue;
        }
        const st = await stat(real);
        if (st.isDirectory()) await walk(real, r);
        else if (st.isFile()) found.push({ rel: r, abs: real, viaLink: true });
        else
          problems.push(
            problem('RECORD_NOT_FILE', where(r), t('records.notFile'), {
              hint: t('records.notFile.hint'),
            }),
          );
        continue;
      }
      // FIFO, socket, character or block device: never opened (a FIFO would block).
      const st = await lstat(abs);
      problems.push(
        problem('RECORD_NOT_FILE', where(r), t('records.notFile'), {
          hint: t('records.notFile.hint'),
          found: st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : 'device',
        }),
      );
    }
  };
  await walk(path.join(caseDir, base), '');

  // One real file is read once: the plain entry wins over links to it, else the first by name.
  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const byReal = new Map<string, ListedFile>();
  for (const f of found) {
    const real = await realpath(f.abs);
    const prev = byReal.get(real);
    if (!prev || (prev.viaLink && !f.viaLink)) byReal.set(real, f);
  }
  const files: ListedFile[] = [];
  for (const f of found) {
    const kept = byReal.get(await realpath(f.abs))!;
    if (kept === f) files.push(f);
    else
      problems.push(
        problem(
          'RECORD_LINK_DUPLICATE',
          where(f.rel),
          t('records.link.duplicate', { other: `${base}/${kept.rel}` }),
          { severity: 'warning', hint: t('records.link.duplicate.hint') },
        ),
      );
  }
  return { files, problems };
}
