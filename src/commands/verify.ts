/** `evidence-pack verify <dir> [rev]`: recompute every hash and the chain; exit 1 on any mismatch. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { fail, problemToJson } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, printProblems, reportFailure } from '../output.js';

export function registerVerify(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('verify')
    .description(h('verify'))
    .argument('<dir>', h('arg.dir'))
    .argument('[rev]', h('verify.rev'))
    .option('--lang <lang>', h('lang.messages'))
    .option('--json', h('verify.json'))
    .addHelpText(
      'after',
      examples(
        helpLang,
        ['evidence-pack verify my-case', 'evidence-pack verify my-case rev-002 --json'],
        'examples',
      ),
    )
    .action(
      async (dir: string, rev: string | undefined, opts: { lang?: string; json?: boolean }) => {
        const lang = cliLang(opts.lang, { dir });
        try {
          checkLangOption(opts.lang);
          const [{ listRevisions }, { verifyCase }] = await Promise.all([
            import('../publish/revision.js'),
            import('../publish/verify.js'),
          ]);
          const all = await listRevisions(dir);
          const only = rev && /^\d+$/.test(rev) ? `rev-${rev.padStart(3, '0')}` : rev;
          if (only && !all.includes(only))
            fail(
              'REVISION_UNKNOWN',
              { file: `submissions/${only}` },
              t('publish.rev.unknown', { revision: only }),
              {
                hint: t('publish.rev.list', { revisions: all.join(', ') || '-' }),
              },
            );
          const result = await verifyCase(dir, only);
          const ok = result.problems.length === 0;
          if (opts.json)
            printJson({
              ok,
              exitCode: ok ? 0 : 1,
              revisions: result.revisions,
              problems: result.problems.map((p) => problemToJson(p, lang)),
            });
          else if (ok)
            process.stdout.write(
              `${t('publish.verify.ok', { count: result.revisions.length })[lang]}\n`,
            );
          else printProblems(result.problems, lang);
          process.exitCode = ok ? 0 : 1;
        } catch (e) {
          process.exitCode = reportFailure(e, lang, {
            json: opts.json,
            debug: program.opts().debug,
          });
        }
      },
    );
}
