/** `evidence-pack draft <dir>`: write plan.md pre-filled from the case data. */
import type { Command } from 'commander';
import { t } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';
import { todayIso } from '../dates.js';

export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description(
      'write plan.md pre-filled from the case data, with 【TO FILL】 where only you can write (never overwrites plan.md: writes plan.draft.md instead)',
    )
    .argument('<dir>', 'the case folder')
    .option('--lang <lang>', 'language of the messages: ja or en')
    .option('--json', 'print {"file","kept"} as JSON')
    .addHelpText('after', '\nExample:\n  $ evidence-pack draft my-case')
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
