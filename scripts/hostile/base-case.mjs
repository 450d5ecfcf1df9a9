// The valid case every hostile item starts from: one cited ASIN, one supplier, one invoice PDF,
// an All Orders report (with buyer columns full of personal data that must never leak), a
// returns report, a ledger with receipts and the seller's invoice lines.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validPdf } from './pdf-bytes.mjs';
import { ALL_ORDERS_HEADER, LEDGER_HEADER, RETURNS_HEADER } from '../samples/lib/reports.mjs';
import { AUTHENTICITY_SECTIONS } from '../../dist/src/case/sections.js';

/** The 23 section ids, from the built tool (npm run build first). */
export const SECTIONS = AUTHENTICITY_SECTIONS;

/** Buyer data planted in the order report; none of it may appear in any output. */
export const BUYER = {
  name: '購入者花子',
  email: 'hanako.buyer@example.net',
  phone: '090-1234-5678',
  city: '横浜市港北区',
  postal: '223-0061',
  address: '日吉本町9-8-7 サンプルハイツ305',
};

export function baseCase() {
  const narrative = {};
  for (const id of SECTIONS)
    narrative[id] = [
      `${id}: 2026年8月20日に品質管理責任者の佐藤が、仕入記録と在庫記録を照合しました。`,
      '毎週月曜に出荷担当者が検品記録を確認し、確認欄に署名します。',
    ];
  return {
    schemaVersion: 1,
    language: 'ja',
    kind: 'authenticity',
    marketplace: 'amazon.co.jp',
    seller: {
      legalName: '株式会社ホスタイル商事',
      storeName: 'ホスタイルストア',
      merchantId: 'A1HOSTILE0000',
      address: '東京都千代田区例町1-2-3',
      phone: '03-0000-0000',
      email: 'owner@example.com',
      responsiblePerson: { name: '佐藤 一郎', role: '代表取締役' },
    },
    notice: {
      receivedOn: '2026-09-15',
      type: '真贋調査',
      text: 'お客様から偽物との申し立てがありました。',
      citedAsins: ['B0HOSTILE1'],
    },
    products: [
      {
        asin: 'B0HOSTILE1',
        skus: ['00123-A'],
        title: 'テスト用タンブラー',
        brand: 'テストブランド',
        supplierIds: ['S1'],
      },
    ],
    suppliers: [
      {
        id: 'S1',
        name: 'テスト卸株式会社',
        kind: 'wholesaler',
        address: '大阪府大阪市例区1-1',
        phone: '06-0000-0000',
        website: 'https://wholesale.example.com',
      },
    ],
    documents: [
      {
        file: 'documents/invoice-0001.pdf',
        kind: 'invoice',
        invoiceNumber: 'INV-0001',
        supplierId: 'S1',
        issueDate: '2026-03-01',
      },
    ],
    actionsTaken: [
      {
        date: '2026-08-20',
        what: '仕入記録と在庫記録を照合しました。',
        evidence: ['documents/invoice-0001.pdf'],
      },
    ],
    narrative,
    build: { date: '2026-10-01' },
  };
}

/** Amazon's All Orders columns, plus the buyer columns some variants carry. */
const ORDER_HEADERS = [...ALL_ORDERS_HEADER, 'buyer-name', 'buyer-phone-number', 'ship-address-1'];

export function ordersTsv(rows = 3) {
  const lines = [ORDER_HEADERS.join('\t')];
  for (let i = 0; i < rows; i++) {
    const v = {
      'amazon-order-id': `250-0000000-00000${i}`,
      'purchase-date': `2026-0${4 + i}-10T10:00:00+09:00`,
      'last-updated-date': `2026-0${4 + i}-11T10:00:00+09:00`,
      'order-status': 'Shipped',
      'fulfillment-channel': 'Amazon',
      'sales-channel': 'Amazon.co.jp',
      'product-name': 'テスト用タンブラー',
      sku: '00123-A',
      asin: 'B0HOSTILE1',
      'item-status': 'Shipped',
      quantity: '1',
      currency: 'JPY',
      'item-price': '1980',
      'ship-city': BUYER.city,
      'ship-state': '神奈川県',
      'ship-postal-code': BUYER.postal,
      'ship-country': 'JP',
      'is-business-order': 'false',
      'buyer-email': BUYER.email,
      'buyer-name': BUYER.name,
      'buyer-phone-number': BUYER.phone,
      'recipient-name': BUYER.name,
      'ship-address-1': BUYER.address,
    };
    lines.push(ORDER_HEADERS.map((h) => v[h] ?? '').join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

export const INVOICE_HEADERS = [
  '請求書番号',
  '発行日',
  '仕入先',
  'ASIN',
  '出品者SKU',
  '数量',
  '状態',
];

export function invoiceLinesTsv(
  rows = [['INV-0001', '2026-03-01', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', '10', '']],
) {
  return `${[INVOICE_HEADERS, ...rows].map((r) => r.join('\t')).join('\n')}\n`;
}

export const LEDGER_HEADERS = LEDGER_HEADER;

export function ledgerTsv() {
  const row = [
    '03/10/2026',
    'X00HOSTILE',
    'B0HOSTILE1',
    '00123-A',
    'テスト用タンブラー',
    'Receipts',
    'FBA15HOSTILE',
    '10',
    'NRT1',
    'SELLABLE',
    '',
    'JP',
    '10',
    '0',
  ];
  return `${[LEDGER_HEADERS, row].map((r) => r.join('\t')).join('\n')}\n`;
}

/** The FBA customer returns report: one ordinary return (a missing report would be a finding). */
export function returnsTsv() {
  const row = [
    '2026-04-02T10:00:00+09:00',
    '250-0000000-000009',
    '00123-A',
    'B0HOSTILE1',
    'X00HOSTILE',
    'テスト用タンブラー',
    '1',
    'NRT1',
    'SELLABLE',
    'UNWANTED_ITEM',
    'Unit returned to inventory',
    'LPN0000000009',
    '',
  ];
  return `${[RETURNS_HEADER, row].map((r) => r.join('\t')).join('\n')}\n`;
}

/** Writes the base case into `dir` (which must not exist or be empty). */
export function writeBaseCase(dir, mutate = (c) => c) {
  for (const sub of ['records', 'documents', 'submissions'])
    mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'documents/invoice-0001.pdf'), validPdf('INVOICE INV-0001'));
  writeFileSync(path.join(dir, 'records/All Orders Report.txt'), ordersTsv());
  writeFileSync(path.join(dir, 'records/invoice-lines.txt'), invoiceLinesTsv());
  writeFileSync(path.join(dir, 'records/ledger.txt'), ledgerTsv());
  writeFileSync(path.join(dir, 'records/FBA Customer Returns.txt'), returnsTsv());
  const c = mutate(baseCase()) ?? baseCase();
  writeFileSync(path.join(dir, 'case.json'), `${JSON.stringify(c, null, 2)}\n`);
  return c;
}
