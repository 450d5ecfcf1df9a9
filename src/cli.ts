#!/usr/bin/env node
/** The command line: argument parsing and printing only; the work is done in the commands' modules. */
import { Command } from 'commander';
import { registerInit } from './commands/init.js';
import { registerCheck } from './commands/check.js';
import { registerBuild } from './commands/build.js';
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

await program.parseAsync(process.argv);
