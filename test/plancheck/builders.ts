/** Builders for plan-check tests: a good case (no rule fires) and a reconciliation, as data. */
import { caseSchema, type Case, type CaseInput } from '../../src/case/schema.js';
import { sectionsFor, PLAN_ROLES } from '../../src/case/sections.js';
import { checkPlan } from '../../src/plancheck/index.js';
import type { Problem } from '../../src/errors.js';
import type { ProductNumbers, Reconciliation } from '../../src/reconcile/types.js';
import { TEST_SELLER } from '../helpers/valid-case.js';

export const TODAY = '2026-10-01';

export const GOOD_ROOT_CAUSE = [
  '仕入先が正規代理店かどうかを確認する手順がなかったため、出所を証明できない商品を仕入れていました。',
  'これが今回の申し立ての根本的な原因です。',
].join('');

export const GOOD_ACTIONS = [
  '2026年9月16日、ASIN B0TEST0001 の在庫をすべてFBA倉庫から返送しました。',
  '2026年9月18日、仕入先から正規代理店証明書を取り寄せました。',
].join('');

export const GOOD_PREVENTION = [
  '仕入の都度、仕入担当者が請求書と納品数を照合し、照合表に記録します。',
  '月に一度、代表取締役が照合表を確認して署名します。',
].join('');

/** A Japanese authenticity case on which no plan rule fires; `over` replaces top-level keys. */
export function goodCase(
  over: Partial<CaseInput> = {},
  narrative: Record<string, unknown> = {},
): Case {
  const n: Record<string, unknown> = {};
  const roles = PLAN_ROLES.authenticity;
  for (const id of sectionsFor('authenticity')) {
    if ((roles.rootCause as readonly string[]).includes(id)) n[id] = GOOD_ROOT_CAUSE;
    else if ((roles.actionsTaken as readonly string[]).includes(id)) n[id] = GOOD_ACTIONS;
    else if ((roles.prevention as readonly string[]).includes(id)) n[id] = GOOD_PREVENTION;
    else n[id] = `${id}について説明します。詳細は添付資料のとおりです。`;
  }
  const input: CaseInput = {
    schemaVersion: 1,
    language: 'ja',
    kind: 'authenticity',
    marketplace: 'amazon.co.jp',
    seller: structuredClone(TEST_SELLER),
    notice: {
      receivedOn: '2026-09-15',
      type: '真贋調査',
      text: 'お客様から偽物との申し立てがありました。',
      citedAsins: ['B0TEST0001'],
    },
    products: [
      {
        asin: 'B0TEST0001',
        skus: ['SKU-1'],
        title: 'ステンレスタンブラー',
        brand: 'テストブランド',
        supplierIds: ['S1'],
      },
      {
        asin: 'B0TEST0002',
        skus: ['SKU-2'],
        title: '保温ボトル',
        brand: 'テストブランド',
        supplierIds: ['S1'],
      },
    ],
    suppliers: [{ id: 'S1', name: 'テスト卸株式会社', kind: 'wholesaler' }],
    documents: [
      { file: 'documents/inv-1.pdf', kind: 'invoice', supplierId: 'S1', invoiceNumber: 'INV-1' },
    ],
    actionsTaken: [
      {
        date: '2026-09-16',
        what: '該当ASINの在庫をすべて返送しました',
        evidence: ['documents/removal.png'],
      },
    ],
    ...over,
    narrative: { ...n, ...narrative } as CaseInput['narrative'],
  };
  return caseSchema.parse(input);
}

/** Two products of one brand whose titles share words (KESTREL, ステンレス). */
export function twoKestrelProducts() {
  return ['タンブラー', 'ボトル'].map((kind, i) => ({
    asin: `B0TEST000${i + 1}`,
    skus: [`SKU-${i + 1}`],
    title: `KESTREL ステンレス ${kind}`,
    brand: 'KESTREL',
    supplierIds: ['S1'],
  }));
}

export function product(over: Partial<ProductNumbers> = {}): ProductNumbers {
  return {
    asin: 'B0TEST0001',
    skus: ['SKU-1'],
    cited: true,
    invoiced: 300,
    received: 300,
    sold: 245,
    returned: 5,
    qualityReturns: 3,
    counterfeitMentions: 1,
    returnRate: 5 / 245,
    coverage: 300 / 245,
    ...over,
  };
}

const src = (file: string, row: number) => ({ file, row });

/** A reconciliation: two products, one invoice INV-1 (dated before the one receipt). */
export function goodRec(over: Partial<Reconciliation> = {}): Reconciliation {
  return {
    notice: { receivedOn: '2026-09-15', type: '真贋調査', citedAsins: ['B0TEST0001'] },
    window: { from: '2025-09-15', to: '2026-09-15' },
    receivedSource: 'ledgerDetail',
    products: [
      product(),
      product({
        asin: 'B0TEST0002',
        skus: ['SKU-2'],
        cited: false,
        invoiced: 100,
        received: 100,
        sold: 55,
        returned: 0,
        qualityReturns: 0,
        counterfeitMentions: 0,
        returnRate: 0,
      }),
    ],
    findings: [],
    detail: {
      invoiceLines: [
        {
          invoiceNumber: 'INV-1',
          issueDate: '2026-01-10',
          supplier: 'S1',
          asin: 'B0TEST0001',
          quantity: 300,
          status: 'final',
          src: src('records/invoices.tsv', 2),
        },
      ],
      excludedInvoiceLines: [],
      receipts: [
        {
          date: '2026-01-20',
          asin: 'B0TEST0001',
          sku: 'SKU-1',
          quantity: 300,
          src: src('records/ledger.txt', 2),
        },
      ],
      returns: [],
      monthly: [],
    },
    ...over,
  };
}

export function codes(ps: Problem[]): string[] {
  return ps.map((p) => p.code);
}

/** Runs the plan check and keeps the problems of one code. */
export function fired(code: string, c: Case, rec?: Reconciliation, today = TODAY): Problem[] {
  return checkPlan(c, rec, { today }).filter((p) => p.code === code);
}
