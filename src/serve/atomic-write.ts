/**
 * Writes a file whole or not at all: a temporary file in the same folder, flushed to disk, then
 * renamed over the old one (and the folder flushed), so an editor, a build or a crash never sees
 * half a plan.md. The old file's permissions are kept.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const mode = (await stat(file).catch(() => undefined))?.mode ?? 0o644;
  const fh = await open(tmp, 'wx', mode & 0o777);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  // the rename itself reaches the disk with the folder (not possible on every platform)
  const d = await open(dir, 'r').catch(() => undefined);
  if (d)
    await d
      .sync()
      .catch(() => {})
      .finally(() => d.close());
}
