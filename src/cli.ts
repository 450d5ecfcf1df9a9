#!/usr/bin/env node
/** The command line: argument parsing and printing only; the work is done in the commands' modules. */
import { Command } from 'commander';
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
import { version } from './version.js';

const program = new Command();
program
  .name('evidence-pack')
  .description(
    "Turns an Amazon seller's records into a reconciled, bilingual plan-of-action PDF\n" +
      'with the original invoices attached unaltered.',
  )
  .version(version)
  .option('--debug', 'print stack traces of internal errors')
  .showHelpAfterError();

registerInit(program);
registerCheck(program);
registerBuild(program);
registerReconcile(program);
registerSubmitted(program);
registerReject(program);
registerAccepted(program);
registerHistory(program);
registerDiff(program);
registerVerify(program);
registerMigrate(program);
registerDraft(program);

await program.parseAsync(process.argv);
