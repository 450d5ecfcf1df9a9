/** `evidence-pack check` runs the record readers: one bad cell in each of three files. */
import { beforeAll, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { encodeSjis, makeCase, tsv } from './helpers.js';

const cli = path.resolve('dist/src/cli.js');

/** Newest modification time of the TypeScript sources. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  // Build the CLI as users get it (`npm test` builds first; build here only when stale, so
  // that test files running in parallel do not see dist/ being rewritten).
  const built = existsSync(cli) ? statSync(cli).mtimeMs : 0;
  if (built >= newestSource(path.resolve('src'))) return;
  try {
    execFileSync(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', '.'], {
      stdio: 'pipe',
    });
  } catch {
    // type errors are reported by the typecheck job; the emitted JavaScript is tested here
  }
});

test('check lists the three bad cells and exits 1', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明細');
  ws.addRow(['請求書番号', '発行日', '仕入先', 'ASIN', '数量']);
  ws.addRow(['INV-1', '2026-08-01', 'S1', 'B0EXAMPLE1', 10]);
  ws.addRow(['INV-2', '2026-08-02', 'S1', 'B0EXAMPLE1', 1.5]);
  const c = await makeCase({
    'records/orders.txt': encodeSjis(
      tsv([
        ['注文番号', '購入日', '注文ステータス', '商品名', '出品者SKU', 'ASIN', '数量'],
        [
          '503-1',
          '2026-08-03T10:00:00+09:00',
          'Shipped',
          '①タンブラー',
          'SKU-0001',
          'B0EXAMPLE1',
          '1',
        ],
        [
          '503-2',
          '2026-08-03T11:00:00+09:00',
          'Shipped',
          '①タンブラー',
          'SKU-0001',
          'B0EXAMPLE1',
          'abc',
        ],
      ]),
    ),
    'records/returns.csv':
      'return-date,order-id,sku,asin,quantity,reason\n2026-08-10,503-1,SKU-0001,B0EXAMPLE1,1,DEFECTIVE\n2026-02-30,503-1,SKU-0001,B0EXAMPLE1,1,DEFECTIVE\n',
    'records/invoices.xlsx': Buffer.from(await wb.xlsx.writeBuffer()),
  });
  const r = spawnSync(process.execPath, [cli, 'check', c.dir, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  expect(r.status).toBe(1);
  const out = JSON.parse(r.stdout) as {
    problems: { code: string; where: Record<string, unknown>; found: string | null }[];
  };
  const cells = out.problems.filter((p) => p.code === 'RECORD_BAD_CELL');
  expect(cells.map((p) => [p.where, p.found])).toEqual([
    [{ file: 'records/invoices.xlsx', sheet: '明細', row: 3, column: '数量' }, '1.5'],
    [{ file: 'records/orders.txt', row: 3, column: '数量' }, 'abc'],
    [{ file: 'records/returns.csv', row: 3, column: 'return-date' }, '2026-02-30'],
  ]);
  // Nothing else from the readers: every other record file and row was read.
  expect(out.problems.filter((p) => p.code.startsWith('RECORD_'))).toHaveLength(3);

  // The text output names file:sheet:row:column for each.
  const text = spawnSync(process.execPath, [cli, 'check', c.dir, '--lang', 'en'], {
    encoding: 'utf8',
  });
  expect(text.status).toBe(1);
  expect(text.stderr).toContain('records/invoices.xlsx:明細:3:数量:');
  expect(text.stderr).toContain('records/orders.txt:3:数量:');
  expect(text.stderr).toContain('records/returns.csv:3:return-date:');
});
