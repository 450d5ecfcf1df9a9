/**
 * load + validate for case.json: read the file, parse JSON with a line and column on error,
 * validate with zod, check references between parts and the files it names. All problems of a
 * case are returned together.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { EvidenceError, problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { caseSchema, type Case } from './schema.js';
import { caseFileProblems } from './paths.js';
import { schemaProblems } from './issues.js';
import { sectionsFor } from './sections.js';
import { scanCaseJson } from './json-scan.js';

export interface LoadedCase {
  /** Absolute path of the case folder. */
  dir: string;
  data: Case;
  /** The exact bytes of case.json (hashed into the manifest). */
  bytes: Buffer;
  /** documents[i].file resolved to its real name inside the case folder (NFC/NFD matched). */
  resolvedFiles: Map<string, string>;
}

export { jsonPathOf, schemaProblems } from './issues.js';

function lineCol(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return { line, column };
}

/** Larger than any case.json a seller writes (the samples are under 40 KB). */
export const CASE_JSON_MAX_BYTES = 4 * 1024 * 1024;

/** Parses case.json text; throws an EvidenceError naming line and column. */
export function parseCaseJson(bytes: Buffer): unknown {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new EvidenceError([
      problem('CASE_JSON', { file: 'case.json' }, t('case.nulByte', { offset: nul }), {
        hint: t('case.nulByte.hint'),
      }),
    ]);
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    const { line, column } = m ? lineCol(text, Number(m[1])) : { line: 0, column: 0 };
    throw new EvidenceError([
      problem(
        'CASE_JSON',
        { file: 'case.json', line },
        t('case.badJson', { line, column, detail: msg }),
        {
          hint: t('case.badJson.hint'),
        },
      ),
    ]);
  }
  const scanned = scanCaseJson(text);
  if (scanned.length) throw new EvidenceError(scanned);
  return value;
}

/**
 * Removes comment keys ("//" or starting with "//") at any depth, so case.json can carry
 * explanations for the seller (the scaffold written by `init` does).
 */
export function stripComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripComments);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('//')) out[k] = stripComments(v);
    return out;
  }
  return value;
}

/** Cross-references between parts of a valid case (suppliers, ASINs, duplicates). */
export function referenceProblems(c: Case): Problem[] {
  const out: Problem[] = [];
  const where = (jsonPath: string) => ({ file: 'case.json', jsonPath });
  const supplierIds = new Set(c.suppliers.map((s) => s.id));
  const asins = new Set(c.products.map((p) => p.asin));
  const seen = new Map<string, string>();
  c.suppliers.forEach((s, i) => {
    const key = `supplier:${s.id}`;
    if (seen.has(key))
      out.push(
        problem(
          'CASE_DUPLICATE',
          where(`$.suppliers[${i}].id`),
          t('case.duplicate', { value: s.id, other: seen.get(key) }),
        ),
      );
    else seen.set(key, `$.suppliers[${i}].id`);
  });
  c.products.forEach((p, i) => {
    const key = `asin:${p.asin}`;
    if (seen.has(key))
      out.push(
        problem(
          'CASE_DUPLICATE',
          where(`$.products[${i}].asin`),
          t('case.duplicate', { value: p.asin, other: seen.get(key) }),
        ),
      );
    else seen.set(key, `$.products[${i}].asin`);
    p.supplierIds.forEach((id, j) => {
      if (!supplierIds.has(id))
        out.push(
          problem(
            'CASE_REFERENCE',
            where(`$.products[${i}].supplierIds[${j}]`),
            t('case.ref.supplier', { id }),
            { hint: t('case.ref.supplier.hint', { id }) },
          ),
        );
    });
  });
  c.notice.citedAsins.forEach((a, i) => {
    if (!asins.has(a))
      out.push(
        problem(
          'CASE_REFERENCE',
          where(`$.notice.citedAsins[${i}]`),
          t('case.ref.asin', { asin: a }),
          { hint: t('case.ref.asin.hint') },
        ),
      );
  });
  c.documents.forEach((d, i) => {
    if (d.supplierId && !supplierIds.has(d.supplierId))
      out.push(
        problem(
          'CASE_REFERENCE',
          where(`$.documents[${i}].supplierId`),
          t('case.ref.supplier', { id: d.supplierId }),
          { hint: t('case.ref.supplier.hint', { id: d.supplierId }) },
        ),
      );
    const key = `file:${d.file.normalize('NFC')}`;
    if (seen.has(key))
      out.push(
        problem(
          'CASE_DUPLICATE',
          where(`$.documents[${i}].file`),
          t('case.duplicate', { value: d.file, other: seen.get(key) }),
        ),
      );
    else seen.set(key, `$.documents[${i}].file`);
  });
  c.records.productCodes.forEach((pc, i) => {
    if (pc.supplierId && !supplierIds.has(pc.supplierId))
      out.push(
        problem(
          'CASE_REFERENCE',
          where(`$.records.productCodes[${i}].supplierId`),
          t('case.ref.supplier', { id: pc.supplierId }),
        ),
      );
  });
  const allowed = new Set<string>(sectionsFor(c.kind));
  for (const id of Object.keys(c.narrative)) {
    if (!allowed.has(id))
      out.push(
        problem(
          'CASE_SECTION',
          where(`$.narrative.${id}`),
          t('case.narrative.unknown', { id, kind: c.kind }),
          {
            hint: t('case.narrative.unknown.hint', { ids: [...allowed].join(', ') }),
          },
        ),
      );
  }
  return out;
}

/** Sections of the case's kind that have no text (an error for build, a warning for check). */
export function missingNarrative(c: Case): string[] {
  return sectionsFor(c.kind).filter((id) => {
    const n = c.narrative[id];
    const text = Array.isArray(n) ? n.join('\n') : n;
    return !text || text.trim() === '';
  });
}

/** Reads and validates `<dir>/case.json` and the files it names; throws all problems at once. */
export async function loadCase(dir: string): Promise<LoadedCase> {
  const r = await loadCaseReporting(dir);
  if (!r.loaded || r.problems.some((p) => p.severity === 'error'))
    throw new EvidenceError(r.problems);
  return r.loaded;
}

/**
 * Like loadCase, but a case.json that parses and validates comes back with the problems of the
 * files it names (missing, outside the folder …) instead of a throw, so that `check` can go on to
 * the records and the other documents and report everything at once. Files with a problem are
 * left out of `resolvedFiles`.
 */
export async function loadCaseReporting(
  dir: string,
): Promise<{ loaded?: LoadedCase; problems: Problem[] }> {
  try {
    return await loadCaseInner(dir);
  } catch (e) {
    if (e instanceof EvidenceError && e.exitCode === 1) return { problems: e.problems };
    throw e;
  }
}

async function loadCaseInner(dir: string): Promise<{ loaded: LoadedCase; problems: Problem[] }> {
  const abs = path.resolve(dir);
  const file = path.join(abs, 'case.json');
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > CASE_JSON_MAX_BYTES)
      throw new EvidenceError([
        problem(
          'CASE_TOO_BIG',
          { file: 'case.json' },
          t('case.tooBig', { size, max: CASE_JSON_MAX_BYTES }),
          {
            hint: t('case.tooBig.hint'),
            expected: `<= ${CASE_JSON_MAX_BYTES}`,
            found: String(size),
          },
        ),
      ]);
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof EvidenceError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new EvidenceError([
        problem('CASE_NOT_FOUND', { file: 'case.json' }, t('case.notFound', { path: file }), {
          hint: t('case.notFound.hint'),
        }),
      ]);
    throw e;
  }
  const raw = stripComments(parseCaseJson(bytes));
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) throw new EvidenceError(schemaProblems(parsed.error, raw, caseSchema));
  const data = parsed.data;
  const problems = referenceProblems(data);
  const resolvedFiles = new Map<string, string>();
  const checks = [
    ...data.documents.map((d, i) => ({ rel: d.file, jsonPath: `$.documents[${i}].file` })),
    ...data.actionsTaken.flatMap((a, i) =>
      a.evidence.map((f, j) => ({ rel: f, jsonPath: `$.actionsTaken[${i}].evidence[${j}]` })),
    ),
  ];
  for (const { rel, jsonPath } of checks) {
    const r = await caseFileProblems(abs, rel, jsonPath);
    problems.push(...r.problems);
    if (r.resolved) resolvedFiles.set(rel, r.resolved);
  }
  return { loaded: { dir: abs, data, bytes, resolvedFiles }, problems };
}
