/**
 * Saving a section from the page over real HTTP: plan.md gets the text (every other section
 * byte-identical), the findings are rerun, a second save from the same version is a conflict
 * (no lost edit), and a Word plan is refused with the reason.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tr } from '../../src/i18n/catalogue.js';
import { sectionSources } from '../../src/plan/replace-section.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import type { ReviewState, SaveConflict } from '../../src/serve/types.js';
import type { ReviewCache } from '../../src/serve/state.js';
import { makeDocx } from '../plan/docx-fixture.js';
import { client, hasSample, sampleCopy, tempRoot, webFiles } from './helpers.js';
import { seedTexts } from './text-store.js';

const tmp = tempRoot('ep-serve-save-');
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  tmp.remove();
});

/** One state cache for the copies (keyed by contents): the sample's documents are read once. */
const cache: ReviewCache = {};

async function serve(name: string, prepare?: (dir: string) => void, sample?: string) {
  const dir = sampleCopy(tmp.dir, name, sample);
  // the ja sample's scans as read once for all tests (the shared cache's store is the first copy's)
  if (!sample) await seedTexts(dir);
  prepare?.(dir);
  const server = await startServer({
    dir,
    cache,
    webRoot: webFiles(path.join(tmp.dir, `${name}-web`), '/etc/hostname'),
  });
  servers.push(server);
  return { dir, server, c: client(server.port, server.token) };
}

const opts = { kind: 'authenticity', lang: 'ja' } as const;
const VAGUE = '二度と起こらないよう努めます。';

describe.skipIf(!hasSample)('serve: saving a section', () => {
  it('writes plan.md atomically, reruns the findings, and keeps the other sections', async () => {
    const { dir, c } = await serve('save');
    const file = path.join(dir, 'plan.md');
    const before = readFileSync(file, 'utf8');
    const state = (await c.get('/api/state')).json<ReviewState>();
    const section = state.sections.find((s) => s.id === 'rootCause')!;
    expect(state.findings.some((f) => f.code === 'PLAN_VAGUE')).toBe(false);

    const text = `${section.source}\n\n${VAGUE}`;
    const started = performance.now();
    const r = await c.send('PUT', '/api/sections/rootCause', {
      version: section.version,
      source: text,
    });
    const ms = performance.now() - started;
    expect(r.status).toBe(200);
    const after = r.json<ReviewState>();
    // the finding the new sentence causes is in the answer, beside its section
    const vague = after.findings.filter((f) => f.code === 'PLAN_VAGUE');
    expect(vague.length).toBeGreaterThan(0);
    expect(vague[0]!.where.section ?? (vague[0]!.anchor as { section?: string }).section).toBe(
      'rootCause',
    );
    expect(after.stamp).not.toBe(state.stamp);
    expect(after.sections.find((s) => s.id === 'rootCause')!.version).not.toBe(section.version);
    // plan.md: the section has the new text, every other section the same bytes
    const written = readFileSync(file, 'utf8');
    const was = sectionSources(before, opts);
    const now = sectionSources(written, opts);
    expect(now.rootCause).toBe(text);
    for (const id of Object.keys(was))
      if (id !== 'rootCause') expect(now[id as 'issue']).toBe(was[id as 'issue']);
    expect(written.replace(text, section.source)).toBe(before);
    // no temporary file left beside it
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    console.log(`save → refreshed state: ${ms.toFixed(0)} ms`);

    // putting the text back removes the finding
    const back = await c.send('PUT', '/api/sections/rootCause', {
      version: after.sections.find((s) => s.id === 'rootCause')!.version,
      source: section.source,
    });
    expect(back.status).toBe(200);
    expect(back.json<ReviewState>().findings.some((f) => f.code === 'PLAN_VAGUE')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('two saves from the same version: the second is a conflict with the current text', async () => {
    const { dir, c } = await serve('conflict');
    const state = (await c.get('/api/state')).json<ReviewState>();
    const section = state.sections.find((s) => s.id === 'apology')!;
    const first = c.send('PUT', '/api/sections/apology', {
      version: section.version,
      source: '一つ目のタブの文です。',
    });
    const second = c.send('PUT', '/api/sections/apology', {
      version: section.version,
      source: '二つ目のタブの文です。',
    });
    const [a, b] = await Promise.all([first, second]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    const wonText = won === a ? '一つ目のタブの文です。' : '二つ目のタブの文です。';
    const conflict = lost.json<SaveConflict>();
    expect(conflict.conflict).toBe(true);
    expect(conflict.current.source).toBe(wonText);
    expect(conflict.message).toBe(tr('ja', 'serve.conflict'));
    expect(conflict.current.version).toBe(
      won.json<ReviewState>().sections.find((s) => s.id === 'apology')!.version,
    );
    expect(sectionSources(readFileSync(path.join(dir, 'plan.md'), 'utf8'), opts).apology).toBe(
      wonText,
    );

    // an edit in another editor meanwhile is a conflict too
    const plan = path.join(dir, 'plan.md');
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace(wonText, 'エディターで書き換えました。'),
    );
    const third = await c.send('PUT', '/api/sections/apology', {
      version: conflict.current.version,
      source: '三つ目',
    });
    expect(third.status).toBe(409);
    expect(third.json<SaveConflict>().current.source).toBe('エディターで書き換えました。');
  });

  it('refuses a text with a ## heading (it would start another section)', async () => {
    const { dir, c } = await serve('heading', undefined, 'ja-flawed');
    const plan = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    const state = (await c.get('/api/state')).json<ReviewState>();
    const s = state.sections.find((x) => x.id === 'apology')!;
    const r = await c.send('PUT', '/api/sections/apology', {
      version: s.version,
      source: 'a\n\n## 別の章\n\nb',
    });
    expect(r.status).toBe(422);
    expect(r.json<{ message: string }>().message).toBe(
      tr('ja', 'serve.headingInSource', { line: 3, heading: '## 別の章' }),
    );
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toBe(plan);
  });

  it('keeps the comments inside a section: the page edits the section as written', async () => {
    const guidance = '<!--\n何を書くかの案内です。\n-->';
    const note = '<!-- 社内メモ: 返金の件は後で書く -->';
    const { dir, c } = await serve(
      'comments',
      (d) => {
        const file = path.join(d, 'plan.md');
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace(
            /(## [^\n]*\{#apology\}\n\n)([^\n]*\n)/,
            `$1${guidance}\n\n$2\n${note}\n\n二段落目の文です。\n`,
          ),
        );
      },
      'ja-flawed',
    );
    const file = path.join(dir, 'plan.md');
    const before = readFileSync(file, 'utf8');
    const state = (await c.get('/api/state')).json<ReviewState>();
    const s = state.sections.find((x) => x.id === 'apology')!;
    // what the page shows is the text as written, comments included
    expect(s.source).toBe(sectionSources(before, opts).apology);
    expect(s.source).toContain(guidance);
    expect(s.source).toContain(note);

    // saved unchanged: the file is byte-identical
    const same = await c.send('PUT', '/api/sections/apology', {
      version: s.version,
      source: s.source,
    });
    expect(same.status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const again = same.json<ReviewState>().sections.find((x) => x.id === 'apology')!;
    expect(again.version).toBe(s.version);

    // saved with an edit: both comments are still there, the edit is in
    const edited = s.source.replace('二段落目の文です。', '書き直した二段落目です。');
    const r = await c.send('PUT', '/api/sections/apology', {
      version: again.version,
      source: edited,
    });
    expect(r.status).toBe(200);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(before.replace('二段落目の文です。', '書き直した二段落目です。'));
    expect(written).toContain(note);
    expect(written).toContain(guidance);
    expect(r.json<ReviewState>().sections.find((x) => x.id === 'apology')!.source).toBe(edited);
  });

  it('refuses to save a Word plan, saying to edit it in Word', async () => {
    const { dir, c } = await serve(
      'word',
      (d) => {
        rmSync(path.join(d, 'plan.md'));
        writeFileSync(
          path.join(d, 'plan.docx'),
          makeDocx([{ style: 'Heading2', runs: ['この度の問題'] }, '通知を受けました。']),
        );
      },
      'ja-flawed',
    );
    const before = readFileSync(path.join(dir, 'plan.docx'));
    const state = (await c.get('/api/state')).json<ReviewState>();
    expect(state.planFile).toBe('plan.docx');
    const s = state.sections.find((x) => x.id === 'issue')!;
    const r = await c.send('PUT', '/api/sections/issue', {
      version: s.version,
      source: '書き換え',
    });
    expect(r.status).toBe(422);
    const message = r.json<{ message: string }>().message;
    expect(message).toMatch(/plan\.docx|Word/);
    expect(readFileSync(path.join(dir, 'plan.docx')).equals(before)).toBe(true);
    expect(readdirSync(dir)).not.toContain('plan.md');

    // plan.md beside plan.docx: no plan can be read (PLAN_SOURCES), nothing is written
    writeFileSync(path.join(dir, 'plan.md'), '## お詫び {#apology}\n\n文。\n');
    const both = (await c.get('/api/state')).json<ReviewState>();
    expect(both.findings.map((f) => f.code)).toContain('PLAN_SOURCES');
    const a = both.sections.find((x) => x.id === 'apology')!;
    const refused = await c.send('PUT', '/api/sections/apology', {
      version: a.version,
      source: 'x',
    });
    expect(refused.status).toBe(422);
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toBe('## お詫び {#apology}\n\n文。\n');
  });
});
