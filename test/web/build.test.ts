/**
 * The built page (dist/web, `npm run build`): everything it loads is its own file, served by
 * the tool (no CDN, no inline script for the CSP default-src 'self'), and the build gives the
 * same bytes twice.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WEB = path.join(ROOT, 'dist/web');
const read = (f: string) => readFileSync(path.join(WEB, f), 'utf8');
const hash = (f: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(WEB, f)))
    .digest('hex');

describe('dist/web', () => {
  it('holds the page, its script, its stylesheet and its fonts', () => {
    expect(readdirSync(WEB).sort()).toEqual([
      'NotoSansJP_400Regular.ttf',
      'NotoSansJP_700Bold.ttf',
      'app.js',
      'favicon.svg',
      'index.html',
      'style.css',
    ]);
  });

  it('loads only its own files: no external URL, no inline script or style', () => {
    const html = read('index.html');
    const refs = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs.filter((r) => r !== '/api/state')) {
      expect(ref).toMatch(/^\/assets\/[\w.-]+$/);
      expect(existsSync(path.join(WEB, ref.slice('/assets/'.length)))).toBe(true);
    }
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    const css = read('style.css');
    const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBe(2);
    for (const u of urls) expect(existsSync(path.join(WEB, u))).toBe(true);
    expect(css).not.toMatch(/@import|https?:/);
    // The script names XML namespaces and React's error-page address as strings; it fetches
    // only the same-origin API.
    const js = read('app.js');
    const external = [...js.matchAll(/https?:\/\/[^"'`\s)]+/g)]
      .map((m) => m[0])
      .filter(
        (u) => !u.startsWith('http://www.w3.org/') && !u.startsWith('https://react.dev/errors/'),
      );
    expect(external).toEqual([]);
  });

  it('is deterministic: a second build gives the same bytes', () => {
    // Into a temp folder: dist/web may be served by the browser test running beside this one.
    const out = mkdtempSync(path.join(tmpdir(), 'ep-web-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-web.mjs'), '--out', out]);
      for (const f of readdirSync(WEB))
        expect(
          createHash('sha256')
            .update(readFileSync(path.join(out, f)))
            .digest('hex'),
          f,
        ).toBe(hash(f));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
