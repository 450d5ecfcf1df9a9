/**
 * Runs a build from the page in a child process (build-child.ts), so that the server keeps
 * answering (state, preview pages, the build's own progress) while the renderer works. Problems
 * that stop the build come back as the same EvidenceError the build command throws.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildResult, BuildStage } from '../build.js';
import { EvidenceError, type ExitCode, type Problem } from '../errors.js';
import type { RunBuild } from './build-jobs.js';

export type BuildChildMessage =
  | { type: 'stage'; stage: BuildStage }
  | { type: 'done'; result: BuildResult }
  | { type: 'problems'; problems: Problem[]; exitCode: ExitCode }
  | { type: 'error'; message: string };

/** The compiled child (dist/src/serve/build-child.js), from the compiled module or the sources. */
function childScript(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const compiled = path.join(here, 'build-child.js');
  return existsSync(compiled)
    ? compiled
    : path.resolve(here, '../../dist/src/serve/build-child.js');
}

/** Builds in child processes; `stop()` ends a running one (the revision is then not written). */
export function processBuilds(): { run: RunBuild; stop: () => void } {
  const running = new Set<ChildProcess>();
  const run: RunBuild = (dir, opts) =>
    new Promise<BuildResult>((resolve, reject) => {
      const { onStage, ...rest } = opts;
      const child = fork(childScript(), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      running.add(child);
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => {
        if (stderr.length < 64 * 1024) stderr += d.toString();
      });
      let settled = false;
      const settle = (f: () => void) => {
        if (settled) return;
        settled = true;
        f();
      };
      child.on('message', (m: BuildChildMessage) => {
        if (m.type === 'stage') onStage?.(m.stage);
        else if (m.type === 'done') settle(() => resolve(m.result));
        else if (m.type === 'problems')
          settle(() => reject(new EvidenceError(m.problems, m.exitCode)));
        else settle(() => reject(new Error(m.message)));
      });
      child.on('error', (e) => settle(() => reject(e)));
      child.on('close', (code, signal) => {
        running.delete(child);
        settle(() =>
          reject(new Error(`the build process ended (${signal ?? `exit ${code}`}): ${stderr}`)),
        );
      });
      child.send({ dir, opts: rest });
    });
  return { run, stop: () => running.forEach((c) => c.kill('SIGTERM')) };
}
