import { describe, expect, it } from 'vitest';
import type { Reconciliation } from '../../src/reconcile/types.js';
import { fired, goodCase, goodRec, GOOD_PREVENTION } from './builders.js';

/** S1 the manufacturer, S2 a wholesaler; invoice lines from both, the wholesaler's on 2026-05-10. */
function sourced(narrative: Record<string, unknown>, wholesalerInvoices = 1) {
  const c = goodCase(
    {
      suppliers: [
        { id: 'S1', name: 'テスト製作所株式会社', kind: 'manufacturer' },
        { id: 'S2', name: '株式会社東雲トレード', kind: 'wholesaler' },
      ],
    },
    narrative,
  );
  const base = goodRec();
  const line = [...base.detail.invoiceLines][0]!;
  const rec: Reconciliation = {
    ...base,
    detail: {
      ...base.detail,
      invoiceLines: [
        { ...line, supplierId: 'S1' },
        ...Array.from({ length: wholesalerInvoices }, (_, i) => ({
          ...line,
          invoiceNumber: String(5127 + i).padStart(7, '0'),
          issueDate: '2026-05-10',
          supplier: 'S2',
          supplierId: 'S2',
          asin: 'B0TEST0002',
          quantity: 24,
        })),
      ],
    },
  } as Reconciliation;
  return { c, rec };
}

describe('PLAN_SUPPLIER_CLAIM', () => {
  it.each([
    '当社は対象商品をすべてメーカーから直接仕入れています。',
    '全量を正規代理店から仕入れました。',
    '商品はメーカーからのみ仕入れています。',
    'All units were purchased directly from the manufacturer.',
    'We have only bought from authorised distributors.',
  ])('fires on the claim %s against a wholesaler invoice, naming it and its units', (s) => {
    const { c, rec } = sourced({ sourcing: `${s}請求書は添付のとおりです。` });
    const ps = fired('PLAN_SUPPLIER_CLAIM', c, rec);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.section).toBe('sourcing');
    expect(ps[0]!.message.ja).toContain('株式会社東雲トレード（卸売業者、請求書 0005127、24個）');
    expect(ps[0]!.message.en).toContain('wholesaler, invoice 0005127, 24 units');
  });
  it('names at most 20 invoices of a supplier, then how many more', () => {
    const { c, rec } = sourced({ sourcing: '商品はメーカーからのみ仕入れています。' }, 25);
    const [p] = fired('PLAN_SUPPLIER_CLAIM', c, rec);
    expect(p!.message.en).toContain('invoice 0005127, 0005128');
    expect(p!.message.en).toContain('0005146 … (+5), 600 units');
    expect(p!.message.en).not.toContain('0005147');
  });
  it('fires on a dated buying rule broken by a later purchase, not by an earlier one', () => {
    const rule = (d: string) =>
      sourced({
        purchasingRules: `${GOOD_PREVENTION}${d}以降は、メーカーまたは正規代理店のみから仕入れます。`,
      });
    const after = rule('2026年4月1日');
    expect(fired('PLAN_SUPPLIER_CLAIM', after.c, after.rec).map((p) => p.message.en)).toEqual([
      expect.stringContaining('(from 2026-04-01)'),
    ]);
    const before = rule('2026年6月1日');
    expect(fired('PLAN_SUPPLIER_CLAIM', before.c, before.rec)).toEqual([]);
    const en = sourced({
      purchasingRules:
        'From 1 April 2026 we buy only from authorised distributors. The buyer records each check.',
    });
    expect(fired('PLAN_SUPPLIER_CLAIM', en.c, en.rec)).toHaveLength(1);
  });
  it('does not fire on a good plan, on an undated rule, or on a claim about ASINs the wholesaler did not supply', () => {
    const { c, rec } = sourced({});
    expect(fired('PLAN_SUPPLIER_CLAIM', c, rec)).toEqual([]);
    const undated = sourced({
      purchasingRules: `${GOOD_PREVENTION}今後はメーカーのみから仕入れます。`,
    });
    expect(fired('PLAN_SUPPLIER_CLAIM', undated.c, undated.rec)).toEqual([]);
    const scoped = sourced({ sourcing: 'B0TEST0001 はすべてメーカーから直接仕入れました。' });
    expect(fired('PLAN_SUPPLIER_CLAIM', scoped.c, scoped.rec)).toEqual([]);
    const quoted = sourced({
      sourcing:
        '仕入先は「すべてメーカーから仕入れています」と説明しましたが、卸売業者からの仕入もありました。',
    });
    expect(fired('PLAN_SUPPLIER_CLAIM', quoted.c, quoted.rec)).toEqual([]);
  });
  it('does not fire without the reconciliation', () => {
    const { c } = sourced({ sourcing: '全量を正規代理店から仕入れました。' });
    expect(fired('PLAN_SUPPLIER_CLAIM', c)).toEqual([]);
  });
});
