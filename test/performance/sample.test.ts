/**
 * samples/ja-performance through the built CLI: the numbers its narrative quotes equal the
 * reconciliation, `check` finds nothing (no false alarm), and `build` gives a complete PDF with
 * the seven sections, the chart and the tables (pdftotext, pdffonts, pdfinfo, qpdf --check).
 * test/global-setup.ts has generated the sample before this file runs; the build runs on a copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planText } from '../helpers/plan-file.js';
import { t } from '../../src/i18n/catalogue.js';
import { PERFORMANCE_SECTIONS } from '../../src/case/sections.js';

const root = path.resolve('.');
const cli = path.join(root, 'dist', 'src', 'cli.js');
const sample = path.join(root, 'samples', 'ja-performance');

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Rates {
  orders: number;
  late: number;
  lateRate: number | null;
  wrongItems: number;
}
interface PerfJson {
  fixDate: string;
  asOf: string;
  before: Rates;
  after: Rates;
  total: Rates;
  latest: { days30: { orders: number; late: number; lateRate: number; date: string } };
  unshipped: unknown[];
}

const pct = (x: number | null) => `${((x ?? 0) * 100).toFixed(1)}%`;

describe('samples/ja-performance', () => {
  let dir = '';
  let perf: PerfJson;
  let narrative: Record<string, string[]>;
  beforeAll(() => {
    const r = run(process.execPath, [cli, 'reconcile', sample, '--json']);
    expect(r.code, r.stderr).toBe(0);
    perf = JSON.parse(r.stdout).performance as PerfJson;
    narrative = Object.fromEntries(
      Object.entries(planText(sample)).map(([id, text]) => [id, text.split('\n')]),
    );
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reconciles: every order shipped, none late since the fix, 30 days under the target', () => {
    expect(perf.asOf).toBe('2026-09-08'); // case.json build.date
    expect(perf.unshipped).toEqual([]);
    expect(perf.after.late).toBe(0);
    expect(perf.after.orders).toBeGreaterThan(30);
    expect(perf.before.lateRate!).toBeGreaterThan(0.04);
    expect(perf.before.wrongItems).toBe(3);
    expect(perf.latest.days30.lateRate).toBeLessThan(0.04);
  });

  it('quotes in its narrative exactly the numbers of the reconciliation', () => {
    const text = Object.values(narrative).flat().join('\n');
    const b = perf.before;
    expect(text).toContain(`注文 ${b.orders} 件のうち ${b.late} 件`);
    expect(text).toContain(`出荷遅延率は ${pct(b.lateRate)} でした`);
    expect(text).toContain(`誤発送が ${b.wrongItems} 件`);
    expect(text).toContain(
      `改善日以降の注文 ${perf.after.orders} 件では、出荷予定日を過ぎた注文は 0 件`,
    );
    expect(text).toContain(
      `出荷遅延率は ${pct(perf.latest.days30.lateRate)} で、目標の4%を下回って`,
    );
    expect(text).toContain('未出荷の注文は 0 件');
  });

  it('passes check with no problem at all (no plan rule false alarm)', () => {
    const r = run(process.execPath, [cli, 'check', sample, '--json']);
    const out = JSON.parse(r.stdout) as { problems: { code: string; message: string }[] };
    expect(out.problems.map((p) => `${p.code}: ${p.message}`)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('builds into a complete PDF with the chart and the tables', () => {
    dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ep-perf-sample-')), 'case');
    cpSync(sample, dir, {
      recursive: true,
      filter: (src) => !src.split(path.sep).includes('submissions'),
    });
    const b = run(process.execPath, [cli, 'build', dir]);
    expect(b.code, b.stderr).toBe(0);
    const pdf = path.join(dir, 'submissions', 'rev-001', 'submission.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(run('qpdf', ['--check', pdf]).code).toBe(0);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).stdout)![1]);
    expect(pages).toBeGreaterThanOrEqual(10); // our pages + 5 documents with separators
    const fonts = run('pdffonts', [pdf]).stdout;
    expect(fonts).not.toMatch(/Helvetica/);
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((l) => /\byes\s+yes\s+yes\b/.test(l)),
    ).toBe(true);
    const text = run('pdftotext', [pdf, '-']).stdout;
    const flat = text.replace(/\s+/g, '');
    for (const id of PERFORMANCE_SECTIONS)
      expect(flat).toContain(t(`section.${id}`).ja.replace(/\s+/g, ''));
    // the chart: title, legend, target line and fix date labels
    expect(flat).toContain('出荷遅延率の推移');
    expect(flat).toContain('週ごとの出荷遅延率');
    expect(flat).toContain('直近30日間の出荷遅延率');
    expect(flat).toContain('週ごとの誤発送率');
    expect(flat).toContain('目標4%');
    expect(flat).toContain('改善日8/5');
    // proof of the fix: unshipped count and the before/after table
    expect(flat).toContain('2026年9月8日時点で、未出荷の注文は0件です');
    expect(flat).toContain(
      `改善前（2026年8月5日より前）${perf.before.orders}${perf.before.late}${pct(perf.before.lateRate)}`,
    );
    expect(flat).toContain(`改善後（2026年8月5日以降）${perf.after.orders}00.0%`);
    // the weekly table and the deputy with contact
    expect(flat).toMatch(/2026年7月27日\d+\d+100\.0%/);
    expect(flat).toContain('090-0555-0142');
    // every action with its evidence reference into the appended documents
    expect((flat.match(/証拠:B-\d/g) ?? []).length).toBe(5);
  });
});
