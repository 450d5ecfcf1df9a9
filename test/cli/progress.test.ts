/**
 * The progress display of `build`: stage timings on request, a progress line only on a
 * terminal, and nothing but the JSON on stdout with --json.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM script without types
import { writeBaseCase } from '../../scripts/hostile/base-case.mjs';

const cli = path.resolve('dist/src/cli.js');

function caseDir(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-progress-')), 'case');
  writeBaseCase(dir);
  return dir;
}

describe('build progress', () => {
  it('--json: stdout is the JSON alone; EVIDENCE_PACK_TIMING=1 prints stage times on stderr', () => {
    const r = spawnSync(process.execPath, [cli, 'build', caseDir(), '--json'], {
      encoding: 'utf8',
      env: { ...process.env, EVIDENCE_PACK_TIMING: '1' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['revision', 'dir', 'pdf', 'pages']);
    for (const stage of ['records', 'documents', 'render', 'publish'])
      expect(r.stderr).toMatch(new RegExp(`^timing ${stage} \\d+\\.\\d{3} s$`, 'm'));
  });

  it('not a terminal: no progress line', () => {
    const r = spawnSync(process.execPath, [cli, 'build', caseDir()], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('\r');
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'on a terminal: a progress line that is cleared at the end',
    () => {
      const dir = caseDir();
      // `script` gives the command a pseudo-terminal; its output is what the terminal showed
      const r = spawnSync(
        'script',
        ['-qec', `${process.execPath} ${cli} build ${dir} --lang en`, '/dev/null'],
        {
          encoding: 'utf8',
          // shown from the start (not after a second): the build is quicker than that now
          env: { ...process.env, EVIDENCE_PACK_PROGRESS_AFTER_MS: '0' },
        },
      );
      expect(r.status, r.stdout).toBe(0);
      expect(r.stdout).toMatch(
        /(Reading the records|Checking the documents|Typesetting the report|Writing the submission) … \d+\.\d s/,
      );
      expect(r.stdout).toContain('\r\x1b[2K');
      expect(r.stdout).toContain('submission.pdf');
    },
  );
});
