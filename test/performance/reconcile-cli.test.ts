/**
 * `reconcile` on a performance case, through the built CLI (dist/): the rates of a small shipping
 * log (the seller's own sheet, Japanese headers, TSV) compared with numbers worked out by hand.
 *
 * test/fixtures/performance/small: fix date 2026-03-10 (Tue), numbers taken on 2026-03-20.
 *   503-…01 ship-by 03-02 shipped 03-02  on time
 *   503-…02 ship-by 03-03 shipped 03-05  late
 *   503-…03 ship-by 03-04 shipped 03-06  late
 *   503-…04 ship-by 03-05 cancelled      not counted
 *   503-…05 ship-by 03-06 shipped 03-06  on time, wrong item (誤発送 ○)
 *   503-…06 ship-by 03-09 shipped 03-09  on time
 *   503-…07 ship-by 03-10 shipped 03-10  on time (first day of the fix)
 *   503-…08 ship-by 03-11 shipped 03-11  on time
 *   503-…09 ship-by 03-12 not shipped    late at 03-20, unshipped
 *   503-…10 ship-by 03-16 shipped 03-15  on time
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = path.resolve('dist/src/cli.js');
const fixture = path.resolve('test/fixtures/performance/small');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', SOURCE_DATE_EPOCH: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('reconcile on a performance case', () => {
  it('--json gives the rates worked out by hand', () => {
    const r = run(['reconcile', fixture, '--json', '--lang', 'en', '--date', '2026-03-20']);
    expect(r.code).toBe(1); // an unshipped order is an error finding
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['notice', 'window', 'products', 'findings', 'performance']);
    const p = out.performance;
    expect(p.target).toBe(0.04);
    expect(p.fixDate).toBe('2026-03-10');
    expect(p.asOf).toBe('2026-03-20');
    expect(p.span).toEqual({ from: '2026-03-02', to: '2026-03-16' });
    // before: …01 …02 …03 …05 …06 = 5 orders, late …02 …03 = 2 (2/5), wrong …05 = 1 (1/5)
    expect(p.before).toEqual({
      orders: 5,
      late: 2,
      lateRate: 0.4,
      wrongItems: 1,
      wrongItemRate: 0.2,
    });
    // after: …07 …08 …09 …10 = 4 orders, late …09 (unshipped past its date) = 1 (1/4)
    expect(p.after).toEqual({
      orders: 4,
      late: 1,
      lateRate: 0.25,
      wrongItems: 0,
      wrongItemRate: 0,
    });
    expect(p.total).toEqual({
      orders: 9,
      late: 3,
      lateRate: 3 / 9,
      wrongItems: 1,
      wrongItemRate: 1 / 9,
    });
    // weeks start on Mondays 03-02, 03-09, 03-16
    expect(p.weekly).toEqual([
      {
        weekStart: '2026-03-02',
        orders: 4,
        late: 2,
        lateRate: 0.5,
        wrongItems: 1,
        wrongItemRate: 0.25,
      },
      {
        weekStart: '2026-03-09',
        orders: 4,
        late: 1,
        lateRate: 0.25,
        wrongItems: 0,
        wrongItemRate: 0,
      },
      { weekStart: '2026-03-16', orders: 1, late: 0, lateRate: 0, wrongItems: 0, wrongItemRate: 0 },
    ]);
    // the windows end on the day the numbers are taken (--date 03-20), not on the last ship-by
    // date: 10 days to 03-20 = 03-11 … 03-20: …08 …09 …10, late …09
    expect(p.latest.days10).toEqual({
      date: '2026-03-20',
      days: 10,
      orders: 3,
      late: 1,
      lateRate: 1 / 3,
    });
    expect(p.latest.days30).toEqual({
      date: '2026-03-20',
      days: 30,
      orders: 9,
      late: 3,
      lateRate: 3 / 9,
    });
    // one window per day from the first ship-by date to the day the numbers are taken
    expect(p.rolling).toHaveLength(2 * 19);
    expect(p.unshipped).toEqual([
      {
        orderId: '503-0000009',
        expectedShipDate: '2026-03-12',
        file: 'records/出荷管理.tsv',
        row: 10,
      },
    ]);
    expect(out.findings.map((f: { code: string }) => f.code)).toEqual([
      'UNSHIPPED_ORDERS',
      'LATE_RATE_ABOVE_TARGET',
    ]);
  });

  it('takes the numbers at the date given: before its ship-by date an open order is not late', () => {
    const r = run(['reconcile', fixture, '--json', '--date', '2026-03-12']);
    const p = JSON.parse(r.stdout).performance;
    expect(p.asOf).toBe('2026-03-12');
    expect(p.after).toMatchObject({ orders: 4, late: 0, lateRate: 0 });
    expect(p.unshipped).toHaveLength(1);
  });

  it('prints the rates as a table', () => {
    const r = run(['reconcile', fixture, '--date', '2026-03-20', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Before the fix \(2026-03-10\)\s+5\s+2\s+40\.0%\s+1\s+20\.0%/);
    expect(r.stdout).toMatch(/Since the fix \(2026-03-10\)\s+4\s+1\s+25\.0%\s+0\s+0\.0%/);
    expect(r.stdout).toMatch(/All\s+9\s+3\s+33\.3%\s+1\s+11\.1%/);
    expect(r.stdout).toContain('33.3% (1 of 3 orders)');
    expect(r.stdout).toContain('Orders still unshipped: 1');
    expect(r.stdout).toMatch(/2026-03-02\s+4\s+2\s+50\.0%/);
    const ja = run(['reconcile', fixture, '--date', '2026-03-20']);
    expect(ja.stdout).toContain('改善後（2026-03-10 以降）');
    expect(ja.stdout).toContain('未出荷の注文: 1 件');
  });

  it('refuses a --date that is not a date (exit 1)', () => {
    const r = run(['reconcile', fixture, '--date', '2026-02-30', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2026-02-30');
  });
});

describe("reconcile on Amazon's order report with latest-ship-date", () => {
  it('reads it as the shipping log of a performance case and says when ship dates are missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ep-perf-orders-'));
    const c = JSON.parse(readFileSync(path.join(fixture, 'case.json'), 'utf8'));
    writeFileSync(path.join(dir, 'case.json'), JSON.stringify(c));
    mkdirSync(path.join(dir, 'records'));
    const header = [
      'amazon-order-id',
      'purchase-date',
      'order-status',
      'latest-ship-date',
      'sku',
      'quantity',
      'ship-postal-code',
    ];
    const rows = [
      [
        '249-0000001-0000001',
        '2026-03-01T10:00:00+09:00',
        'Shipped',
        '2026-03-03T23:59:59+09:00',
        'S-1',
        '1',
        '390-0000',
      ],
      [
        '249-0000002-0000002',
        '2026-03-02T10:00:00+09:00',
        'Shipped',
        '2026-03-04T23:59:59+09:00',
        'S-1',
        '1',
        '390-0000',
      ],
      [
        '249-0000003-0000003',
        '2026-03-03T10:00:00+09:00',
        'Cancelled',
        '2026-03-05T23:59:59+09:00',
        'S-2',
        '1',
        '390-0000',
      ],
    ];
    writeFileSync(
      path.join(dir, 'records', 'orders.txt'),
      [header, ...rows].map((r) => r.join('\t')).join('\n') + '\n',
    );
    const r = run(['reconcile', dir, '--json', '--lang', 'en', '--date', '2026-03-20']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.performance.total.orders).toBe(2); // the cancelled order is not counted
    expect(out.findings.map((f: { code: string }) => f.code)).toContain('NO_SHIP_DATES');
    expect(out.findings.map((f: { code: string }) => f.code)).not.toContain('UNSHIPPED_ORDERS');
    expect(r.stdout).not.toContain('390-0000'); // buyer data never reaches the output
  });
});

describe('reconcile --xlsx on a performance case', () => {
  it('writes the rates, the weeks and the unshipped orders (no empty per-ASIN sheets)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ep-perf-xlsx-')), 'rates.xlsx');
    const r = run(['reconcile', fixture, '--xlsx', out, '--lang', 'en', '--date', '2026-03-20']);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Late shipment rate',
      'Weekly',
      'Unshipped orders',
      'Findings',
    ]);
    const values = (name: string, row: number) =>
      (wb.getWorksheet(name)!.getRow(row).values as unknown[]).slice(1);
    // the same hand-worked numbers as above: before 5 orders / 2 late, since the fix 4 / 1, all 9 / 3
    expect(values('Late shipment rate', 2).slice(1)).toEqual([5, 2, 0.4, 1, 0.2]);
    expect(values('Late shipment rate', 3).slice(1)).toEqual([4, 1, 0.25, 0, 0]);
    expect(values('Late shipment rate', 4).slice(1, 3)).toEqual([9, 3]);
    expect(wb.getWorksheet('Weekly')!.rowCount).toBe(4); // header + 3 weeks
    expect(String(values('Unshipped orders', 2)[0])).toMatch(/09$/);
  });
});
