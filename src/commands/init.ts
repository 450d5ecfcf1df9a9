/** `evidence-pack init <dir>`: scaffold a case folder; refuses a folder that is not empty. */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { fail } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';

export async function initCase(
  dir: string,
  lang: 'ja' | 'en',
  kind: 'authenticity' | 'performance',
): Promise<string> {
  const abs = path.resolve(dir);
  const entries = await readdir(abs).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [] as string[];
    throw e;
  });
  if (entries.length > 0)
    fail('INIT_NOT_EMPTY', { file: abs }, t('init.notEmpty', { path: abs }), {
      hint: t('init.notEmpty.hint'),
    });
  const [{ caseReadme, caseTemplate, SCHEMA_FILE }, { scaffoldPlan }, { caseJsonSchemaText }] =
    await Promise.all([
      import('../case/template.js'),
      import('../plan/draft.js'),
      import('../case/json-schema.js'),
    ]);
  for (const sub of ['records', 'documents', 'submissions'])
    await mkdir(path.join(abs, sub), { recursive: true });
  await writeFile(
    path.join(abs, 'case.json'),
    `${JSON.stringify(caseTemplate(lang, kind), null, 2)}\n`,
    { flag: 'wx' },
  );
  await writeFile(path.join(abs, 'plan.md'), scaffoldPlan(kind, lang), { flag: 'wx' });
  await writeFile(path.join(abs, 'README.md'), caseReadme(lang), { flag: 'wx' });
  // the schema case.json's "$schema" names, beside it: editors find it without a network or a
  // node_modules folder, and it is the schema of the version that wrote the case
  await writeFile(path.join(abs, SCHEMA_FILE), caseJsonSchemaText(), { flag: 'wx' });
  return abs;
}

export function registerInit(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('init')
    .description(h('init'))
    .argument('<dir>', h('init.dir'))
    .option('--lang <lang>', h('init.lang'), 'ja')
    .option('--kind <kind>', h('init.kind'), 'authenticity')
    .option('--json', h('init.json'))
    .addHelpText(
      'after',
      examples(helpLang, ['evidence-pack init my-case --lang ja --kind authenticity']),
    )
    .action(async (dir: string, opts: { lang: string; kind: string; json?: boolean }) => {
      const lang = cliLang(opts.lang);
      try {
        checkLangOption(opts.lang);
        if (opts.kind !== 'authenticity' && opts.kind !== 'performance')
          fail('USAGE', {}, t('cli.badKind', { value: opts.kind }));
        const abs = await initCase(dir, lang, opts.kind);
        if (opts.json) printJson({ ok: true, dir: abs });
        else process.stdout.write(`${t('init.done', { path: dir })[lang]}\n`);
      } catch (e) {
        process.exitCode = reportFailure(e, lang, { json: opts.json, debug: program.opts().debug });
      }
    });
}
