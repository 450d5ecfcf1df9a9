/**
 * The workbook made by a worker thread (the compiled one in dist/, as the CLI runs it) has the
 * same bytes as the workbook made in this thread.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reconciliationWorkbook } from '../../src/export/workbook.js';
import { workbookRows, WORKER_MIN_ROWS } from '../../src/export/workbook-task.js';
import { reconcile } from '../../src/reconcile/index.js';
import { aCase, doc, line, order, receipt, records, ret } from '../reconcile/builders.js';

const DIST = path.resolve(__dirname, '../../dist/src/export/workbook-task.js');

describe('the workbook made on the second core', () => {
  const lines = Array.from({ length: 300 }, (_, i) =>
    line({ invoiceNumber: `INV-${i}`, quantity: (i % 7) + 1, productName: `商品 ${i}` }),
  );
  const c = aCase({ documents: lines.map((l) => doc(l.invoiceNumber)) });
  const rec = reconcile(
    c,
    records({
      orders: [order({ quantity: 40 })],
      receipts: { ledgerDetail: [receipt({ quantity: 30 })], receivedInventory: [] },
      returns: [ret({ comment: '偽物ではないか' })],
      invoiceLines: lines,
    }),
  );

  it('counts the rows that decide whether a worker pays', () => {
    expect(workbookRows(rec)).toBeGreaterThanOrEqual(300);
    expect(workbookRows(rec)).toBeLessThan(WORKER_MIN_ROWS);
  });

  it('gives the same bytes as the workbook made in this thread', async () => {
    // npm test builds dist/ first; the worker runs only from compiled JavaScript
    expect(existsSync(DIST)).toBe(true);
    const { startWorkbook } = (await import(pathToFileURL(DIST).href)) as {
      startWorkbook: typeof import('../../src/export/workbook-task.js').startWorkbook;
    };
    const input = { rec, cs: c, lang: 'ja' as const, date: '2026-10-01' };
    const viaWorker = await startWorkbook(input, { worker: true }).result;
    const here = await reconciliationWorkbook(rec, c, 'ja', '2026-10-01');
    expect(viaWorker.length).toBeGreaterThan(5000);
    expect(Buffer.compare(viaWorker, here)).toBe(0);
  });
});
