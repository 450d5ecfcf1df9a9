/** `evidence-pack history <dir>`: the revisions of a case with date, pages, findings and Amazon's status. */
import type { Command } from 'commander';
import { t } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';

export function registerHistory(program: Command): void {
  program
    .command('history')
    .description("list the revisions: build date, pages, findings and Amazon's status")
    .argument('<dir>', 'the case folder')
    .option('--lang <lang>', 'language of the output: ja or en')
    .option('--json', 'print the revisions as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ evidence-pack history my-case\n  $ evidence-pack history my-case --json',
    )
    .action(async (dir: string, opts: { lang?: string; json?: boolean }) => {
      const lang = cliLang(opts.lang, { dir });
      try {
        checkLangOption(opts.lang);
        const { history } = await import('../publish/history.js');
        const rows = await history(dir);
        if (opts.json) {
          printJson({ revisions: rows });
          return;
        }
        if (!rows.length) {
          process.stdout.write(`${t('publish.history.none')[lang]}\n`);
          return;
        }
        process.stdout.write(`${t('publish.history.header')[lang]}\n`);
        for (const r of rows) {
          const status = t(`publish.status.${r.status}`)[lang];
          process.stdout.write(
            `${r.revision}\t${r.buildDate}\t${r.pages ?? '-'}\t${r.findings}\t${status}${r.statusDate ? ` ${r.statusDate}` : ''}\n`,
          );
        }
      } catch (e) {
        process.exitCode = reportFailure(e, lang, {
          json: opts.json,
          debug: program.opts().debug,
        });
      }
    });
}
