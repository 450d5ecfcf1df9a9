/**
 * The report's side of issue 20 (3, 4, 6, 9, 10): the invoice → shipment → receipt trace and the
 * roll-forward in §3, complaint units in §5, sources not provided, own-stock sellers, the
 * Business Report named as the source of units sold. Built from reconcile() on inline records.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { MAX_LINE_ROWS } from '../../src/compose/sections/invoiceLines.js';
import type { Block, ReportModel, TableModel } from '../../src/compose/model.js';
import type { Case } from '../../src/case/schema.js';
import { reconcile } from '../../src/reconcile/index.js';
import type { Records } from '../../src/records/types.js';
import { aCase, doc, line, order, receipt, records, ret } from '../reconcile/builders.js';

function model(c: Case, r: Records, lang: 'ja' | 'en' = 'en'): ReportModel {
  return compose({
    case: c,
    reconciliation: reconcile(c, r),
    lang,
    revision: 'rev-001',
    buildDate: '2026-04-02',
    draft: true,
  });
}
const blocks = (m: ReportModel, id: string): Block[] => m.sections.find((s) => s.id === id)!.blocks;
const table = (m: ReportModel, id: string, tableId: string): TableModel | undefined =>
  blocks(m, id)
    .flatMap((b) => (b.kind === 'table' ? [b.table] : []))
    .find((t) => t.id === tableId);
const text = (m: ReportModel, id: string) =>
  blocks(m, id)
    .flatMap((b) => (b.kind === 'paragraph' ? b.runs.map((x) => x.text) : []))
    .join('\n');

const base = (): Records =>
  records({
    orders: [order({ quantity: 5 })],
    returns: [
      ret({ orderId: '503-7', lpn: 'LPN7', comment: 'this is a fake', disposition: 'SELLABLE' }),
    ],
    receipts: {
      ledgerDetail: [
        receipt({ date: '2025-04-01', quantity: 2, reference: 'FBA15EARLY' }),
        receipt({ date: '2025-04-20', quantity: 4, reference: 'FBA15OK' }),
      ],
      receivedInventory: [],
    },
    ledgerSummary: [
      {
        date: '2025-05-01',
        sku: 'SKU-A',
        receipts: 6,
        customerShipments: -5,
        customerReturns: 1,
        startingBalance: 0,
        endingBalance: 3,
        src: { file: 'records/summary.txt', row: 2 },
      },
    ],
    invoiceLines: [line({ quantity: 6, issueDate: '2025-04-15' })],
  });

describe('§3 trace and roll-forward', () => {
  it('lists each invoice with the shipments it covers, and shades a receipt before any invoice', () => {
    const m = model(aCase({ documents: [doc('INV-1')] }), base());
    const t = table(m, 'sourcing', 'sourcing.trace')!;
    expect(t.rows.map((r) => [r.cells, r.tone])).toEqual([
      [['B0AAAAAAA1', 'INV-1', 'Apr 15, 2025', '6', 'FBA15OK (Apr 20, 2025, 4)', '2'], undefined],
      [['B0AAAAAAA1', 'No invoice', '', '', 'FBA15EARLY (Apr 1, 2025, 2)', ''], 'shortfall'],
    ]);
    expect(t.note).toContain('Shaded rows are receipts');
  });

  it('shows the roll-forward and its difference', () => {
    const m = model(aCase({ documents: [doc('INV-1')] }), base());
    const t = table(m, 'sourcing', 'sourcing.rollForward')!;
    // 0 + 6 − 5 + 1 = 2, ending 3: +1 unexplained
    expect(t.rows[0]!.cells).toEqual([
      'B0AAAAAAA1',
      'May 1, 2025 to May 1, 2025',
      '0',
      '+6',
      '−5',
      '+1',
      '0',
      '0',
      '0',
      '3',
      '+1',
    ]);
    expect(t.rows[0]!.tone).toBe('shortfall');
  });

  it('says when the ledger does not allow a roll-forward', () => {
    const r = { ...base(), ledgerSummary: [] };
    const m = model(aCase({ documents: [doc('INV-1')] }), r);
    expect(table(m, 'sourcing', 'sourcing.rollForward')).toBeUndefined();
    expect(text(m, 'sourcing')).toContain('needs the Inventory Ledger summary view');
  });
});

describe('missing sources', () => {
  it('received unknown: the cell says so and coverage is not judged', () => {
    const r = {
      ...base(),
      receipts: { ledgerDetail: [], receivedInventory: [] },
      ledgerSummary: [],
    };
    const m = model(aCase({ documents: [doc('INV-1')] }), r);
    const t = table(m, 'sourcing', 'sourcing.consistency')!;
    expect(t.rows[0]!.cells).toEqual(['B0AAAAAAA1', '6', 'unknown', '5', '120%', 'Not judged']);
    expect(t.totals!.cells[2]).toBe('unknown');
    expect(t.note).toContain('no FBA receipts report was provided');
    expect(text(m, 'sourcing')).toContain('cannot be traced to FBA receipts');
  });

  it('own stock: no received column, and the note says why', () => {
    const r = {
      ...base(),
      orders: [order({ quantity: 5, channel: 'merchant' as const })],
      receipts: { ledgerDetail: [], receivedInventory: [] },
      ledgerSummary: [],
    };
    const m = model(aCase({ documents: [doc('INV-1')] }), r, 'ja');
    const t = table(m, 'sourcing', 'sourcing.consistency')!;
    expect(t.columns.map((c) => c.header)).toEqual([
      'ASIN',
      '請求数量',
      '販売数量',
      'カバー率',
      '判定',
    ]);
    expect(t.note).toContain('注文はすべて自社出荷');
    expect(table(m, 'sourcing', 'sourcing.trace')).toBeUndefined();
  });

  it("own stock with the seller's stock book: units in and out and the balance", () => {
    const c = aCase({
      fulfilment: 'merchant',
      documents: [doc('INV-1')],
      records: { productCodes: [{ code: 'TB-01', asin: 'B0AAAAAAA1' }] },
    });
    const src = { file: 'records/stock.csv', row: 2 };
    const r = {
      ...base(),
      receipts: { ledgerDetail: [], receivedInventory: [] },
      ledgerSummary: [],
      ownStock: [
        { date: '2025-04-16', sku: 'SKU-A', unitsIn: 6, balance: 6, src },
        { date: '2025-06-01', productCode: 'TB-01', unitsIn: 0, unitsOut: 5, balance: 1, src },
        { date: '2024-06-01', sku: 'SKU-A', unitsIn: 50, src }, // before the window
      ],
    };
    const m = model(c, r);
    expect(table(m, 'sourcing', 'sourcing.consistency')!.note).toContain(
      'we ship from our own stock (we do not use FBA)',
    );
    expect(table(m, 'sourcing', 'sourcing.ownStock')!.rows.map((x) => x.cells)).toEqual([
      ['B0AAAAAAA1', '6', '5', '1', 'Jun 1, 2025'],
    ]);
    expect(reconcile(c, r).findings.map((f) => f.code)).not.toContain('RECEIPTS_NOT_PROVIDED');
  });

  it('no returns report: the return sections say the data was not provided', () => {
    const m = model(aCase({ documents: [doc('INV-1')] }), { ...base(), returns: [] }, 'ja');
    for (const id of ['returnComments', 'returnInspection', 'returnRatio']) {
      expect(text(m, id)).toContain('返品レポートが提出されていない');
      expect(blocks(m, id).some((b) => b.kind === 'table')).toBe(false);
    }
  });

  it('names the Business Report as the source of units sold', () => {
    const file = 'records/BusinessReport_2025-03-31_2026-03-31.csv';
    const r = {
      ...base(),
      orders: [],
      businessReport: [{ asin: 'B0AAAAAAA1', unitsOrdered: 5, src: { file, row: 2 } }],
    };
    const m = model(aCase({ documents: [doc('INV-1')] }), r);
    const t = table(m, 'sourcing', 'sourcing.consistency')!;
    expect(t.rows[0]!.cells[3]).toBe('5');
    expect(t.note).toContain(
      `Units sold from: Business Report (Detail Page Sales and Traffic By Child Item), Units Ordered, ${file} (Mar 31, 2025 to Mar 31, 2026)`,
    );
  });
});

describe('§5 complaint units', () => {
  it('lists order id, LPN, disposition, fate and the inspection record', () => {
    const inspected = aCase({
      documents: [
        doc('INV-1'),
        { file: 'documents/inspection.pdf', kind: 'inspection', lpns: ['LPN7'] },
      ],
    });
    const t = table(model(inspected, base()), 'returnInspection', 'returnInspection.units')!;
    expect(t.rows).toEqual([
      {
        cells: [
          'Jul 1, 2025',
          'B0AAAAAAA1',
          '503-7',
          'LPN7',
          // what became of it, over Amazon's disposition code
          'Back in sellable stock\nSELLABLE',
          'documents/inspection.pdf',
        ],
        tone: undefined,
      },
    ]);
    const open = table(
      model(aCase({ documents: [doc('INV-1')] }), base()),
      'returnInspection',
      'returnInspection.units',
    )!;
    expect(open.rows[0]!.cells[5]).toBe('None');
    expect(open.rows[0]!.tone).toBe('shortfall');
  });
});

describe('the invoice lines tables', () => {
  it('say when rows hold several alike lines, and list at most MAX_LINE_ROWS rows', () => {
    const n = MAX_LINE_ROWS + 3;
    const c = aCase();
    const r = base();
    r.invoiceLines = [
      { ...line({ invoiceNumber: 'INV-A', quantity: 7 }), lines: 3, rows: [[2, 4]] },
      ...Array.from({ length: n - 1 }, (_, i) => line({ invoiceNumber: `INV-${i}`, quantity: 2 })),
    ];
    const t = table(model(c, r), 'sourcing', 'sourcing.lines')!;
    expect(t.caption).toBe(`Invoice lines counted (${(n + 2).toLocaleString('en')})`);
    expect(t.rows).toHaveLength(MAX_LINE_ROWS);
    expect(t.totals!.cells[4]).toBe((7 + 2 * (n - 1)).toLocaleString('en'));
    expect(t.note!.split('\n')).toEqual([
      `Lines alike in invoice, date, supplier and product are shown as one row, their quantities added (${(n + 2).toLocaleString('en')} lines in ${n.toLocaleString('en')} rows).`,
      `The first ${MAX_LINE_ROWS.toLocaleString('en')} rows are shown; 3 more rows (3 lines, 6 units) are not listed.`,
    ]);
  });
});
