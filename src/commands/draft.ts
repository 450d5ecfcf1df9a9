/** `evidence-pack draft <dir>`: write plan.md pre-filled from the case data. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';
import { todayIso } from '../dates.js';

export function registerDraft(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('draft')
    .description(h('draft'))
    .argument('<dir>', h('arg.dir'))
    .option('--lang <lang>', h('lang.messages'))
    .option('--json', h('draft.json'))
    .addHelpText('after', examples(helpLang, ['evidence-pack draft my-case']))
    .action(async (dir: string, opts: { lang?: string; json?: boolean }) => {
      const lang = cliLang(opts.lang, { dir });
      try {
        checkLangOption(opts.lang);
        const { draftCase } = await import('../plan/draft-run.js');
        const r = await draftCase(dir, todayIso());
        if (opts.json) printJson({ file: r.file, kept: r.kept ?? null });
        else if (r.replaced)
          process.stdout.write(`${t('draft.replaced', { file: r.file })[lang]}\n`);
        else if (r.kept)
          process.stdout.write(`${t('draft.kept', { file: r.file, existing: r.kept })[lang]}\n`);
        else process.stdout.write(`${t('draft.done', { file: r.file })[lang]}\n`);
      } catch (e) {
        process.exitCode = reportFailure(e, lang, { json: opts.json, debug: program.opts().debug });
      }
    });
}
