/** `evidence-pack reject <dir>`: record Amazon's rejection of a revision, with its message. */
import type { Command } from 'commander';
import type { Lang } from '../i18n/catalogue.js';
import { registerRecordCommand } from './record-event.js';

export function registerReject(program: Command, helpLang: Lang): void {
  registerRecordCommand(program, helpLang, {
    name: 'reject',
    type: 'rejected',
    messageRequired: true,
    examples: [
      'evidence-pack reject my-case --message amazon-reply.txt --date 2026-10-02',
      'pbpaste | evidence-pack reject my-case --rev rev-001 --message -',
    ],
  });
}
