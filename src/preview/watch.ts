/**
 * `preview`'s loop: watches case.json, the plan files, records/ and documents/; on each save
 * (changes within 150 ms count as one) rebuilds the preview and tells which findings appeared
 * and which went away. One rebuild at a time; a save during a rebuild queues one more.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { formatProblem, type Problem } from '../errors.js';
import type { Lang } from '../i18n/catalogue.js';
import {
  rebuildPreview,
  type PreviewCache,
  type PreviewOptions,
  type PreviewResult,
} from './rebuild.js';

/** Top-level files of the case whose change means a new preview. */
const WATCHED_FILES = /^(case\.json|plan(\.[a-z]{2})?\.md|plan\.docx)$/;
const WATCHED_DIRS = ['records', 'documents'];

export interface PreviewEvents {
  /** A preview was written; `added`/`removed`: findings that changed since the last one. */
  rebuilt(r: PreviewResult, ms: number, added: Problem[], removed: Problem[]): void;
  /** The case could not be previewed (bad case.json, unreadable plan …). */
  failed(error: unknown): void;
}

export interface PreviewWatcher {
  /** Resolves once the first preview is done (written or failed). */
  ready: Promise<void>;
  close(): void;
}

export function watchPreview(
  dir: string,
  lang: Lang,
  events: PreviewEvents,
  opts: PreviewOptions = {},
): PreviewWatcher {
  const cache: PreviewCache = {};
  let shown = new Map<string, Problem>();
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const key = (p: Problem) => formatProblem(p, lang);

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    try {
      const r = await rebuildPreview(dir, cache, opts);
      const now = new Map(r.findings.map((p) => [key(p), p]));
      const added = [...now].filter(([k]) => !shown.has(k)).map(([, p]) => p);
      const removed = [...shown].filter(([k]) => !now.has(k)).map(([, p]) => p);
      shown = now;
      events.rebuilt(r, performance.now() - started, added, removed);
    } catch (e) {
      events.failed(e);
    } finally {
      running = false;
      if (again) {
        again = false;
        await run();
      }
    }
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  };

  const watchers: FSWatcher[] = [];
  const abs = path.resolve(dir);
  watchers.push(
    watch(abs, (_event, name) => {
      if (name && WATCHED_FILES.test(String(name))) soon();
      else if (name && WATCHED_DIRS.includes(String(name))) soon();
    }),
  );
  for (const sub of WATCHED_DIRS) {
    try {
      watchers.push(watch(path.join(abs, sub), { recursive: true }, () => soon()));
    } catch {
      // a folder that does not exist yet: its creation is seen by the case folder's watcher
    }
  }
  const ready = run();
  return {
    ready,
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
