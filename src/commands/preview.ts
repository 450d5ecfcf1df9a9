/** `evidence-pack preview <dir>`: a draft PDF rebuilt on every save, outside submissions/. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { fail, formatProblem } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { cliLang, reportFailure } from '../output.js';

export function registerPreview(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('preview')
    .description(h('preview'))
    .argument('<dir>', h('arg.dir'))
    .option('--lang <lang>', h('preview.lang'))
    .option('--date <date>', h('preview.date'))
    .option('--once', h('preview.once'))
    .addHelpText('after', examples(helpLang, ['evidence-pack preview my-case']))
    .action(async (dir: string, opts: { lang?: string; date?: string; once?: boolean }) => {
      const lang: Lang = cliLang(opts.lang, { dir });
      const debug = program.opts().debug as boolean | undefined;
      try {
        if (opts.lang !== undefined && opts.lang !== 'ja' && opts.lang !== 'en')
          fail('USAGE', {}, t('cli.badLang', { value: opts.lang }));
        const report = opts.lang as Lang | undefined;
        const { watchPreview } = await import('../preview/watch.js');
        const watcher = watchPreview(
          dir,
          lang,
          {
            rebuilt(r, ms, added, removed) {
              const line = t('preview.rebuilt', {
                pdf: r.pdf,
                pages: r.pages,
                seconds: (ms / 1000).toFixed(2),
              })[lang];
              process.stdout.write(`${line}\n`);
              for (const p of removed)
                process.stdout.write(
                  `  ${t('preview.resolved')[lang]} ${formatProblem(p, lang)}\n`,
                );
              for (const p of added)
                process.stdout.write(`  ${t('preview.new')[lang]} ${formatProblem(p, lang)}\n`);
            },
            failed(e) {
              process.exitCode = reportFailure(e, lang, { debug });
              if (!opts.once) process.exitCode = 0;
            },
          },
          { lang: report, date: opts.date },
        );
        await watcher.ready;
        if (opts.once) watcher.close();
        else process.stdout.write(`${t('preview.watching', { dir })[lang]}\n`);
      } catch (e) {
        process.exitCode = reportFailure(e, lang, { debug });
      }
    });
}
