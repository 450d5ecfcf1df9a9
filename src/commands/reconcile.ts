/** `evidence-pack reconcile <dir>`: the per-ASIN numbers and the invoice checklist. */
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
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

export function registerReconcile(program: Command): void {
  program
    .command('reconcile')
    .description(
      'reconcile invoiced, received, sold and returned units per ASIN and check the invoices (performance cases: late shipment and wrong-item rates before and after the fix)',
    )
    .argument('<dir>', 'the case folder')
    .option('--json', 'print the reconciliation as JSON on stdout')
    .option('--xlsx <file>', 'also write the reconciled tables as an Excel workbook')
    .option('--lang <lang>', 'language of the output: ja or en (default: the case language)')
    .option(
      '--date <date>',
      'the day the numbers are taken at, YYYY-MM-DD (performance cases; default: case.json build.date, SOURCE_DATE_EPOCH or today)',
    )
    .addHelpText(
      'after',
      '\nExit code 1 when a finding is an error.\n\nExample:\n  $ evidence-pack reconcile my-case\n  $ evidence-pack reconcile my-case --json\n  $ evidence-pack reconcile my-performance-case --date 2026-09-08\n  $ evidence-pack reconcile my-case --xlsx reconciliation.xlsx',
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
