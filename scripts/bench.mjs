// `npm run bench`: generates the big case and the 250k / 500k / 1,000,000-order-line cases into a
// temporary folder, then times whole processes — reconcile and build on them, build on the
// sample, our table renderer alone and the two references (react-pdf's own pagination, pdfkit
// drawing directly) — and prints median wall time and peak RSS against the targets of issue 10.
// Results: bench-results/latest.json (and --out FILE).
//
// Options: --runs N (3)  --timeout S per run (600)  --naive-timeout S (300)  --skip-naive
//          --only id,id  --work-dir DIR (reuse/keep generated cases)  --keep  --out FILE
//          --profile (one more run of each item under --cpu-prof; top frames into the JSON)
//          --sample DIR (a ready sample case; default: generate ja-authenticity into the work folder)  --dist DIR (the built tool, default dist/)
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem, platform, release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { generateBigCase, generateOrdersCase, BUILD_DATE } from './bench/generate.mjs';
import { measureNode, TIMER } from './bench/measure.mjs';
import { summariseProfile } from './bench/profile-summary.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

const BENCH = join(ROOT, 'scripts/bench');

// ---------------------------------------------------------------------------------------------
// options

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const flag = (name) => argv.includes(name);
const DIST = resolve(opt('--dist', process.env.BENCH_DIST ?? join(ROOT, 'dist')));
const CLI = join(DIST, 'src/cli.js');
if (flag('--help')) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(0, 11)
      .join('\n'),
  );
  process.exit(0);
}
const RUNS = Math.max(1, Number(opt('--runs', '3')));
const TIMEOUT = Number(opt('--timeout', '600'));
const NAIVE_TIMEOUT = Number(opt('--naive-timeout', '300'));
const ONLY = opt('--only', '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const SAMPLE_ARG = opt('--sample', '') ? resolve(opt('--sample', '')) : '';
const workArg = opt('--work-dir', '');
const WORK = workArg ? resolve(workArg) : mkdtempSync(join(tmpdir(), 'evidence-pack-bench-'));
const KEEP = flag('--keep') || Boolean(workArg);
mkdirSync(WORK, { recursive: true });

const log = (s) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// the work items

const MB = 1;
const ORDER_SIZES = [250_000, 500_000, 1_000_000];

/**
 * A copy of the ja sample at `dst`. The sample's records and documents are generated (npm run
 * samples): made in the work folder unless --sample names a ready case folder.
 */
function prepareSample(dst) {
  let src = SAMPLE_ARG;
  if (!src) {
    src = join(WORK, 'samples', 'ja-authenticity');
    if (!existsSync(join(src, 'case.json')))
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'scripts/make-samples.mjs'),
          '--out',
          join(WORK, 'samples'),
          '--only',
          'ja-authenticity',
        ],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
      );
  }
  if (!existsSync(join(src, 'case.json'))) throw new Error(`no sample case at ${src}`);
  rmSync(dst, { recursive: true, force: true });
  cpSync(src, dst, { recursive: true });
  rmSync(join(dst, 'submissions'), { recursive: true, force: true });
}

/** id, label, target, how to prepare, how to run (script + args), runs. */
const items = [
  {
    id: 'reconcile-big',
    work: 'reconcile, big case',
    target: { seconds: 3, rssMB: 400 * MB },
    cmd: () => [CLI, ['reconcile', join(WORK, 'big'), '--json']],
  },
  ...ORDER_SIZES.map((n) => ({
    id: `reconcile-${n / 1000}k`,
    work: `reconcile, ${n / 1000}k order lines`,
    target: n === 1_000_000 ? { seconds: 20, rssMB: 500 * MB } : undefined,
    cmd: () => [CLI, ['reconcile', join(WORK, `orders-${n}`), '--json']],
  })),
  {
    id: 'build-big',
    work: 'build, big case',
    target: { seconds: 20, rssMB: 1024 * MB },
    cmd: () => [CLI, ['build', join(WORK, 'big'), '--force', '--date', BUILD_DATE, '--json']],
  },
  {
    id: 'build-sample',
    work: 'build, sample case',
    target: { seconds: 3, rssMB: 400 * MB },
    prepare: () => prepareSample(join(WORK, 'sample')),
    cmd: () => [CLI, ['build', join(WORK, 'sample'), '--force', '--date', BUILD_DATE, '--json']],
  },
  {
    // the floor: node starting and exiting with nothing to load
    id: 'startup-node',
    work: 'start-up, bare node (reference)',
    cmd: () => [join(BENCH, 'noop.mjs'), []],
  },
  {
    id: 'startup-help',
    work: 'start-up, evidence-pack --help',
    target: { seconds: 0.3 },
    cmd: () => [CLI, ['--help']],
  },
  {
    id: 'startup-version',
    work: 'start-up, evidence-pack --version',
    target: { seconds: 0.3 },
    cmd: () => [CLI, ['--version']],
  },
  {
    // the time of the second preview, after a plan.md edit (records, reconciliation and document
    // inspection reused), measured inside the process; the process also builds the first one
    id: 'preview-rebuild',
    work: 'preview rebuild after a plan.md edit, sample case',
    target: { seconds: 1.5 },
    prepare: () => prepareSample(join(WORK, 'preview-sample')),
    secondsFrom: (stdout) => JSON.parse(stdout).seconds,
    cmd: () => [join(BENCH, 'preview.mjs'), [join(WORK, 'preview-sample'), BUILD_DATE]],
  },
  // the review page (issue 19) in headless Chromium: skipped without /usr/bin/chromium
  ...['firstView', 'save'].map((m) => ({
    id: `serve-${m === 'save' ? 'save' : 'first-view'}`,
    work:
      m === 'save'
        ? 'review page: Save to refreshed findings, sample case'
        : 'review page: URL printed to first full view, sample case',
    target: { seconds: 1 },
    skip: !existsSync('/usr/bin/chromium'),
    prepare: () => prepareSample(join(WORK, `serve-${m}`)),
    secondsFrom: (stdout) => JSON.parse(stdout.trim().split('\n').pop()).seconds,
    cmd: () => [join(BENCH, 'serve.mjs'), [join(WORK, `serve-${m}`), '--measure', m]],
  })),
  ...[1000, 5000, 20000].map((n) => ({
    id: `table-ours-${n / 1000}k`,
    work: `table, ours, ${n / 1000}k rows`,
    target: n === 20000 ? { rssMB: 600 * MB } : undefined,
    cmd: () => [
      join(BENCH, 'table.mjs'),
      ['--rows', String(n), '--out', join(WORK, `ours-${n}.pdf`)],
    ],
  })),
  ...[1000, 5000, 20000].map((n) => ({
    id: `table-pdfkit-${n / 1000}k`,
    work: `table, pdfkit direct, ${n / 1000}k rows`,
    cmd: () => [
      join(BENCH, 'table-pdfkit.mjs'),
      ['--rows', String(n), '--out', join(WORK, `pdfkit-${n}.pdf`)],
    ],
  })),
  {
    id: 'table-naive-5k',
    work: 'table, react-pdf pagination, 5k rows (1 run)',
    runs: 1,
    timeout: NAIVE_TIMEOUT,
    skip: flag('--skip-naive'),
    cmd: () => [
      join(BENCH, 'table-naive.mjs'),
      ['--rows', '5000', '--out', join(WORK, 'naive-5000.pdf')],
    ],
  },
  {
    // the same, on react-pdf's new pagination engine (opt-in in react-pdf 4.9; our report uses it)
    id: 'table-naive-next-5k',
    work: 'table, react-pdf pagination (new engine), 5k rows (1 run)',
    runs: 1,
    timeout: NAIVE_TIMEOUT,
    skip: flag('--skip-naive'),
    cmd: () => [
      join(BENCH, 'table-naive.mjs'),
      ['--rows', '5000', '--engine', 'next', '--out', join(WORK, 'naive-next-5000.pdf')],
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// generation of the cases (only those the selected items need; reused with --work-dir)

const selected = items.filter((it) => !ONLY.length || ONLY.some((o) => it.id.startsWith(o)));

async function ensureCases() {
  const need = new Set(selected.map((it) => it.id));
  const t0 = performance.now();
  if ([...need].some((id) => id.endsWith('-big')) && !existsSync(join(WORK, 'big', 'case.json'))) {
    log('generating the big case …');
    const s = await generateBigCase(join(WORK, 'big'));
    log(`  ${JSON.stringify(s)}`);
  }
  for (const n of ORDER_SIZES) {
    if (!need.has(`reconcile-${n / 1000}k`)) continue;
    const dir = join(WORK, `orders-${n}`);
    if (existsSync(join(dir, 'case.json'))) continue;
    log(`generating ${n.toLocaleString('en-US')} order lines …`);
    await generateOrdersCase(dir, { orders: n });
  }
  return (performance.now() - t0) / 1000;
}

// ---------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    /* not Linux */
  }
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    /* no nproc */
  }
  return {
    nproc,
    cpu,
    ramGB: +(totalmem() / 2 ** 30).toFixed(1),
    freeGBAtStart: +(freemem() / 2 ** 30).toFixed(1),
    loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
    node: process.version,
    os: `${platform()} ${release()}`,
    timer: TIMER,
  };
}

async function runItem(it) {
  const res = { id: it.id, work: it.work, target: it.target ?? null, runs: [] };
  if (it.skip) return { ...res, status: 'skipped' };
  try {
    it.prepare?.();
  } catch (e) {
    return { ...res, status: `failed: ${e.message}` };
  }
  const n = it.runs ?? RUNS;
  for (let i = 0; i < n; i++) {
    const [script, args] = it.cmd();
    const r = await measureNode(script, args, {
      cwd: ROOT,
      timeoutSec: it.timeout ?? TIMEOUT,
      env: { BENCH_DIST: DIST },
    });
    log(
      `  ${it.id} run ${i + 1}/${n}: ${r.ok ? `${(it.secondsFrom ? it.secondsFrom(r.stdout) : r.seconds).toFixed(2)} s, ${r.rssMB.toFixed(0)} MB` : r.error}`,
    );
    if (!r.ok) return { ...res, status: r.error, timedOut: r.timedOut ?? false };
    // an item may time its own part inside the process (the preview rebuild)
    const seconds = it.secondsFrom ? it.secondsFrom(r.stdout) : r.seconds;
    res.runs.push({ seconds, rssMB: +r.rssMB.toFixed(1) });
    if (r.note) res.note = r.note;
  }
  if (flag('--profile')) {
    const dir = join(WORK, 'profiles', it.id);
    rmSync(dir, { recursive: true, force: true });
    const [script, args] = it.cmd();
    log(`  ${it.id}: profiling …`);
    await measureNode(script, args, {
      cwd: ROOT,
      timeoutSec: it.timeout ?? TIMEOUT,
      env: { BENCH_DIST: DIST },
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    });
    try {
      const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
      res.profile = files.map((f) => summariseProfile(join(dir, f), 25)).join('\n');
      log(res.profile.replace(/^/gm, '    '));
    } catch (e) {
      res.profile = `no profile: ${e.message}`;
      log(`    ${res.profile}`);
    }
  }
  res.status = 'ok';
  res.loadAverage1m = +loadavg()[0].toFixed(2);
  res.seconds = +median(res.runs.map((r) => r.seconds)).toFixed(2);
  // Peak RSS: the largest of the runs (conservative).
  res.rssMB = +Math.max(...res.runs.map((r) => r.rssMB)).toFixed(0);
  return res;
}

const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');

function judge(results) {
  const by = Object.fromEntries(results.map((r) => [r.id, r]));
  const ok = (id) => by[id]?.status === 'ok';
  const verdicts = [];
  const v = (id, text, met, figure) => verdicts.push({ id, target: text, met, figure });
  for (const r of results) {
    if (!r.target) continue;
    const parts = [];
    if (r.target.seconds) parts.push(`≤ ${r.target.seconds} s`);
    if (r.target.rssMB) parts.push(`≤ ${r.target.rssMB} MB`);
    const met = ok(r.id)
      ? (!r.target.seconds || r.seconds <= r.target.seconds) &&
        (!r.target.rssMB || r.rssMB <= r.target.rssMB)
      : null;
    v(r.id, parts.join(', '), met, ok(r.id) ? `${r.seconds} s, ${r.rssMB} MB` : r.status);
  }
  const ratios = {};
  if (ok('table-ours-20k') && ok('table-pdfkit-20k')) {
    ratios.oursOverPdfkit20k = +(
      by['table-ours-20k'].seconds / by['table-pdfkit-20k'].seconds
    ).toFixed(2);
  }
  if (ok('table-ours-5k')) {
    const naive = by['table-naive-5k'];
    if (naive?.status === 'ok')
      ratios.naiveOverOurs5k = +(naive.seconds / by['table-ours-5k'].seconds).toFixed(1);
    else if (naive?.timedOut)
      ratios.naiveOverOurs5kAtLeast = +(NAIVE_TIMEOUT / by['table-ours-5k'].seconds).toFixed(1);
    const next = by['table-naive-next-5k'];
    if (next?.status === 'ok')
      ratios.naiveNextOverOurs5k = +(next.seconds / by['table-ours-5k'].seconds).toFixed(1);
  }
  if (ok('table-ours-5k') && ok('table-ours-20k'))
    ratios.growth5kTo20k = +(by['table-ours-20k'].seconds / by['table-ours-5k'].seconds).toFixed(2);
  if (ok('table-pdfkit-5k') && ok('table-pdfkit-20k'))
    ratios.pdfkitGrowth5kTo20k = +(
      by['table-pdfkit-20k'].seconds / by['table-pdfkit-5k'].seconds
    ).toFixed(2);
  if (ok('reconcile-250k') && ok('reconcile-1000k'))
    ratios.reconcileRssGrowth250kTo1M = +(
      by['reconcile-1000k'].rssMB / by['reconcile-250k'].rssMB
    ).toFixed(2);

  if (ratios.oursOverPdfkit20k !== undefined)
    v(
      'table-ours-20k',
      '≤ 1.5 × pdfkit direct',
      ratios.oursOverPdfkit20k <= 1.5,
      `${ratios.oursOverPdfkit20k} ×`,
    );
  else v('table-ours-20k', '≤ 1.5 × pdfkit direct', null, 'not measured');
  if (ratios.naiveOverOurs5k !== undefined)
    v(
      'table-ours-5k',
      '≥ 10 × faster than react-pdf pagination',
      ratios.naiveOverOurs5k >= 10,
      `${ratios.naiveOverOurs5k} ×`,
    );
  else if (ratios.naiveOverOurs5kAtLeast !== undefined)
    v(
      'table-ours-5k',
      '≥ 10 × faster than react-pdf pagination',
      ratios.naiveOverOurs5kAtLeast >= 10 ? true : null,
      `> ${ratios.naiveOverOurs5kAtLeast} × (naive timed out)`,
    );
  else v('table-ours-5k', '≥ 10 × faster than react-pdf pagination', null, 'not measured');
  if (ratios.growth5kTo20k !== undefined)
    v(
      'table-growth',
      '≤ 4.4 × time 5k → 20k rows',
      ratios.growth5kTo20k <= 4.4,
      `${ratios.growth5kTo20k} ×`,
    );
  else v('table-growth', '≤ 4.4 × time 5k → 20k rows', null, 'not measured');
  if (ratios.reconcileRssGrowth250kTo1M !== undefined)
    v(
      'reconcile-flat',
      'RSS flat 250k → 1M lines (≤ 1.25 ×)',
      ratios.reconcileRssGrowth250kTo1M <= 1.25,
      `${ratios.reconcileRssGrowth250kTo1M} ×`,
    );
  return { verdicts, ratios };
}

function printTable(results, verdicts) {
  const rows = [['work', 'median s', 'peak RSS MB', 'target', 'met?']];
  for (const r of results) {
    const vs = verdicts.filter((v) => v.id === r.id);
    const target = vs.map((v) => v.target).join('; ');
    const met = vs.length
      ? vs.map((v) => (v.met === null ? '?' : v.met ? 'yes' : 'NO')).join('/')
      : '';
    const status = r.status.length > 70 ? `${r.status.slice(0, 69)}…` : r.status;
    rows.push([
      r.work,
      r.status === 'ok' ? fmt(r.seconds) : status,
      r.status === 'ok' ? fmt(r.rssMB, 0) : '–',
      target,
      met,
    ]);
  }
  const extra = verdicts.filter(
    (v) => !results.some((r) => r.id === v.id) && !(ONLY.length && v.figure === 'not measured'),
  );
  for (const v of extra)
    rows.push([
      v.id,
      '',
      '',
      v.target,
      `${v.met === null ? '?' : v.met ? 'yes' : 'NO'} (${v.figure})`,
    ]);
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((x, c) => String(x).padEnd(w[c])).join(' │ ');
  console.log(line(rows[0]));
  console.log(w.map((n) => '─'.repeat(n)).join('─┼─'));
  for (const r of rows.slice(1)) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(CLI)) log(`warning: ${CLI} missing — run npm run build first`);
const started = new Date().toISOString();
const m = machine();
log(
  `evidence-pack bench: ${RUNS} run(s) per item, ${m.nproc} cores, ${m.cpu}, node ${m.node}, ${TIMER}`,
);
log(`work folder: ${WORK}`);
if (loadavg()[0] >= m.nproc + 1)
  log(
    `note: load average ${loadavg()[0].toFixed(1)} > ${m.nproc} cores: other work is running, times will be inflated`,
  );
const generationSeconds = await ensureCases();
const results = [];
for (const it of selected) {
  log(`${it.id}: ${it.work}`);
  results.push(await runItem(it));
}
const { verdicts, ratios } = judge(results);
console.log('');
printTable(results, verdicts);
console.log('');
for (const [k, val] of Object.entries(ratios)) console.log(`${k}: ${val}`);

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
} catch {
  /* not a git checkout */
}
const report = {
  commit,
  started,
  finished: new Date().toISOString(),
  loadAverageAtEnd: loadavg().map((x) => +x.toFixed(2)),
  machine: m,
  runsPerItem: RUNS,
  generationSeconds: +generationSeconds.toFixed(1),
  results,
  ratios,
  verdicts,
};
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const json = JSON.stringify(report, null, 2) + '\n';
writeFileSync(join(ROOT, 'bench-results/latest.json'), json);
const out = opt('--out', '');
if (out) writeFileSync(resolve(out), json);
log(`\nwritten: bench-results/latest.json${out ? ` and ${out}` : ''}`);
if (!KEEP) rmSync(WORK, { recursive: true, force: true });
