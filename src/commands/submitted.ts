/** `evidence-pack submitted <dir>`: record that a revision was sent to Amazon. */
import type { Command } from 'commander';
import type { Lang } from '../i18n/catalogue.js';
import { registerRecordCommand } from './record-event.js';

export function registerSubmitted(program: Command, helpLang: Lang): void {
  registerRecordCommand(program, helpLang, {
    name: 'submitted',
    type: 'submitted',
    messageRequired: false,
    examples: [
      'evidence-pack submitted my-case --date 2026-09-20',
      'evidence-pack submitted my-case --rev rev-002 --message sent-note.txt',
    ],
  });
}
