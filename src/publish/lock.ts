/**
 * The case's lock: `submissions/.lock`, created with O_EXCL, holding the pid, host, start time
 * and command of its holder. A second process waits briefly (polling), then fails naming the
 * holder. A lock whose holder is a dead process on this host is stale and taken over.
 */
import { open, readFile, rename, unlink, link, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fail } from '../errors.js';
import { t } from '../i18n/catalogue.js';

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the holder started (informative only). */
  started: string;
  command: string;
}

export interface Lock {
  file: string;
  info: LockInfo;
  release(): Promise<void>;
}

/** True when a process with this pid exists (on this host). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readInfo(file: string): Promise<LockInfo | undefined> {
  try {
    const v = JSON.parse(await readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof v.pid !== 'number') return undefined;
    return {
      pid: v.pid,
      host: String(v.host ?? ''),
      started: String(v.started ?? ''),
      command: String(v.command ?? ''),
    };
  } catch {
    return undefined;
  }
}

function isStale(info: LockInfo | undefined): boolean {
  // An unreadable lock (a holder killed between create and write) counts as stale only after a
  // second look, see below; a lock of another host is never judged from here.
  if (!info) return true;
  return info.host === os.hostname() && !pidAlive(info.pid);
}

/** Moves a stale lock away atomically, so two processes never both "take over" a live lock. */
async function takeOver(file: string, judged: LockInfo | undefined): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = await readInfo(aside);
  const same =
    judged === undefined ? moved === undefined || isStale(moved) : moved?.pid === judged.pid;
  if (!same) {
    // Someone took the lock between our look and the move: give it back (fails if taken again).
    await link(aside, file).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long a second process waits for the lock (ms): EVIDENCE_PACK_LOCK_WAIT_MS or 5 s. */
export function lockWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.EVIDENCE_PACK_LOCK_WAIT_MS);
  return Number.isFinite(v) && v >= 0 ? v : 5000;
}

/**
 * Takes `<dir>/<name>` (creating `dir`), waiting up to `waitMs` while another live process holds
 * it; throws LOCKED (exit 1) naming the holder when it stays held.
 */
export async function acquireLock(
  dir: string,
  command: string,
  opts: { name?: string; waitMs?: number } = {},
): Promise<Lock> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, opts.name ?? '.lock');
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    started: new Date().toISOString(),
    command,
  };
  const deadline = Date.now() + (opts.waitMs ?? lockWaitMs());
  let unreadableSeen = false;
  for (;;) {
    try {
      const fh = await open(file, 'wx', 0o644);
      try {
        await fh.writeFile(`${JSON.stringify(info)}\n`);
        await fh.sync();
      } catch (e) {
        await fh.close();
        await unlink(file).catch(() => undefined);
        throw e;
      }
      await fh.close();
      let released = false;
      return {
        file,
        info,
        async release() {
          if (released) return;
          released = true;
          const now = await readInfo(file);
          if (now && now.pid === info.pid && now.host === info.host) await unlink(file);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readInfo(file);
    if (holder ? isStale(holder) : unreadableSeen) {
      await takeOver(file, holder);
      continue;
    }
    if (!holder) unreadableSeen = true;
    if (Date.now() >= deadline) {
      const where = { file: path.relative(path.dirname(dir), file) || file };
      if (!holder)
        fail('LOCKED', where, t('publish.lock.unreadable'), {
          hint: t('publish.lock.hint', { file }),
        });
      fail(
        'LOCKED',
        where,
        t('publish.lock.held', {
          pid: holder.pid,
          host: holder.host,
          started: holder.started,
          command: holder.command,
        }),
        { hint: t('publish.lock.hint', { file }) },
      );
    }
    await sleep(100);
  }
}

/** Runs `fn` holding the lock, releasing it afterwards whatever happens. */
export async function withLock<T>(
  dir: string,
  command: string,
  fn: () => Promise<T>,
  opts: { name?: string; waitMs?: number } = {},
): Promise<T> {
  const lock = await acquireLock(dir, command, opts);
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}
