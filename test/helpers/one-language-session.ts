/**
 * The session of the one-language tests (test/cli/one-language-ja.test.ts and -en): every command
 * of the built CLI run on a copy of a sample, on good input and then on bad input, with the
 * words of the case's own files (which the seller wrote, so may show as written).
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sectionsFor } from '../../src/case/sections.js';

const cli = path.resolve('dist/src/cli.js');

export interface Run {
  label: string;
  code: number | null;
  text: string;
  /** Words of the case's own files at the end of the session. */
  words?: Set<string>;
}

function run(label: string, args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    input,
    // an English environment: the case's language must win, not the terminal's
    env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
  });
  return { label, code: r.status, text: `${r.stdout}\n${r.stderr}` };
}

/** The human-readable texts of a --json answer (messages, hints, expected and found). */
function jsonTexts(r: Run): Run {
  const out = JSON.parse(r.text.slice(0, r.text.lastIndexOf('}') + 1));
  const texts = (out.problems ?? []).flatMap((p: Record<string, unknown>) =>
    [p.message, p.hint, p.expected, p.found].filter((x) => typeof x === 'string'),
  );
  return { ...r, text: texts.join('\n') };
}

/** Words of every text file of the case: the seller's own words may be shown as written. */
function caseWords(dir: string): Set<string> {
  const words = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'submissions') walk(p);
        continue;
      }
      for (const w of name.match(/[A-Za-z]+/g) ?? []) words.add(w);
      if (!/\.(json|txt|csv|tsv|md)$/i.test(name)) continue;
      const text = readFileSync(p, 'utf8');
      for (const w of text.match(/[A-Za-z]+/g) ?? []) words.add(w);
      for (const w of text.match(/[^\x00-\x7f]+/g) ?? []) words.add(w);
    }
  };
  walk(dir);
  return words;
}

/** Runs every command on a copy of `sample`, on good input and then on bad input. */
export function session(sample: string, lang: 'ja' | 'en', buildDate: string): Run[] {
  const tmp = mkdtempSync(path.join(tmpdir(), `ep-lang-${lang}-`));
  const dir = path.join(tmp, 'case');
  cpSync(path.resolve('samples', sample), dir, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}submissions`),
  });
  const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
  c.build = { ...(c.build ?? {}), date: buildDate };
  writeFileSync(path.join(dir, 'case.json'), JSON.stringify(c, null, 2));
  const message =
    lang === 'ja'
      ? '1. 根本原因の説明が不十分です。\n2. 請求書が不足しています。\n'
      : '1. The root cause is not explained in detail.\n2. Invoices are missing.\n';
  writeFileSync(path.join(tmp, 'amazon.txt'), message);
  const runs: Run[] = [];
  const words = caseWords(dir);
  const write = (value: unknown) => {
    writeFileSync(path.join(dir, 'case.json'), JSON.stringify(value, null, 2));
    for (const w of caseWords(dir)) words.add(w);
  };
  const r = (label: string, ...args: string[]) => {
    const x = run(label, args);
    runs.push(x);
    return x;
  };
  // good input
  r('init', 'init', path.join(tmp, 'new'), '--lang', lang);
  r(
    'init performance',
    'init',
    path.join(tmp, 'new-perf'),
    '--lang',
    lang,
    '--kind',
    'performance',
  );
  r('check', 'check', dir);
  r('draft (plan.md exists)', 'draft', dir);
  r('draft (new case)', 'draft', path.join(tmp, 'new'));
  r('preview', 'preview', dir, '--once');
  r('reconcile', 'reconcile', dir);
  r('history (none)', 'history', dir);
  r('diff (none)', 'diff', dir);
  r('build', 'build', dir);
  r('history', 'history', dir);
  r('submitted', 'submitted', dir, '--date', buildDate);
  r('reject', 'reject', dir, '--message', path.join(tmp, 'amazon.txt'), '--date', buildDate);
  r('check (after rejection)', 'check', dir);
  r('build (second)', 'build', dir, '--force');
  r('diff', 'diff', dir);
  r('verify', 'verify', dir);
  r('accepted', 'accepted', dir, '--date', buildDate);
  r('history (accepted)', 'history', dir);
  // bad input
  r('init (not empty)', 'init', dir, '--lang', lang);
  r('bad --lang', 'check', dir, '--lang', 'fr');
  r('verify (unknown rev)', 'verify', dir, 'rev-009');
  r('diff (unknown rev)', 'diff', dir, 'rev-001', 'rev-009');
  r('reject (no message)', 'reject', dir);
  r(
    'reject (bad date)',
    'reject',
    dir,
    '--message',
    path.join(tmp, 'amazon.txt'),
    '--date',
    '2026-02-30',
  );
  appendFileSync(path.join(dir, 'submissions', 'rev-001', 'submission.pdf'), 'x');
  r('verify (tampered)', 'verify', dir);
  const broken = structuredClone(c);
  broken.schemaVersion = 2;
  broken.language = lang; // the language stays readable
  broken.kind = 'fake';
  broken.seller.emial = broken.seller.email;
  delete broken.seller.email;
  broken.notice.receivedOn = '2026-02-30';
  broken.notice.citedAsins = ['b0lower'];
  broken.products[0].skus = [];
  broken.products[0].title = 42;
  broken.documents[0].redactions = [{ page: 0, x: 'a', y: 0, width: -1, height: 1 }];
  broken.narrative = { issue: 5, rootCuase: 'x' };
  write(broken);
  r('check (bad case.json)', 'check', dir);
  runs.push(jsonTexts(run('check --json (bad case.json)', ['check', dir, '--json'])));
  r('reconcile (bad case.json)', 'reconcile', dir);
  r('build (bad case.json)', 'build', dir);
  // a plan that says too little and records with a bad cell
  // (written the old way, in case.json, then moved into plan.md by migrate)
  const thin = structuredClone(c);
  thin.narrative = {};
  for (const id of sectionsFor(thin.kind))
    thin.narrative[id] = lang === 'ja' ? '検品を強化します。' : 'We will check more.';
  thin.actionsTaken[0].date = '2030-01-01';
  write(thin);
  r('check (plan in two places)', 'check', dir);
  rmSync(path.join(dir, 'plan.md'));
  r('migrate', 'migrate', dir);
  const records = path.join(dir, 'records');
  const file = readdirSync(records).find((f) => /\.(txt|tsv|csv)$/.test(f))!;
  const lines = readFileSync(path.join(records, file), 'utf8').split('\n');
  lines[1] = lines[1]!.replace(/\t\d+\t/, '\t1.5\t');
  writeFileSync(path.join(records, file), lines.join('\n'));
  r('check (thin plan, bad cell)', 'check', dir, '--strict');
  runs.push(jsonTexts(run('check --json (thin plan)', ['check', dir, '--json'])));
  r('reconcile (bad cell)', 'reconcile', dir);
  // the plan in plan.md: moved there, a draft beside it, a draft left unfilled
  r('migrate', 'migrate', dir);
  r('migrate (again)', 'migrate', dir);
  r('draft', 'draft', dir);
  r('draft (again)', 'draft', dir);
  for (const w of caseWords(dir)) words.add(w);
  return runs.map((x) => ({ ...x, words }));
}
