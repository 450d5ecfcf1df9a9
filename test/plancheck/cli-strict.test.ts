/** Plan problems are warnings: `check` lists them and passes; `check --strict` fails on them. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

const cli = path.resolve('dist/src/cli.js');

function check(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'check', dir, '--json', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', SOURCE_DATE_EPOCH: '1790812800' }, // 2026-10-01
  });
  return {
    code: r.status,
    out: JSON.parse(r.stdout) as { problems: { code: string; severity: string }[] },
  };
}

describe('check and plan warnings', () => {
  const c = validCase();
  c.narrative.qualityRules = '今後は気をつけます。';
  const dir = makeCaseDir(c);

  it('lists the plan warnings and exits 0', () => {
    const r = check(dir);
    const plan = r.out.problems.filter((p) => p.code.startsWith('PLAN_'));
    expect(plan.map((p) => p.code)).toContain('PLAN_VAGUE');
    expect(plan.every((p) => p.severity === 'warning')).toBe(true);
    expect(r.code).toBe(0);
  });
  it('exits 1 with --strict', () => {
    expect(check(dir, '--strict').code).toBe(1);
  });
});
