/**
 * Work on the second core: a worker thread that sends back one buffer (the workbook, the
 * separator pages), or the same work in this thread where no compiled worker exists (tests run
 * the TypeScript sources). The worker keeps the process alive while its result is awaited;
 * `stop` ends it when the result is no longer wanted (a failed build, a wrong guess).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface WorkerJob {
  result: Promise<Buffer>;
  stop(): void;
}

/** Runs the compiled worker `entry` (a URL beside the caller) on `data`, else `here()`. */
export function workerJob(entry: URL, data: unknown, here: () => Promise<Buffer>): WorkerJob {
  if (!existsSync(fileURLToPath(entry))) return settledJob(here());
  const worker = new Worker(entry, { workerData: data });
  const result = new Promise<Buffer>((resolve, reject) => {
    let done = false;
    worker.once('message', (bytes: Uint8Array) => {
      done = true;
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`worker ${entry.pathname} stopped with exit code ${code}`));
    });
  });
  // a result nobody asks for any more must not crash the process when it fails
  result.catch(() => {});
  return { result, stop: () => void worker.terminate() };
}

/** The same work in this thread. */
export function settledJob(result: Promise<Buffer>): WorkerJob {
  result.catch(() => {});
  return { result, stop: () => {} };
}

/** Sends the bytes of a worker's result to the thread that started it. */
export function reply(
  parentPort: import('node:worker_threads').MessagePort | null,
  bytes: Uint8Array,
) {
  const own = new Uint8Array(bytes);
  parentPort!.postMessage(own, [own.buffer]);
}
