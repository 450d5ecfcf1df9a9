/**
 * samples/ja-flawed trips every plan rule: the built CLI's `check --json` lists every planted
 * code (build first: `npx tsc -p .`, as `npm test` does).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const cli = path.resolve('dist/src/cli.js');

const PLANTED = [
  'PLAN_VAGUE',
  'PLAN_ACTION_UNDATED',
  'PLAN_ACTION_FUTURE',
  'PLAN_ACTION_NOT_DONE',
  'PLAN_ACTION_NO_EVIDENCE',
  'PLAN_PREVENTION_INCOMPLETE',
  'PLAN_ASIN_NOT_ADDRESSED',
  'PLAN_ASIN_NO_DOCUMENT',
  'PLAN_NUMBER_MISMATCH',
  'PLAN_TONE_BLAME',
  'PLAN_TONE_PLEADING',
  'PLAN_STOP_SELLING_ONLY',
  'NARRATIVE_MISSING',
  'PLAN_LENGTH_SHORT',
  'PLAN_LENGTH_LONG',
  'PLAN_DATE_CONTRADICTION',
  'PLAN_ROOTCAUSE_MISSING',
];

interface JsonProblem {
  code: string;
  severity: string;
  where: Record<string, unknown>;
  message: string;
  hint: string | null;
  found: string | null;
}

function check(args: string[] = []) {
  const r = spawnSync(process.execPath, [cli, 'check', 'samples/ja-flawed', '--json', ...args], {
    encoding: 'utf8',
    // 2026-04-01: a fixed "today" after the notice (2026-03-01).
    env: { ...process.env, LANG: 'C', SOURCE_DATE_EPOCH: '1775001600' },
  });
  return { code: r.status, out: JSON.parse(r.stdout) as { ok: boolean; problems: JsonProblem[] } };
}

describe('check samples/ja-flawed', () => {
  const { code, out } = check();
  const codes = new Set(out.problems.map((p) => p.code));

  it.each(PLANTED)('lists %s', (c) => expect(codes).toContain(c));

  it('fails: an action dated after today is an error', () => {
    expect(code).toBe(1);
    const future = out.problems.find((p) => p.code === 'PLAN_ACTION_FUTURE')!;
    expect(future.severity).toBe('error');
    expect(future.where).toEqual({
      file: 'case.json',
      jsonPath: '$.actionsTaken[0].date',
      section: 'actionsTaken',
    });
  });

  it('reads no bad cell in its records and quotes Japanese sentences with hints', () => {
    expect(out.problems.filter((p) => p.code.startsWith('RECORD_'))).toEqual([]);
    const vague = out.problems.find((p) => p.code === 'PLAN_VAGUE')!;
    expect(vague.message).toContain('今後は気をつけます');
    expect(vague.hint).toContain('毎週月曜');
  });

  it('finds the sold units and the rate that disagree with the tables', () => {
    const found = out.problems.filter((p) => p.code === 'PLAN_NUMBER_MISMATCH').map((p) => p.found);
    expect(found).toEqual(['10個販売', '20%']);
  });

  it('finds the invoice dated after the receipt it covers, by file and row', () => {
    const late = out.problems.find(
      (p) => p.code === 'PLAN_DATE_CONTRADICTION' && p.where.file === 'records/invoice-lines.tsv',
    )!;
    expect(late.where.row).toBe(3);
    expect(late.message).toContain('INV-2025-093');
  });

  it('speaks English with --lang en', () => {
    const en = check(['--lang', 'en']).out.problems.find((p) => p.code === 'PLAN_TONE_BLAME')!;
    expect(en.message).toMatch(/blames the buyer/);
  });
});
