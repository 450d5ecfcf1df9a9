/**
 * The review server's guard over real HTTP: the token, the Host header, the origin of writes,
 * paths that try to leave the page's folder, the headers of every answer.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { tr } from '../../src/i18n/catalogue.js';
import type { ReviewState } from '../../src/serve/types.js';
import { client, hasSample, raw, SAMPLE, sampleCopy, tempRoot, webFiles } from './helpers.js';

const tmp = tempRoot('ep-serve-');
let server: RunningServer;
let dir: string;
let caseBytes: string;

beforeAll(async () => {
  if (!hasSample) return;
  // the guard does not depend on the case: the sample without documents starts fastest
  dir = sampleCopy(tmp.dir, 'case', 'ja-flawed');
  caseBytes = readFileSync(path.join(dir, 'case.json'), 'utf8');
  server = await startServer({ dir, webRoot: webFiles(tmp.dir, path.join(dir, 'case.json')) });
});
afterAll(async () => {
  await server?.close();
  tmp.remove();
});

describe.skipIf(!hasSample)('serve: who may ask', () => {
  it('binds 127.0.0.1 only, on a free port, and prints a URL with a 64-hex token', () => {
    const address = server.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[0-9a-f]{64}$`),
    );
  });

  it('refuses a request without the token, or with a wrong one (401, in the case language)', async () => {
    const none = await raw(server.port, { path: '/api/state' });
    expect(none.status).toBe(401);
    expect(none.json<{ message: string }>().message).toBe(tr('ja', 'serve.unauthorized'));
    const wrong = '0'.repeat(64);
    for (const r of [
      await raw(server.port, { path: `/?token=${wrong}` }),
      await raw(server.port, { path: '/api/state', headers: { 'x-evidence-token': wrong } }),
      await raw(server.port, {
        path: '/',
        headers: { cookie: `evidence_pack_${server.port}=${wrong}` },
      }),
      await raw(server.port, {
        path: '/api/state',
        headers: { 'x-evidence-token': server.token.slice(1) },
      }),
    ]) {
      expect(r.status).toBe(401);
      expect(r.text).not.toContain('<!doctype');
    }
    // the page's 401 is plain text in Japanese
    const page = await raw(server.port, { path: '/' });
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toMatch(/^text\/plain/);
    expect(page.text.trim()).toBe(tr('ja', 'serve.unauthorized'));
  });

  it('takes the token from the URL once: an HttpOnly SameSite=Strict cookie and a redirect', async () => {
    const first = await raw(server.port, { path: `/?token=${server.token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = first.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // never a redirect to another host
    const twice = await raw(server.port, { path: `/.//evil.example/?token=${server.token}` });
    expect(twice.headers.location).toBe('/evil.example/');
    const page = await raw(server.port, { path: '/', headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>review</title>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['content-security-policy']).not.toMatch(/https?:/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers only to its own Host (DNS rebinding): 403 otherwise', async () => {
    const c = { 'x-evidence-token': server.token };
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:${server.port + 1}`,
    ]) {
      const r = await raw(server.port, { path: '/api/state', headers: { ...c, host } });
      expect(r.status, host).toBe(403);
    }
    for (const host of [
      `localhost:${server.port}`,
      `[::1]:${server.port}`,
      `127.0.0.1:${server.port}`,
    ]) {
      const r = await raw(server.port, { path: '/api/state', headers: { ...c, host } });
      expect(r.status, host).toBe(200);
    }
  });

  it('refuses writes from another origin (403) and reads nothing from them', async () => {
    const state = (await client(server.port, server.token).get('/api/state')).json<ReviewState>();
    const s = state.sections[0]!;
    const body = JSON.stringify({ version: s.version, source: 'evil' });
    const headers = { 'x-evidence-token': server.token, 'content-type': 'application/json' };
    const plan = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    const cases: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      {},
      { origin: 'null' },
      { origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'cross-site' },
    ];
    for (const extra of cases) {
      const put = await raw(server.port, {
        method: 'PUT',
        path: `/api/sections/${s.id}`,
        headers: { ...headers, ...extra },
        body,
      });
      expect(put.status).toBe(403);
      const post = await raw(server.port, {
        method: 'POST',
        path: '/api/build',
        headers: { ...headers, ...extra },
        body: '{}',
      });
      expect(post.status).toBe(403);
    }
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toBe(plan);
    expect(readdirSync(dir)).not.toContain('submissions');
  });

  it('serves nothing outside the page folder: traversal, encoded traversal, backslashes, symlinks', async () => {
    const c = client(server.port, server.token);
    for (const p of [
      '/assets/../../case.json',
      '/assets/../case/case.json',
      '/assets/%2e%2e/%2e%2e/case.json',
      '/assets/%2E%2E/case/case.json',
      '/assets/..%2fcase.json',
      '/assets/..%2F..%2Fcase%2Fcase.json',
      '/assets/..\\..\\case\\case.json',
      '/assets/%5c..%5ccase.json',
      '/assets/app.js%00.json',
      '/assets/escape.json',
      '/assets//etc/passwd',
      '/assets/.hidden',
      '/../case.json',
      '/case.json',
      '/api/../case.json',
      '/assets/sub/../../../case/case.json',
    ]) {
      const r = await c.get(p);
      expect([403, 404], p).toContain(r.status);
      expect(r.text, p).not.toContain(caseBytes.slice(0, 40));
    }
    expect((await c.get('/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await c.get('/assets/sub/x.css')).status).toBe(200);
  });

  it('answers the state as JSON, never cached; unknown routes 404, wrong methods 405', async () => {
    const c = client(server.port, server.token);
    const r = await c.get('/api/state');
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    const state = r.json<ReviewState>();
    expect(state.lang).toBe('ja');
    expect(state.planFile).toBe('plan.md');
    expect(state.sections.map((s) => s.id)).toContain('rootCause');
    expect((await c.get('/api/nothing')).status).toBe(404);
    expect((await c.send('DELETE', '/api/state', {})).status).toBe(405);
    expect((await c.send('POST', '/api/sections/rootCause', {})).status).toBe(405);
  });

  it('takes only JSON bodies of the save shape, at most 1 MB', async () => {
    const c = client(server.port, server.token);
    const big = await c.send('PUT', '/api/sections/rootCause', {
      version: 'x',
      source: 'あ'.repeat(400_000),
    });
    expect(big.status).toBe(413);
    const extra = await c.send('PUT', '/api/sections/rootCause', {
      version: 'x',
      source: 'a',
      more: 1,
    });
    expect(extra.status).toBe(422);
    const wrongType = await c.send('PUT', '/api/sections/rootCause', { version: 1, source: 'a' });
    expect(wrongType.status).toBe(422);
    expect(wrongType.json<{ message: string }>().message).toContain('$.version');
    const notJson = await raw(server.port, {
      method: 'PUT',
      path: '/api/sections/rootCause',
      headers: {
        'x-evidence-token': server.token,
        origin: server.origin,
        'content-type': 'text/plain',
      },
      body: 'x',
    });
    expect(notJson.status).toBe(415);
    const unknown = await c.send('PUT', '/api/sections/notASection', { version: 'x', source: 'a' });
    expect(unknown.status).toBe(404);
  });

  it('draws a page of the preview PDF as PNG; 404 for a page it lacks or no preview', async () => {
    const c = client(server.port, server.token);
    const none = await c.get('/api/preview/1.png');
    expect(none.status).toBe(404);
    expect(none.json<{ message: string }>().message).toBe(tr('ja', 'serve.previewMissing'));
    // any real PDF stands for the preview (the preview stage writes this file)
    const docs = path.join(SAMPLE, 'documents');
    const pdf = readdirSync(docs).find((f) => f.endsWith('.pdf'))!;
    mkdirSync(path.join(dir, 'preview'));
    copyFileSync(path.join(docs, pdf), path.join(dir, 'preview', 'preview.pdf'));
    const page = await c.get('/api/preview/1.png');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('image/png');
    expect(page.body.subarray(1, 4).toString()).toBe('PNG');
    expect((await c.get('/api/preview/999.png')).status).toBe(404);
    expect((await c.get('/api/preview/0.png')).status).toBe(404);
    expect((await c.get('/api/preview/..%2f1.png')).status).toBe(404);
  });
});
