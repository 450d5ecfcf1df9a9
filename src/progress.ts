/**
 * The progress display of long commands: on stderr, only on a terminal, only once a command has
 * run for a second (EVIDENCE_PACK_PROGRESS_AFTER_MS), one line rewritten in place and cleared at
 * the end. With
 * EVIDENCE_PACK_TIMING=1 each stage's duration is printed instead (for the bench and for bug
 * reports), on any stderr.
 */
import { t, type Lang } from './i18n/catalogue.js';

export interface Progress {
  stage(name: string): void;
  done(): void;
}

export function progress(lang: Lang, _opts: { json?: boolean } = {}): Progress {
  const timing = process.env.EVIDENCE_PACK_TIMING === '1';
  const tty = Boolean(process.stderr.isTTY) && !timing;
  const start = Date.now();
  const after = Number(process.env.EVIDENCE_PACK_PROGRESS_AFTER_MS ?? 1000);
  let current = '';
  let since = start;
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
    if (timing && current) {
      process.stderr.write(`timing ${current} ${((Date.now() - since) / 1000).toFixed(3)} s\n`);
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
      current = '';
      if (timer) clearInterval(timer);
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}
