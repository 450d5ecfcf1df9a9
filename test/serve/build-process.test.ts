/**
 * The page's builds in a child process: the stages come back as they start, then the result as
 * the build command's function returns it; problems that stop a build come back as the same
 * EvidenceError (codes, exit code); a stopped build rejects and writes no revision.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EvidenceError } from '../../src/errors.js';
import { processBuilds } from '../../src/serve/build-process.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

it('builds a case in a child process, telling each stage', async () => {
  const dir = makeCaseDir(validCase());
  dirs.push(dir);
  const stages: string[] = [];
  const { run } = processBuilds();
  const r = await run(dir, { date: '2026-10-01', onStage: (s) => stages.push(s) });
  expect(r.revision).toBe('rev-001');
  expect(r.pages).toBeGreaterThan(1);
  expect(stages).toEqual(['records', 'documents', 'render', 'publish']);
  expect(readdirSync(path.join(dir, 'submissions'))).toContain('rev-001');
});

it('gives back the problems that stop a build, as the build command throws them', async () => {
  const dir = makeCaseDir(validCase());
  dirs.push(dir);
  writeFileSync(path.join(dir, 'case.json'), '{"schemaVersion": 1, "seller": 5}');
  const { run } = processBuilds();
  const e = await run(dir, {}).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(EvidenceError);
  expect((e as EvidenceError).exitCode).toBe(1);
  expect((e as EvidenceError).problems.length).toBeGreaterThan(0);
  expect((e as EvidenceError).problems[0]!.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
});

it('a stopped build rejects and leaves no revision', async () => {
  const dir = makeCaseDir(validCase());
  dirs.push(dir);
  const builds = processBuilds();
  const running = builds.run(dir, {
    date: '2026-10-01',
    onStage: (s) => s === 'records' && builds.stop(),
  });
  await expect(running).rejects.toThrow(/build process ended/);
  expect(readdirSync(path.join(dir, 'submissions')).filter((n) => n.startsWith('rev-'))).toEqual(
    [],
  );
});
