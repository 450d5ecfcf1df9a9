/**
 * Keys of a case's inputs for the caches of the long-running commands (`preview --watch`, the
 * review page): the bytes of case.json, and the names, sizes and mtimes of the files under a
 * folder of the case or named by it. Equal keys mean the step's inputs did not change.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedCase } from './load.js';

/** A step's value and the key of the inputs it was made from. */
export interface Cached<T> {
  key: string;
  value: T;
}

/** SHA-256 (hex) of a text or bytes. */
export const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** Names, sizes and mtimes of the files under a folder of the case (recursively). */
export async function folderKey(dir: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const st = await stat(p).catch(() => undefined);
        if (st) parts.push(`${p}\u0000${st.size}\u0000${st.mtimeMs}`);
      }
    }
  };
  await walk(dir);
  return sha(parts.join('\n'));
}

/** Files the case names outside documents/ (action evidence), by size and mtime. */
export async function namedFilesKey(loaded: LoadedCase): Promise<string> {
  const parts: string[] = [];
  for (const real of [...loaded.resolvedFiles.values()].sort()) {
    const st = await stat(path.join(loaded.dir, real)).catch(() => undefined);
    parts.push(`${real}\u0000${st?.size}\u0000${st?.mtimeMs}`);
  }
  return sha(parts.join('\n'));
}

/**
 * The keys of the cached steps, each including the one before: the records (case.json and
 * records/), the reconciliation (the records and the day the numbers are taken), the document
 * inspection (the reconciliation, documents/ and every file case.json names).
 */
export async function inputKeys(
  loaded: LoadedCase,
  date: string,
): Promise<{ records: string; reconciliation: string; documents: string }> {
  const caseKey = sha(loaded.bytes);
  const records = sha(`${caseKey}\u0000${await folderKey(path.join(loaded.dir, 'records'))}`);
  const reconciliation = sha(`${records}\u0000${date}`);
  const documents = sha(
    `${reconciliation}\u0000${await folderKey(path.join(loaded.dir, 'documents'))}\u0000${await namedFilesKey(loaded)}`,
  );
  return { records, reconciliation, documents };
}
