// Runs one command as a whole process and measures its wall time and peak RSS: through GNU
// time (`/usr/bin/time -f "%e %M"`, Debian package `time`) when present, else through wrap.mjs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const WRAP = new URL('./wrap.mjs', import.meta.url).pathname;

function hasGnuTime() {
  try {
    accessSync('/usr/bin/time', constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
export const TIMER = hasGnuTime() ? 'GNU time' : 'node wrapper';

/**
 * Runs `node script args` and resolves to {ok, seconds, rssMB, code, stdout, stderr, timedOut}.
 * Never rejects: a failure is a result with ok=false and the first line of stderr as `error`.
 */
export function measureNode(script, args, { cwd, timeoutSec = 600, env, nodeArgs = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ep-measure-'));
  const out = join(dir, 'rss');
  const gnu = TIMER === 'GNU time';
  const cmd = gnu ? '/usr/bin/time' : process.execPath;
  const argv = gnu
    ? ['-f', '%e %M', '-o', out, process.execPath, ...nodeArgs, script, ...args]
    : [...nodeArgs, WRAP, script, ...args];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, {
      cwd,
      env: { ...process.env, ...env, BENCH_RSS_FILE: out },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (stdout.length < 1 << 20) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 1 << 16) stderr += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutSec * 1000);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, error: e.message, seconds: NaN, rssMB: NaN, stdout, stderr });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const wall = (performance.now() - t0) / 1000;
      let rssKiB = NaN;
      let seconds = wall;
      if (existsSync(out)) {
        const txt = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
        const parts = txt.split(/\s+/).map(Number);
        if (gnu && parts.length >= 2 && Number.isFinite(parts[1])) {
          seconds = parts[0];
          rssKiB = parts[1];
        } else if (!gnu && Number.isFinite(parts[0])) rssKiB = parts[0];
      }
      rmSync(dir, { recursive: true, force: true });
      // reconcile exits 1 when it found an error finding: the work was done all the same.
      const finishedWithFindings = code === 1 && !timedOut && isFinishedJson(stdout);
      const ok = (code === 0 || finishedWithFindings) && !timedOut;
      resolve({
        ok,
        code,
        timedOut,
        seconds: gnu ? seconds : wall,
        rssMB: rssKiB / 1024,
        stdout,
        stderr,
        note: finishedWithFindings ? 'exit 1 (error findings)' : undefined,
        error: ok
          ? undefined
          : timedOut
            ? `> timeout (${timeoutSec} s)`
            : firstError(stdout, stderr, code),
      });
    });
  });
}

/** A --json answer that is a finished result (not a {"ok": false, "problems"} failure). */
function isFinishedJson(stdout) {
  try {
    const j = JSON.parse(stdout);
    return j && typeof j === 'object' && !('problems' in j) && j.ok !== false;
  } catch {
    return false;
  }
}

/** The first meaningful line of a failed run: stderr, else the first problem of a --json answer. */
function firstError(stdout, stderr, code) {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('Command exited with non-zero status'));
  if (line) return `failed: ${line}`;
  try {
    const j = JSON.parse(stdout);
    const p = j.problems?.[0];
    if (p)
      return `failed: ${p.code ?? ''} ${typeof p.message === 'string' ? p.message : (p.message?.en ?? '')}`.trim();
  } catch {
    /* not JSON */
  }
  return `failed: exit code ${code}`;
}
