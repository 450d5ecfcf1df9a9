/**
 * The progress display of long commands: on stderr, only on a terminal, only once a command has
 * run for a second (EVIDENCE_PACK_PROGRESS_AFTER_MS), one line rewritten in place and cleared at
 * the end. With
 * EVIDENCE_PACK_TIMING=1 each stage's duration is printed instead (for the bench and for bug
 * reports), on any stderr, between the time the process took to reach the first stage (start)
 * and the time it had run at the end (end).
 */
import { t, type Lang } from './i18n/catalogue.js';

export interface Progress {
  stage(name: string): void;
  done(): void;
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export function progress(lang: Lang, _opts: { json?: boolean } = {}): Progress {
  const timing = process.env.EVIDENCE_PACK_TIMING === '1';
  const tty = Boolean(process.stderr.isTTY) && !timing;
  const start = Date.now();
  const after = Number(process.env.EVIDENCE_PACK_PROGRESS_AFTER_MS ?? 1000);
  let current = '';
  let since = 0;
  let shown = false;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    const s = ((Date.now() - start) / 1000).toFixed(1);
    process.stderr.write(`\r\x1b[2K${t(`progress.${current}`)[lang]} … ${s} s`);
    shown = true;
  };
  if (tty) {
    timer = setInterval(() => {
      if (current && Date.now() - start >= after) draw();
    }, 250);
    timer.unref();
  }
  const lap = () => {
    if (timing) {
      // the first line says how long the process ran before the first stage (start-up, loading)
      if (!current && !since)
        process.stderr.write(`timing start ${seconds(performance.now())} s\n`);
      if (current) process.stderr.write(`timing ${current} ${seconds(Date.now() - since)} s\n`);
    }
    since = Date.now();
  };
  return {
    stage(name: string) {
      lap();
      current = name;
    },
    done() {
      lap();
      if (timing) process.stderr.write(`timing end ${seconds(performance.now())} s\n`);
      current = '';
      if (timer) clearInterval(timer);
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}
