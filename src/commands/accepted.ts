/** `evidence-pack accepted <dir>`: record that Amazon accepted a revision. */
import type { Command } from 'commander';
import type { Lang } from '../i18n/catalogue.js';
import { registerRecordCommand } from './record-event.js';

export function registerAccepted(program: Command, helpLang: Lang): void {
  registerRecordCommand(program, helpLang, {
    name: 'accepted',
    type: 'accepted',
    messageRequired: false,
    examples: ['evidence-pack accepted my-case --message amazon-reply.txt --date 2026-10-20'],
  });
}
