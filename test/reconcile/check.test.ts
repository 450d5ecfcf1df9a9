/** `check` lists the reconciliation's findings as problems, code and severity kept. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExitCode, runCheck } from '../../src/check.js';

describe('runCheck with findings', () => {
  it('reports every planted finding with its file', async () => {
    const r = await runCheck(path.resolve('test/fixtures/reconcile/planted'), {
      today: '2026-04-01',
    });
    const byCode = (code: string) => r.problems.filter((p) => p.code === code);
    expect(byCode('INVOICE_SHORTFALL').map((p) => p.severity)).toEqual(['error', 'warning']);
    expect(byCode('DOCUMENT_TYPE')[0]!.where.file).toBe('documents/delivery-note.docx');
    expect(byCode('NO_INVOICE')[0]!.where.file).toBe('records/');
    // returns.txt: header on row 1, the returns of 2025-09-02 and 2025-12-01 on rows 5 and 6
    expect(byCode('COUNTERFEIT_MENTION').map((p) => p.where)).toEqual([
      { file: 'records/returns.txt', row: 5 },
      { file: 'records/returns.txt', row: 6 },
    ]);
    // invoice-lines.tsv: INV-006 is the 7th line under the header
    expect(byCode('DOCUMENT_MISSING')[0]!.where).toEqual({
      file: 'records/invoice-lines.tsv',
      row: 8,
    });
    expect(byCode('SUPPLIER_INCOMPLETE')[0]!.where).toEqual({
      file: 'case.json',
      jsonPath: '$.suppliers[1]',
    });
    expect(checkExitCode(r.problems)).toBe(1);
  });

  it('adds no finding for the clean case', async () => {
    const r = await runCheck(path.resolve('test/fixtures/reconcile/clean'), {
      today: '2026-04-01',
    });
    const codes = new Set(r.problems.map((p) => p.code));
    for (const c of ['INVOICE_SHORTFALL', 'NO_INVOICE', 'DOCUMENT_MISSING', 'BUYER_MISMATCH'])
      expect(codes.has(c)).toBe(false);
  });

  it('fails on a missing returns or receipts report of an authenticity case, naming it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ep-missing-'));
    cpSync(path.resolve('test/fixtures/reconcile/clean'), dir, { recursive: true });
    rmSync(path.join(dir, 'records/returns.txt'));
    rmSync(path.join(dir, 'records/ledger-summary.txt'));
    const r = await runCheck(dir, { today: '2026-04-01' });
    const missing = r.problems.filter((p) => p.code.endsWith('_NOT_PROVIDED'));
    expect(missing.map((p) => [p.code, p.severity, p.where.file])).toEqual([
      ['RECEIPTS_NOT_PROVIDED', 'error', 'records/'],
      ['RETURNS_NOT_PROVIDED', 'error', 'records/'],
    ]);
    expect(missing[0]!.message.ja).toContain('B0CLEAN001');
    expect(checkExitCode(r.problems)).toBe(1);
  });
});
