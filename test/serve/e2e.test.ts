/**
 * The review page in a real browser: headless Chromium (the Debian package, driven by
 * playwright-core) against the built CLI's `serve` on a copy of the ja sample. A planted
 * finding shows beside its sentence, is fixed in the page and goes; a build shows its progress
 * and its revision; a request without the token and paths outside the case are refused; two
 * pages saving one section see a conflict and lose nothing; a page opened before serve's own
 * preview was made shows its pages once they come. Screenshots of the views go to
 * test-output/screenshots/, the timings to test-output/e2e-timings.json.
 *
 * Skipped (with a message) only when /usr/bin/chromium is absent on a developer's machine;
 * in CI (process.env.CI set) it always runs and fails without Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// @ts-expect-error plain ESM script without types
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium.mjs';
import { tr } from '../../src/i18n/catalogue.js';
import { seedTexts } from './text-store.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/src/cli.js');
const SAMPLE = path.join(ROOT, 'samples/ja-authenticity');
const OUT = path.join(ROOT, 'test-output');
const SHOTS = path.join(OUT, 'screenshots');
const PLANTED = 'どうか出品を再開させてください。';
const EMPTY_PREVIEW = tr('ja', 'serve.ui.preview.empty');

const present = existsSync(CHROMIUM);
if (!present && !process.env.CI)
  console.warn(
    `test/serve/e2e.test.ts: skipped, ${CHROMIUM} is absent (apt-get install chromium); CI installs it and never skips.`,
  );
const suite = present || process.env.CI ? describe : describe.skip;

interface Server {
  child: ChildProcess;
  url: URL;
  /** When the URL was printed (performance.now()). */
  printedAt: number;
}

/** Starts `evidence-pack serve <dir>` and resolves with the URL it prints (with its token). */
function serve(dir: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no URL:\n${out}`)), 90_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/(?:127\.0\.0\.1|\[::1\]|localhost):\d+\/\S*token=\S+/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        resolve({ child, url: new URL(m[0]), printedAt: performance.now() });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before printing its URL:\n${out}`));
    });
  });
}

/** A raw GET (the path sent byte for byte, no URL normalisation), with or without the token. */
function rawGet(
  base: URL,
  rawPath: string,
  token?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: rawPath,
        method: 'GET',
        headers: token ? { 'x-evidence-token': token } : {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const timings: Record<string, number> = {};

suite('review page in Chromium (serve + web/)', () => {
  let tmp: string;
  let dir: string;
  let browser: Browser;
  let server: Server;
  let token: string;
  let base: string;
  /** A page left on the Preview view from the first test on (see the last test). */
  let watcher: Page;
  let watcherContext: BrowserContext;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ep-e2e-'));
    dir = path.join(tmp, 'ja-authenticity');
    cpSync(SAMPLE, dir, { recursive: true });
    for (const sub of ['submissions', 'preview'])
      rmSync(path.join(dir, sub), { recursive: true, force: true });
    // The planted finding: a plea (PLAN_TONE_PLEADING) after the products section's second paragraph.
    const plan = path.join(dir, 'plan.md');
    const before = readFileSync(plan, 'utf8');
    const after = before.replace(
      '当店が商品の改造・詰め替えを行ったことはありません。',
      `当店が商品の改造・詰め替えを行ったことはありません。${PLANTED}`,
    );
    expect(after).not.toBe(before);
    writeFileSync(plan, after);
    // The scans' texts as a first run keeps them (read once for all tests): serve's first state
    // does not read every scan again. The preview is serve's own (a child after start).
    await seedTexts(dir);
    mkdirSync(SHOTS, { recursive: true });
    const launching = launchChromium();
    let t = performance.now();
    browser = await launching;
    timings.chromiumLaunch = Math.round(performance.now() - t);
    t = performance.now();
    server = await serve(dir);
    timings.serveUntilUrlPrinted = Math.round(performance.now() - t);
    token = server.url.searchParams.get('token')!;
    base = server.url.origin;
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGINT');
    writeFileSync(path.join(OUT, 'e2e-timings.json'), JSON.stringify(timings, null, 2) + '\n');
    console.log('review page timings (ms):', JSON.stringify(timings));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function open(p?: Page): Promise<Page> {
    const page = p ?? (await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    await page.goto(server.url.href);
    await page.waitForSelector('.app[data-stamp]');
    return page;
  }

  const products = (page: Page) => page.locator('[data-section="products"]');

  it('shows the planted finding beside its sentence; fixing it in the page removes it; a build adds a revision', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url.href);
    await page.waitForSelector('.app[data-stamp]');
    timings.firstViewAfterUrlPrinted = Math.round(performance.now() - server.printedAt);
    await page.evaluate(() => document.fonts.ready);
    // The header names the store and the notice, as case.json has them.
    const json = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as {
      seller: { storeName: string };
      notice: { type: string };
    };
    expect(await page.textContent('h1')).toBe(`${json.seller.storeName} — ${json.notice.type}`);

    // The finding sits in the part that holds the sentence, not elsewhere.
    const part = products(page).locator('.part', { hasText: PLANTED });
    await expect(part.count()).resolves.toBe(1);
    await expect(part.locator('.finding[data-code="PLAN_TONE_PLEADING"]').count()).resolves.toBe(1);
    await expect(page.locator('.finding[data-code="PLAN_TONE_PLEADING"]').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'plan.png') });
    await part.scrollIntoViewIfNeeded();
    await products(page).screenshot({ path: path.join(SHOTS, 'plan-finding.png') });

    // Numbers: a number's sources open beside the table.
    await page.click('[data-view="numbers"]');
    const first = page.locator('.numbers-table button.number').first();
    await first.click();
    await page.waitForSelector('.sources .source');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'numbers.png'), fullPage: true });
    await page.click('[data-view="evidence"]');
    await page.waitForSelector('.view-evidence');
    await page.screenshot({ path: path.join(SHOTS, 'evidence.png'), fullPage: true });
    // The preview: serve makes it in a child process after it starts. A page opened before it
    // is there says it is being prepared, and shows the pages once they come, without a reload
    // (the last test looks, meanwhile the others run).
    watcherContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    watcher = await watcherContext.newPage();
    await open(watcher);
    await watcher.click('[data-view="preview"]');
    await watcher.waitForSelector('.view-preview');
    if (!(await watcher.locator('.view-preview .page img').count()))
      expect(await watcher.textContent('.view-preview')).toContain(EMPTY_PREVIEW);
    await page.click('[data-view="findings"]');
    await page.screenshot({ path: path.join(SHOTS, 'findings.png') });

    // Edit the section in the page: remove the plea, save, the finding goes.
    await page.click('[data-view="plan"]');
    await products(page).locator('.edit-button').click();
    const editor = products(page).locator('textarea');
    const source = await editor.inputValue();
    expect(source).toContain(PLANTED);
    await editor.fill(source.replace(PLANTED, ''));
    const saveAt = performance.now();
    await products(page).locator('.editor button.primary').click();
    await products(page).locator('.notice-ok').waitFor();
    timings.saveToRefreshedFindings = Math.round(performance.now() - saveAt);
    await expect(page.locator('.finding[data-code="PLAN_TONE_PLEADING"]').count()).resolves.toBe(0);
    const onDisk = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    expect(onDisk).not.toContain(PLANTED);
    expect(onDisk).toContain('当店が商品の改造・詰め替えを行ったことはありません。');

    // Build: progress, then the new revision in Revisions.
    const buildAt = performance.now();
    await page.click('.build-button');
    await page.waitForSelector('.build-bar');
    await page.waitForSelector('.build-done, .build-failed', { timeout: 60_000 });
    timings.buildInPage = Math.round(performance.now() - buildAt);
    expect(await page.locator('.build-failed').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'built.png') });
    await page.click('.build-bar button.link');
    await page.waitForSelector('.view-revisions .revision');
    const revisions = await page.locator('.view-revisions .revision').count();
    expect(revisions).toBeGreaterThanOrEqual(1);
    await expect(page.locator('.view-revisions .tag-new').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'revisions.png') });
    expect(existsSync(path.join(dir, 'submissions'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a request without the token (401) and the page says so', async () => {
    const state = await rawGet(new URL(base), '/api/state');
    expect(state.status).toBe(401);
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${base}/`);
    const message = tr('ja', 'serve.unauthorized');
    if (res!.status() === 401) expect(await page.textContent('body')).toContain(message);
    else {
      // The page itself loaded (static files are harmless): it shows the refusal of the state.
      await page.waitForSelector('.fatal');
      expect(await page.textContent('.fatal')).toContain(message);
    }
    await page.screenshot({ path: path.join(SHOTS, 'no-token.png') });
    await context.close();
  });

  it('serves nothing outside the case or the page’s own files', async () => {
    const secret = readFileSync(path.join(dir, 'case.json'), 'utf8').slice(0, 40);
    const paths = [
      '/assets/../../case.json',
      '/assets/%2e%2e/%2e%2e/case.json',
      '/assets/..%2f..%2fcase.json',
      '/assets/%2E%2E%2F%2E%2E%2Fpackage.json',
      '/assets/....//....//case.json',
      '/assets/..\\..\\case.json',
      '/case.json',
      '/plan.md',
      '/api/preview/..%2f..%2fcase.json',
      '/api/preview/../../case.json',
      '//etc/passwd',
      '/assets//etc/passwd',
    ];
    for (const p of paths) {
      const res = await rawGet(new URL(base), p, token);
      expect([400, 403, 404], `${p} → ${res.status}`).toContain(res.status);
      expect(res.body).not.toContain(secret);
      expect(res.body).not.toContain('root:x:0:0');
    }
    // With the token, the page's own files are served.
    expect((await rawGet(new URL(base), '/assets/app.js', token)).status).toBe(200);
  });

  it('two pages saving one section: the second sees the conflict and loses nothing', async () => {
    const a = await open();
    const b = await open();
    await products(a).locator('.edit-button').click();
    await products(b).locator('.edit-button').click();
    const original = await products(a).locator('textarea').inputValue();
    const mineA = `${original}\n\nＡの画面で追加した一文です。`;
    const mineB = `${original}\n\nＢの画面で追加した別の一文です。`;
    await products(a).locator('textarea').fill(mineA);
    await products(b).locator('textarea').fill(mineB);
    await products(a).locator('.editor button.primary').click();
    await products(a).locator('.notice-ok').waitFor();
    await products(b).locator('.editor button.primary').click();
    await products(b).locator('.conflict').waitFor();
    // Nothing lost: B's text is still in the editor, and A's is what the file holds.
    expect(await products(b).locator('textarea').inputValue()).toBe(mineB);
    expect(await products(b).locator('.conflict-current').textContent()).toContain(
      'Ａの画面で追加した一文です。',
    );
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toContain(
      'Ａの画面で追加した一文です。',
    );
    await products(b).scrollIntoViewIfNeeded();
    await products(b).screenshot({ path: path.join(SHOTS, 'conflict.png') });
    // B overwrites deliberately: the file now holds B's text.
    await products(b).locator('.conflict button.danger').click();
    await products(b).locator('.notice-ok').waitFor();
    const onDisk = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    expect(onDisk).toContain('Ｂの画面で追加した別の一文です。');
    expect(onDisk).not.toContain('Ａの画面で追加した一文です。');
    await a.close();
    await b.close();
  });

  it("shows serve's own preview in a page opened before it was made, without a reload", async () => {
    const waited = performance.now();
    await watcher.waitForSelector('.view-preview .page img', { timeout: 110_000 });
    timings.previewPagesShownAfterUrlPrinted = Math.round(performance.now() - server.printedAt);
    timings.previewWaitInLastTest = Math.round(performance.now() - waited);
    expect(await watcher.textContent('.view-preview')).not.toContain(EMPTY_PREVIEW);
    await watcher.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.view-preview .page img')]
        .slice(0, 3)
        .every((i) => i.complete && i.naturalWidth > 0),
    );
    await watcher.screenshot({ path: path.join(SHOTS, 'preview.png') });
    // The saves of the other tests made the server remake the preview: the open page follows
    // until it shows the preview of the plan as saved last (the pages' version is the PDF's hash).
    await watcher.waitForSelector('.preview-updating', { state: 'detached', timeout: 110_000 });
    const pdf = path.join(dir, 'preview', 'preview.pdf');
    const version = createHash('sha256').update(readFileSync(pdf)).digest('hex').slice(0, 12);
    const src = await watcher.getAttribute('.view-preview .page img', 'src');
    expect(src).toContain(`v=${version}`);
    expect(statSync(pdf).mtimeMs).toBeGreaterThan(statSync(path.join(dir, 'plan.md')).mtimeMs);
    await watcherContext.close();
  });
});
