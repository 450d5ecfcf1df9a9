/**
 * A build started from the page: the build command's function writes rev-001 with its manifest,
 * its progress and end come as Server-Sent Events, one build at a time, and a build that stops
 * sends the findings.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import type { BuildEvent, ReviewState } from '../../src/serve/types.js';
import { client, hasSample, sampleCopy, tempRoot, webFiles } from './helpers.js';
import { seedTexts } from './text-store.js';

const tmp = tempRoot('ep-serve-build-');
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.close();
  tmp.remove();
});

const events = (text: string): BuildEvent[] =>
  text
    .split('\n\n')
    .map((block) => block.split('\n').find((l) => l.startsWith('data: ')))
    .filter((l): l is string => !!l)
    .map((l) => JSON.parse(l.slice(6)) as BuildEvent);

describe.skipIf(!hasSample)('serve: build', () => {
  it('writes the next revision as `build` does, with progress events, one at a time', async () => {
    const dir = sampleCopy(tmp.dir, 'case');
    await seedTexts(dir);
    server = await startServer({ dir, webRoot: webFiles(tmp.dir, '/etc/hostname') });
    const c = client(server.port, server.token);

    const start = await c.send('POST', '/api/build', {});
    expect(start.status).toBe(202);
    const { job, events: url } = start.json<{ job: string; events: string }>();
    expect(url).toBe(`/api/build/${job}/events`);
    // a second one while it runs is refused
    const again = await c.send('POST', '/api/build', {});
    expect(again.status).toBe(409);

    const stream = await c.get(url);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    const got = events(stream.text);
    const last = got.at(-1)!;
    expect(last, stream.text).toMatchObject({ type: 'done', revision: 'rev-001' });
    expect(
      got.filter((e) => e.type === 'progress').map((e) => (e as { step: string }).step),
    ).toEqual(['records', 'documents', 'render', 'publish']);

    const rev = path.join(dir, 'submissions', 'rev-001');
    const manifest = JSON.parse(readFileSync(path.join(rev, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toBeTypeOf('object');
    const pages = Number(
      /Pages:\s+(\d+)/.exec(
        execFileSync('pdfinfo', [path.join(rev, 'submission.pdf')], { encoding: 'utf8' }),
      )![1],
    );
    expect(last).toMatchObject({ pages });
    expect(existsSync(path.join(rev, 'form.txt'))).toBe(true);
    // a late listener gets the whole story again
    expect(events((await c.get(url)).text)).toEqual(got);
    // the state lists the revision
    const state = (await c.get('/api/state')).json<ReviewState>();
    expect(state.stamp).toBeTruthy();
  });

  it('a build that stops sends `failed` with the findings', async () => {
    const c = client(server!.port, server!.token);
    const state = (await c.get('/api/state')).json<ReviewState>();
    const s = state.sections.find((x) => x.id === 'apology')!;
    const saved = await c.send('PUT', '/api/sections/apology', {
      version: s.version,
      source: '【要記入】',
    });
    expect(saved.status).toBe(200);
    const start = await c.send('POST', '/api/build', {});
    expect(start.status).toBe(202);
    const got = events((await c.get(start.json<{ events: string }>().events)).text);
    const last = got.at(-1)!;
    expect(last.type).toBe('failed');
    if (last.type !== 'failed') return;
    expect(last.findings.map((f) => f.code)).toContain('PLAN_TO_FILL');
    expect(last.message).toMatch(/【要記入】/);
    expect(existsSync(path.join(tmp.dir, 'case', 'submissions', 'rev-002'))).toBe(false);
  });
});
