/**
 * Issue 20 on a generated case: the summary page after the cover, form.txt/form.json, supplier
 * codes on the products table and the separator page, documents Amazon would not accept left out
 * (and put back on request), upload names in label order, photos without metadata in upload/
 * with both hashes in the manifest, buyer data in return comments masked everywhere.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { runCheck } from '../../src/check.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { tool } from '../assemble/helpers.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A JPEG whose EXIF (GPS, camera) sits after the quantisation table, with a trailer after EOI. */
function photoWithLateExif(dir: string): Buffer {
  const base = make.exifJpeg(6) as Buffer;
  const src = path.join(dir, 'src.jpg');
  writeFileSync(src, base);
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    '-GPSLatitude=35.4975',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=139.8731',
    '-GPSLongitudeRef=E',
    '-Make=PocketCamTest',
    '-Model=ModelXTest',
    src,
  ]);
  const b = readFileSync(src);
  // move the APP1 EXIF segment behind the first DQT (0xFFDB) segment
  const app1 = b.indexOf(Buffer.from([0xff, 0xe1]));
  const len = b.readUInt16BE(app1 + 2);
  const seg = b.subarray(app1, app1 + 2 + len);
  const rest = Buffer.concat([b.subarray(0, app1), b.subarray(app1 + 2 + len)]);
  const dqt = rest.indexOf(Buffer.from([0xff, 0xdb]));
  const dqtEnd = dqt + 2 + rest.readUInt16BE(dqt + 2);
  return Buffer.concat([
    rest.subarray(0, dqtEnd),
    seg,
    rest.subarray(dqtEnd),
    Buffer.from('trailer PocketCamTest', 'latin1'),
  ]);
}

function returnsTsv(): string {
  const head = [
    'return-date',
    'order-id',
    'sku',
    'asin',
    'fnsku',
    'product-name',
    'quantity',
    'fulfillment-center-id',
    'detailed-disposition',
    'reason',
    'status',
    'license-plate-number',
    'customer-comments',
  ];
  const row = [
    '2026-08-01T10:00:00+09:00',
    '503-1234567-1234567',
    'SKU-1',
    'B0TEST0001',
    'X00TEST001',
    'テスト商品',
    '1',
    'NRT1',
    'CUSTOMER_DAMAGED',
    'NOT_AS_DESCRIBED',
    'Reimbursed',
    'LPN0TEST0001',
    '偽物だと思います。山田花子様 090-1234-5678 hanako@example.jp 〒150-0001 まで連絡ください',
  ];
  return `${head.join('\t')}\n${row.join('\t')}\n`;
}

describe('reviewer aids (issue 20)', () => {
  it('summary, form, codes, documents left out, padded names, scrubbed photos, masked comments', async () => {
    const c = validCase();
    c.products[0].jan = '4900000000017';
    c.records = { productCodes: [{ supplierId: 'S1', code: 'TW-900X', asin: 'B0TEST0001' }] };
    c.suppliers.push({ id: 'S2', name: '別の商事', kind: 'wholesaler' });
    c.actionsTaken = [{ date: '2026-09-16', what: '出品を停止しました。', evidence: [] }];
    c.summary = {
      rootCause: ['仕様変更を出品情報に反映する手順がありませんでした。'],
      prevention: ['- 出品管理担当が毎月第2月曜に全出品を確認し、台帳に記録します。'],
    };
    const docs: Record<string, Buffer> = {};
    c.documents = [];
    for (let i = 1; i <= 10; i++) {
      docs[`documents/inv-${i}.pdf`] = await make.invoicePdf({ number: `INV-${i}`, pages: 1 });
      c.documents.push({
        file: `documents/inv-${i}.pdf`,
        kind: 'invoice',
        invoiceNumber: `INV-${i}`,
        supplierId: 'S1',
        issueDate: '2026-05-01',
        buyerName: '株式会社テスト商事',
      });
    }
    docs['documents/quote.pdf'] = await make.invoicePdf({ number: 'Q-1', pages: 1 });
    docs['documents/old.pdf'] = await make.invoicePdf({ number: 'OLD-1', pages: 1 });
    docs['documents/other.pdf'] = await make.invoicePdf({ number: 'OB-1', pages: 1 });
    c.documents.push(
      {
        file: 'documents/quote.pdf',
        kind: 'invoice',
        invoiceNumber: 'Q-1',
        supplierId: 'S2',
        issueDate: '2026-05-01',
        status: 'quote',
      },
      {
        file: 'documents/old.pdf',
        kind: 'invoice',
        invoiceNumber: 'OLD-1',
        supplierId: 'S1',
        issueDate: '2025-01-10',
      },
      {
        file: 'documents/other.pdf',
        kind: 'invoice',
        invoiceNumber: 'OB-1',
        supplierId: 'S1',
        issueDate: '2026-05-02',
        buyerName: '別会社株式会社',
      },
      { file: 'documents/photo.jpg', kind: 'photo' },
    );
    const dir = makeCaseDir(c, { ...docs, 'records/returns.txt': returnsTsv() });
    const photo = photoWithLateExif(dir);
    writeFileSync(path.join(dir, 'documents/photo.jpg'), photo);

    const r = await build(dir, { date: '2026-10-01' });
    const page = (n: number) => tool('pdftotext', ['-f', String(n), '-l', String(n), r.pdf, '-']);
    // 1. the summary is page 2, on one page: the contents follow on page 3 (compared without
    // white space: the summary's lines are set and justified)
    const sq = (t: string) => t.replace(/\s+/g, '');
    const p2 = sq(page(2));
    expect(p2).toContain('要約');
    expect(p2).toContain(sq('仕様変更を出品情報に反映する手順がありませんでした。'));
    expect(p2).toContain(sq('2026年9月16日：出品を停止しました。'));
    // the reconciliation's numbers (no invoice-lines file here: nothing counted)
    expect(p2).toContain(sq('B0TEST0001：請求数量 0個、販売数量 0個（カバー率 —）'));
    expect(p2).toContain(sq('添付書類：11点（請求書・納品書 10点、その他 1点）'));
    expect(page(3)).toContain('目次');

    // 2. form.txt / form.json: plain text, the three answers, the uploads in order
    const form = readFileSync(path.join(r.dir, 'form.txt'), 'utf8');
    expect(form).toMatch(/^根本原因\n\n仕様変更/);
    expect(form).toContain('実施済みの対応\n\n・2026年9月16日：出品を停止しました。');
    expect(form).toContain('再発防止策\n\n・出品管理担当が毎月第2月曜');
    expect(form).not.toMatch(/\*\*|ページ/);
    const fj = JSON.parse(readFileSync(path.join(r.dir, 'form.json'), 'utf8'));
    expect(fj.answers.map((a: { id: string }) => a.id)).toEqual([
      'rootCause',
      'actionsTaken',
      'prevention',
    ]);
    expect(fj.answers[0].maxCharacters).toBe(2000);
    const names = fj.uploads.map((u: { name: string }) => u.name);
    expect(names[0]).toBe('submission.pdf');
    expect(names.slice(1, 4)).toEqual(['A-01_inv-1.pdf', 'A-02_inv-2.pdf', 'A-03_inv-3.pdf']);
    expect(names).toContain('A-10_inv-10.pdf');

    // 7. upload/ sorts in label order and holds no document Amazon would not accept
    const up = readdirSync(path.join(r.dir, 'upload'));
    const originals = up.filter((n) => /^[AB]-/.test(n));
    expect(originals).toEqual([...originals].sort());
    expect(originals.at(-1)).toBe('B-01_photo.jpg');
    expect(up.some((n) => /quote|old|other/.test(n))).toBe(false);
    const all = tool('pdftotext', ['-layout', r.pdf, '-']);
    expect(all).toContain('提出しない書類');
    // table cells wrap: compared without white space
    const flat = all.replace(/\s+/g, '');
    expect(flat).toContain('見積書であり、購入の完了を示す書類ではないため');
    expect(flat).toContain(
      '発行日（2025年1月10日）が通知受領日前の365日間（2025年9月15日〜2026年9月15日）の外にあるため',
    );
    expect(flat).toContain(
      '宛名「別会社株式会社」が当社の正式名称「株式会社テスト商事」と異なるため',
    );
    expect(all).not.toContain('OLD-1 page 1/1');
    const manifest = JSON.parse(readFileSync(path.join(r.dir, 'manifest.json'), 'utf8'));
    const md = (f: string) => manifest.documents.find((d: { file: string }) => d.file === f);
    expect(md('documents/quote.pdf').notSubmitted).toBe('quote');
    expect(md('documents/old.pdf').notSubmitted).toBe('outsideWindow');
    expect(md('documents/other.pdf').notSubmitted).toBe('otherBuyer');

    // 5. supplier code and JAN in the products table and on the invoice's separator page
    expect(flat).toContain('品番TW-900X');
    expect(flat).toContain('B0TEST0001=品番TW-900X,JAN4900000000017,SKUSKU-1');

    // 8. the photo in upload/ lost GPS and camera data wherever they stood; pixels kept
    const copy = readFileSync(path.join(r.dir, 'upload', 'B-01_photo.jpg'));
    expect(copy.includes(Buffer.from('PocketCamTest'))).toBe(false);
    expect(copy.includes(Buffer.from('ModelXTest'))).toBe(false);
    const meta = tool('exiftool', [
      '-a',
      '-G1',
      '-s',
      path.join(r.dir, 'upload', 'B-01_photo.jpg'),
    ]);
    expect(meta).not.toMatch(/GPS|Make|Model/);
    expect(meta).toMatch(/Orientation\s*:\s*Rotate 90 CW/);
    const sos = (b: Buffer) =>
      b.subarray(b.indexOf(Buffer.from([0xff, 0xda])), b.lastIndexOf(Buffer.from([0xff, 0xd9])));
    expect(sos(copy).equals(sos(photo))).toBe(true);
    expect(readFileSync(path.join(dir, 'documents/photo.jpg')).equals(photo)).toBe(true);
    expect(md('documents/photo.jpg').upload).toEqual({
      path: 'upload/B-01_photo.jpg',
      sha256: sha(copy),
      originalSha256: sha(photo),
      metadataRemoved: true,
    });
    const pdfBytes = readFileSync(r.pdf);
    expect(pdfBytes.includes(Buffer.from('PocketCamTest'))).toBe(false);

    // 8. buyer data typed into the return comment reaches no output
    const xlsx = path.join(r.dir, 'reconciliation.xlsx');
    const strings = tool('unzip', ['-p', xlsx, 'xl/sharedStrings.xml']);
    const inputs = readFileSync(path.join(r.dir, 'inputs.json'), 'utf8');
    for (const text of [all, strings, inputs])
      for (const pii of ['090-1234-5678', 'hanako@example.jp', '150-0001', '山田花子'])
        expect(text).not.toContain(pii);
    expect(flat).toContain('偽物だと思います。');

    // 7. the option puts them back
    const again = await build(dir, { date: '2026-10-01', force: true, includeUnaccepted: true });
    const up2 = readdirSync(path.join(again.dir, 'upload'));
    expect(up2).toContain('A-11_quote.pdf');
    expect(up2).toContain('A-13_other.pdf');
  }, 180_000);

  it('check names the answer that overflows the summary page, and an answer over the form cap', async () => {
    const c = validCase();
    const long = Array.from(
      { length: 60 },
      (_, i) => `- 担当者が毎週月曜に手順${i + 1}を確認し、記録します。`,
    );
    c.summary = { prevention: long, formMaxChars: 50, rootCause: '手順の不備でした。' };
    const dir = makeCaseDir(c);
    const { problems } = await runCheck(dir, { today: '2026-10-01' });
    const over = problems.filter((p) => p.code === 'SUMMARY_TOO_LONG');
    expect(over.map((p) => p.where.jsonPath)).toEqual(['$.summary.prevention']);
    expect(over[0]!.severity).toBe('error');
    expect(over[0]!.message.ja).toContain('「再発防止策」が長すぎます');
    const form = problems.filter((p) => p.code === 'FORM_ANSWER_TOO_LONG');
    expect(form.map((p) => p.where.jsonPath)).toContain('$.summary.prevention');
    expect(form.map((p) => p.where.jsonPath)).not.toContain('$.summary.rootCause');
  }, 60_000);
});
