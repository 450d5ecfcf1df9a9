/**
 * --help in one language (src/commands/help.ts): the program's and every command's help, with
 * commander's own titles and built-in options, in the language the run would answer in — the
 * --lang given, else the case folder named on the command line, else the environment — and
 * Japanese help wrapped to an 80-column terminal. Through the built CLI.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayWidth } from '../../src/export/cells.js';
import { NO_LINE_START } from '../../src/render/linebreak.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { COMMANDS, COMMAND_WORDS, englishWords, japaneseChars } from '../helpers/one-language.js';

const cli = path.resolve('dist/src/cli.js');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

/**
 * Words typed as they are: command names, the values of --kind and the case.json key that
 * migrate reads. Flags, <arguments>, file names, JSON keys and codes pass englishWords anyway.
 */
const TYPED = new Set([
  ...COMMAND_WORDS,
  ...COMMANDS,
  'help',
  'authenticity',
  'performance',
  'narrative',
]);

function run(args: string[], lang: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The help without its example command lines (`  $ evidence-pack …`, typed as they are). */
function prose(help: string): string {
  return help
    .split('\n')
    .filter((l) => !/^\s+\$ /.test(l))
    .join('\n');
}

/** Problems of a Japanese help: English words, lines over 80 columns, a line starting with 、。）. */
function japaneseProblems(label: string, help: string): string[] {
  const bad: string[] = [];
  const words = englishWords(prose(help), TYPED);
  if (words.length) bad.push(`${label}: English words ${[...new Set(words)].join(' ')}`);
  for (const line of help.split('\n')) {
    if (displayWidth(line) > 80) bad.push(`${label}: wider than 80 columns: ${line}`);
    const first = line.trimStart()[0];
    if (first && NO_LINE_START.has(first) && /[^\x00-\x7f]/.test(first))
      bad.push(`${label}: line starts with ${first}: ${line}`);
  }
  return bad;
}

/** The marker an English plan.md draft holds where only the seller can write (draft --help names it). */
const MARKER = new Set(['【TO FILL】']);

function englishProblems(label: string, help: string): string[] {
  const chars = japaneseChars(help, MARKER);
  return chars.length ? [`${label}: Japanese characters ${chars.join('')}`] : [];
}

describe('--help in one language', () => {
  it('Japanese environment: the program and every command, commander’s words too', () => {
    const bad: string[] = [];
    for (const args of [[], ...COMMANDS.map((c) => [c]), ['help', 'build']]) {
      const r = run([...args, ...(args[0] === 'help' ? [] : ['--help'])], 'ja_JP.UTF-8');
      const label = args.join(' ') || '(program)';
      expect(r.code, label).toBe(0);
      expect(r.stdout, label).toMatch(/^使い方: evidence-pack /);
      expect(r.stdout, label).toContain('\nオプション:\n');
      expect(r.stdout, label).toContain('コマンドの使い方を表示します');
      expect(r.stdout, label).not.toMatch(/Usage|Options|Arguments|Commands|Example|default/);
      bad.push(...japaneseProblems(label, r.stdout));
    }
    expect(bad).toEqual([]);
    const program = run(['--help'], 'ja_JP.UTF-8').stdout;
    expect(program).toContain('使い方: evidence-pack [オプション] [コマンド]');
    expect(program).toContain('\nコマンド:\n');
    expect(program).toContain('バージョン番号を表示します');
    expect(program).toMatch(/\n {2}help \[コマンド\] +コマンドの使い方を表示します\n/);
    // the command list without [オプション] (each command's usage line has it), so the
    // descriptions beside it get 50 of 80 columns
    expect(program).toMatch(/\n {2}diff <dir> \[revA\] \[revB\] {2}\S/);
    expect(program).not.toMatch(/\n {2}\w+ \[オプション\]/);
    const build = run(['build', '--help'], 'ja_JP.UTF-8').stdout;
    expect(build).toContain('使い方: evidence-pack build [オプション] <dir>');
    expect(build).toContain('\n引数:\n  <dir>  ');
    expect(build).toContain('\n使用例:\n  $ evidence-pack build my-case\n');
    // option flags stay as they are typed, and the descriptions are wrapped beside them
    expect(build).toMatch(/\n {2}--include-unaccepted {2}見積書/);
    expect(build).toMatch(/\n {24}\S/);
    const init = run(['init', '--help'], 'ja_JP.UTF-8').stdout;
    expect(init).toContain('（既定: "authenticity"）');
    expect(run(['reconcile', '--help'], 'ja_JP.UTF-8').stdout).toContain('終了コード 1');
  });

  it('--lang en over a Japanese environment: English, as it always was', () => {
    const bad: string[] = [];
    for (const args of [[], ...COMMANDS.map((c) => [c])]) {
      const label = args.join(' ') || '(program)';
      const r = run([...args, '--help', '--lang', 'en'], 'ja_JP.UTF-8');
      expect(r.code, label).toBe(0);
      expect(r.stdout, label).toMatch(/^Usage: evidence-pack /);
      expect(r.stdout, label).toContain('display help for command');
      // the same text as in an English environment
      expect(r.stdout, label).toBe(run([...args, '--help'], 'C').stdout);
      bad.push(...englishProblems(label, r.stdout));
    }
    expect(bad).toEqual([]);
    expect(run(['build', '--help'], 'C').stdout).toBe(`Usage: evidence-pack build [options] <dir>

build the next revision: submissions/rev-NNN/submission.pdf (never overwrites)

Arguments:
  dir                   the case folder

Options:
  --lang <lang>         language of the report, overriding the case: ja or en
  --draft               render missing sections as placeholders, with a DRAFT
                        watermark
  --force               build even when nothing changed since the newest
                        revision (or the last submitted one)
  --date <date>         build date YYYY-MM-DD (default: case.json build.date,
                        SOURCE_DATE_EPOCH or today)
  --include-unaccepted  also attach quotes, pro formas, order confirmations and
                        invoices outside the 365 days or to another buyer (left
                        out by default)
  --highlight           add highlight annotations over the cited ASINs, supplier
                        codes and supplier name in PDF invoices (page content
                        unchanged)
  --json                print {"revision","dir","pdf","pages"} as JSON
  -h, --help            display help for command

Example:
  $ evidence-pack build my-case
  $ evidence-pack build my-case --lang en --draft
`);
    const init = run(['init', '--help', '--lang', 'en'], 'ja_JP.UTF-8').stdout;
    expect(init).toContain('authenticity or performance (default: "authenticity")');
    const program = run(['--help', '--lang', 'en'], 'ja_JP.UTF-8').stdout;
    expect(program).toMatch(/\n {2}-V, --version +output the version number\n/);
    expect(program).toMatch(/\n {2}help \[command\] +display help for command\n/);
  });

  it('follows the case folder named on the command line over the environment', () => {
    const ja = makeCaseDir(validCase());
    const en = makeCaseDir({ ...validCase(), language: 'en' });
    const bad: string[] = [];
    for (const c of COMMANDS) {
      const inJa = run([c, ja, '--help'], 'C');
      expect(inJa.stdout, c).toMatch(/^使い方: /);
      bad.push(...japaneseProblems(`${c} (Japanese case)`, inJa.stdout));
      const inEn = run([c, en, '--help'], 'ja_JP.UTF-8');
      expect(inEn.stdout, c).toMatch(/^Usage: /);
      bad.push(...englishProblems(`${c} (English case)`, inEn.stdout));
    }
    expect(bad).toEqual([]);
    // --lang still wins over the case
    expect(run(['check', ja, '--help', '--lang', 'en'], 'C').stdout).toMatch(/^Usage: /);
  });

  it('--version prints only the version, in any language', () => {
    for (const lang of ['ja_JP.UTF-8', 'C'])
      for (const flag of ['--version', '-V']) {
        const r = run([flag], lang);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(`${version}\n`);
        expect(r.stderr).toBe('');
      }
  });
});
