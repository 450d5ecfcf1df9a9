/**
 * The one error type of evidence-pack.
 *
 * Every problem says where (file, sheet, row, column, JSON path), what was expected, what was
 * found, and how to fix it, in both languages; a run collects all its problems and throws them
 * together as one `EvidenceError`. Exit code 1 is bad input, 2 an internal or environment fault.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { t, type Lang, type Localized } from './i18n/catalogue.js';

export type Severity = 'error' | 'warning' | 'info';

/** Where a problem is. Paths are relative to the case folder; rows and lines are 1-based. */
export interface Location {
  file?: string;
  sheet?: string;
  row?: number;
  line?: number;
  column?: string;
  jsonPath?: string;
  page?: number;
  section?: string;
  /** Word files: the heading a paragraph is under, and the paragraph's number in the file. */
  heading?: string;
  paragraph?: number;
}

/**
 * What was expected or found: a value that reads the same in both languages (a number, a date,
 * a code, a file name, the seller's own text) or words, which then come in both languages.
 */
export type Shown = string | Localized;

/** `x` in `lang` (a plain string is the same in both). */
export function shown(x: Shown, lang: Lang): string {
  return typeof x === 'string' ? x : x[lang];
}

export interface Problem {
  /** Stable machine code, e.g. CASE_SCHEMA, RECORD_BAD_CELL, PDF_ENCRYPTED. */
  code: string;
  severity: Severity;
  where: Location;
  /** What is wrong, in both languages. */
  message: Localized;
  /** How to fix it, in both languages (may be empty strings when the message says it all). */
  hint?: Localized;
  expected?: Shown;
  found?: Shown;
}

export type ExitCode = 1 | 2;

export class EvidenceError extends Error {
  readonly problems: Problem[];
  readonly exitCode: ExitCode;

  constructor(problems: Problem[], exitCode: ExitCode = 1) {
    super(problems.map((p) => `${formatLocation(p.where)}: ${p.message.en}`).join('\n'));
    this.name = 'EvidenceError';
    this.problems = problems;
    this.exitCode = exitCode;
  }

  get code(): string {
    return this.problems[0]?.code ?? 'UNKNOWN';
  }
}

/** Makes a problem with severity `error` (the common case). */
export function problem(
  code: string,
  where: Location,
  message: Localized,
  extra: { hint?: Localized; expected?: Shown; found?: Shown; severity?: Severity } = {},
): Problem {
  const { severity = 'error', ...rest } = extra;
  return { code, severity, where, message, ...rest };
}

/** Throws one EvidenceError for a single problem. */
export function fail(
  code: string,
  where: Location,
  message: Localized,
  extra: { hint?: Localized; expected?: Shown; found?: Shown; exitCode?: ExitCode } = {},
): never {
  const { exitCode = 1, ...rest } = extra;
  throw new EvidenceError([problem(code, where, message, rest)], exitCode);
}

/** An internal or environment fault (exit code 2), e.g. a missing system tool or a full disk. */
export function environmentFault(code: string, message: Localized, hint?: Localized): never {
  throw new EvidenceError([problem(code, {}, message, { hint })], 2);
}

/** Collects problems during a run; `throwIfErrors` raises them all at once. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(p: Problem): void {
    this.items.push(p);
  }

  addAll(ps: Iterable<Problem>): void {
    for (const p of ps) this.items.push(p);
  }

  /** Runs `fn`, collecting the problems of an EvidenceError it throws instead of stopping. */
  async collect<T>(fn: () => Promise<T> | T): Promise<T | undefined> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof EvidenceError && e.exitCode === 1) {
        this.addAll(e.problems);
        return undefined;
      }
      throw e;
    }
  }

  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === 'error');
  }

  throwIfErrors(): void {
    if (this.errors.length > 0) throw new EvidenceError(this.items);
  }
}

/** `file:sheet:row:column` or `file at $.json.path`, the prefix every message starts with. */
export function formatLocation(w: Location): string {
  const parts: string[] = [];
  if (w.file) parts.push(w.file);
  if (w.sheet) parts.push(w.sheet);
  if (w.row !== undefined) parts.push(String(w.row));
  else if (w.line !== undefined) parts.push(String(w.line));
  if (w.column) parts.push(w.column);
  let s = parts.join(':');
  if (w.paragraph !== undefined) s += `${s ? ' ' : ''}¶${w.paragraph}`;
  if (w.heading !== undefined) s += `${s ? ' ' : ''}«${w.heading}»`;
  if (w.page !== undefined) s += `${s ? ' ' : ''}p.${w.page}`;
  if (w.jsonPath) s += `${s ? ' ' : ''}${w.jsonPath}`;
  if (w.section) s += `${s ? ' ' : ''}[${w.section}]`;
  return s || '-';
}

/** An expected or found value as printed: the empty string as the word for an empty cell. */
export function shownValue(x: Shown, lang: Lang): string {
  const s = shown(x, lang);
  return s === '' ? t('problem.empty')[lang] : s;
}

/**
 * One problem as a human-readable line (plus hint) in the given language: everything but the
 * codes, paths and the seller's own values comes from the catalogue in that language.
 */
export function formatProblem(p: Problem, lang: Lang): string {
  const label = t(`severity.${p.severity}`)[lang];
  const where = formatLocation(p.where);
  let s = `${where === '-' ? '' : `${where}: `}${label} ${p.code}: ${p.message[lang]}`;
  const expected = p.expected === undefined ? undefined : shownValue(p.expected, lang);
  const found = p.found === undefined ? undefined : shownValue(p.found, lang);
  if (expected !== undefined && found !== undefined)
    s += t('problem.expectedFound', { expected, found })[lang];
  else if (expected !== undefined) s += t('problem.expectedOnly', { expected })[lang];
  else if (found !== undefined) s += t('problem.foundOnly', { found })[lang];
  if (p.hint && p.hint[lang]) s += `\n    → ${p.hint[lang]}`;
  return s;
}

/** The fixed machine-readable shape of a problem for `--json`. */
export function problemToJson(p: Problem, lang: Lang) {
  return {
    code: p.code,
    severity: p.severity,
    where: p.where,
    message: p.message[lang],
    expected: p.expected === undefined ? null : shown(p.expected, lang),
    found: p.found === undefined ? null : shown(p.found, lang),
    hint: p.hint ? p.hint[lang] : null,
  };
}

/**
 * A file-system error inside the temporary folder (os.tmpdir(), i.e. TMPDIR) as the environment
 * fault it is (exit 2, naming the folder), or undefined for any other error. `onlyTempWritten`:
 * the failing step wrote nothing but temporary files, so a full disk is the temporary folder's. Libraries write
 * there (exceljs buffers sheets that come before their shared strings), so a missing or full
 * temporary folder must never read as a damaged input file.
 */
export function temporaryFolderFault(
  e: unknown,
  opts: { onlyTempWritten?: boolean } = {},
): EvidenceError | undefined {
  const err = e as NodeJS.ErrnoException;
  const file = typeof err?.path === 'string' ? path.resolve(err.path) : undefined;
  const dir = path.resolve(tmpdir());
  // a write error names no path: when only the temporary folder was being written, it was full
  const full = err?.code === 'ENOSPC' || err?.code === 'EDQUOT';
  const inTemp = file
    ? file === dir || file.startsWith(dir + path.sep)
    : opts.onlyTempWritten && full;
  if (!err?.code || !inTemp) return undefined;
  const key =
    err.code === 'ENOSPC' || err.code === 'EDQUOT'
      ? 'fault.tempFull'
      : err.code === 'ENOENT' || err.code === 'ENOTDIR'
        ? 'fault.tempMissing'
        : err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS'
          ? 'fault.tempNotWritable'
          : undefined;
  if (!key) return undefined;
  return new EvidenceError(
    [
      problem('TEMP_DIR', { file: dir }, t(key, { dir }), {
        hint: t('fault.temp.hint'),
        found: err.code,
      }),
    ],
    2,
  );
}

/** Wraps an unknown thrown value as an internal or environment fault (exit 2). */
export function asEvidenceError(e: unknown): EvidenceError {
  if (e instanceof EvidenceError) return e;
  const temp = temporaryFolderFault(e);
  if (temp) return temp;
  const err = e as NodeJS.ErrnoException;
  const code = err?.code;
  const file = typeof err?.path === 'string' ? err.path : undefined;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new EvidenceError(
      [problem('DISK_FULL', {}, t('fault.diskFull'), { hint: t('fault.diskFull.hint') })],
      2,
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new EvidenceError(
      [
        problem('NOT_WRITABLE', {}, t('fault.notWritable', { path: file ?? '' }), {
          hint: t('fault.notWritable.hint'),
        }),
      ],
      2,
    );
  }
  const detail = err instanceof Error ? err.message : String(e);
  return new EvidenceError(
    [problem('INTERNAL', {}, t('fault.internal', { detail }), { hint: t('fault.internal.hint') })],
    2,
  );
}
