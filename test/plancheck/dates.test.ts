import { describe, expect, it } from 'vitest';
import { fired, goodCase, goodRec, GOOD_ACTIONS } from './builders.js';

describe('PLAN_DATE_CONTRADICTION', () => {
  it('fires on an action dated before the notice it answers', () => {
    const c = goodCase({
      actionsTaken: [
        { date: '2026-09-01', what: '在庫を返送しました', evidence: ['documents/a.png'] },
      ],
    });
    const ps = fired('PLAN_DATE_CONTRADICTION', c);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.jsonPath).toBe('$.actionsTaken[0].date');
    expect(ps[0]!.expected).toBe('>= 2026-09-15');
  });
  it('accepts an action on the day of the notice or later', () => {
    const c = goodCase({
      actionsTaken: [
        { date: '2026-09-15', what: '在庫を返送しました', evidence: ['documents/a.png'] },
      ],
    });
    expect(fired('PLAN_DATE_CONTRADICTION', c)).toEqual([]);
  });

  const line = (invoiceNumber: string, issueDate: string, quantity: number, row: number) => ({
    invoiceNumber,
    issueDate,
    supplier: 'S1',
    asin: 'B0TEST0001',
    quantity,
    status: 'final' as const,
    src: { file: 'records/invoices.tsv', row },
  });
  const receipt = (date: string, quantity: number, row: number) => ({
    date,
    sku: 'SKU-1',
    quantity,
    src: { file: 'records/ledger.txt', row },
  });

  it('fires on an invoice dated after the receipt it covers', () => {
    const rec = goodRec();
    const late = goodRec({
      detail: {
        ...rec.detail,
        invoiceLines: [line('INV-1', '2026-01-10', 100, 2), line('INV-2', '2026-03-01', 200, 3)],
        receipts: [receipt('2026-01-20', 100, 2), receipt('2026-02-15', 200, 3)],
      },
    });
    const ps = fired('PLAN_DATE_CONTRADICTION', goodCase(), late);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where).toEqual({ file: 'records/invoices.tsv', row: 3 });
    expect(ps[0]!.message.en).toContain('INV-2');
    expect(ps[0]!.message.en).toContain('2026-02-15');
  });
  it('does not fire when every receipt is covered by earlier invoices', () => {
    const rec = goodRec();
    const ok = goodRec({
      detail: {
        ...rec.detail,
        invoiceLines: [line('INV-1', '2026-01-10', 100, 2), line('INV-2', '2026-02-10', 200, 3)],
        receipts: [receipt('2026-01-20', 100, 2), receipt('2026-02-15', 200, 3)],
      },
    });
    expect(fired('PLAN_DATE_CONTRADICTION', goodCase(), ok)).toEqual([]);
    expect(fired('PLAN_DATE_CONTRADICTION', goodCase(), goodRec())).toEqual([]);
  });
  it('does not fire when no later invoice exists (units not invoiced at all are a reconcile finding)', () => {
    const rec = goodRec();
    const older = goodRec({
      detail: { ...rec.detail, receipts: [...rec.detail.receipts, receipt('2026-05-01', 50, 3)] },
    });
    expect(fired('PLAN_DATE_CONTRADICTION', goodCase(), older)).toEqual([]);
  });
});

describe('PLAN_DATE_CONTRADICTION in the actions section', () => {
  const inActions = (s: string) => goodCase({}, { actionsTaken: `${GOOD_ACTIONS}${s}` });
  it.each([
    '2026年9月1日、在庫をすべて返送しました。',
    'On 1 September 2026 we removed all units.',
  ])('fires on a completed act dated before the notice: %s', (s) => {
    const ps = fired('PLAN_DATE_CONTRADICTION', inActions(s));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.section).toBe('actionsTaken');
  });
  it.each([
    '2026年9月20日、在庫をすべて返送しました。',
    '2026年6月10日に仕入れた商品を、2026年9月20日に返送しました。',
    '2026年9月1日に受けた問い合わせは、通知の前触れでした。',
  ])('does not fire on %s', (s) => {
    expect(fired('PLAN_DATE_CONTRADICTION', inActions(s))).toEqual([]);
  });
});
