/** `evidence-pack migrate <dir>`: move the narrative from case.json into plan.md. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { formatProblem } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';

export function registerMigrate(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('migrate')
    .description(h('migrate'))
    .argument('<dir>', h('arg.dir'))
    .option('--lang <lang>', h('lang.messages'))
    .option('--json', h('migrate.json'))
    .addHelpText('after', examples(helpLang, ['evidence-pack migrate my-case']))
    .action(async (dir: string, opts: { lang?: string; json?: boolean }) => {
      const lang = cliLang(opts.lang, { dir });
      try {
        checkLangOption(opts.lang);
        const { migrateCase } = await import('../plan/migrate.js');
        const r = await migrateCase(dir);
        for (const w of r.warnings) process.stderr.write(`${formatProblem(w, lang)}\n`);
        if (opts.json) printJson({ file: r.file, sections: r.sections });
        else
          process.stdout.write(
            `${t('migrate.done', { file: r.file, count: r.sections })[lang]}\n${t('migrate.backup')[lang]}\n`,
          );
      } catch (e) {
        process.exitCode = reportFailure(e, lang, { json: opts.json, debug: program.opts().debug });
      }
    });
}
