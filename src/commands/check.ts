/** `evidence-pack check <dir>`: validate a case and list every problem at once. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { problemToJson } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, printProblems, reportFailure } from '../output.js';
import path from 'node:path';
import { todayIso } from '../dates.js';
import { PREVIEW_DIR, TEXT_STORE } from '../preview/dir.js';

export function registerCheck(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('check')
    .description(h('check'))
    .argument('<dir>', h('arg.dir'))
    .option('--json', h('check.json'))
    .option('--strict', h('check.strict'))
    .option('--lang <lang>', h('lang.messages'))
    .addHelpText(
      'after',
      examples(helpLang, [
        'evidence-pack check my-case',
        'evidence-pack check my-case --json --strict',
      ]),
    )
    .action(async (dir: string, opts: { json?: boolean; strict?: boolean; lang?: string }) => {
      let lang = cliLang(opts.lang, { dir });
      const debug = program.opts().debug as boolean | undefined;
      try {
        checkLangOption(opts.lang);
        // loaded on use: --help and other commands never load the checks
        const { checkExitCode, runCheck } = await import('../check.js');
        // the documents' texts read on an earlier run (same bytes) are taken from preview/
        const textStore = path.join(dir, PREVIEW_DIR, TEXT_STORE);
        const result = await runCheck(
          dir,
          { strict: opts.strict, today: todayIso() },
          { textStore },
        );
        lang = cliLang(opts.lang, result.loaded?.data.language ?? { dir });
        const code = checkExitCode(result.problems, opts.strict);
        if (opts.json) {
          printJson({
            ok: code === 0,
            exitCode: code,
            problems: result.problems.map((p) => problemToJson(p, lang)),
          });
        } else {
          printProblems(result.problems, lang);
          // "no problems" only when there are none: warnings are counted, never hidden
          const warnings = result.problems.filter((p) => p.severity === 'warning').length;
          if (code === 0)
            process.stdout.write(
              `${(warnings ? t('cli.okWarnings', { count: warnings }) : t('cli.ok'))[lang]}\n`,
            );
        }
        process.exitCode = code;
      } catch (e) {
        process.exitCode = reportFailure(e, lang, { json: opts.json, debug });
      }
    });
}
