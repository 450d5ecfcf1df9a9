/**
 * Keeps <case>/preview/preview.pdf current while the page is open: `evidence-pack preview
 * <dir> --once` in a child process at low priority (the renderer would block the server's event
 * loop for seconds), shortly after start and after each save; saves while one runs give one
 * more run after it, never two at once. The page's next state lists the new pages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/catalogue.js';

/** The built CLI (dist/src/cli.js), from the compiled module or from the sources. */
export function builtCli(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const compiled = path.resolve(here, '../cli.js');
  return existsSync(compiled) ? compiled : path.resolve(here, '../../dist/src/cli.js');
}

export class PreviewRefresher {
  private child: ChildProcess | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Runs finished (tests). */
  runs = 0;

  constructor(
    private readonly dir: string,
    private readonly lang: Lang | undefined,
    private readonly cli = builtCli(),
  ) {}

  /** A preview in `delayMs` (a later call moves it later: one run for a burst of saves). */
  schedule(delayMs = 800): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), delayMs);
    this.timer.unref();
  }

  private start(): void {
    this.timer = undefined;
    if (this.stopped) return;
    if (this.child) {
      this.again = true;
      return;
    }
    const args = [this.cli, 'preview', this.dir, '--once'];
    if (this.lang) args.push('--lang', this.lang);
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    this.child = child;
    child.on('error', () => {});
    if (child.pid) setPriorityQuietly(child.pid);
    child.on('exit', () => {
      this.child = undefined;
      this.runs++;
      if (this.again && !this.stopped) {
        this.again = false;
        this.start();
      }
    });
  }

  /** True while a preview is scheduled or running. */
  get pending(): boolean {
    return !this.stopped && (!!this.timer || !!this.child);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.child?.kill('SIGTERM');
  }
}

function setPriorityQuietly(pid: number): void {
  try {
    setPriority(pid, 10);
  } catch {
    // not allowed on this system: the preview runs at normal priority
  }
}
