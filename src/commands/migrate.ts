/** `evidence-pack migrate <dir>`: move the narrative from case.json into plan.md. */
import type { Command } from 'commander';
import { formatProblem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      "move the plan text from case.json's narrative into plan.md (never overwrites plan.md)",
    )
    .argument('<dir>', 'the case folder')
    .option('--lang <lang>', 'language of the messages: ja or en')
    .option('--json', 'print {"file","sections"} as JSON')
    .addHelpText('after', '\nExample:\n  $ evidence-pack migrate my-case')
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
