import { describe, expect, it } from 'vitest';
import { fired, goodCase, goodRec, twoKestrelProducts } from './builders.js';

const neutral = {
  rootCause: '仕入先を確認する手順がなかったため、出所の不明な商品を仕入れました。これが原因です。',
  actionsTaken: '2026年9月16日、在庫をすべて返送しました。2026年9月18日、仕入先へ連絡しました。',
};

describe('PLAN_ASIN_NOT_ADDRESSED', () => {
  it('fires when a cited ASIN is named nowhere in the root cause or actions', () => {
    const c = goodCase({ actionsTaken: [] }, neutral);
    const ps = fired('PLAN_ASIN_NOT_ADDRESSED', c);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.jsonPath).toBe('$.notice.citedAsins[0]');
    expect(ps[0]!.message.en).toContain('B0TEST0001');
  });
  it('fires only for the ASIN left out', () => {
    const c = goodCase(
      {
        notice: {
          receivedOn: '2026-09-15',
          type: '真贋調査',
          text: '申し立て',
          citedAsins: ['B0TEST0001', 'B0TEST0002'],
        },
      },
      { rootCause: `${neutral.rootCause}B0TEST0001 も同様です。` },
    );
    const ps = fired('PLAN_ASIN_NOT_ADDRESSED', c);
    expect(ps.map((p) => p.where.jsonPath)).toEqual(['$.notice.citedAsins[1]']);
  });
  it.each([
    ['the ASIN', { rootCause: `${neutral.rootCause}対象は B0TEST0001 です。` }],
    ['a SKU', { actionsTaken: `${neutral.actionsTaken}SKU-1 の出品を停止しました。` }],
    ['the title', { rootCause: `${neutral.rootCause}ステンレスタンブラーの仕入が該当します。` }],
    ['full-width ASIN', { rootCause: `${neutral.rootCause}対象はＢ０ＴＥＳＴ０００１です。` }],
  ])('does not fire when the root cause or actions name %s', (_, narrative) => {
    expect(
      fired(
        'PLAN_ASIN_NOT_ADDRESSED',
        goodCase({ actionsTaken: [] }, { ...neutral, ...narrative }),
      ),
    ).toEqual([]);
  });
  it.each([
    [
      'all cited ASINs at once',
      { actionsTaken: `${neutral.actionsTaken}2026年9月16日、対象2ASINの出品を停止しました。` },
    ],
    [
      'all cited ASINs in English',
      { actionsTaken: `${neutral.actionsTaken}We removed all cited ASINs on 16 September 2026.` },
    ],
  ])('does not fire on %s', (_, narrative) => {
    expect(
      fired(
        'PLAN_ASIN_NOT_ADDRESSED',
        goodCase({ actionsTaken: [] }, { ...neutral, ...narrative }),
      ),
    ).toEqual([]);
  });
  const kestrel = [
    {
      asin: 'B0TEST0001',
      skus: ['SKU-1'],
      title: 'KESTREL ステンレス タンブラー',
      brand: 'KESTREL',
      supplierIds: ['S1'],
    },
    {
      asin: 'B0TEST0002',
      skus: ['SKU-2'],
      title: 'KESTREL ステンレス ボトル',
      brand: 'KESTREL',
      supplierIds: ['S1'],
    },
  ];
  it('takes a word of the title that names the product alone', () => {
    const c = goodCase(
      { actionsTaken: [], products: kestrel },
      { ...neutral, rootCause: `${neutral.rootCause}タンブラーの仕入が該当します。` },
    );
    expect(fired('PLAN_ASIN_NOT_ADDRESSED', c)).toEqual([]);
  });
  it('does not take "該当ASIN" (one ASIN) for all of them', () => {
    const c = goodCase(
      {
        actionsTaken: [],
        notice: {
          receivedOn: '2026-09-15',
          type: '真贋調査',
          text: '申し立て',
          citedAsins: ['B0TEST0001', 'B0TEST0002'],
        },
      },
      {
        ...neutral,
        actionsTaken: `${neutral.actionsTaken}2026年9月17日、該当ASINの画像を直しました。`,
      },
    );
    expect(fired('PLAN_ASIN_NOT_ADDRESSED', c)).toHaveLength(2);
  });
  it('does not take a word shared with another product, or the brand, for the product', () => {
    const c = goodCase(
      {
        actionsTaken: [],
        products: twoKestrelProducts(),
      },
      { ...neutral, rootCause: `${neutral.rootCause}KESTREL のステンレス製品が該当します。` },
    );
    expect(fired('PLAN_ASIN_NOT_ADDRESSED', c)).toHaveLength(1);
  });
  it('does not fire when an actionsTaken entry names it', () => {
    const c = goodCase(
      {
        actionsTaken: [
          {
            date: '2026-09-16',
            what: 'B0TEST0001 の在庫を返送しました',
            evidence: ['documents/a.png'],
          },
        ],
      },
      neutral,
    );
    expect(fired('PLAN_ASIN_NOT_ADDRESSED', c)).toEqual([]);
  });
});

describe('PLAN_ASIN_NO_DOCUMENT', () => {
  it('fires without a reconciliation when no invoice of its suppliers is listed', () => {
    expect(fired('PLAN_ASIN_NO_DOCUMENT', goodCase({ documents: [] }))).toHaveLength(1);
    expect(
      fired(
        'PLAN_ASIN_NO_DOCUMENT',
        goodCase({ documents: [{ file: 'documents/p.jpg', kind: 'photo', supplierId: 'S1' }] }),
      ),
    ).toHaveLength(1);
    expect(
      fired(
        'PLAN_ASIN_NO_DOCUMENT',
        goodCase({ documents: [{ file: 'documents/i.pdf', kind: 'invoice', supplierId: 'S9' }] }),
      ),
    ).toHaveLength(1);
  });
  it('does not fire without a reconciliation when an invoice of its supplier is listed', () => {
    expect(fired('PLAN_ASIN_NO_DOCUMENT', goodCase())).toEqual([]);
  });
  it('uses the invoice lines of the reconciliation when there is one', () => {
    const rec = goodRec();
    expect(fired('PLAN_ASIN_NO_DOCUMENT', goodCase(), rec)).toEqual([]);
    // No counted line for the ASIN: the supplier's other invoices do not cover it.
    const none = goodRec({ detail: { ...rec.detail, invoiceLines: [] } });
    expect(fired('PLAN_ASIN_NO_DOCUMENT', goodCase(), none)).toHaveLength(1);
    // A line whose invoice is not among the documents.
    const other = goodRec({
      detail: {
        ...rec.detail,
        invoiceLines: [{ ...rec.detail.invoiceLines.at(0)!, invoiceNumber: 'INV-9' }],
      },
    });
    expect(fired('PLAN_ASIN_NO_DOCUMENT', goodCase(), other)).toHaveLength(1);
    // ... unless reconcile tied it to a document file.
    const tied = goodRec({
      detail: {
        ...rec.detail,
        invoiceLines: [
          {
            ...rec.detail.invoiceLines.at(0)!,
            invoiceNumber: 'INV-9',
            documentFile: 'documents/x.pdf',
          },
        ],
      },
    });
    expect(fired('PLAN_ASIN_NO_DOCUMENT', goodCase(), tied)).toEqual([]);
  });
});
