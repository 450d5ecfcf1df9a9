#!/usr/bin/env node
/**
 * `npm run demo`: generates the sample cases (records and documents, see make-samples.mjs),
 * builds each with the real CLI (`node dist/src/cli.js build <dir> --json`) and prints where
 * the PDFs are. A case whose inputs did not change since its last revision is not built again
 * (the tool refuses identical resubmissions); the demo then shows that revision's PDF.
 * Exit code 0 when every case has a PDF, 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSamples } from './make-samples.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'src', 'cli.js');
const rel = (p) => path.relative(process.cwd(), p) || p;
const say = (s) => process.stdout.write(`${s}\n`);

/** The newest submissions/rev-NNN/submission.pdf of a case, if any. */
function latestPdf(dir) {
  const subs = path.join(dir, 'submissions');
  if (!existsSync(subs)) return undefined;
  const revs = readdirSync(subs)
    .filter((n) => /^rev-\d{3,}$/.test(n))
    .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  for (const r of revs.reverse()) {
    const pdf = path.join(subs, r, 'submission.pdf');
    if (existsSync(pdf)) return { revision: r, pdf };
  }
  return undefined;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

say('1/2 Generating the sample cases (records in Amazon formats, invoices, scans, photos)...');
const cases = await makeSamples({ ifStale: true });
for (const c of cases)
  say(`    ${rel(c.dir)}: ${c.skipped ? 'already up to date' : `${c.files.length} files written`}`);

say('2/2 Building the plan-of-action PDFs...');
if (!existsSync(cli)) {
  say(`    ${rel(cli)} is missing: run "npm run build" first (npm run demo does it for you).`);
  process.exit(1);
}

let failed = 0;
const results = [];
for (const c of cases) {
  const r = spawnSync(process.execPath, [cli, 'build', c.dir, '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = parseJson(r.stdout);
  if (r.status === 0 && out?.pdf) {
    results.push({ id: c.id, revision: out.revision, pdf: out.pdf, pages: out.pages });
    continue;
  }
  const codes = (out?.problems ?? []).map((p) => p.code);
  const latest = latestPdf(c.dir);
  if (codes.includes('IDENTICAL_RESUBMISSION') && latest) {
    results.push({ id: c.id, revision: latest.revision, pdf: latest.pdf, unchanged: true });
    continue;
  }
  failed++;
  say(`    ${c.id}: build failed (exit ${r.status}).`);
  const detail = (out?.problems ?? [])
    .map((p) => `      ${p.severity ?? ''} ${p.code}: ${p.message ?? ''}`)
    .join('\n');
  say(detail || `      ${(r.stderr || r.stdout).trim().split('\n').slice(0, 12).join('\n      ')}`);
}

say('');
for (const r of results)
  say(
    `${r.id}: ${rel(r.pdf)}  (${r.revision}${r.pages ? `, ${r.pages} pages` : ''}${r.unchanged ? ', inputs unchanged since this revision' : ''})`,
  );
if (failed) say(`\n${failed} of ${cases.length} sample case(s) did not build; see above.`);
process.exit(failed ? 1 : 0);
