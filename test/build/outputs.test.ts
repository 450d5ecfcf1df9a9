/**
 * What one `build` leaves in its revision folder: the PDF, the reconciliation workbook, the
 * manifest and the upload set; the workbook's numbers are the reconciliation's.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { loadCase } from '../../src/case/load.js';
import { readRecords } from '../../src/records/index.js';
import { reconcile } from '../../src/reconcile/index.js';

const SAMPLE = path.resolve('samples/en-authenticity');

describe.skipIf(!existsSync(path.join(SAMPLE, 'records')))(
  'build outputs (en-authenticity)',
  () => {
    let dir: string;
    let rev: string;

    beforeAll(async () => {
      dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-build-')), 'case');
      cpSync(SAMPLE, dir, { recursive: true });
      rmSync(path.join(dir, 'submissions'), { recursive: true, force: true });
      rev = (await build(dir, { date: '2026-11-10' })).dir;
    });

    it('writes the PDF, the workbook, the manifest and the upload set', () => {
      const names = readdirSync(rev).sort();
      for (const n of ['manifest.json', 'reconciliation.xlsx', 'submission.pdf', 'upload'])
        expect(names).toContain(n);
    });

    it('the workbook holds the reconciled numbers per ASIN', async () => {
      const loaded = await loadCase(dir);
      const { records } = await readRecords(loaded);
      const rec = reconcile(loaded.data, records, '2026-11-10');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(rev, 'reconciliation.xlsx'));
      const sheet = wb.worksheets[0]!;
      const text = (r: number) =>
        (sheet.getRow(r).values as unknown[]).map((v) =>
          v === null || v === undefined ? '' : String(v),
        );
      const rows = Array.from({ length: sheet.rowCount }, (_, i) => text(i + 1));
      for (const p of rec.products) {
        const row = rows.find((r) => r.includes(p.asin));
        expect(row, p.asin).toBeDefined();
        for (const n of [p.invoiced, p.received, p.sold, p.returned])
          expect(row).toContain(String(n));
      }
    });
  },
);
