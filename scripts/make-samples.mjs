#!/usr/bin/env node
/**
 * Generates the sample cases under samples/: records in Amazon's formats, supplier documents
 * and case.json, deterministically (same bytes on every run and machine).
 *
 *   node scripts/make-samples.mjs [--out DIR] [--only ja-authenticity] [--json] [--if-stale]
 *   node scripts/make-samples.mjs --list      (the case ids, one a line)
 *
 * --out writes the case folders under DIR instead of samples/ (the tests use it to compare
 * two runs). --if-stale skips a case whose files match the stamp the same generator left in
 * samples/.stamps/<case>.json (the test set-up uses it). Files are written to a temporary name and renamed, so a reader never sees half a
 * file. Prints, per case, the per-ASIN numbers the reconciliation should find.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAuthenticityCase } from './samples/lib/authenticity.mjs';
import { CASES } from './samples/index.mjs';
import { PLAN_WRITER_FILES } from './samples/lib/plan.mjs';
import { COMPLAINT_RULE_FILES } from './samples/lib/complaints.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function args(argv) {
  const o = { out: path.join(root, 'samples'), only: undefined, json: false, ifStale: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') o.out = path.resolve(argv[++i]);
    else if (argv[i] === '--only') o.only = argv[++i];
    else if (argv[i] === '--json') o.json = true;
    else if (argv[i] === '--if-stale') o.ifStale = true;
    else if (argv[i] === '--list') o.list = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return o;
}

/**
 * Writes every file of one case (temp + rename, so a concurrent reader sees the old or the new
 * file, never half of one), then removes stale files from the generated folders.
 */
export async function writeCase(dir, files) {
  for (const [rel, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    await writeFile(tmp, bytes);
    await rename(tmp, target);
  }
  for (const sub of GENERATED_DIRS) {
    let names = [];
    try {
      names = await readdir(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names)
      if (!files.has(`${sub}/${name}`))
        await rm(path.join(dir, sub, name), { recursive: true, force: true });
  }
}

const GENERATED_DIRS = ['records', 'documents'];
/** Stamps live outside the case folders, so the record readers never see them. */
const stampFile = (dir) => path.join(path.dirname(dir), '.stamps', `${path.basename(dir)}.json`);

/** A hash of the generator's own sources and the versions of the libraries that write bytes. */
async function generatorHash() {
  const h = createHash('sha256');
  const files = [fileURLToPath(import.meta.url)];
  const walk = async (d) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.mjs')) files.push(p);
    }
  };
  await walk(path.join(root, 'scripts', 'samples'));
  // plan.md is written by the built plan writer (scripts/samples/lib/plan.mjs)
  for (const rel of PLAN_WRITER_FILES) files.push(path.join(root, rel));
  // the inspection record covers the returns the built rule calls complaints (lib/complaints.mjs)
  for (const rel of COMPLAINT_RULE_FILES) files.push(path.join(root, rel));
  for (const f of files) h.update(path.relative(root, f)).update(await readFile(f));
  const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8'));
  for (const dep of [
    'pdfkit',
    'exceljs',
    'jpeg-js',
    'pngjs',
    'fontkit',
    '@pdf-lib/fontkit',
    '@expo-google-fonts/noto-sans-jp',
  ])
    h.update(`${dep}@${lock.packages?.[`node_modules/${dep}`]?.version}`);
  return h.digest('hex');
}

const sha = (b) => createHash('sha256').update(b).digest('hex');

/** True when <dir> holds exactly what the current generator wrote last time. */
async function isFresh(dir, hash) {
  try {
    const stamp = JSON.parse(await readFile(stampFile(dir), 'utf8'));
    if (stamp.generator !== hash) return false;
    for (const [rel, digest] of Object.entries(stamp.files))
      if (sha(await readFile(path.join(dir, rel))) !== digest) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * Generates the cases; returns [{id, dir, files, numbers, window, skipped}]. With ifStale, a
 * case whose files still match the stamp of the current generator is left alone.
 */
export async function makeSamples({
  out = path.join(root, 'samples'),
  only,
  ifStale = false,
} = {}) {
  const results = [];
  const hash = ifStale ? await generatorHash() : undefined;
  for (const def of CASES) {
    if (only && def.id !== only) continue;
    const dir = path.join(out, def.id);
    if (ifStale && (await isFresh(dir, hash))) {
      results.push({ id: def.id, dir, skipped: true });
      continue;
    }
    const built = def.build ? await def.build() : await buildAuthenticityCase(def);
    await writeCase(dir, built.files);
    if (ifStale) {
      const stamp = {
        generator: hash,
        files: Object.fromEntries([...built.files].map(([rel, b]) => [rel, sha(b)])),
      };
      await mkdir(path.dirname(stampFile(dir)), { recursive: true });
      await writeFile(stampFile(dir), `${JSON.stringify(stamp, null, 1)}\n`);
    }
    results.push({
      id: def.id,
      dir,
      files: [...built.files.keys()].sort(),
      numbers: built.numbers,
      window: built.window,
    });
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = args(process.argv.slice(2));
  if (o.list) {
    process.stdout.write(`${CASES.map((c) => c.id).join('\n')}\n`);
    process.exit(0);
  }
  const results = await makeSamples(o);
  if (o.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const r of results) {
      if (r.skipped) {
        process.stdout.write(`${path.relative(process.cwd(), r.dir) || r.dir}: up to date\n`);
        continue;
      }
      process.stdout.write(
        `${path.relative(process.cwd(), r.dir) || r.dir}: ${r.files.length} files, window ${r.window.from} .. ${r.window.to}\n`,
      );
      for (const n of r.numbers)
        process.stdout.write(
          `  ${n.asin}${n.cited ? '*' : ' '} invoiced ${n.invoiced}  received ${n.received}  sold ${n.sold}  returned ${n.returned}  (quality ${n.qualityReturns}, fake-mentions ${n.counterfeitMentions})\n`,
        );
    }
}
