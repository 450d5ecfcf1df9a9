/** `evidence-pack reconcile` as built (dist/): exit codes, the JSON shape, the table, --xlsx. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const cli = path.resolve('dist/src/cli.js');
const fixture = (name: string) => path.resolve('test/fixtures/reconcile', name);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('reconcile command', () => {
  it('--json prints the issue shape and exits 1 when an error finding exists', () => {
    const r = run(['reconcile', fixture('planted'), '--json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'notice',
      'window',
      'products',
      'sources',
      'trace',
      'rollForward',
      'complaintUnits',
      'findings',
    ]);
    expect(out).toEqual(
      JSON.parse(readFileSync(path.join(fixture('planted'), 'expected.json'), 'utf8')),
    );
  });

  it('prints a readable table without colour when stdout is not a terminal; exit 0 when clean', () => {
    const r = run(['reconcile', fixture('clean')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stdout).toMatch(/B0CLEAN001\s+yes\s+10\s+10\s+7\s+1\s+0\s+0\s+14\.3%\s+142\.9%/);
    expect(r.stdout).toContain('Inventory Ledger (summary)');
    const ja = run(['reconcile', fixture('planted'), '--lang', 'ja']);
    expect(ja.stdout).toContain('指摘事項（15 件）');
    expect(ja.stdout).toContain('販売数の出典: 全注文レポート');
    expect(ja.stdout).toContain('在庫台帳（詳細）');
  });

  it('--xlsx writes the workbook (identical bytes twice) and nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ep-xlsx-'));
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    expect(run(['reconcile', fixture('planted'), '--xlsx', a, '--json']).code).toBe(1);
    run(['reconcile', fixture('planted'), '--xlsx', b]);
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx']);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(a);
    expect(wb.worksheets[0]!.name).toBe('ASIN別集計'); // the case language
    expect(wb.getWorksheet('指摘事項')!.rowCount).toBe(16); // header + 15 findings
    // the invoice → shipment → receipt trace, one row per allocation and one per uncovered receipt
    const trace = wb.getWorksheet('仕入と納品の対応')!;
    const rows = trace
      .getSheetValues()
      .slice(2)
      .map((r) =>
        // holes (empty cells) read as ''
        Array.from({ length: 9 }, (_, k) => {
          const v = (r as unknown[])[k + 1];
          return v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? '');
        }),
      );
    expect(rows).toContainEqual([
      'B0PLANT001',
      '請求書なし',
      '',
      '',
      '',
      'FBA15A0002',
      '2025-06-01',
      5,
      '',
    ]);
    expect(rows).toContainEqual([
      'B0PLANT001',
      'INV-002',
      '2025-09-01',
      '株式会社正規卸',
      5,
      '',
      '',
      '',
      5,
    ]);
    const complaints = wb.getWorksheet('申し立て返品')!;
    expect(complaints.rowCount).toBe(3);
    expect(complaints.getRow(2).getCell(4).value).toBe('LPN0003');
  });

  it('units sold from a Business Report, receipts not provided: named, unknown, exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ep-br-'));
    cpSync(fixture('clean'), dir, { recursive: true });
    rmSync(path.join(dir, 'records/orders.txt'));
    rmSync(path.join(dir, 'records/ledger-summary.txt'));
    writeFileSync(
      path.join(dir, 'records/BusinessReport_2025-03-31_2026-03-31.csv'),
      '"（親）ASIN","（子）ASIN","タイトル","注文された商品点数","注文品目総数"\n"B0CLEAN000","B0CLEAN001","電動歯ブラシ","7","7"\n',
    );
    const r = run(['reconcile', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'Units sold from: Business Report records/BusinessReport_2025-03-31_2026-03-31.csv (2025-03-31 to 2026-03-31)',
    );
    expect(r.stdout).toMatch(/B0CLEAN001\s+yes\s+10\s+unknown\s+7\s/);
    expect(r.stdout).toContain('error RECEIPTS_NOT_PROVIDED');
  });

  it('bad input: the usual problem output naming the file, exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ep-rec-'));
    cpSync(fixture('clean'), dir, { recursive: true });
    const orders = path.join(dir, 'records/orders.txt');
    writeFileSync(orders, readFileSync(orders, 'utf8').replace('\t3\tJPY', '\tthree\tJPY'));
    const r = run(['reconcile', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('records/orders.txt');
    const j = run(['reconcile', dir, '--json', '--lang', 'en']);
    expect(JSON.parse(j.stdout).ok).toBe(false);
    expect(run(['reconcile', dir, '--lang', 'xx']).code).toBe(1);
  });
});
