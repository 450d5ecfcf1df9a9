// Our table renderer alone: renders N generated rows of the invoice-lines table to a PDF through
// the render stage's table entry in dist/src/render/ (run `npm run build` first).
// Usage: node scripts/bench/table.mjs --rows N [--out file.pdf]
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { COLUMNS, tableRows, tableArgs } from './rows.mjs';

const { rows: n, out } = tableArgs();
const t0 = performance.now();
const CANDIDATES = ['table.js', 'tables.js', 'table-pdf.js', 'index.js'];
const dist = new URL('../../dist/src/render/', import.meta.url);
let entry;
for (const file of CANDIDATES) {
  const url = new URL(file, dist);
  if (!existsSync(url)) continue;
  const mod = await import(url.href);
  const name = ['renderTablePdf', 'renderTable', 'renderTableToPdf'].find(
    (k) => typeof mod[k] === 'function',
  );
  if (name) {
    entry = mod[name];
    break;
  }
}
if (!entry) {
  console.error(
    `no table-render entry found in ${dist.pathname} (looked for renderTablePdf/renderTable in ${CANDIDATES.join(', ')})`,
  );
  process.exit(2);
}
const rows = tableRows(n);
const table = {
  columns: COLUMNS.map((c) => ({ key: c.key, title: c.ja, width: c.width, align: c.align })),
  rows: rows.map((r) => COLUMNS.map((c) => r[c.key])),
};
const bytes = await entry(table, { lang: 'ja' });
if (out !== '/dev/null') writeFileSync(out, bytes);
console.log(
  JSON.stringify({
    renderer: 'ours',
    rows: n,
    bytes: bytes.length,
    seconds: (performance.now() - t0) / 1000,
  }),
);
