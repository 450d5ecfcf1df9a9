/**
 * A missing source is a finding, not a zero: receipts and returns not provided, a seller shipping
 * from own stock, and units sold from the Business Report when there is no order report.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { reconciliationJson } from '../../src/reconcile/json.js';
import type { BusinessReportRow } from '../../src/records/types.js';
import { ASIN_A, ASIN_B, aCase, doc, line, order, receipt, records, ret } from './builders.js';

const codes = (rec: ReturnType<typeof reconcile>) => rec.findings.map((f) => f.code);

describe('receipts not provided', () => {
  it('an FBA seller without a receipts report: received is unknown (null), an error', () => {
    const c = aCase({ documents: [doc('INV-1')] });
    const r = records({
      orders: [order({ quantity: 3 })],
      returns: [ret()],
      invoiceLines: [line({ quantity: 3 })],
    });
    const rec = reconcile(c, r);
    expect(rec.products.map((p) => p.received)).toEqual([null, null]);
    expect(reconciliationJson(rec, 'en').products[0]!.received).toBeNull();
    const f = rec.findings.find((x) => x.code === 'RECEIPTS_NOT_PROVIDED')!;
    expect(f.severity).toBe('error');
    expect(f.message.en).toContain(`cited ASINs: ${ASIN_A}`);
    expect(f.message.ja).toContain('0 ではない');
  });

  it('a seller shipping from own stock is not asked for receipts (case.json or every order MFN)', () => {
    const r = records({
      orders: [order({ quantity: 3, channel: 'merchant' })],
      returns: [ret()],
      invoiceLines: [line({ quantity: 3 })],
    });
    const byOrders = reconcile(aCase({ documents: [doc('INV-1')] }), r);
    expect(byOrders.sources).toMatchObject({ fulfilment: 'merchant', fulfilmentFrom: 'orders' });
    expect(codes(byOrders)).toEqual([]);
    const mixed = reconcile(aCase({ documents: [doc('INV-1')] }), {
      ...r,
      orders: [...r.orders, order({ channel: 'amazon' })],
    });
    expect(mixed.sources!.fulfilment).toBe('fba');
    expect(codes(mixed)).toContain('RECEIPTS_NOT_PROVIDED');
    const byCase = reconcile(aCase({ fulfilment: 'merchant', documents: [doc('INV-1')] }), {
      ...r,
      orders: [order({ quantity: 3 })],
    });
    expect(byCase.sources).toMatchObject({ fulfilment: 'merchant', fulfilmentFrom: 'case' });
    expect(codes(byCase)).toEqual([]);
  });
});

describe('returns not provided', () => {
  it('no returns report is an error, and the JSON says so', () => {
    const c = aCase({ documents: [doc('INV-1')] });
    const r = records({
      orders: [order({ quantity: 3 })],
      receipts: {
        ledgerDetail: [receipt({ date: '2025-04-20', quantity: 3 })],
        receivedInventory: [],
      },
      invoiceLines: [line({ quantity: 3 })],
    });
    const rec = reconcile(c, r);
    expect(codes(rec)).toEqual(['RETURNS_NOT_PROVIDED']);
    expect(rec.findings[0]!.severity).toBe('error');
    expect(reconciliationJson(rec, 'en').sources).toMatchObject({ returns: 'none' });
  });

  it('a returns file with no row in it counts as provided', () => {
    const rec = reconcile(
      aCase(),
      records({
        files: [
          {
            path: 'records/returns.txt',
            kind: 'fbaReturns',
            format: 'tsv',
            encoding: 'utf-8',
            rows: 0,
            size: 10,
            sha256: '0'.repeat(64),
          },
        ],
      }),
    );
    expect(codes(rec)).not.toContain('RETURNS_NOT_PROVIDED');
  });
});

describe('units sold from the Business Report', () => {
  const row = (asin: string, unitsOrdered: number, file: string): BusinessReportRow => ({
    asin,
    unitsOrdered,
    src: { file, row: 2 },
  });
  const base = () =>
    records({
      returns: [ret()],
      receipts: {
        ledgerDetail: [receipt({ date: '2025-04-20', quantity: 9 })],
        receivedInventory: [],
      },
      invoiceLines: [line({ quantity: 9 })],
    });

  it('is used when its range (from the file name) covers the window', () => {
    const file = 'records/BusinessReport_2025-03-31_2026-03-31.csv';
    const r = {
      ...base(),
      businessReport: [row(ASIN_A, 7, file), row(ASIN_B, 2, file), row('B0OTHER001', 5, file)],
    };
    const rec = reconcile(aCase({ documents: [doc('INV-1')] }), r);
    expect(rec.sources).toMatchObject({
      sales: 'businessReport',
      businessReport: { file, from: '2025-03-31', to: '2026-03-31', covers: true },
    });
    expect(rec.products.map((p) => [p.asin, p.sold])).toEqual([
      [ASIN_A, 7],
      [ASIN_B, 2],
    ]);
    expect(codes(rec)).not.toContain('BUSINESS_REPORT_RANGE');
  });

  it('takes the range from case.json records.businessReportRange', () => {
    const file = 'records/BusinessReport-3-31-26.csv';
    const c = aCase({
      documents: [doc('INV-1')],
      records: { businessReportRange: { from: '2025-01-01', to: '2026-03-31' } },
    });
    const rec = reconcile(c, { ...base(), businessReport: [row(ASIN_A, 4, file)] });
    expect(rec.sources!.sales).toBe('businessReport');
    expect(rec.products[0]!.sold).toBe(4);
  });

  it('a range short of the window is not used: a finding says which range to download', () => {
    const file = 'records/br_20250601_20260331.csv';
    const rec = reconcile(aCase({ documents: [doc('INV-1')] }), {
      ...base(),
      businessReport: [row(ASIN_A, 4, file)],
    });
    expect(rec.sources).toMatchObject({ sales: 'none', businessReport: { covers: false } });
    expect(rec.products[0]!.sold).toBe(0);
    const f = rec.findings.find((x) => x.code === 'BUSINESS_REPORT_RANGE')!;
    expect(f.severity).toBe('error');
    expect(f.message.en).toContain(
      'covers 2025-06-01 to 2026-03-31, not the window 2025-03-31 to 2026-03-31',
    );
  });

  it('an unknown range says how to give it', () => {
    const file = 'records/BusinessReport-3-31-26.csv';
    const rec = reconcile(aCase(), { ...base(), businessReport: [row(ASIN_A, 4, file)] });
    const f = rec.findings.find((x) => x.code === 'BUSINESS_REPORT_RANGE')!;
    expect(f.message.en).toContain(
      'records.businessReportRange {"from": "2025-03-31", "to": "2026-03-31"}',
    );
  });

  it('is ignored when an order report is given', () => {
    const file = 'records/BusinessReport_2025-03-31_2026-03-31.csv';
    const rec = reconcile(aCase({ documents: [doc('INV-1')] }), {
      ...base(),
      orders: [order({ quantity: 3 })],
      businessReport: [row(ASIN_A, 40, file)],
    });
    expect(rec.sources!.sales).toBe('orders');
    expect(rec.products[0]!.sold).toBe(3);
  });
});
