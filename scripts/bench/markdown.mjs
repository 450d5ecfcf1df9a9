// Prints bench-results/latest.json (or the file given) as the Markdown table of the README's
// Performance section. Usage: node scripts/bench/markdown.mjs [results.json]
import { readFileSync } from 'node:fs';

const file =
  process.argv[2] ?? new URL('../../bench-results/latest.json', import.meta.url).pathname;
const r = JSON.parse(readFileSync(file, 'utf8'));
const m = r.machine;
const mark = (met) => (met === null || met === undefined ? '?' : met ? 'yes' : '**no**');
console.log(
  `Measured ${r.started.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} cores (${m.cpu}), ` +
    `${m.ramGB} GB RAM, Node ${m.node}, ${m.os}; ${r.runsPerItem} run(s) per item, medians; ` +
    `load average ${m.loadAverageAtStart?.[0]} at start, ${r.loadAverageAtEnd?.[0]} at end` +
    `${r.commit ? `; commit ${r.commit}` : ''}.\n`,
);
console.log('| work | median s | peak RSS MB | target | met? |');
console.log('|---|---:|---:|---|---|');
for (const x of r.results) {
  const vs = r.verdicts.filter((v) => v.id === x.id);
  const ok = x.status === 'ok';
  console.log(
    `| ${x.work} | ${ok ? x.seconds.toFixed(2) : x.status.replace(/\|/g, '/')} | ${ok ? x.rssMB : '–'} | ` +
      `${vs.map((v) => v.target).join('; ')} | ${vs.map((v) => mark(v.met)).join(' / ')} |`,
  );
}
for (const v of r.verdicts.filter((v) => !r.results.some((x) => x.id === v.id)))
  console.log(`| ${v.id} | ${v.figure} | | ${v.target} | ${mark(v.met)} |`);
console.log('');
for (const [k, v] of Object.entries(r.ratios)) console.log(`- ${k}: ${v}`);
