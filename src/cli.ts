#!/usr/bin/env node
/** The command line: argument parsing and printing only; the work is done in the commands' modules. */
import { Command } from 'commander';
import { guardStdout } from './stdout-guard.js';
import { startHeapGuard } from './heap-guard.js';
import { cliLang, reportFailure } from './output.js';
import { registerInit } from './commands/init.js';
import { registerCheck } from './commands/check.js';
import { registerBuild } from './commands/build.js';
import { registerReconcile } from './commands/reconcile.js';
import { registerReject } from './commands/reject.js';
import { registerSubmitted } from './commands/submitted.js';
import { registerAccepted } from './commands/accepted.js';
import { registerHistory } from './commands/history.js';
import { registerDiff } from './commands/diff.js';
import { registerVerify } from './commands/verify.js';
import { registerMigrate } from './commands/migrate.js';
import { registerDraft } from './commands/draft.js';
import { registerPreview } from './commands/preview.js';
import { registerServe } from './commands/serve.js';
import { version } from './version.js';
import { argvLang, usageOutput } from './commands/usage.js';
import { helpConfiguration, helpText } from './commands/help.js';
import { t } from './i18n/catalogue.js';

const lang = argvLang(process.argv.slice(2));

// --json: stdout carries the one JSON document and nothing any library prints
const json = process.argv.includes('--json');
if (json) guardStdout();
// out of memory: a clear exit 2 instead of V8's crash
startHeapGuard((err) => {
  const langAt = process.argv.indexOf('--lang');
  const dir = process.argv.slice(3).find((a) => !a.startsWith('-'));
  const lang = cliLang(process.argv[langAt + 1], dir ? { dir } : undefined);
  process.exit(reportFailure(err, lang, { json }));
});

// --help in the same language: every description below is a catalogue key (src/commands/help.ts);
// the help settings are given before the commands, which inherit them
const h = helpText(lang);
const program = new Command();
program
  .name('evidence-pack')
  .description(h('program'))
  .version(version, '-V, --version', h('option.version'))
  .helpOption('-h, --help', h('option.help'))
  .helpCommand('help [command]', h('option.help'))
  .configureHelp(helpConfiguration(lang))
  .option('--debug', h('program.debug'))
  .configureOutput(usageOutput(lang))
  .showHelpAfterError(t('cli.usage.help')[lang]);

for (const register of [
  registerInit,
  registerCheck,
  registerBuild,
  registerReconcile,
  registerSubmitted,
  registerReject,
  registerAccepted,
  registerHistory,
  registerDiff,
  registerVerify,
  registerMigrate,
  registerDraft,
  registerPreview,
  registerServe,
])
  register(program, lang);

await program.parseAsync(process.argv);
