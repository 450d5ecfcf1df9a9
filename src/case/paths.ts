/**
 * Paths named in case.json: they must stay inside the case folder, whatever the seller writes
 * (absolute paths, "..", Windows separators, links that point out, NFD names from macOS).
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { editDistance as distance } from '../edit-distance.js';

/** Problems with how a path is written (no disk access). */
export function pathSyntaxProblems(p: string, jsonPath: string): Problem[] {
  const where = { file: 'case.json', jsonPath };
  const hint = t('case.path.hint');
  if (p.includes('\0'))
    return [problem('CASE_PATH', where, t('case.path.nul'), { hint, found: JSON.stringify(p) })];
  if (p.includes('\\'))
    return [
      problem('CASE_PATH', where, t('case.path.backslash'), {
        hint,
        found: p,
        expected: p.replace(/\\/g, '/'),
      }),
    ];
  if (path.isAbsolute(p) || /^[A-Za-z]:/.test(p))
    return [problem('CASE_PATH', where, t('case.path.absolute'), { hint, found: p })];
  if (p.split('/').includes('..'))
    return [problem('CASE_PATH', where, t('case.path.parent'), { hint, found: p })];
  return [];
}

/**
 * Finds a file of the case folder named `rel`, matching Unicode NFC/NFD forms of the name
 * (macOS writes Japanese names decomposed). Returns the real relative path or undefined.
 */
export async function findCaseFile(caseDir: string, rel: string): Promise<string | undefined> {
  const direct = path.join(caseDir, rel);
  try {
    await lstat(direct);
    return rel;
  } catch {
    /* try other normal forms below */
  }
  const segments = rel.split('/').filter((s) => s !== '' && s !== '.');
  let current = '';
  for (const seg of segments) {
    let entries: string[];
    try {
      entries = await readdir(path.join(caseDir, current));
    } catch {
      return undefined;
    }
    const want = seg.normalize('NFC');
    const hit = entries.find((e) => e.normalize('NFC') === want);
    if (!hit) return undefined;
    current = current ? `${current}/${hit}` : hit;
  }
  return current || undefined;
}

/** Checks that `rel` exists, is a regular file, and its real location is inside the case folder. */
export async function caseFileProblems(
  caseDir: string,
  rel: string,
  jsonPath: string,
): Promise<{ problems: Problem[]; resolved?: string }> {
  const syntax = pathSyntaxProblems(rel, jsonPath);
  if (syntax.length) return { problems: syntax };
  const where = { file: 'case.json', jsonPath };
  const found = await findCaseFile(caseDir, rel);
  if (!found) {
    const suggestion = await nearestCaseFile(caseDir, rel);
    return {
      problems: [
        problem('CASE_FILE_MISSING', where, t('case.file.missing', { file: rel }), {
          hint: suggestion
            ? t('case.file.missing.suggest', { suggestion })
            : t('case.file.missing.hint'),
          found: '-',
          ...(suggestion ? { expected: suggestion } : {}),
        }),
      ],
    };
  }
  const abs = path.join(caseDir, found);
  const [realCase, realFile] = await Promise.all([
    realpath(caseDir),
    realpath(abs).catch(() => undefined),
  ]);
  if (!realFile) {
    return {
      problems: [
        problem('CASE_FILE_MISSING', where, t('case.file.missing', { file: rel }), {
          hint: t('case.file.missing.hint'),
        }),
      ],
    };
  }
  if (realFile !== realCase && !realFile.startsWith(realCase + path.sep)) {
    return {
      problems: [
        problem('CASE_PATH_OUTSIDE', where, t('case.file.outside', { file: rel }), {
          hint: t('case.file.outside.hint'),
        }),
      ],
    };
  }
  const st = await stat(abs);
  if (!st.isFile()) {
    return {
      problems: [problem('CASE_FILE_MISSING', where, t('case.file.notFile', { file: rel }))],
    };
  }
  return { problems: [], resolved: found };
}

/** Files of the case folder (not submissions/), relative with "/", at most `limit` of them. */
async function caseFiles(caseDir: string, limit = 5000): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    if (depth > 4 || out.length >= limit) return;
    let entries;
    try {
      entries = await readdir(path.join(caseDir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!rel && (e.name === 'submissions' || e.name === 'node_modules' || e.name[0] === '.'))
          continue;
        await walk(r, depth + 1);
      } else if (e.isFile()) out.push(r);
      if (out.length >= limit) return;
    }
  };
  await walk('', 0);
  return out;
}

/**
 * The existing file whose path is nearest to a misspelled one (case, width and Unicode forms
 * ignored), when it is near enough to be a typo: "documents/invoce-001.pdf" → "documents/invoice-001.pdf".
 */
export async function nearestCaseFile(caseDir: string, rel: string): Promise<string | undefined> {
  const key = (s: string) => s.normalize('NFKC').toLowerCase();
  const want = key(rel);
  let best: { file: string; d: number } | undefined;
  for (const f of await caseFiles(caseDir)) {
    const k = key(f);
    if (Math.abs(k.length - want.length) > 12) continue;
    const d = distance(want, k);
    if (!best || d < best.d) best = { file: f, d };
  }
  if (!best) return undefined;
  // the file name itself must be close: a third of it at most may differ
  const name = want.split('/').pop() ?? want;
  return best.d <= Math.max(2, Math.floor([...name].length / 3)) ? best.file : undefined;
}
