/**
 * The review page's build, in a process of its own (forked by build-process.ts): the build
 * command's function with the options the parent sends, each stage told back as it starts, then
 * the result, the problems that stopped it, or an internal error. The renderer keeps a core busy
 * for seconds (minutes on a big case); in the server's process it would hold every other request.
 */
import { build, type BuildOptions, type BuildStage } from '../build.js';
import { EvidenceError } from '../errors.js';
import type { BuildChildMessage } from './build-process.js';

const send = (m: BuildChildMessage): Promise<void> =>
  new Promise((resolve) => process.send!(m, () => resolve()));

process.once('message', (msg: { dir: string; opts: Omit<BuildOptions, 'onStage'> }) => {
  void (async () => {
    let reply: BuildChildMessage;
    try {
      const result = await build(msg.dir, {
        ...msg.opts,
        onStage: (stage: BuildStage) => void send({ type: 'stage', stage }),
      });
      reply = { type: 'done', result };
    } catch (e) {
      reply =
        e instanceof EvidenceError
          ? { type: 'problems', problems: e.problems, exitCode: e.exitCode }
          : { type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    await send(reply);
    process.disconnect();
  })();
});
