/**
 * The fixture cases in test/fixtures/reconcile, read from Amazon's report formats by the real
 * readers and reconciled; the result must equal the checked-in expected.json of each case.
 *
 * Every number in expected.json was computed by hand from the record files, as follows.
 * Notice received 2026-03-31, so the window is 2025-03-31 … 2026-03-31 (2026-03-31 − 365 days;
 * 2025-03-31 … 2026-03-31 holds no 29 February).
 *
 * planted/ — products A = B0PLANT001 (PA-1, PA-2, cited), B = B0PLANT002 (PB-1, cited),
 * C = B0PLANT003 (PC-1, not cited).
 *
 * sold (records/orders.txt, All Orders):
 *   A: 2025-03-30 ×5 before the window, no; 04-20 ×4; 05-05 ×3 (PA-2); 06-10 ×2 Cancelled, no;
 *      08-15 ×6; 11-03 ×5 (PA-2); 2026-03-31T23:30+09:00 ×2 (the notice day, as written);
 *      2026-04-01 ×9 after, no.                                  4 + 3 + 6 + 5 + 2 = 20
 *   B: 2025-05-20 ×2; 10-01 ×1 item-status Cancelled, no; 2026-01-15 ×3.           2 + 3 = 5
 *   C: 2025-07-07 ×6.                                                                      6
 * received (records/ledger-detail.txt, Receipts events only; received-inventory.txt is also
 * there and must NOT be added: the ledger detail is the one source used):
 *   A: 04/15/2025 10; 04/20 Shipments −4 is not a receipt; 06/01 5; 09/05 5.   10 + 5 + 5 = 20
 *   B: 02/10/2025 6 is before the window, no; 05/10/2025 4.                               4
 *   C: 04/12/2025 4.                                                                       4
 * invoiced (records/invoice-lines.tsv, final lines issued in the window):
 *   A: INV-001 PA-1 10; INV-002 by ASIN 5; INV-003 PA-2 3; INV-006 PA-1 2 (領収書 = final).
 *                                                                       10 + 5 + 3 + 2 = 20
 *   B: INV-004 6 is dated 2025-02-01 (before); Q-005 20 is a 見積書 (quote).             0
 *   C: INV-001 PC-1 4.                                                                     4
 * returns (records/returns.txt, FBA customer returns in the window):
 *   A: 2025-03-01 before, no; 05-10 UNWANTED_ITEM 1; 08-20 DEFECTIVE 1 (quality);
 *      09-02 NOT_AS_DESCRIBED 1 "偽物では？" (quality, fake); 12-01 UNWANTED_ITEM 1
 *      "knock-off" (fake, hence quality).      returned 4, quality 3, fake mentions 2
 *   B: 2026-02-01 SWITCHEROO 1.               returned 1, quality 1, fake mentions 0
 *   C: none.                                  returned 0
 * rates (rounded to 4 places):
 *   A returnRate 4/20 = 0.2, coverage 20/20 = 1
 *   B returnRate 1/5 = 0.2, coverage 0/5 = 0
 *   C returnRate 0/6 = 0, coverage 4/6 = 0.66666… → 0.6667
 * findings, one planted per code:
 *   INVOICE_SHORTFALL B error: sold 5 > invoiced 0, 5 short; C warning (not cited): 6 − 4 = 2.
 *   NO_INVOICE B: cited, no final line in the window.
 *   RECEIVED_BEFORE_INVOICED A: 04-15 received 10 ≤ invoiced by then 10 (INV-001);
 *     06-01 received 10 + 5 = 15 > 10 (INV-003 is 06-15, INV-006 07-01, INV-002 09-01):
 *     first day 2025-06-01, 5 units ahead. B: 05-10 4 ≤ 6 (INV-004 of 2025-02-01 counts here,
 *     any date); C: 04-12 4 ≤ 4 (INV-001): none.
 *   INVOICE_OUTSIDE_WINDOW INV-004 (2025-02-01 < 2025-03-31), 6 units.
 *   INVOICE_NOT_FINAL Q-005, quote, 20 units.
 *   SUPPLIER_INCOMPLETE 部分商会 (s-partial): no website; invoice INV-003.
 *   SUPPLIER_NOT_ACCEPTED ドラッグストア駅前店 (retailer): INV-006, 2 units.
 *   BUYER_MISMATCH INV-003: buyer 山田花子. Not INV-002: ｻﾝﾌﾟﾙ商事 = サンプル商事 after width and
 *     株式会社 are removed; INV-002's supplier "(株)正規卸" is 株式会社正規卸 the same way.
 *   DOCUMENT_MISSING INV-006 (2 units): no documents[] entry with that invoiceNumber.
 *   DOCUMENT_TYPE documents/delivery-note.docx.
 *   COUNTERFEIT_MENTION ×2: A's returns of 2025-09-02 and 2025-12-01.
 *   COMPLAINT_NOT_INSPECTED ×2: the same returns (LPN0003, LPN0006); no document names an LPN.
 * trace (cited A, B; invoices of any date, oldest first; receipts from the ledger detail):
 *   A: FBA15A0001 04-15 ×10 → INV-001 (04-10, 10): remaining 0. FBA15A0002 06-01 ×5: INV-003 is
 *      06-15, later: received before invoiced (the finding names FBA15A0002). FBA15A0003 09-05
 *      ×5 → INV-003 3 + INV-006 (07-01) 2. INV-002 (09-01, 5) covers nothing: remaining 5.
 *   B: FBA15B0002 05-10 ×4 → INV-004 (2025-02-01, outside the window: counted false): remains 2.
 * complaint units: LPN0003 CUSTOMER_DAMAGED → unsellable; LPN0006 SELLABLE → sellable.
 * roll-forward: none (no ledger summary in planted/).
 *
 * clean/ — B0CLEAN001 (CA-1, cited); received from the ledger summary (the only source):
 *   sold 3 + 4 = 7; received 10 (05/10/2025 Receipts 10; 06/02 Receipts 0); invoiced INV-100
 *   10 (2025-05-01, from the manufacturer, buyer 株式会社クリーン商事 and ㈱クリーン商事 on the
 *   document: equal after normalising); returned 1 (UNWANTED_ITEM, no fake words);
 *   returnRate 1/7 = 0.142857… → 0.1429; coverage 10/7 = 1.428571… → 1.4286;
 *   received 10 on 05-10 ≤ invoiced 10 by 05-01: no finding of any kind.
 *   trace: the 05-10 receipt (no shipment id in the summary) → INV-100, remaining 0.
 *   roll-forward (ledger summary, SELLABLE, JP): starting 0 (05/10 row) + receipts 10 − shipments
 *   3 (written −3) = 7 = ending of the 06/02 row: difference 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/case/load.js';
import { readRecords } from '../../src/records/index.js';
import { reconcile } from '../../src/reconcile/index.js';
import { reconciliationJson } from '../../src/reconcile/json.js';

const fixture = (name: string) => path.resolve('test/fixtures/reconcile', name);

async function run(name: string) {
  const loaded = await loadCase(fixture(name));
  const { records, problems } = await readRecords(loaded);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return reconcile(loaded.data, records);
}

const expected = (name: string) =>
  JSON.parse(readFileSync(path.join(fixture(name), 'expected.json'), 'utf8'));

const ALL_CODES = [
  'INVOICE_SHORTFALL',
  'NO_INVOICE',
  'RECEIVED_BEFORE_INVOICED',
  'INVOICE_OUTSIDE_WINDOW',
  'INVOICE_NOT_FINAL',
  'SUPPLIER_INCOMPLETE',
  'SUPPLIER_NOT_ACCEPTED',
  'BUYER_MISMATCH',
  'DOCUMENT_MISSING',
  'DOCUMENT_TYPE',
  'COUNTERFEIT_MENTION',
  'COMPLAINT_NOT_INSPECTED',
];

describe('fixture: planted', () => {
  it('reconciles to expected.json', async () => {
    const rec = await run('planted');
    expect(reconciliationJson(rec, 'en')).toEqual(expected('planted'));
  });

  it('has a finding of every code, and uses the ledger detail only', async () => {
    const rec = await run('planted');
    expect(new Set(rec.findings.map((f) => f.code))).toEqual(new Set(ALL_CODES));
    expect(rec.receivedSource).toBe('ledgerDetail');
    expect(rec.findings.find((f) => f.code === 'RECEIVED_BEFORE_INVOICED')?.date).toBe(
      '2025-06-01',
    );
  });

  it('gives every message in both languages, Japanese saying what to do', async () => {
    const rec = await run('planted');
    for (const f of rec.findings) {
      expect(f.message.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(f.message.ja).toMatch(/ください/);
      expect(f.message.en.length).toBeGreaterThan(40);
    }
  });

  it('keeps the detail tables: excluded lines with the reason, returns with comments', async () => {
    const rec = await run('planted');
    expect([...rec.detail.excludedInvoiceLines].map((l) => [l.invoiceNumber, l.reason])).toEqual([
      ['INV-004', 'outsideWindow'],
      ['Q-005', 'notFinal'],
    ]);
    expect([...rec.detail.invoiceLines].map((l) => [l.invoiceNumber, l.asin, l.quantity])).toEqual([
      ['INV-001', 'B0PLANT001', 10],
      ['INV-001', 'B0PLANT003', 4],
      ['INV-002', 'B0PLANT001', 5],
      ['INV-003', 'B0PLANT001', 3],
      ['INV-006', 'B0PLANT001', 2],
    ]);
    expect(rec.detail.receipts.map((r) => r.quantity)).toEqual([4, 10, 4, 5, 5]);
    expect(rec.detail.returns.filter((r) => r.counterfeit).map((r) => r.comment)).toEqual([
      'パッケージが違う。偽物では？',
      'Looks like a knock-off',
    ]);
    const june = rec.detail.monthly.find((m) => m.asin === 'B0PLANT001' && m.month === '2025-06');
    expect(june).toEqual({ month: '2025-06', asin: 'B0PLANT001', sold: 0, returned: 0 }); // 2 cancelled
    const march = rec.detail.monthly.filter((m) => m.month === '2026-03');
    expect(march.map((m) => m.sold)).toEqual([2, 0, 0]); // the 2 of 2026-03-31 only
  });
});

describe('fixture: clean', () => {
  it('reconciles to expected.json with no findings', async () => {
    const rec = await run('clean');
    expect(reconciliationJson(rec, 'en')).toEqual(expected('clean'));
    expect(rec.receivedSource).toBe('ledgerSummary');
  });
});
