/** Each finding rule on inline data built from the defaults in builders.ts. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import type { Finding } from '../../src/reconcile/types.js';
import { hasMessage } from '../../src/i18n/catalogue.js';
import { ASIN_A, ASIN_B, aCase, doc, line, order, receipt, records, ret } from './builders.js';

const codes = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);

/**
 * A case where everything is in order: 3 sold, 3 invoiced and received after the invoice, one
 * ordinary return (so the returns report is provided).
 */
function clean() {
  return {
    c: aCase({ documents: [doc('INV-1')] }),
    r: records({
      orders: [order({ quantity: 3 })],
      returns: [ret()],
      receipts: {
        ledgerDetail: [receipt({ date: '2025-04-20', quantity: 3 })],
        receivedInventory: [],
      },
      invoiceLines: [line({ quantity: 3, buyerName: '㈱テスト商事' })],
    }),
  };
}

describe('a clean case', () => {
  it('has no findings', () => {
    const { c, r } = clean();
    expect(reconcile(c, r).findings).toEqual([]);
  });
});

describe('INVOICE_SHORTFALL', () => {
  it('is an error for a cited ASIN and a warning otherwise', () => {
    const { c, r } = clean();
    r.orders.push(order({ quantity: 2 }), order({ sku: 'SKU-B', quantity: 1 }));
    const fs = codes(reconcile(c, r).findings, 'INVOICE_SHORTFALL');
    expect(fs.map((f) => [f.asin, f.severity])).toEqual([
      [ASIN_A, 'error'],
      [ASIN_B, 'warning'],
    ]);
    expect(fs[0]!.message.en).toContain('5 units sold'); // 3 + 2
    expect(fs[0]!.message.en).toContain('(2 short)'); // 5 − 3
    expect(fs[0]!.message.ja).toContain('2 個不足');
  });
});

describe('NO_INVOICE', () => {
  it('fires for a cited ASIN without a counted final line', () => {
    const c = aCase();
    const r = records({ invoiceLines: [line({ status: 'quote' })] });
    const fs = codes(reconcile(c, r).findings, 'NO_INVOICE');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ asin: ASIN_A, severity: 'error' });
  });
});

describe('RECEIVED_BEFORE_INVOICED', () => {
  it('gives the first day the received units exceed the invoices issued so far', () => {
    const c = aCase({ documents: [doc('INV-1'), doc('INV-2')] });
    const r = records({
      orders: [order({ quantity: 5 })],
      receipts: {
        ledgerDetail: [
          receipt({ date: '2025-04-20', quantity: 2 }), // cum 2 ≤ 2 invoiced (INV-1)
          receipt({ date: '2025-05-10', quantity: 3 }), // cum 5 > 2: INV-2 only on 06-01
          receipt({ date: '2025-06-10', quantity: 1 }),
        ],
        receivedInventory: [],
      },
      invoiceLines: [
        line({ quantity: 2, issueDate: '2025-04-15' }),
        line({ invoiceNumber: 'INV-2', quantity: 4, issueDate: '2025-06-01' }),
      ],
    });
    const fs = codes(reconcile(c, r).findings, 'RECEIVED_BEFORE_INVOICED');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ asin: ASIN_A, date: '2025-05-10', severity: 'error' });
    expect(fs[0]!.message.en).toContain('Amazon had received 5 units');
    expect(fs[0]!.message.en).toContain('cover only 2');
  });

  it('counts final invoices of any date, even before the window', () => {
    const c = aCase({ documents: [doc('OLD')] });
    const r = records({
      receipts: {
        ledgerDetail: [receipt({ date: '2025-04-20', quantity: 2 })],
        receivedInventory: [],
      },
      invoiceLines: [line({ invoiceNumber: 'OLD', quantity: 2, issueDate: '2025-01-10' })],
    });
    expect(codes(reconcile(c, r).findings, 'RECEIVED_BEFORE_INVOICED')).toEqual([]);
  });
});

describe('INVOICE_OUTSIDE_WINDOW', () => {
  it('names invoices before the window and after the notice, once per invoice', () => {
    const c = aCase({
      documents: [doc('OLD'), doc('LATE'), doc('DOC-ONLY', { issueDate: '2024-12-01' })],
    });
    const r = records({
      invoiceLines: [
        line({ invoiceNumber: 'OLD', issueDate: '2025-03-30', quantity: 1 }),
        line({ invoiceNumber: 'OLD', issueDate: '2025-03-30', quantity: 2 }),
        line({ invoiceNumber: 'LATE', issueDate: '2026-04-01', quantity: 4 }),
      ],
    });
    const fs = codes(reconcile(c, r).findings, 'INVOICE_OUTSIDE_WINDOW');
    expect(fs.map((f) => f.invoice)).toEqual(['DOC-ONLY', 'LATE', 'OLD']);
    expect(fs.every((f) => f.severity === 'warning')).toBe(true);
    expect(fs.find((f) => f.invoice === 'OLD')!.message.en).toContain('(3 units)');
    expect(fs.find((f) => f.invoice === 'LATE')!.message.en).toContain('after the notice');
  });
});

describe('INVOICE_NOT_FINAL', () => {
  it('names quotes, pro-formas and order confirmations from lines and documents', () => {
    const c = aCase({
      documents: [
        doc('P-1', { status: 'proforma' }),
        doc('OC-1', { status: 'order-confirmation' }),
      ],
    });
    const r = records({
      invoiceLines: [
        line({ invoiceNumber: 'Q-1', status: 'quote' }),
        line({ invoiceNumber: 'P-1' }),
      ],
    });
    const fs = codes(reconcile(c, r).findings, 'INVOICE_NOT_FINAL');
    expect(fs.map((f) => f.invoice)).toEqual(['OC-1', 'P-1', 'Q-1']);
    expect(fs.find((f) => f.invoice === 'P-1')!.message.en).toContain('pro-forma');
  });
});

describe('SUPPLIER_INCOMPLETE', () => {
  it('lists the missing fields, and suppliers not in case.json', () => {
    const c = aCase({
      suppliers: [{ id: 'sup1', name: '株式会社卸問屋', kind: 'wholesaler', phone: '06' }],
      documents: [doc('INV-1'), doc('INV-9')],
    });
    const r = records({
      invoiceLines: [line(), line({ invoiceNumber: 'INV-9', supplier: '謎の商店' })],
    });
    const fs = codes(reconcile(c, r).findings, 'SUPPLIER_INCOMPLETE');
    expect(fs.map((f) => f.supplier)).toEqual(['株式会社卸問屋', '謎の商店']);
    expect(fs[0]!.message.en).toContain('no address, website');
    expect(fs[0]!.message.ja).toContain('住所、ウェブサイト');
    expect(fs[1]!.message.en).toContain('not in case.json suppliers');
  });

  it('matches suppliers by id, alias, width and company form', () => {
    const c = aCase({
      suppliers: [
        {
          id: 'sup1',
          name: '株式会社卸問屋',
          kind: 'wholesaler',
          address: 'a',
          phone: 'p',
          website: 'w',
          aliases: ['OROSHI TONYA'],
        },
      ],
      documents: [doc('A'), doc('B'), doc('C')],
    });
    const r = records({
      invoiceLines: [
        line({ invoiceNumber: 'A', supplier: 'sup1' }),
        line({ invoiceNumber: 'B', supplier: '（株）卸問屋' }),
        line({ invoiceNumber: 'C', supplier: 'ｏｒｏｓｈｉ　tonya' }),
      ],
    });
    const rec = reconcile(c, r);
    expect(codes(rec.findings, 'SUPPLIER_INCOMPLETE')).toEqual([]);
    expect([...rec.detail.invoiceLines].map((l) => l.supplierId)).toEqual(['sup1', 'sup1', 'sup1']);
  });
});

describe('SUPPLIER_NOT_ACCEPTED', () => {
  it('flags retailers and marketplaces of counted invoices only', () => {
    const base = { address: 'a', phone: 'p', website: 'w' };
    const c = aCase({
      suppliers: [
        { id: 'shop', name: 'Big Store', kind: 'retailer', ...base },
        { id: 'mkt', name: 'Market', kind: 'marketplace', ...base },
      ],
      documents: [doc('S-1'), doc('M-1')],
    });
    const r = records({
      invoiceLines: [
        line({ invoiceNumber: 'S-1', supplier: 'shop', quantity: 2 }),
        line({ invoiceNumber: 'M-1', supplier: 'mkt', status: 'quote' }), // not counted
      ],
    });
    const fs = codes(reconcile(c, r).findings, 'SUPPLIER_NOT_ACCEPTED');
    expect(fs.map((f) => f.supplier)).toEqual(['Big Store']);
    expect(fs[0]!.message.en).toContain('is a retailer (invoices S-1, 2 units)');
  });
});

describe('BUYER_MISMATCH', () => {
  it('compares line and document buyer names with the legal name', () => {
    const c = aCase({
      documents: [
        doc('INV-1'),
        doc('INV-2', { buyerName: 'テスト商事 株式会社' }), // same after normalising
        doc('INV-3', { buyerName: '山田太郎' }), // a person, not the company
        { file: 'documents/note.pdf', kind: 'delivery-note', buyerName: 'Other Co' },
      ],
    });
    const r = records({
      invoiceLines: [
        line({ buyerName: 'ﾃｽﾄ商事(株)' }),
        line({ invoiceNumber: 'INV-2' }),
        line({ invoiceNumber: 'INV-3' }),
      ],
    });
    const fs = codes(reconcile(c, r).findings, 'BUYER_MISMATCH');
    expect(fs.map((f) => f.invoice ?? f.file)).toEqual(['documents/note.pdf', 'INV-3']);
    expect(fs[1]!.message.en).toContain('"山田太郎"');
  });
});

describe('DOCUMENT_MISSING and DOCUMENT_TYPE', () => {
  it('a counted invoice without an original, and files Amazon does not take', () => {
    const c = aCase({
      documents: [
        doc('INV-1', { file: 'documents/inv-1.PDF' }),
        doc('INV-2', { file: 'documents/inv-2.xlsx' }),
        { file: 'documents/photo.heic', kind: 'photo' },
      ],
    });
    const r = records({
      invoiceLines: [
        line(),
        line({ invoiceNumber: 'INV-2' }),
        line({ invoiceNumber: 'INV-3', quantity: 6 }),
      ],
    });
    const rec = reconcile(c, r);
    const missing = codes(rec.findings, 'DOCUMENT_MISSING');
    expect(missing.map((f) => f.invoice)).toEqual(['INV-3']);
    expect(missing[0]!.message.en).toContain('6 units');
    // Sorted by invoice before file: the photo (no invoice) comes first.
    expect(codes(rec.findings, 'DOCUMENT_TYPE').map((f) => f.file)).toEqual([
      'documents/photo.heic',
      'documents/inv-2.xlsx',
    ]);
  });
});

describe('COUNTERFEIT_MENTION', () => {
  it('one finding per return whose comment mentions a fake, with the comment', () => {
    const r = records({
      returns: [
        ret({ comment: '偽物でした', reason: 'NOT_AS_DESCRIBED' }),
        ret({ comment: 'counterfeit!', returnDate: '2025-08-01' }),
        ret({ comment: 'too big' }),
        ret({ comment: 'fake', returnDate: '2024-08-01' }), // outside the window
      ],
    });
    const fs = codes(reconcile(aCase(), r).findings, 'COUNTERFEIT_MENTION');
    expect(fs).toHaveLength(2);
    expect(fs[0]!.message.ja).toContain('「偽物でした」');
    expect(fs[0]!.severity).toBe('warning');
  });
});

describe('findings', () => {
  it('come in a fixed order: severity, rule, then ASIN, invoice, supplier, file', () => {
    const c = aCase({ documents: [{ file: 'documents/z.doc', kind: 'other' }] });
    const r = records({
      orders: [order({ quantity: 2 }), order({ sku: 'SKU-B', quantity: 1 })],
      returns: [ret({ comment: 'fake' })],
    });
    const a = reconcile(c, r).findings.map((f) => `${f.severity} ${f.code} ${f.asin ?? f.file}`);
    const b = reconcile(c, { ...r, orders: [...r.orders].reverse() }).findings.map(
      (f) => `${f.severity} ${f.code} ${f.asin ?? f.file}`,
    );
    expect(a).toEqual(b);
    expect(a).toEqual([
      // a missing source comes first: no receipts report for an FBA seller
      'error RECEIPTS_NOT_PROVIDED records/',
      `error INVOICE_SHORTFALL ${ASIN_A}`,
      `error NO_INVOICE ${ASIN_A}`,
      'error DOCUMENT_TYPE documents/z.doc',
      `warning INVOICE_SHORTFALL ${ASIN_B}`,
      `warning COUNTERFEIT_MENTION ${ASIN_A}`,
      `warning COMPLAINT_NOT_INSPECTED ${ASIN_A}`,
    ]);
  });

  it('every message key exists in both languages', () => {
    for (const k of ['INVOICE_SHORTFALL', 'NO_INVOICE', 'DOCUMENT_TYPE'])
      expect(hasMessage(`reconcile.${k}`)).toBe(true);
  });
});

describe('purity', () => {
  const deepFreeze = <T>(o: T): T => {
    if (o && typeof o === 'object' && !Object.isFrozen(o)) {
      Object.freeze(o);
      for (const v of Object.values(o)) deepFreeze(v);
    }
    return o;
  };

  it('does not change its inputs and gives the same result twice', () => {
    const make = () => {
      const c = aCase({ documents: [doc('INV-1'), { file: 'documents/x.doc', kind: 'other' }] });
      const r = records({
        orders: [order({ quantity: 3 }), order({ sku: 'SKU-B', quantity: 2 })],
        receipts: {
          ledgerDetail: [receipt({ date: '2025-05-01', quantity: 2 }), receipt({ quantity: 1 })],
          receivedInventory: [],
        },
        returns: [ret({ comment: 'fake' }), ret({ returnDate: '2025-04-01' })],
        invoiceLines: [line({ quantity: 2 }), line({ invoiceNumber: 'Q', status: 'quote' })],
        skuToAsin: { 'SKU-X': ASIN_B },
      });
      return { c: deepFreeze(c), r: deepFreeze(r) };
    };
    // Frozen inputs: any write to them would throw (modules run in strict mode).
    const a = make();
    expect(reconcile(a.c, a.r)).toEqual(reconcile(a.c, a.r));
  });
});
