/** A small valid case.json (authenticity, Japanese) for tests, and a temp case folder maker. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AUTHENTICITY_SECTIONS } from '../../src/case/sections.js';

/** The seller of every test case (a fictitious company). */
export const TEST_SELLER = {
  legalName: '株式会社テスト商事',
  storeName: 'テストストア',
  merchantId: 'A1TEST0000000',
  address: '東京都千代田区例町1-2-3',
  phone: '03-0000-0000',
  email: 'owner@example.com',
  responsiblePerson: { name: '山田 太郎', role: '代表取締役' },
};

export function validCase(): Record<string, any> {
  const narrative: Record<string, string> = {};
  for (const id of AUTHENTICITY_SECTIONS) narrative[id] = `${id} の本文です。`;
  return {
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
        title: 'テスト商品',
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
    documents: [],
    actionsTaken: [],
    narrative,
  };
}

/** Writes a case folder into a new temp dir; `files` maps relative paths to contents. */
export function makeCaseDir(data: unknown, files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ep-case-'));
  for (const sub of ['records', 'documents', 'submissions']) mkdirSync(path.join(dir, sub));
  writeFileSync(
    path.join(dir, 'case.json'),
    typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data, null, 2),
  );
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
