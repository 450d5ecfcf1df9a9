/**
 * The review state of the served case: rebuilt on request (one at a time, sharing the state
 * stage's cache, requests that arrive while one waits share it), and the last one kept together
 * with the hash of the plan file it was read from, so that a save compares versions without
 * rebuilding when the plan has not changed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { folderKey, sha } from '../case/input-keys.js';
import { todayIso } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import { hashBytes } from './save.js';
import { serial } from './serial.js';
import { buildReviewState, type ReviewCache } from './state.js';
import type { ReviewState } from './types.js';

export class StateHolder {
  private readonly run = serial();
  private queued: Promise<ReviewState> | undefined;
  private last: { state: ReviewState; planHash: string | undefined; inputs: string } | undefined;

  constructor(
    private readonly dir: string,
    private readonly lang: Lang | undefined,
    private readonly today: () => string = () => todayIso(),
    private readonly cache: ReviewCache = {},
  ) {}

  private async planHash(file: string): Promise<string> {
    const bytes = await readFile(path.join(this.dir, file)).catch(() => undefined);
    return bytes ? hashBytes(bytes) : 'missing';
  }

  /** A state read now (waits for one already running, which may have read older files). */
  fresh(): Promise<ReviewState> {
    if (this.queued) return this.queued;
    const next = this.run(async () => {
      this.queued = undefined;
      const file = this.last?.state.planFile ?? 'plan.md';
      const inputs = await this.inputsKey();
      const before = await this.planHash(file);
      const state = await buildReviewState(
        this.dir,
        { lang: this.lang, today: this.today() },
        this.cache,
      );
      const after = state.planFile === file ? await this.planHash(file) : undefined;
      this.last = { state, planHash: before === after ? before : undefined, inputs };
      return state;
    });
    this.queued = next;
    return next;
  }

  /** The day and the names, sizes and mtimes of every file in the case folder. */
  private async inputsKey(): Promise<string> {
    return sha(`${this.today()}\u0000${await folderKey(this.dir)}`);
  }

  /**
   * What a page load gets: the last state when no file of the case folder changed since it was
   * read (the state serve built before printing its URL serves the first view instead of being
   * built again while the browser starts), else a fresh one.
   */
  async recent(): Promise<ReviewState> {
    const last = this.last;
    if (last && !this.queued && (await this.inputsKey()) === last.inputs) return last.state;
    return this.fresh();
  }

  /** The last state when the plan file is unchanged since it was read, else a fresh one. */
  async current(): Promise<ReviewState> {
    const last = this.last;
    if (last?.planHash && (await this.planHash(last.state.planFile)) === last.planHash)
      return last.state;
    return this.fresh();
  }
}
