/**
 * `check` on a performance case through the built CLI: a case that claims every order shipped
 * while the shipping log has an unshipped one gets UNSHIPPED_ORDERS (the reconciliation) and
 * PLAN_PERF_CLAIMS_SHIPPED (the plan check), both errors, exit 1. Once the order has shipped,
 * neither fires.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = path.resolve('dist/src/cli.js');
const fixture = path.resolve('test/fixtures/performance/small');

interface Out {
  exitCode: number;
  problems: { code: string; severity: string; where: Record<string, unknown>; message: string }[];
}

function check(dir: string): Out {
  const r = spawnSync(process.execPath, [cli, 'check', dir, '--json', '--lang', 'en'], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  const out = JSON.parse(r.stdout) as Out;
  expect(r.status).toBe(out.exitCode);
  return out;
}

describe('check on a performance case', () => {
  it('flags a case that claims the problem is fixed while an order is unshipped', () => {
    const out = check(fixture);
    expect(out.exitCode).toBe(1);
    const unshipped = out.problems.filter((p) => p.code === 'UNSHIPPED_ORDERS');
    expect(unshipped).toHaveLength(1);
    expect(unshipped[0]).toMatchObject({
      severity: 'error',
      where: { file: 'records/出荷管理.tsv', row: 10 },
    });
    expect(unshipped[0]!.message).toContain('503-0000009');
    const claims = out.problems.filter((p) => p.code === 'PLAN_PERF_CLAIMS_SHIPPED');
    expect(claims.map((p) => [p.severity, p.where.jsonPath])).toEqual([
      ['error', '$.narrative.immediateFix'],
      ['error', '$.narrative.perfActionsTaken'],
    ]);
    expect(claims[0]!.message).toContain('全て出荷済み');
    expect(claims[0]!.message).toContain('1 unshipped order (503-0000009)');
  });

  it('lists neither once the order has shipped', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-perf-')), 'case');
    cpSync(fixture, dir, { recursive: true });
    const file = path.join(dir, 'records', '出荷管理.tsv');
    const text = readFileSync(file, 'utf8').replace(
      '503-0000009\t2026/03/10\t2026/03/12\t\t',
      '503-0000009\t2026/03/10\t2026/03/12\t2026/03/13\t',
    );
    writeFileSync(file, text);
    const codes = check(dir).problems.map((p) => p.code);
    expect(codes).not.toContain('UNSHIPPED_ORDERS');
    expect(codes).not.toContain('PLAN_PERF_CLAIMS_SHIPPED');
  });
});
