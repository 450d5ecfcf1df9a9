// The case of issue 17 class 4's largest workbook, by hand (too slow for the test corpus):
// `node scripts/hostile/big-case.mjs <dir> [lines]` writes the base case with its invoice
// lines in one xlsx of `lines` rows (default 2,600,000: ≈47 MB, ≈920 MB of sheet XML), every
// line of invoice INV-0001, one unit each, the ASIN cycling over four: the cited B0HOSTILE1,
// two more products of the case (SKU-<asin>) and one the case does not list. Expected:
// `reconcile --json` exits 0 with lines/4 units invoiced for each of the three products.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { writeBaseCase } from './base-case.mjs';
import { writeBigInvoiceXlsx } from './big-xlsx.mjs';

export const BIG_ASINS = ['B0HOSTILE1', 'B0HOSTILE2', 'B0HOSTILE3', 'B0HOSTILE4'];

/** Writes the case into `dir`; returns the workbook's size and unpacked sheet size. */
export async function writeBigCase(dir, lines = 2_600_000) {
  writeBaseCase(dir, (c) => {
    for (const asin of BIG_ASINS.slice(1, 3))
      c.products.push({ ...c.products[0], asin, skus: [`SKU-${asin}`] });
    return c;
  });
  rmSync(path.join(dir, 'records/invoice-lines.txt'));
  return writeBigInvoiceXlsx(path.join(dir, 'records/invoices.xlsx'), lines, {
    asinOf: (i) => BIG_ASINS[i % BIG_ASINS.length],
    invoiceOf: () => 'INV-0001',
  });
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const [dir, lines] = process.argv.slice(2);
  if (!dir) throw new Error('usage: big-case.mjs <dir> [lines]');
  console.log(await writeBigCase(path.resolve(dir), lines ? Number(lines) : undefined));
}
