/**
 * `preview`: the built CLI watching a copy of the ja sample; a save of plan.md gives a new
 * draft PDF in preview/ with the new text, never a revision.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rebuildPreview, type PreviewCache } from '../../src/preview/rebuild.js';
import { appendToSection } from '../helpers/plan-file.js';
import { tr } from '../../src/i18n/catalogue.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/src/cli.js');
const SAMPLE = path.join(ROOT, 'samples/ja-authenticity');
const tmp = mkdtempSync(path.join(tmpdir(), 'ep-preview-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill();
  rmSync(tmp, { recursive: true, force: true });
});

function copy(name: string): string {
  const dir = path.join(tmp, name);
  cpSync(SAMPLE, dir, { recursive: true });
  // what earlier runs on the sample left (revisions, check's document texts) is not this test's
  for (const sub of ['submissions', 'preview'])
    rmSync(path.join(dir, sub), { recursive: true, force: true });
  return dir;
}

const text = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

/** Resolves with the stdout line that matches, as the child prints it. */
function nextLine(child: ChildProcess, match: RegExp, seen: { out: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out; output:\n${seen.out}`)), 110_000);
    const check = () => {
      const lines = seen.out.split('\n');
      const i = lines.findIndex((l) => match.test(l));
      if (i < 0) return false;
      seen.out = lines.slice(i + 1).join('\n');
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve(lines[i]!);
      return true;
    };
    const onData = (d: Buffer) => {
      seen.out += d.toString();
      check();
    };
    if (!check()) child.stdout!.on('data', onData);
  });
}

describe.skipIf(!existsSync(path.join(SAMPLE, 'records')))('preview', () => {
  it('rebuilds the draft PDF in preview/ when plan.md is saved, never a revision', async () => {
    const dir = copy('watched');
    const child = spawn(process.execPath, [CLI, 'preview', dir, '--lang', 'en'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const seen = { out: '' };
    const first = await nextLine(child, /^Preview updated: /, seen);
    const pdf = path.join(dir, 'preview', 'preview.pdf');
    expect(first).toContain(pdf);
    await nextLine(child, /^Watching /, seen);
    const before = text(pdf);
    // the cover says it is a draft (the diagonal watermark extracts letter by letter)
    expect(before).toContain(tr('en', 'report.cover.draft').replace(/\s+/g, ''));
    expect(before).not.toContain('プレビューの確認用の一文です。');

    appendToSection(dir, 'rootCause', 'プレビューの確認用の一文です。');
    const second = await nextLine(child, /^Preview updated: /, seen);
    expect(second).toContain(pdf);
    expect(text(pdf)).toContain('プレビューの確認用の一文です。');
    // a plan-check finding that appeared is printed as new
    appendToSection(dir, 'rootCause', '二度と起こらないよう努めます。');
    await nextLine(child, /^Preview updated: /, seen);
    const findings = await nextLine(child, /^\s+\+ new: .*PLAN_VAGUE/, seen);
    expect(findings).toContain('plan.md:');

    child.kill();
    expect(readdirSync(dir)).not.toContain('submissions');
    expect(readdirSync(path.join(dir, 'preview'))).toEqual(['preview.pdf']);
  });

  it('reuses records, reconciliation and document inspection after a plan.md edit', async () => {
    const dir = copy('cached');
    const cache: PreviewCache = {};
    const first = await rebuildPreview(dir, cache, { date: '2026-11-20' });
    expect(first.reused).toEqual([]);
    appendToSection(dir, 'rootCause', '追記した一文です。');
    const started = performance.now();
    const second = await rebuildPreview(dir, cache, { date: '2026-11-20' });
    const ms = performance.now() - started;
    expect(second.reused).toEqual(['records', 'reconciliation', 'documents']);
    expect(text(second.pdf)).toContain('追記した一文です。');
    // timing is measured by npm run bench (preview rebuild row); here only logged
    console.log(`preview rebuild after a plan.md edit: ${(ms / 1000).toFixed(2)} s`);
    // a record changed: records are read again
    execFileSync('touch', [path.join(dir, 'records', readdirSync(path.join(dir, 'records'))[0]!)]);
    const third = await rebuildPreview(dir, cache, { date: '2026-11-20' });
    expect(third.reused).toEqual([]);
  });
});
