/** `evidence-pack reconcile <dir>`: the per-ASIN numbers and the invoice checklist. */
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { EvidenceError, fail, formatProblem } from '../errors.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';
import { todayIso } from '../dates.js';

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
async function writeAtomic(file: string, bytes: Buffer): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export function registerReconcile(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('reconcile')
    .description(h('reconcile'))
    .argument('<dir>', h('arg.dir'))
    .option('--json', h('reconcile.json'))
    .option('--xlsx <file>', h('reconcile.xlsx'))
    .option('--lang <lang>', h('reconcile.lang'))
    .option('--date <date>', h('reconcile.date'))
    .addHelpText(
      'after',
      `\n${h('reconcile.exitCode')}\n` +
        examples(helpLang, [
          'evidence-pack reconcile my-case',
          'evidence-pack reconcile my-case --json',
          'evidence-pack reconcile my-performance-case --date 2026-09-08',
          'evidence-pack reconcile my-case --xlsx reconciliation.xlsx',
        ]),
    )
    .action(
      async (
        dir: string,
        opts: { json?: boolean; xlsx?: string; lang?: string; date?: string },
      ) => {
        let lang: Lang = cliLang(opts.lang, { dir });
        try {
          checkLangOption(opts.lang);
          // loaded on use: --help and other commands never load the readers
          const [
            { isRealDate },
            { loadCase },
            { readRecords },
            { reconcile },
            { reconciliationJson },
            { reconciliationText },
            { performanceText },
          ] = await Promise.all([
            import('../case/schema.js'),
            import('../case/load.js'),
            import('../records/index.js'),
            import('../reconcile/index.js'),
            import('../reconcile/json.js'),
            import('../reconcile/table.js'),
            import('../reconcile/performance/table.js'),
          ]);
          if (opts.date !== undefined && !isRealDate(opts.date))
            fail('USAGE', {}, t('perf.cli.badDate', { value: opts.date }));
          const loaded = await loadCase(dir);
          lang = cliLang(opts.lang, loaded.data.language);
          const { records, problems } = await readRecords(loaded);
          if (problems.some((p) => p.severity === 'error')) throw new EvidenceError(problems);
          for (const p of problems) process.stderr.write(`${formatProblem(p, lang)}\n`);
          const asOf = opts.date ?? loaded.data.build.date ?? todayIso();
          const rec = reconcile(loaded.data, records, asOf);
          if (opts.xlsx) {
            const file = path.resolve(opts.xlsx);
            const { reconciliationWorkbook } = await import('../export/workbook.js');
            await writeAtomic(file, await reconciliationWorkbook(rec, loaded.data, lang));
            process.stderr.write(`${t('reconcile.xlsxWritten', { file: opts.xlsx })[lang]}\n`);
          }
          const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
          if (opts.json) printJson(reconciliationJson(rec, lang));
          else if (rec.performance)
            process.stdout.write(performanceText(rec, rec.performance, lang, colour));
          else process.stdout.write(reconciliationText(rec, lang, colour));
          process.exitCode = rec.findings.some((f) => f.severity === 'error') ? 1 : 0;
        } catch (e) {
          process.exitCode = reportFailure(e, lang, {
            json: opts.json,
            debug: program.opts().debug,
          });
        }
      },
    );
}
