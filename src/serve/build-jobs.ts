/**
 * Builds started from the page: one at a time, each a job whose events (progress, then done or
 * failed) are kept so that a page that connects late still sees all of them. The build itself is
 * the `build` command's: the same function with the same defaults (in a child process, see
 * build-process.ts).
 */
import { randomBytes } from 'node:crypto';
import type { BuildOptions, BuildResult, BuildStage } from '../build.js';
import { asEvidenceError, type Problem } from '../errors.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import type { BuildEvent, ReviewFinding } from './types.js';

const STAGES: readonly BuildStage[] = ['records', 'documents', 'render', 'publish'];
/** Finished jobs kept for late listeners. */
const KEEP = 10;

export interface BuildJob {
  id: string;
  events: BuildEvent[];
  finished: boolean;
  listeners: Set<(e: BuildEvent) => void>;
}

export interface BuildJobsOptions {
  dir: string;
  /** Language of the messages (the case's, or --lang). */
  lang: Lang;
  /** --lang of serve, passed to build as the CLI passes its own. */
  reportLang?: Lang;
  findingsOf: (problems: Problem[]) => ReviewFinding[];
  /** Told when a build has ended (the state has a new revision). */
  onFinished?: () => void;
}

export type RunBuild = (dir: string, opts: BuildOptions) => Promise<BuildResult>;

export class BuildJobs {
  private readonly jobs = new Map<string, BuildJob>();
  private running: BuildJob | undefined;

  constructor(
    private readonly opts: BuildJobsOptions,
    private readonly run: RunBuild,
  ) {}

  get(id: string): BuildJob | undefined {
    return this.jobs.get(id);
  }

  /** Starts a build, or undefined while one is running. */
  start(): BuildJob | undefined {
    if (this.running) return undefined;
    const job: BuildJob = {
      id: randomBytes(8).toString('hex'),
      events: [],
      finished: false,
      listeners: new Set(),
    };
    this.running = job;
    this.jobs.set(job.id, job);
    while (this.jobs.size > KEEP) this.jobs.delete(this.jobs.keys().next().value!);
    void this.execute(job);
    return job;
  }

  /** Waits for the running build (tests, shutdown). */
  async idle(): Promise<void> {
    const job = this.running;
    if (!job || job.finished) return;
    await new Promise<void>((resolve) =>
      job.listeners.add((e) => e.type !== 'progress' && resolve()),
    );
  }

  private emit(job: BuildJob, e: BuildEvent): void {
    job.events.push(e);
    if (e.type !== 'progress') job.finished = true;
    for (const l of [...job.listeners]) l(e);
  }

  private async execute(job: BuildJob): Promise<void> {
    const { dir, lang, reportLang } = this.opts;
    try {
      const result = await this.run(dir, {
        lang: reportLang,
        onStage: (step) =>
          this.emit(job, {
            type: 'progress',
            step,
            message: tr(lang, `progress.${step}`),
            done: STAGES.indexOf(step),
            total: STAGES.length,
          }),
      });
      this.emit(job, {
        type: 'done',
        revision: result.revision,
        pages: result.pages,
        message: result.unchanged
          ? tr(lang, 'publish.unchanged', { revision: result.revision, pdf: result.pdf })
          : tr(lang, 'serve.buildDone', { revision: result.revision, pages: result.pages }),
      });
    } catch (e) {
      const err = asEvidenceError(e);
      const first = err.problems[0];
      this.emit(job, {
        type: 'failed',
        message:
          err.problems.length === 1 && first
            ? first.message[lang]
            : tr(lang, 'cli.problems', { count: err.problems.length }),
        findings: this.opts.findingsOf(err.problems),
      });
    } finally {
      this.running = undefined;
      this.opts.onFinished?.();
    }
  }
}
