/** The CLI contract: the built command's exit codes, messages and --json shape. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

const cli = path.resolve('dist/src/cli.js');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI contract', () => {
  it('lists the commands in --help and shows an example per command', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['init', 'check', 'build']) expect(r.stdout).toContain(c);
    for (const c of ['init', 'check', 'build'])
      expect(run([c, '--help']).stdout).toContain('Example:');
  });

  it('check: exit 0 on a valid case', () => {
    const r = run(['check', makeCaseDir(validCase())]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
  });

  it('check --json: exit 1 and every problem in the fixed shape, no stack trace', () => {
    const c = validCase();
    c.notice.receivedOn = '2026-02-30';
    c.seller.email = 42;
    const r = run(['check', makeCaseDir(c), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.exitCode).toBe(1);
    expect(out.problems).toHaveLength(2);
    for (const p of out.problems) {
      expect(Object.keys(p).sort()).toEqual([
        'code',
        'expected',
        'found',
        'hint',
        'message',
        'severity',
        'where',
      ]);
      expect(p.where.file).toBe('case.json');
    }
    expect(out.problems.map((p: any) => p.where.jsonPath).sort()).toEqual([
      '$.notice.receivedOn',
      '$.seller.email',
    ]);
    expect(r.stderr).not.toContain('    at ');
  });

  it("check: text output in the seller's language names the location", () => {
    const c = validCase();
    c.products[0].asin = 'bad';
    const r = run(['check', makeCaseDir(c)], { LANG: 'ja_JP.UTF-8' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('case.json $.products[0].asin');
    expect(r.stderr).toContain('エラー');
  });

  it('check: an empty section is one error (NARRATIVE_MISSING), not three findings', () => {
    const c = validCase();
    c.narrative.rootCause = '';
    const r = run(['check', makeCaseDir(c), '--json']);
    expect(r.code).toBe(1);
    const about = JSON.parse(r.stdout).problems.filter(
      (p: any) => p.where.jsonPath === '$.narrative.rootCause',
    );
    expect(about.map((p: any) => [p.code, p.severity])).toEqual([['NARRATIVE_MISSING', 'error']]);
  });

  it('check counts errors and warnings, never "no problems" over warnings; --strict fails on them', () => {
    // a vague promise: plan warnings, no error
    const c = validCase();
    c.narrative.qualityRules = '今後は十分に気をつけます。';
    const dir = makeCaseDir(c);
    const r = run(['check', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    const warnings = (r.stderr.match(/: warning /g) ?? []).length;
    expect(warnings).toBeGreaterThan(0);
    expect(r.stderr).toContain(`0 errors, ${warnings} warnings.`);
    expect(r.stdout).not.toContain('No problems found');
    expect(r.stdout).toContain(`No errors; ${warnings} warnings above.`);
    const ja = run(['check', dir]);
    expect(ja.stdout).not.toContain('問題は見つかりませんでした');
    expect(ja.stderr).toContain(`エラー 0 件、警告 ${warnings} 件。`);
    expect(run(['check', dir, '--strict']).code).toBe(1);
  });

  it("check: a missing document does not hide the records' problems; a typo names the nearest file", () => {
    const c = validCase();
    c.documents = [{ file: 'documents/invoce-001.pdf', kind: 'invoice' }];
    const dir = makeCaseDir(c, {
      'documents/invoice-001.pdf': '%PDF-1.4\n',
      'records/orders.txt': 'this\tis\tno report\n1\t2\t3\n',
    });
    const r = run(['check', dir, '--json']);
    expect(r.code).toBe(1);
    const ps = JSON.parse(r.stdout).problems;
    const missing = ps.find((p: any) => p.code === 'CASE_FILE_MISSING');
    expect(missing.where.jsonPath).toBe('$.documents[0].file');
    expect(missing.expected).toBe('documents/invoice-001.pdf');
    expect(missing.hint).toContain('documents/invoice-001.pdf');
    // the records were read too
    expect(ps.some((p: any) => p.where.file === 'records/orders.txt')).toBe(true);
  });

  it('init scaffolds a case with worked examples and its schema; check refuses the examples', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-init-')), 'my-case');
    const r = run(['init', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'README.md',
      'case.json',
      'case.schema.json',
      'documents',
      'plan.md',
      'records',
      'submissions',
    ]);
    const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    expect(c.language).toBe('en');
    // $schema names a file that exists, and it is the JSON Schema of case.json
    const schema = JSON.parse(readFileSync(path.resolve(dir, c.$schema), 'utf8'));
    expect(schema.properties.actionsTaken).toBeDefined();
    expect(c.actionsTaken[0]).toMatchObject({ date: expect.any(String), what: expect.any(String) });
    expect(c.rejectionAnswers[0]).toMatchObject({ point: expect.any(String) });
    expect(Object.keys(c.records.headerAliases)).toContain('invoiceLines');
    const checked = run(['check', dir, '--json']);
    expect(checked.code).toBe(1);
    const ps = JSON.parse(checked.stdout).problems;
    const placeholders = ps.filter((p: any) => p.code === 'CASE_PLACEHOLDER');
    expect(placeholders.map((p: any) => p.where.jsonPath)).toEqual(
      expect.arrayContaining([
        '$.notice.text',
        '$.notice.citedAsins[0]',
        '$.suppliers[0].name',
        '$.actionsTaken[0].what',
      ]),
    );
    expect(ps.filter((p: any) => p.code === 'NARRATIVE_MISSING').length).toBe(23);
    expect(run(['build', dir]).code).toBe(1);
    expect(c.narrative).toBeUndefined();
    // plan.md: every heading with its guidance, no text yet
    const plan = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    expect(plan).toContain('## Root cause {#rootCause}');
    expect(plan).toContain('What a reviewer looks for');
    // draft replaces the untouched scaffold, then never again
    expect(run(['draft', dir]).code).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toContain('【TO FILL】');
    const drafted = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    expect(run(['draft', dir]).code).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.md'), 'utf8')).toBe(drafted);
    expect(readdirSync(dir)).toContain('plan.draft.md');
    const again = run(['init', dir, '--json']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).problems[0].code).toBe('INIT_NOT_EMPTY');
  });

  it('missing case folder: exit 1 with a hint', () => {
    const r = run(['check', path.join(tmpdir(), 'ep-nope'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems[0].code).toBe('CASE_NOT_FOUND');
  });

  it('unknown option: commander usage error, non-zero', () => {
    const r = run(['check', '--bogus']);
    expect(r.code).not.toBe(0);
  });
});
