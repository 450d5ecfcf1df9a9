// The preview's rebuild after a plan.md edit: one preview of the case (records, reconciliation
// and documents read), a paragraph added to plan.md, the second preview timed. Prints
// {"seconds": …, "first": …, "reused": [...]}. Usage: node scripts/bench/preview.mjs CASE DATE
import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIST = resolve(process.env.BENCH_DIST ?? new URL('../../dist', import.meta.url).pathname);
const { rebuildPreview } = await import(join(DIST, 'src/preview/rebuild.js'));
const [dir, date] = process.argv.slice(2);
const cache = {};
let t = performance.now();
await rebuildPreview(dir, cache, { date });
const first = (performance.now() - t) / 1000;
// the last section of the sample's plan.md: a new paragraph at the end of the file
appendFileSync(join(dir, 'plan.md'), '\n\n本書の内容は、ベンチマークのために追記した一文です。\n');
t = performance.now();
const r = await rebuildPreview(dir, cache, { date });
const seconds = (performance.now() - t) / 1000;
process.stdout.write(`${JSON.stringify({ seconds, first, reused: r.reused })}\n`);
