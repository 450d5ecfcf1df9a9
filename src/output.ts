/** Printing for the CLI: problems in the seller's language, or the fixed `--json` shape. */
import { asEvidenceError, fail, formatProblem, problemToJson, type Problem } from './errors.js';
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { writeStdout } from './stdout-guard.js';
import { t, type Lang } from './i18n/catalogue.js';

/** The `language` of <dir>/case.json when it can be read at all (even if the case is invalid). */
export function peekCaseLang(dir: string): Lang | undefined {
  try {
    // the first 256 KB: "language" sits near the top, and a 150 MB case.json is not read whole
    const fd = openSync(path.join(dir, 'case.json'), 'r');
    const head = Buffer.alloc(256 * 1024);
    let n: number;
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const text = head.subarray(0, n).toString('utf8');
    const m = /"language"\s*:\s*"(ja|en)"/.exec(text);
    return m ? (m[1] as Lang) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language of CLI messages: the option, else the case's language, else the environment
 * (LANG=ja_JP… → ja), else en. `caseLang` may be a case folder, whose case.json is peeked at.
 */
export function cliLang(option?: string, caseLang?: Lang | { dir: string }): Lang {
  if (option === 'ja' || option === 'en') return option;
  if (typeof caseLang === 'object') {
    const peeked = peekCaseLang(caseLang.dir);
    if (peeked) return peeked;
  } else if (caseLang) return caseLang;
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return env.startsWith('ja') ? 'ja' : 'en';
}

/** Refuses a --lang other than ja or en (exit 1, in the language the run would use). */
export function checkLangOption(option: string | undefined): void {
  if (option !== undefined && option !== 'ja' && option !== 'en')
    fail('USAGE', {}, t('cli.badLang', { value: option }));
}

export function printJson(value: unknown): void {
  writeStdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Problems as text on stderr (errors first), with the count of errors and of warnings. */
export function printProblems(problems: Problem[], lang: Lang): void {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...problems].sort((a, b) => order[a.severity] - order[b.severity]);
  for (const p of sorted) process.stderr.write(`${formatProblem(p, lang)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (errors || warnings) process.stderr.write(`${t('cli.summary', { errors, warnings })[lang]}\n`);
}

/** Prints a thrown value and returns the exit code (1 bad input, 2 internal/environment). */
export function reportFailure(
  e: unknown,
  lang: Lang,
  opts: { json?: boolean; debug?: boolean },
): number {
  const err = asEvidenceError(e);
  if (opts.json) {
    printJson({
      ok: false,
      exitCode: err.exitCode,
      problems: err.problems.map((p) => problemToJson(p, lang)),
    });
  } else {
    printProblems(err.problems, lang);
  }
  if (opts.debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return err.exitCode;
}
