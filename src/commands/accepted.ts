/** `evidence-pack accepted <dir>`: record that Amazon accepted a revision. */
import type { Command } from 'commander';
import { registerRecordCommand } from './record-event.js';

export function registerAccepted(program: Command): void {
  registerRecordCommand(program, {
    name: 'accepted',
    type: 'accepted',
    description: 'record that Amazon accepted a revision (reinstated), with its message',
    messageRequired: false,
    example: '  $ evidence-pack accepted my-case --message amazon-reply.txt --date 2026-10-20',
  });
}
