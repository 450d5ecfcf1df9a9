/** `evidence-pack history <dir>`: the revisions of a case with date, pages, findings and Amazon's status. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';

export function registerHistory(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('history')
    .description(h('history'))
    .argument('<dir>', h('arg.dir'))
    .option('--lang <lang>', h('lang.output'))
    .option('--json', h('history.json'))
    .addHelpText(
      'after',
      examples(
        helpLang,
        ['evidence-pack history my-case', 'evidence-pack history my-case --json'],
        'examples',
      ),
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
