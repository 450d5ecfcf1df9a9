/** `evidence-pack serve <dir>`: the review page of one case on 127.0.0.1, until Ctrl-C. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { fail } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, reportFailure } from '../output.js';

/** --port: a whole number 1–65535 (0, or none, is a free port). */
function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 65535))
    fail('USAGE', {}, t('serve.badPort', { value }), {
      hint: t('serve.badPort.hint'),
      expected: '1-65535',
      found: value,
    });
  return n;
}

export function registerServe(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('serve')
    .description(h('serve'))
    .argument('<dir>', h('arg.dir'))
    .option('--port <port>', h('serve.port'))
    .option('--lang <lang>', h('serve.lang'))
    .addHelpText(
      'after',
      examples(helpLang, [
        'evidence-pack serve my-case',
        'evidence-pack serve my-case --port 8123',
      ]),
    )
    .action(async (dir: string, opts: { port?: string; lang?: string }) => {
      const lang: Lang = cliLang(opts.lang, { dir });
      const debug = program.opts().debug as boolean | undefined;
      try {
        checkLangOption(opts.lang);
        const port = parsePort(opts.port);
        // loaded on use: the state's stages are heavy, other commands never need them
        const { startServer } = await import('../serve/server.js');
        const running = await startServer({
          dir,
          port,
          lang: opts.lang as Lang | undefined,
          preview: true,
        });
        let stopping = false;
        const stop = () => {
          if (stopping) return;
          stopping = true;
          void running.close().then(() => {
            process.stdout.write(`${t('serve.stopped')[lang]}\n`);
            process.exit(0);
          });
        };
        // before the URL is printed: a Ctrl-C right after it must stop cleanly too
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        process.stdout.write(`${t('serve.listening', { url: running.url })[lang]}\n`);
      } catch (e) {
        process.exitCode = reportFailure(e, lang, { debug });
      }
    });
}
