/** `evidence-pack build <dir>`: write the next revision of the submission. */
import type { Command } from 'commander';
import { fail, formatProblem } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';
import { progress } from '../progress.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the next revision: submissions/rev-NNN/submission.pdf (never overwrites)')
    .argument('<dir>', 'the case folder')
    .option('--lang <lang>', 'language of the report, overriding the case: ja or en')
    .option('--draft', 'render missing sections as placeholders, with a DRAFT watermark')
    .option(
      '--force',
      'build even when nothing changed since the newest revision (or the last submitted one)',
    )
    .option(
      '--date <date>',
      'build date YYYY-MM-DD (default: case.json build.date, SOURCE_DATE_EPOCH or today)',
    )
    .option(
      '--include-unaccepted',
      'also attach quotes, pro formas, order confirmations and invoices outside the 365 days or to another buyer (left out by default)',
    )
    .option(
      '--highlight',
      'add highlight annotations over the cited ASINs, supplier codes and supplier name in PDF invoices (page content unchanged)',
    )
    .option('--json', 'print {"revision","dir","pdf","pages"} as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ evidence-pack build my-case\n  $ evidence-pack build my-case --lang en --draft',
    )
    .action(
      async (
        dir: string,
        opts: {
          lang?: string;
          draft?: boolean;
          force?: boolean;
          date?: string;
          json?: boolean;
          includeUnaccepted?: boolean;
          highlight?: boolean;
        },
      ) => {
        let lang: Lang = cliLang(opts.lang, { dir });
        const shown = progress(lang, { json: opts.json });
        try {
          checkLangOption(opts.lang);
          // loaded on use: react-pdf and the renderer are heavy, other commands never need them
          const { build } = await import('../build.js');
          const result = await build(dir, {
            lang: opts.lang as Lang | undefined,
            draft: opts.draft,
            force: opts.force,
            date: opts.date,
            includeUnaccepted: opts.includeUnaccepted,
            highlight: opts.highlight,
            onStage: (s) => shown.stage(s),
          });
          shown.done();
          for (const w of result.warnings) process.stderr.write(`${formatProblem(w, lang)}\n`);
          if (opts.json)
            printJson({
              revision: result.revision,
              dir: result.dir,
              pdf: result.pdf,
              pages: result.pages,
              ...(result.unchanged ? { unchanged: true } : {}),
            });
          else if (result.unchanged)
            process.stdout.write(
              `${t('publish.unchanged', { revision: result.revision, pdf: result.pdf })[lang]}\n`,
            );
          else process.stdout.write(`${result.pdf}\n`);
        } catch (e) {
          shown.done();
          process.exitCode = reportFailure(e, lang, {
            json: opts.json,
            debug: program.opts().debug,
          });
        }
      },
    );
}
