/** `draft` on copies of the samples, through the built CLI. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlanMarkdown } from '../../src/plan/markdown.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/src/cli.js');
const tmp = mkdtempSync(path.join(tmpdir(), 'ep-draft-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: tmp });

function copy(id: string): string {
  const dir = path.join(tmp, id);
  cpSync(path.join(ROOT, 'samples', id), dir, { recursive: true });
  rmSync(path.join(dir, 'submissions'), { recursive: true, force: true });
  rmSync(path.join(dir, 'plan.md'));
  return dir;
}

interface Product {
  asin: string;
  cited: boolean;
  invoiced: number;
  received: number;
  sold: number;
}

describe.skipIf(!existsSync(path.join(ROOT, 'samples/ja-authenticity/records')))('draft', () => {
  it('writes plan.md from the data, with guidance and 【要記入】, which check and build refuse', () => {
    const dir = copy('ja-authenticity');
    const r = run('draft', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('plan.md に下書きを書きました');
    const text = readFileSync(path.join(dir, 'plan.md'), 'utf8');

    // every section, in order, and nothing but markers to complain about
    const parsed = parsePlanMarkdown(text, { file: 'plan.md', kind: 'authenticity' });
    expect(Object.keys(parsed.sections)).toHaveLength(23);
    expect(new Set(parsed.problems.map((p) => p.code))).toEqual(new Set(['PLAN_TO_FILL']));
    // the notice, the suppliers with their kinds, the dated actions
    expect(text).toContain('2026年10月20日、Amazon から「');
    expect(text).toContain('株式会社東雲トレード（卸売業者）');
    const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    expect(c.actionsTaken.length).toBeGreaterThan(0);
    for (const a of c.actionsTaken) expect(text).toContain(a.what.trim().slice(0, 20));
    // the reconciliation's numbers, per cited ASIN
    const rec = JSON.parse(run('reconcile', dir, '--json').stdout) as { products: Product[] };
    for (const p of rec.products.filter((x) => x.cited))
      expect(text).toContain(
        `**${p.asin}**：仕入 ${p.invoiced}個、FBA受領 ${p.received}個、販売 ${p.sold}個`,
      );
    // guidance: what a reviewer looks for, a concrete and a vague example — never printed
    expect(text.match(/審査担当者が見る点/g)).toHaveLength(23);
    expect(JSON.stringify(parsed.sections)).not.toContain('審査担当者');

    const check = run('check', dir, '--json');
    expect(check.status).toBe(1);
    const problems = JSON.parse(check.stdout).problems as {
      code: string;
      where: { file: string; line: number; column: string };
    }[];
    const toFill = problems.filter((p) => p.code === 'PLAN_TO_FILL');
    expect(toFill.length).toBeGreaterThan(20);
    const first = toFill[0]!.where;
    expect(first.file).toBe('plan.md');
    expect(text.split('\n')[first.line - 1]!.slice(Number(first.column) - 1)).toMatch(
      /^【要記入】/,
    );
    // the drafted numbers agree with the plan check
    expect(problems.filter((p) => p.code === 'PLAN_NUMBER_MISMATCH')).toEqual([]);

    const build = run('build', dir, '--date', '2026-11-20');
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('PLAN_TO_FILL');
    expect(existsSync(path.join(dir, 'submissions/rev-001'))).toBe(false);

    // a second draft never touches plan.md
    const again = run('draft', dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('plan.md はすでにあるため変更していません');
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toBe(text);
    expect(existsSync(path.join(dir, 'plan.draft.md'))).toBe(true);
  });

  it('drafts in the case language: 【TO FILL】 in English', () => {
    const dir = copy('en-authenticity');
    expect(run('draft', dir).status).toBe(0);
    const text = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    expect(text).toContain('【TO FILL】');
    expect(text).not.toContain('【要記入】');
    expect(text).toContain('What a reviewer looks for');
    expect(text).not.toMatch(/[ぁ-ん]/);
  });

  it('drafts a performance case from its rates', () => {
    const dir = copy('ja-performance');
    expect(run('draft', dir).status).toBe(0);
    const text = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    expect(text).toMatch(/改善前（.+より前）の注文 \d+ 件のうち \d+ 件が出荷予定日を過ぎ/);
    const parsed = parsePlanMarkdown(text, { file: 'plan.md', kind: 'performance' });
    expect(Object.keys(parsed.sections)).toHaveLength(7);
  });
});
