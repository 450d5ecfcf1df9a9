// Our table renderer alone: renders the N generated rows of the benchmark's invoice-lines table
// (the same rows the references draw) to a PDF through the render stage's entry
// `renderTableBenchmark(table)` of dist/src/render/index.js (run `npm run build` first;
// BENCH_DIST points at another build).
// Usage: node scripts/bench/table.mjs --rows N [--out file.pdf]
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { COLUMNS, tableRows, tableArgs } from './rows.mjs';

const { rows: n, out } = tableArgs();
const t0 = performance.now();
const entryUrl = process.env.BENCH_DIST
  ? pathToFileURL(`${process.env.BENCH_DIST}/src/render/index.js`)
  : new URL('../../dist/src/render/index.js', import.meta.url);
const mod = existsSync(entryUrl) ? await import(entryUrl.href) : {};
if (typeof mod.renderTableBenchmark !== 'function') {
  console.error(`no renderTableBenchmark export in ${entryUrl.pathname}`);
  process.exit(2);
}
const rows = tableRows(n);
const qty = rows.reduce((s, r) => s + Number(r.qty.replace(/,/g, '')), 0);
const table = {
  id: 'bench.invoiceLines',
  caption: `請求書明細（${n.toLocaleString('en-US')}行）`,
  columns: COLUMNS.map((c) => ({
    header: c.ja,
    align: c.align,
    width: c.width,
    ...(c.key === 'invoice' || c.key === 'asin' ? { nowrap: true } : {}),
  })),
  rows: rows.map((r) => ({ cells: COLUMNS.map((c) => r[c.key]) })),
  totals: {
    cells: COLUMNS.map((c) =>
      c.key === 'no' ? '合計' : c.key === 'qty' ? qty.toLocaleString('en-US') : '',
    ),
    tone: 'total',
  },
};
const { pdf, pages } = await mod.renderTableBenchmark(table);
if (out !== '/dev/null') writeFileSync(out, pdf);
console.log(
  JSON.stringify({
    renderer: 'ours',
    rows: n,
    pages,
    bytes: pdf.length,
    seconds: (performance.now() - t0) / 1000,
  }),
);
