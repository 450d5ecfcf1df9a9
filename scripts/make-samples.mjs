#!/usr/bin/env node
/**
 * Generates the sample cases under samples/: records in Amazon's formats, supplier documents
 * and case.json, deterministically (same bytes on every run and machine).
 *
 *   node scripts/make-samples.mjs [--out DIR] [--only ja-authenticity] [--json]
 *
 * --out writes the case folders under DIR instead of samples/ (the tests use it to compare
 * two runs). Files are written to a temporary name and renamed, so a reader never sees half a
 * file. Prints, per case, the per-ASIN numbers the reconciliation should find.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAuthenticityCase } from './samples/lib/authenticity.mjs';
import { CASES } from './samples/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function args(argv) {
  const o = { out: path.join(root, 'samples'), only: undefined, json: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') o.out = path.resolve(argv[++i]);
    else if (argv[i] === '--only') o.only = argv[++i];
    else if (argv[i] === '--json') o.json = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return o;
}

/** Writes every file of one case; the generated folders are emptied first. */
export async function writeCase(dir, files) {
  for (const sub of ['records', 'documents'])
    await rm(path.join(dir, sub), { recursive: true, force: true });
  for (const [rel, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    await writeFile(tmp, bytes);
    await rename(tmp, target);
  }
}

/** Generates the cases; returns [{id, dir, files, numbers, window}]. */
export async function makeSamples({ out = path.join(root, 'samples'), only } = {}) {
  const results = [];
  for (const def of CASES) {
    if (only && def.id !== only) continue;
    const built = await buildAuthenticityCase(def);
    const dir = path.join(out, def.id);
    await writeCase(dir, built.files);
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
  const results = await makeSamples(o);
  if (o.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const r of results) {
      process.stdout.write(
        `${path.relative(process.cwd(), r.dir) || r.dir}: ${r.files.length} files, window ${r.window.from} .. ${r.window.to}\n`,
      );
      for (const n of r.numbers)
        process.stdout.write(
          `  ${n.asin}${n.cited ? '*' : ' '} invoiced ${n.invoiced}  received ${n.received}  sold ${n.sold}  returned ${n.returned}  (quality ${n.qualityReturns}, fake-mentions ${n.counterfeitMentions})\n`,
        );
    }
}
