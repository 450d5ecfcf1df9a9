/**
 * Hostile input, round 2 (issue 17), records and case-file classes: the built CLI on every item of
 * scripts/hostile/round2-records.mjs, under /usr/bin/time, within 1 GB of peak memory and 30 s.
 * Bad input → the exit code asked, a message in the seller's language naming the file, no stack
 * trace, nothing new in submissions/ or documents/; hostile input handled → the right numbers.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM script without types
import { itemRun, items, makeItem } from '../../scripts/hostile/round2-records.mjs';
import { cli, snapshot } from './run.js';

interface Item {
  id: string;
  area: string;
  class: number;
  command: 'build' | 'check' | 'reconcile' | 'verify';
  args?: string[] | ((dir: string) => string[]);
  env?: (dir: string) => Record<string, string>;
  exit: 0 | 1 | 2;
  mention?: string[];
  stderr?: string[];
  products?: Record<string, Record<string, number>>;
  /** stdout must be exactly one JSON document (with --json). */
  json?: boolean;
  /** Names in the new revision's upload/: how many, each short enough and without bidi controls. */
  uploadNames?: { count: number };
  /** A workbook the command writes (relative to the case folder), checked as text. */
  outputXlsx?: { file: string; mustContain: string; mustNotContain: string };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMiB: number;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Runs the built CLI under GNU time; its report goes to a file, not to the CLI's stderr. */
function timedCli(args: string[], env: Record<string, string> = {}): Run {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'ep-r2-time-')), 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-v', '-o', report, process.execPath, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'ja_JP.UTF-8', ...env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const t = readFileSync(report, 'utf8');
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(t)?.[1] ?? NaN);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(t);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return {
    code: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    seconds,
    peakMiB: peakKb / 1024,
  };
}

async function prepare(it: Item): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-r2-')), it.id);
  await makeItem(it, dir);
  return dir;
}

describe('hostile input, round 2: records, case file, --json', () => {
  for (const item of items as Item[]) {
    it(`class ${item.class} ${item.area}: ${item.id}`, async () => {
      const dir = await prepare(item);
      // (snapshot lists links and pipes without opening them)
      const before = {
        docs: snapshot(path.join(dir, 'documents')),
        subs: snapshot(path.join(dir, 'submissions')),
      };
      const { argv, env } = itemRun(item, dir) as { argv: string[]; env: Record<string, string> };
      const r = timedCli(argv, env);
      const out = r.stdout + r.stderr;
      expect(r.code, out.slice(0, 4000)).toBe(item.exit);
      expect(r.peakMiB, 'peak memory (MiB)').toBeLessThan(1024);
      expect(r.seconds, 'wall time (s)').toBeLessThan(30);
      expect(out, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
      for (const m of item.mention ?? []) expect(out, `should mention ${m}`).toContain(m);
      for (const m of item.stderr ?? []) expect(r.stderr, `stderr should say ${m}`).toContain(m);
      if (item.exit !== 0) expect(out, "message in the seller's language").toMatch(JAPANESE);
      if (item.exit !== 0 || item.command !== 'build') {
        expect(snapshot(path.join(dir, 'documents'))).toEqual(before.docs);
        expect(snapshot(path.join(dir, 'submissions'))).toEqual(before.subs);
      }
      if (item.json || item.products) {
        const doc = JSON.parse(r.stdout) as { products?: { asin: string }[] };
        for (const [asin, want] of Object.entries(item.products ?? {})) {
          const p = doc.products?.find((x) => x.asin === asin);
          expect(p, asin).toBeDefined();
          expect(p).toMatchObject(want);
        }
      }
      if (item.uploadNames) {
        const up = path.join(dir, 'submissions', 'rev-001', 'upload');
        const names = readdirSync(up);
        expect(names).toHaveLength(item.uploadNames.count);
        for (const n of names) {
          expect(Buffer.byteLength(n), n).toBeLessThanOrEqual(255);
          expect(n).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
          expect(statSync(path.join(up, n)).size).toBeGreaterThan(0);
        }
      }
      if (item.outputXlsx) {
        const text = execFileSync('unzip', ['-p', path.join(dir, item.outputXlsx.file)], {
          encoding: 'utf8',
          maxBuffer: 512 * 1024 * 1024,
        });
        expect(text).toContain(item.outputXlsx.mustContain);
        expect(text).not.toContain(item.outputXlsx.mustNotContain);
      }
    });
  }
});
