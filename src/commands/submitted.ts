/** `evidence-pack submitted <dir>`: record that a revision was sent to Amazon. */
import type { Command } from 'commander';
import { registerRecordCommand } from './record-event.js';

export function registerSubmitted(program: Command): void {
  registerRecordCommand(program, {
    name: 'submitted',
    type: 'submitted',
    description: 'record that a revision was submitted to Amazon (default: the latest)',
    messageRequired: false,
    example:
      '  $ evidence-pack submitted my-case --date 2026-09-20\n' +
      '  $ evidence-pack submitted my-case --rev rev-002 --message sent-note.txt',
  });
}
