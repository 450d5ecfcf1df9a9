// The review page's speed (issue 19): `evidence-pack serve` on a copy of the sample, headless
// Chromium (/usr/bin/chromium through playwright-core) on its printed URL. Times the first full
// view (from the URL printed to the state rendered) and a save (from Save to the refreshed
// findings). Prints {"seconds": <the --measure figure>, "firstView": …, "save": …}.
// Usage: node scripts/bench/serve.mjs CASE [--measure firstView|save]
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.mjs';

const DIST = resolve(process.env.BENCH_DIST ?? new URL('../../dist', import.meta.url).pathname);
const [dir] = process.argv.slice(2);
const mi = process.argv.indexOf('--measure');
const measure = mi > 0 ? process.argv[mi + 1] : 'firstView';

const browser = await launchChromium();
const child = spawn(process.execPath, [join(DIST, 'src/cli.js'), 'serve', dir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((ok, fail) => {
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    const m = /http:\/\/127\.0\.0\.1:\d+\/\S*token=\S+/.exec(out);
    if (m) ok(m[0]);
  });
  child.on('exit', (code) => fail(new Error(`serve exited ${code}: ${out}`)));
});
try {
  let t = performance.now();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('.app[data-stamp]');
  const firstView = (performance.now() - t) / 1000;
  // a save: the first editable section gets one more sentence
  const id = await page
    .locator('.plan-section:has(.edit-button)')
    .first()
    .getAttribute('data-section');
  const section = page.locator(`.plan-section[data-section="${id}"]`);
  await section.locator('.edit-button').click();
  const editor = section.locator('textarea');
  await editor.fill(
    `${await editor.inputValue()}\n\n本書の内容は、ベンチマークのために追記した一文です。`,
  );
  t = performance.now();
  await section.locator('.editor button.primary').click();
  await section.locator('.notice-ok').waitFor();
  const save = (performance.now() - t) / 1000;
  const seconds = measure === 'save' ? save : firstView;
  process.stdout.write(`${JSON.stringify({ seconds, firstView, save })}\n`);
} finally {
  await browser.close();
  child.kill('SIGINT');
}
