// Times the built CLI (or EP_CLI=path/to/cli.js) on corpus items: `node scripts/hostile/measure.mjs
// [id-prefix …]` prints,
// per item, the exit code, wall time and peak memory (from /usr/bin/time -v) and the first line
// of the message. Items run one after the other with a 60 s limit each.
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { items, makeItem } from './corpus.mjs';
import { round2Items } from './round2.mjs';

const prefixes = process.argv.slice(2);
const chosen = [...items, ...round2Items].filter(
  (it) => prefixes.length === 0 || prefixes.some((p) => it.id.startsWith(p)),
);
const cli = path.resolve(process.env.EP_CLI ?? 'dist/src/cli.js');
for (const it of chosen) {
  const root = mkdtempSync(path.join(tmpdir(), 'ep-measure-'));
  const dir = path.join(root, it.id);
  await makeItem(it, dir);
  const r = spawnSync(
    '/usr/bin/time',
    ['-v', 'timeout', '60', process.execPath, cli, 'build', dir],
    { encoding: 'utf8', env: { ...process.env, LANG: 'ja_JP.UTF-8' }, maxBuffer: 64 << 20 },
  );
  const err = r.stderr ?? '';
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? 0);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(err)?.[1] ?? '?';
  const code = /Exit status: (\d+)/.exec(err)?.[1] ?? String(r.status);
  const signal = /Command terminated by signal (\d+)/.exec(err)?.[1];
  const first = `${r.stdout}\n${err}`
    .split('\n')
    .find((l) => l.includes(it.file ?? '\u0000') || /error|エラー/i.test(l));
  console.log(
    [
      it.id.padEnd(34),
      `exit ${signal ? `signal ${signal}` : code}`.padEnd(12),
      `${wall}`.padStart(8),
      `${Math.round(rss / 1024)} MB`.padStart(8),
      (first ?? '').trim().slice(0, 110),
    ].join('  '),
  );
  rmSync(root, { recursive: true, force: true });
}
