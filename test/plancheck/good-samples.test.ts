/**
 * No plan rule fires on the good samples (every samples/* but the *-flawed ones):
 * a false alarm there is a bug in a rule. Their records are generated (npm run samples); the
 * generator is run here when they are missing or stale. Needs the built CLI (npx tsc -p .).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const cli = path.resolve('dist/src/cli.js');
// Every sample except the deliberately flawed ones.
const SAMPLES = readdirSync('samples')
  .filter((s) => !s.includes('flawed') && existsSync(path.join('samples', s, 'case.json')))
  .sort();

describe.each(SAMPLES)('check samples/%s', (name) => {
  it('lists no plan problem', () => {
    if (existsSync('scripts/make-samples.mjs')) {
      const gen = spawnSync(
        process.execPath,
        ['scripts/make-samples.mjs', '--only', name, '--if-stale'],
        { encoding: 'utf8' },
      );
      expect(gen.status, gen.stderr).toBe(0);
    }
    const r = spawnSync(process.execPath, [cli, 'check', `samples/${name}`, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
    });
    expect(r.stdout, r.stderr).not.toBe('');
    const out = JSON.parse(r.stdout) as { problems: { code: string; message: string }[] };
    const plan = out.problems.filter((p) => p.code.startsWith('PLAN_'));
    expect(plan.map((p) => `${p.code}: ${p.message}`)).toEqual([]);
  });
});
