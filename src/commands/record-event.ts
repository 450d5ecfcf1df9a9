/** Shared by `reject`, `submitted` and `accepted`: one event appended to the correspondence log. */
import type { Command } from 'commander';
import type { EventType } from '../publish/correspondence.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { examples, helpText } from './help.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';

export function registerRecordCommand(
  program: Command,
  helpLang: Lang,
  spec: {
    /** The command, and the key of its description (help.<name>). */
    name: 'submitted' | 'reject' | 'accepted';
    type: EventType;
    messageRequired: boolean;
    examples: string[];
  },
): void {
  const h = helpText(helpLang);
  program
    .command(spec.name)
    .description(h(spec.name))
    .argument('<dir>', h('arg.dir'))
    .option('--rev <rev>', h('record.rev'))
    .option(
      '--message <file>',
      h('record.message', { required: spec.messageRequired ? t('help.required') : '' }),
    )
    .option('--date <date>', h('record.date'))
    .option('--lang <lang>', h('lang.messages'))
    .option('--json', h('record.json'))
    .option('--force', h(spec.type === 'rejected' ? 'reject.force' : 'record.force'))
    .addHelpText('after', examples(helpLang, spec.examples, 'examples'))
    .action(
      async (
        dir: string,
        opts: {
          rev?: string;
          message?: string;
          date?: string;
          lang?: string;
          json?: boolean;
          force?: boolean;
        },
      ) => {
        const lang = cliLang(opts.lang, { dir });
        try {
          checkLangOption(opts.lang);
          const { recordEvent } = await import('../publish/record.js');
          const ev = await recordEvent(dir, spec.type, opts);
          if (opts.json) {
            printJson(ev);
            return;
          }
          const status = t(`publish.status.${ev.type}`)[lang];
          process.stdout.write(
            `${t('publish.recorded', { revision: ev.revision, status, date: ev.date })[lang]}\n`,
          );
          if (ev.points.length) {
            process.stdout.write(
              `${t('publish.recorded.points', { count: ev.points.length })[lang]}\n`,
            );
            for (const p of ev.points)
              process.stdout.write(`  ${p.n}. ${p.text.replace(/\n/g, '\n     ')}\n`);
          }
        } catch (e) {
          process.exitCode = reportFailure(e, lang, {
            json: opts.json,
            debug: program.opts().debug,
          });
        }
      },
    );
}
