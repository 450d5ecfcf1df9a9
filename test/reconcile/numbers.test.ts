import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { monthsBetween } from '../../src/reconcile/numbers.js';
import { ASIN_A, ASIN_B, aCase, line, order, receipt, records, ret } from './builders.js';

const numbersOf = (rec: ReturnType<typeof reconcile>, asin: string) =>
  rec.products.find((p) => p.asin === asin)!;

describe('window', () => {
  it('is receivedOn − 365 days … receivedOn, both inclusive', () => {
    const rec = reconcile(aCase(), records());
    expect(rec.window).toEqual({ from: '2025-03-31', to: '2026-03-31' });
  });

  it('counts orders on both edge days and none just outside', () => {
    const rec = reconcile(
      aCase(),
      records({
        orders: [
          order({ date: '2025-03-30', quantity: 100 }), // day before the window
          order({ date: '2025-03-31', quantity: 1 }), // first day
          order({ date: '2026-03-31', quantity: 2 }), // notice day
          order({ date: '2026-04-01', quantity: 100 }), // after
        ],
      }),
    );
    expect(numbersOf(rec, ASIN_A).sold).toBe(3); // 1 + 2
  });
});

describe('sold', () => {
  it('leaves out cancelled orders and maps SKUs through case.json and the reports', () => {
    const rec = reconcile(
      aCase(),
      records({
        orders: [
          order({ quantity: 4 }),
          order({ quantity: 5, cancelled: true }),
          order({ sku: 'SKU-A-OLD', quantity: 2 }), // mapped by records.skuToAsin
          order({ sku: 'OTHER', quantity: 9 }), // not a product of the case
          order({ sku: 'X', asin: ASIN_B, quantity: 3 }), // its own ASIN column
        ],
        skuToAsin: { 'SKU-A-OLD': ASIN_A },
      }),
    );
    expect(numbersOf(rec, ASIN_A).sold).toBe(6); // 4 + 2
    expect(numbersOf(rec, ASIN_A).skus).toEqual(['SKU-A', 'SKU-A-OLD']);
    expect(numbersOf(rec, ASIN_B).sold).toBe(3);
  });
});

describe('received', () => {
  const detail = [receipt({ quantity: 10 })];
  const inventory = [receipt({ quantity: 7, src: { file: 'records/received.txt', row: 2 } })];
  const summary = [
    {
      date: '2025-05-01',
      sku: 'SKU-A',
      receipts: 8,
      customerShipments: 0,
      customerReturns: 0,
      src: { file: 'records/summary.txt', row: 2 },
    },
  ];

  it('uses the ledger detail when present, never adding the other sources', () => {
    const rec = reconcile(
      aCase(),
      records({
        receipts: { ledgerDetail: detail, receivedInventory: inventory },
        ledgerSummary: summary,
      }),
    );
    expect(rec.receivedSource).toBe('ledgerDetail');
    expect(numbersOf(rec, ASIN_A).received).toBe(10);
  });

  it('falls back to the ledger summary, then to Received Inventory', () => {
    const s = reconcile(
      aCase(),
      records({
        receipts: { ledgerDetail: [], receivedInventory: inventory },
        ledgerSummary: summary,
      }),
    );
    expect(s.receivedSource).toBe('ledgerSummary');
    expect(numbersOf(s, ASIN_A).received).toBe(8);
    const r = reconcile(
      aCase(),
      records({ receipts: { ledgerDetail: [], receivedInventory: inventory } }),
    );
    expect(r.receivedSource).toBe('receivedInventory');
    expect(numbersOf(r, ASIN_A).received).toBe(7);
    expect(reconcile(aCase(), records()).receivedSource).toBe('none');
  });

  it('a provided but empty ledger detail file is still the source', () => {
    const rec = reconcile(
      aCase(),
      records({
        files: [
          {
            path: 'records/ledger.txt',
            kind: 'ledgerDetail',
            format: 'tsv',
            encoding: 'utf-8',
            rows: 0,
            size: 10,
            sha256: 'x',
          },
        ],
        receipts: { ledgerDetail: [], receivedInventory: inventory },
      }),
    );
    expect(rec.receivedSource).toBe('ledgerDetail');
    expect(numbersOf(rec, ASIN_A).received).toBe(0);
  });
});

describe('returns', () => {
  it('counts returned, quality returns and fake mentions by units', () => {
    const rec = reconcile(
      aCase(),
      records({
        orders: [order({ quantity: 8 })],
        returns: [
          ret({ quantity: 1, reason: 'UNWANTED_ITEM' }), // plain
          ret({ quantity: 2, reason: 'DEFECTIVE' }), // quality by reason
          ret({ quantity: 1, reason: 'UNWANTED_ITEM', comment: 'ﾆｾﾓﾉでした' }), // fake, quality
          ret({ quantity: 3, reason: 'DEFECTIVE', returnDate: '2024-01-01' }), // outside
        ],
      }),
    );
    const a = numbersOf(rec, ASIN_A);
    expect(a.returned).toBe(4); // 1 + 2 + 1
    expect(a.qualityReturns).toBe(3); // 2 + 1
    expect(a.counterfeitMentions).toBe(1);
    expect(a.returnRate).toBe(0.5); // 4 / 8
    expect(a.coverage).toBe(0); // 0 invoiced / 8 sold
    expect(numbersOf(rec, ASIN_B).returnRate).toBeNull(); // sold 0
  });
});

describe('invoiced', () => {
  it('counts final lines in the window; excludes the rest with a reason', () => {
    const rec = reconcile(
      aCase(),
      records({
        orders: [order({ quantity: 3 })],
        invoiceLines: [
          line({ quantity: 2 }),
          line({ invoiceNumber: 'Q-1', quantity: 5, status: 'quote' }),
          line({ invoiceNumber: 'OLD', quantity: 7, issueDate: '2025-03-30' }),
          line({ invoiceNumber: 'X', quantity: 1, sku: 'NOPE' }),
        ],
      }),
    );
    expect(numbersOf(rec, ASIN_A).invoiced).toBe(2);
    expect(numbersOf(rec, ASIN_A).coverage).toBe(0.6667); // 2 / 3 rounded to 4 places
    expect([...rec.detail.excludedInvoiceLines].map((l) => [l.invoiceNumber, l.reason])).toEqual([
      ['Q-1', 'notFinal'],
      ['OLD', 'outsideWindow'],
      ['X', 'unknownProduct'],
    ]);
  });

  it('maps supplier product codes through case.json records.productCodes', () => {
    const c = aCase({ records: { productCodes: [{ code: 'ＰＣ-９', asin: ASIN_B }] } });
    const rec = reconcile(
      c,
      records({ invoiceLines: [line({ sku: undefined, productCode: 'pc-9', quantity: 4 })] }),
    );
    expect(numbersOf(rec, ASIN_B).invoiced).toBe(4);
  });
});

describe('monthly', () => {
  it('lists every month of the window for every product', () => {
    expect(monthsBetween('2025-03-31', '2026-03-31')).toHaveLength(13);
    const rec = reconcile(
      aCase(),
      records({
        orders: [
          order({ date: '2025-06-03', quantity: 2 }),
          order({ date: '2025-06-20', quantity: 1 }),
        ],
        returns: [ret({ returnDate: '2025-06-25' })],
      }),
    );
    expect(rec.detail.monthly).toHaveLength(26); // 13 months × 2 products
    expect(rec.detail.monthly.find((m) => m.asin === ASIN_A && m.month === '2025-06')).toEqual({
      month: '2025-06',
      asin: ASIN_A,
      sold: 3,
      returned: 1,
    });
  });
});
