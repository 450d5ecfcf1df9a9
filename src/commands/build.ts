/** `evidence-pack build <dir>`: write the next revision of the submission. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { fail, formatProblem } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';
import { progress } from '../progress.js';

export function registerBuild(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('build')
    .description(h('build'))
    .argument('<dir>', h('arg.dir'))
    .option('--lang <lang>', h('build.lang'))
    .option('--draft', h('build.draft'))
    .option('--force', h('build.force'))
    .option('--date <date>', h('build.date'))
    .option('--include-unaccepted', h('build.includeUnaccepted'))
    .option('--highlight', h('build.highlight'))
    .option('--json', h('build.json'))
    .addHelpText(
      'after',
      examples(helpLang, [
        'evidence-pack build my-case',
        'evidence-pack build my-case --lang en --draft',
      ]),
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
