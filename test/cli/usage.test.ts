/** commander's usage errors in the user's language (src/commands/usage.ts), through the built CLI. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { englishWords } from '../helpers/one-language.js';

const cli = path.resolve('dist/src/cli.js');

function run(args: string[], lang: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
  });
  return { code: r.status, stderr: r.stderr };
}

describe('usage errors', () => {
  it('are said in Japanese to a Japanese environment, with the suggestion', () => {
    const missing = run(['check'], 'ja_JP.UTF-8');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'エラー: 引数 <dir> がありません。\n使い方は --help で表示されます。\n',
    );
    const typo = run(['chek', 'x'], 'ja_JP.UTF-8');
    expect(typo.stderr).toContain('エラー: コマンド chek はありません。');
    expect(typo.stderr).toContain('check の誤りではありませんか。');
    for (const r of [missing, typo])
      expect(englishWords(r.stderr, new Set(['dir', 'check', 'chek']))).toEqual([]);
  });

  it('follow the case named on the command line, then --lang, over the environment', () => {
    const dir = makeCaseDir(validCase()); // a Japanese case
    expect(run(['check', dir, '--bogus'], 'C').stderr).toContain(
      'オプション --bogus はありません。',
    );
    expect(run(['check', dir, '--bogus', '--lang', 'en'], 'C').stderr).toContain(
      'There is no option --bogus.',
    );
    expect(run(['check', 'a', 'b'], 'C').stderr).toContain(
      'Too many arguments (2; this command takes 1).',
    );
  });
});
