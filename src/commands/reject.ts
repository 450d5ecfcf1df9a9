/** `evidence-pack reject <dir>`: record Amazon's rejection of a revision, with its message. */
import type { Command } from 'commander';
import { registerRecordCommand } from './record-event.js';

export function registerReject(program: Command): void {
  registerRecordCommand(program, {
    name: 'reject',
    type: 'rejected',
    description:
      "record Amazon's rejection of a revision; its message is split into points to answer",
    messageRequired: true,
    example:
      '  $ evidence-pack reject my-case --message amazon-reply.txt --date 2026-10-02\n' +
      '  $ pbpaste | evidence-pack reject my-case --rev rev-001 --message -',
  });
}
