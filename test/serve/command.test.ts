/**
 * `evidence-pack serve` as the seller runs it (the built CLI): the URL with its token once the
 * state is ready, the first view right after, a clean stop on SIGTERM/SIGINT, and exit 1 for a
 * busy port, a bad --port or a folder that is not a case. (The preview serve makes in a child
 * process is seen in the browser test, e2e.test.ts, where the page shows its pages.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tr } from '../../src/i18n/catalogue.js';
import { hasSample, raw, ROOT, sampleCopy, tempRoot } from './helpers.js';
import { seedTexts } from './text-store.js';

const CLI = path.join(ROOT, 'dist/src/cli.js');
const tmp = tempRoot('ep-serve-cli-');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  tmp.remove();
});

interface Run {
  child: ChildProcess;
  out: string;
  err: string;
  /** The exit code, or the signal that ended it. */
  exit: Promise<number | string | null>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LANG: 'C' },
  });
  children.push(child);
  const r: Run = {
    child,
    out: '',
    err: '',
    exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal))),
  };
  child.stdout!.on('data', (d: Buffer) => (r.out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (r.err += d.toString()));
  return r;
}

function url(r: Run): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL; out:\n${r.out}\nerr:\n${r.err}`)),
      60_000,
    );
    const check = () => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/.exec(r.out);
      if (m) {
        clearTimeout(timer);
        r.child.stdout!.off('data', check);
        resolve(m[0]);
      }
    };
    r.child.stdout!.on('data', check);
    r.child.on('exit', () => reject(new Error(`exited; out:\n${r.out}\nerr:\n${r.err}`)));
    check();
  });
}

describe.skipIf(!hasSample)('serve command', () => {
  it('prints the URL when the state is ready, answers at once, and stops on SIGTERM (exit 0)', async () => {
    const dir = sampleCopy(tmp.dir, 'case');
    // the scans' texts as an earlier run kept them (the OCR is not what this test is about)
    await seedTexts(dir);
    const r = run(['serve', dir]);
    const link = await url(r);
    const printed = performance.now();
    // the message is in the case's language (ja), whatever LANG says
    expect(r.out).toContain(tr('ja', 'serve.listening', { url: link }));
    const { port, searchParams } = new URL(link);
    const token = searchParams.get('token')!;
    const state = await raw(Number(port), {
      path: '/api/state',
      headers: { 'x-evidence-token': token },
    });
    const stateMs = performance.now() - printed;
    expect(state.status).toBe(200);
    const page = await raw(Number(port), { path: `/?token=${token}` });
    expect(page.status).toBe(303);
    const index = await raw(Number(port), {
      path: '/',
      headers: { cookie: (page.headers['set-cookie']![0] ?? '').split(';')[0]! },
    });
    const indexMs = performance.now() - printed;
    console.log(
      `URL printed → /api/state ${stateMs.toFixed(0)} ms; → index.html (${index.status}) ${indexMs.toFixed(0)} ms`,
    );
    expect(stateMs).toBeLessThan(5000);

    expect(existsSync(path.join(dir, 'submissions'))).toBe(false);

    r.child.kill('SIGTERM');
    expect(await r.exit).toBe(0);
    expect(r.out).toContain(tr('ja', 'serve.stopped'));
  });

  it('stops on SIGINT too', async () => {
    const dir = sampleCopy(tmp.dir, 'sigint', 'ja-flawed');
    const r = run(['serve', dir, '--lang', 'en']);
    const link = await url(r);
    expect(r.out).toContain(tr('en', 'serve.listening', { url: link }));
    r.child.kill('SIGINT');
    const exit = await r.exit;
    expect(exit, `out:\n${r.out}\nerr:\n${r.err}`).toBe(0);
  });

  it('a busy --port is exit 1 with the port named', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = run([
        'serve',
        path.join(ROOT, 'samples/ja-authenticity'),
        '--port',
        String(port),
        '--lang',
        'en',
      ]);
      expect(await r.exit).toBe(1);
      expect(r.err).toContain(tr('en', 'serve.portBusy', { port }));
      expect(r.out).toBe('');
    } finally {
      blocker.close();
    }
  });

  it('a bad --port or a folder that is not a case is exit 1', async () => {
    const bad = run([
      'serve',
      path.join(ROOT, 'samples/ja-authenticity'),
      '--port',
      'http',
      '--lang',
      'en',
    ]);
    expect(await bad.exit).toBe(1);
    expect(bad.err).toContain(tr('en', 'serve.badPort', { value: 'http' }));
    const none = run(['serve', path.join(tmp.dir, 'nothing-here'), '--lang', 'en']);
    expect(await none.exit).toBe(1);
    expect(none.err).toMatch(/case\.json/);
    expect(none.out).toBe('');
  });
});
