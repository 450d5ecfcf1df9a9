// The case of issue 17 class 4's largest workbook, by hand (too slow for the test corpus):
// `node scripts/hostile/big-case.mjs <dir> [lines] [--distinct] [--tsv|--shared]` writes the base case
// with its invoice lines in one xlsx of `lines` rows (default 2,600,000: ≈47 MB, ≈920 MB of
// sheet XML), one unit each, the ASIN cycling over four: the cited B0HOSTILE1, two more products
// of the case (SKU-<asin>) and one the case does not list. Every line is of invoice INV-0001, or
// with --distinct each line its own invoice INV-<i>. With --tsv the lines are written as a
// tab-separated invoice-lines.txt instead of the workbook; with --shared the workbook's texts are
// in its shared strings, as Excel saves them. Expected: `reconcile --json` exits 0
// with lines/4 units invoiced for each of the three products.
import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { INVOICE_HEADERS, writeBaseCase } from './base-case.mjs';
import { writeBigInvoiceXlsx } from './big-xlsx.mjs';

export const BIG_ASINS = ['B0HOSTILE1', 'B0HOSTILE2', 'B0HOSTILE3', 'B0HOSTILE4'];

/** The invoice number of line `i` (1-based): one invoice, or each line its own. */
const invoiceOfLine = (distinct) => (distinct ? (i) => `INV-${i}` : () => 'INV-0001');

/** Writes the lines as a tab-separated invoice-lines.txt; returns its size. */
async function writeBigInvoiceTsv(file, lines, { asinOf, invoiceOf }) {
  const out = createWriteStream(file);
  let buf = `${INVOICE_HEADERS.join('\t')}\n`;
  for (let i = 1; i <= lines; i++) {
    // the columns of INVOICE_HEADERS: invoice, date, supplier, ASIN, SKU, quantity, status
    buf += `${invoiceOf(i)}\t2026-03-01\tテスト卸株式会社\t${asinOf(i)}\t\t1\t\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return { size: out.bytesWritten };
}

/**
 * Writes the case into `dir`; returns the workbook's size and unpacked sheet size (or the text
 * file's size). `distinct`: each line its own invoice; `tsv`: a text file, not a workbook.
 */
export async function writeBigCase(
  dir,
  lines = 2_600_000,
  { distinct = false, tsv = false, shared = false } = {},
) {
  writeBaseCase(dir, (c) => {
    for (const asin of BIG_ASINS.slice(1, 3))
      c.products.push({ ...c.products[0], asin, skus: [`SKU-${asin}`] });
    return c;
  });
  const shape = {
    asinOf: (i) => BIG_ASINS[i % BIG_ASINS.length],
    invoiceOf: invoiceOfLine(distinct),
  };
  if (tsv) return writeBigInvoiceTsv(path.join(dir, 'records/invoice-lines.txt'), lines, shape);
  rmSync(path.join(dir, 'records/invoice-lines.txt'));
  return writeBigInvoiceXlsx(path.join(dir, 'records/invoices.xlsx'), lines, { ...shape, shared });
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [dir, lines] = args.filter((a) => !a.startsWith('--'));
  const known = new Set(['--distinct', '--tsv', '--shared']);
  if (!dir || [...flags].some((f) => !known.has(f)))
    throw new Error('usage: big-case.mjs <dir> [lines] [--distinct] [--tsv|--shared]');
  console.log(
    await writeBigCase(path.resolve(dir), lines ? Number(lines) : undefined, {
      distinct: flags.has('--distinct'),
      tsv: flags.has('--tsv'),
      shared: flags.has('--shared'),
    }),
  );
}
