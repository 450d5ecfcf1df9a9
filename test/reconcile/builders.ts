/** Builders with defaults for reconcile tests: a valid case and records, overridable in part. */
import { caseSchema, type Case, type CaseInput } from '../../src/case/schema.js';
import {
  emptyRecords,
  type InvoiceLine,
  type OrderDay,
  type ReceiptRow,
  type Records,
  type ReturnRow,
} from '../../src/records/types.js';

export const ASIN_A = 'B0AAAAAAA1';
export const ASIN_B = 'B0BBBBBBB2';

/** Notice received 2026-03-31: the window is 2025-03-31 … 2026-03-31 (2026 is not a leap year). */
export function aCase(over: Partial<CaseInput> = {}): Case {
  const input: CaseInput = {
    schemaVersion: 1,
    language: 'ja',
    kind: 'authenticity',
    marketplace: 'amazon.co.jp',
    seller: {
      legalName: '株式会社テスト商事',
      storeName: 'テストストア',
      merchantId: 'A1B2C3D4E5F6G7',
      address: '東京都千代田区1-1-1',
      phone: '03-0000-0000',
      email: 'info@example.jp',
      responsiblePerson: { name: '山田太郎', role: '代表取締役' },
    },
    notice: {
      receivedOn: '2026-03-31',
      type: '真贋調査',
      text: 'Amazon notice text',
      citedAsins: [ASIN_A],
    },
    products: [
      { asin: ASIN_A, skus: ['SKU-A'], title: 'Product A', brand: 'BrandA' },
      { asin: ASIN_B, skus: ['SKU-B'], title: 'Product B', brand: 'BrandB' },
    ],
    suppliers: [
      {
        id: 'sup1',
        name: '株式会社卸問屋',
        kind: 'wholesaler',
        address: '大阪府大阪市1-2-3',
        phone: '06-0000-0000',
        website: 'https://oroshi.example.jp',
      },
    ],
    documents: [],
    ...over,
  };
  return caseSchema.parse(input);
}

let row = 1;
const src = (file: string) => ({ file, row: ++row });

export const order = (o: Partial<OrderDay> = {}): OrderDay => ({
  sku: 'SKU-A',
  date: '2025-06-01',
  cancelled: false,
  quantity: 1,
  lines: 1,
  ...o,
});

export const ret = (r: Partial<ReturnRow> = {}): ReturnRow => ({
  returnDate: '2025-07-01',
  orderId: '250-0000000-0000000',
  sku: 'SKU-A',
  quantity: 1,
  reason: 'UNWANTED_ITEM',
  src: src('records/returns.txt'),
  ...r,
});

export const receipt = (r: Partial<ReceiptRow> = {}): ReceiptRow => ({
  date: '2025-05-01',
  sku: 'SKU-A',
  quantity: 1,
  src: src('records/ledger.txt'),
  ...r,
});

export const line = (l: Partial<InvoiceLine> = {}): InvoiceLine => ({
  invoiceNumber: 'INV-1',
  issueDate: '2025-04-15',
  supplier: '株式会社卸問屋',
  sku: 'SKU-A',
  quantity: 1,
  status: 'final',
  src: src('records/invoices.csv'),
  ...l,
});

export function records(over: Partial<Records> = {}): Records {
  return { ...emptyRecords(), ...over };
}

/** A document entry of case.json for an invoice number. */
export const doc = (invoiceNumber: string, over: Record<string, unknown> = {}) => ({
  file: `documents/${invoiceNumber}.pdf`,
  kind: 'invoice' as const,
  invoiceNumber,
  ...over,
});
