/** Work on the second core: a worker's bytes come back; a stopped worker ends; no worker, here. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerJob } from '../src/worker-job.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ep-worker-'));
function workerFile(name: string, code: string): URL {
  const file = path.join(dir, name);
  writeFileSync(file, code);
  return pathToFileURL(file);
}

describe('worker jobs', () => {
  it('returns the bytes the worker sends, and keeps the process alive until then', async () => {
    const entry = workerFile(
      'echo.mjs',
      `import { parentPort, workerData } from 'node:worker_threads';
       setTimeout(() => parentPort.postMessage(new Uint8Array(workerData.bytes)), 50);`,
    );
    const job = workerJob(entry, { bytes: [1, 2, 3] }, async () => Buffer.from('here'));
    expect([...(await job.result)]).toEqual([1, 2, 3]);
  });

  it('stops a worker whose result is no longer wanted; its failure is not unhandled', async () => {
    const entry = workerFile('forever.mjs', `setInterval(() => {}, 1000);`);
    const job = workerJob(entry, {}, async () => Buffer.from('here'));
    job.stop();
    await expect(job.result).rejects.toThrow(/stopped with exit code/);
  });

  it('does the work in this thread when there is no compiled worker', async () => {
    const job = workerJob(new URL('file:///nonexistent/worker.js'), {}, async () =>
      Buffer.from('here'),
    );
    expect((await job.result).toString()).toBe('here');
  });
});
