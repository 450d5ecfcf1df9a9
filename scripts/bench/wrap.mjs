// Fallback when GNU time is missing: runs a Node script in this process and, on exit, writes
// the peak resident set size (KiB, from process.resourceUsage().maxRSS) to $BENCH_RSS_FILE.
// Usage: BENCH_RSS_FILE=f node scripts/bench/wrap.mjs script.js [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const file = process.env.BENCH_RSS_FILE;
process.on('exit', () => {
  if (file) writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
const script = resolve(process.argv[2]);
process.argv = [process.argv[0], script, ...process.argv.slice(3)];
await import(pathToFileURL(script).href);
