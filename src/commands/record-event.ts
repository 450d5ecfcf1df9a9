/** Shared by `reject`, `submitted` and `accepted`: one event appended to the correspondence log. */
import type { Command } from 'commander';
import type { EventType } from '../publish/correspondence.js';
import { t } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';

export function registerRecordCommand(
  program: Command,
  spec: {
    name: string;
    type: EventType;
    description: string;
    messageRequired: boolean;
    example: string;
  },
): void {
  program
    .command(spec.name)
    .description(spec.description)
    .argument('<dir>', 'the case folder')
    .option('--rev <rev>', 'the revision (rev-NNN or NNN; default: the latest)')
    .option(
      '--message <file>',
      `Amazon's message: a text file, or - to read standard input${spec.messageRequired ? ' (required)' : ''}`,
    )
    .option('--date <date>', 'the day of the event, YYYY-MM-DD (default: today)')
    .option('--lang <lang>', 'language of the messages: ja or en')
    .option('--json', 'print the recorded event as JSON')
    .option(
      '--force',
      spec.type === 'rejected'
        ? 'record the rejection even though the revision was never marked submitted'
        : 'no effect',
    )
    .addHelpText('after', `\nExamples:\n${spec.example}`)
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
