/**
 * Documents say what case.json says (DOC_TEXT_*): the matching helpers, the rule on plain texts,
 * and real files read as the check reads them (pdftotext on a PDF we draw, tesseract on its
 * picture turned on its side with an EXIF orientation).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';
import { docFacts, documentTextProblems, type DocFacts } from '../../src/assemble/doccheck.js';
import { readDocumentTexts, type DocText } from '../../src/assemble/doctext.js';
import { prepareImage } from '../../src/assemble/images.js';
import {
  datesInText,
  nearestSubstring,
  nearestToken,
  codeTokens,
  numbersOnLine,
} from '../../src/assemble/textmatch.js';
import type { Reconciliation } from '../../src/reconcile/types.js';
import { goodCase } from '../plancheck/builders.js';

const require = createRequire(import.meta.url);
const FONT =
  require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');

describe('text matching', () => {
  it.each([
    ['発行日 2026-04-01', '2026-04-01'],
    ['発行日 2026/4/1', '2026-04-01'],
    ['発行日 2026年4月1日', '2026-04-01'],
    ['発行日 2026 年 4 月 1 日', '2026-04-01'],
    ['令和8年4月1日', '2026-04-01'],
    ['Date: April 1, 2026', '2026-04-01'],
    ['Date: 1 Apr 2026', '2026-04-01'],
    ['Date: 01/04/2026', '2026-04-01'],
    ['Date: 04/01/2026', '2026-04-01'],
    ['20260401', '2026-04-01'],
  ])('reads the date in %s', (text, iso) => expect(datesInText(text)).toContain(iso));
  it('does not read a date in other numbers', () => {
    expect(datesInText('TEL 052-055-0163 数量 150 金額 1,450')).toEqual([]);
  });
  it('finds the token of the same shape nearest to a number', () => {
    const tokens = codeTokens('納品書番号 DN-2026-00326 発行日 2026年3月27日 TB-450SV 150');
    expect(nearestToken('SW-2026-00326', tokens)).toBe('DN-2026-00326');
    expect(nearestToken('ZZ-9', tokens)).toBeUndefined();
  });
  it('finds a name anywhere in the text, a misread character apart', () => {
    expect(nearestSubstring('東雲トレード', '株式会社東霊トレード〒460')).toEqual({
      distance: 1,
      found: '東霊トレード',
    });
  });
  it('reads whole numbers on a row, not those inside sizes and codes', () => {
    expect(numbersOnLine('1 TB-450SV 真空断熱タンブラー 450ml 2.0L 150 個 1,450 217,500')).toEqual([
      1, 150, 1450, 217500,
    ]);
  });
});

/** A case with one invoice and one delivery note of supplier S1, and its invoice lines. */
function fixture() {
  const c = goodCase({
    suppliers: [
      {
        id: 'S1',
        name: '株式会社白峰ハウスウェア',
        kind: 'manufacturer',
        aliases: ['Shiramine Housewares'],
      },
    ],
    documents: [
      {
        file: 'documents/inv.pdf',
        kind: 'invoice',
        supplierId: 'S1',
        invoiceNumber: 'SW-2026-00326',
        issueDate: '2026-03-27',
      },
      {
        file: 'documents/dn.pdf',
        kind: 'delivery-note',
        supplierId: 'S1',
        invoiceNumber: 'DN-2026-00326',
        issueDate: '2026-03-27',
      },
    ],
  });
  const line = (file: string, code: string, asin: string, quantity: number, row: number) => ({
    invoiceNumber: 'SW-2026-00326',
    issueDate: '2026-03-27',
    supplier: 'S1',
    productCode: code,
    asin,
    quantity,
    status: 'final' as const,
    documentFile: file,
    supplierId: 'S1',
    src: { file: 'records/lines.xlsx', sheet: '明細', row },
  });
  const rec = {
    detail: {
      invoiceLines: [
        line('documents/inv.pdf', 'TB-450SV', 'B0TEST0001', 150, 2),
        line('documents/inv.pdf', 'BT-500BK', 'B0TEST0002', 120, 3),
        line('documents/dn.pdf', 'TB-450SV', 'B0TEST0001', 150, 2),
        line('documents/dn.pdf', 'BT-500BK', 'B0TEST0002', 120, 3),
      ],
      excludedInvoiceLines: [],
    },
  } as unknown as Reconciliation;
  return { c, rec, facts: docFacts(c) };
}

function page(
  kind: '請求書' | '納品書',
  number: string,
  opts: { date?: string; supplier?: string; bt?: number } = {},
) {
  return [
    `${kind}`,
    `${kind}番号 ${number}`,
    `発行日 ${opts.date ?? '2026年3月27日'}`,
    `株式会社ハルカゼ雑貨 御中          ${opts.supplier ?? '株式会社白峰ハウスウェア'}`,
    'No. 品番 品名 数量 単位 単価 金額',
    '1 TB-450SV SHIRAMINE 真空断熱タンブラー 450ml 150 個 1,450 217,500',
    `2 BT-500BK SHIRAMINE 真空断熱ボトル 500ml ${opts.bt ?? 120} 個 1,720 206,400`,
  ].join('\n');
}

function run(texts: Record<string, string>, source: DocText['source'] = 'text') {
  const { c, rec, facts } = fixture();
  const map = new Map<string, DocText>(
    Object.entries(texts).map(([f, text]) => [f, { source, text }]),
  );
  return documentTextProblems(c, rec, facts, map);
}

describe('DOC_TEXT_*', () => {
  it('a document that says what case.json says trips nothing, in any date notation', () => {
    expect(
      run({
        'documents/inv.pdf': page('請求書', 'SW-2026-00326'),
        'documents/dn.pdf': page('納品書', 'DN‐2026‐00326', {
          date: '2026/3/27',
          supplier: 'Shiramine Housewares',
        }),
      }),
    ).toEqual([]);
  });
  it('a number the page does not carry names the nearest one it does', () => {
    const { c, rec } = fixture();
    const facts: DocFacts[] = docFacts(c).map((d) =>
      d.file === 'documents/dn.pdf' ? { ...d, invoiceNumber: 'SW-2026-00326' } : d,
    );
    const ps = documentTextProblems(
      c,
      rec,
      facts,
      new Map([['documents/dn.pdf', { source: 'text', text: page('納品書', 'DN-2026-00326') }]]),
    );
    expect(ps.map((p) => [p.code, p.severity, p.expected, p.found, p.where.jsonPath])).toEqual([
      [
        'DOC_TEXT_NUMBER',
        'error',
        'SW-2026-00326',
        'DN-2026-00326',
        '$.documents[1].invoiceNumber',
      ],
    ]);
    expect(ps[0]!.message.ja).toContain('DN-2026-00326');
    expect(ps[0]!.message.en).toContain('documents/dn.pdf');
  });
  it('another supplier, another date, a product not on the page, a quantity that disagrees', () => {
    const text = page('請求書', 'SW-2026-00326', {
      supplier: '株式会社東雲トレード',
      date: '2026年3月28日',
      bt: 130,
    }).replace('TB-450SV', 'TB-300SV');
    const ps = run({ 'documents/inv.pdf': text });
    const by = Object.fromEntries(ps.map((p) => [p.code, p]));
    expect(Object.keys(by).sort()).toEqual([
      'DOC_TEXT_DATE',
      'DOC_TEXT_PRODUCT',
      'DOC_TEXT_QUANTITY',
      'DOC_TEXT_SUPPLIER',
    ]);
    expect(by.DOC_TEXT_DATE!.found).toBe('2026-03-28');
    expect(by.DOC_TEXT_PRODUCT!.found).toBe('TB-300SV');
    expect([by.DOC_TEXT_QUANTITY!.expected, by.DOC_TEXT_QUANTITY!.found]).toEqual(['120', '130']);
    expect(by.DOC_TEXT_QUANTITY!.message.en).toContain('records/lines.xlsx:明細:3');
    expect(ps.every((p) => p.severity === 'error')).toBe(true);
  });
  it('text read by OCR: a misread character passes, a miss is a warning', () => {
    const ocr = page('請求書', 'SW-2026-00326', { supplier: '株式会社白峯ハウスウェア' });
    expect(run({ 'documents/inv.pdf': ocr }, 'ocr')).toEqual([]);
    const ps = run({ 'documents/inv.pdf': ocr.replace('SW-2026-00326', '') }, 'ocr');
    expect(ps.map((p) => [p.code, p.severity])).toEqual([['DOC_TEXT_NUMBER', 'warning']]);
  });
  it('text read by OCR: a code with its hyphen dropped and a letter misread passes, another code does not', () => {
    // what tesseract read on the sample's 110 dpi scan: "AV-PT20W" as "AvPr20W"
    const ocr = page('請求書', 'SW-2026-00326').replace('TB-450SV', 'Tb450SY');
    expect(run({ 'documents/inv.pdf': ocr }, 'ocr')).toEqual([]);
    const other = page('請求書', 'SW-2026-00326').replace('TB-450SV', 'TB300KV');
    expect(run({ 'documents/inv.pdf': other }, 'ocr').map((p) => p.code)).toEqual([
      'DOC_TEXT_PRODUCT',
    ]);
    // the same reading in a text layer is no match
    expect(run({ 'documents/inv.pdf': ocr }).map((p) => p.code)).toEqual(['DOC_TEXT_PRODUCT']);
  });
  it('a document without text and without OCR is not verifiable (a warning), photos are not read', () => {
    const { c, rec, facts } = fixture();
    const ps = documentTextProblems(
      c,
      rec,
      facts,
      new Map([['documents/inv.pdf', { source: 'none', text: '', reason: 'noTools' }]]),
    );
    expect(ps.map((p) => [p.code, p.severity])).toEqual([['DOC_TEXT_UNVERIFIABLE', 'warning']]);
    expect(ps[0]!.hint!.en).toContain('tesseract-ocr-jpn');
  });
});

/** A Japanese invoice drawn with pdfkit: a real text layer for pdftotext. */
function invoicePdf(number: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font(FONT).fontSize(24).text('請求書');
    doc.fontSize(14);
    for (const l of page('請求書', number).split('\n').slice(1)) doc.text(l);
    doc.end();
  });
}

const hasTesseract =
  spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.includes('jpn') ?? false;

describe('documents read as the check reads them', () => {
  it('pdftotext: the PDF says another number', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ep-doctext-'));
    writeFileSync(path.join(dir, 'inv.pdf'), await invoicePdf('SW-2026-00327'));
    const texts = await readDocumentTexts(
      dir,
      [{ file: 'documents/inv.pdf', resolved: 'inv.pdf', content: 'pdf', pages: 1 }],
      () => true,
    );
    expect(texts.get('documents/inv.pdf')!.source).toBe('text');
    const { c, rec, facts } = fixture();
    const ps = documentTextProblems(c, rec, facts, texts);
    expect(ps.map((p) => [p.code, p.found])).toEqual([['DOC_TEXT_NUMBER', 'SW-2026-00327']]);
  });

  it.runIf(hasTesseract)(
    'OCR: a picture of the invoice stored on its side (EXIF orientation 6) is read upright',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'ep-ocr-'));
      writeFileSync(path.join(dir, 'inv.pdf'), await invoicePdf('SW-2026-00326'));
      execFileSync('pdftoppm', [
        '-r',
        '110',
        '-png',
        '-singlefile',
        path.join(dir, 'inv.pdf'),
        path.join(dir, 'p'),
      ]);
      // store the page turned 90° anticlockwise, and say so with eXIf orientation 6
      const up = PNG.sync.read(readFileSync(path.join(dir, 'p.png')));
      const side = new PNG({ width: up.height, height: up.width });
      for (let y = 0; y < up.height; y++)
        for (let x = 0; x < up.width; x++) {
          // upright (x, y) came from stored (y, W - 1 - x) for orientation 6
          const sx = y;
          const sy = up.width - 1 - x;
          up.data.copy(
            side.data,
            (sy * side.width + sx) * 4,
            (y * up.width + x) * 4,
            (y * up.width + x) * 4 + 4,
          );
        }
      const image = { ...(await prepareImage('png', PNG.sync.write(side))), orientation: 6 };
      const texts = await readDocumentTexts(
        dir,
        [{ file: 'documents/inv.pdf', resolved: 'unused.png', content: 'png', pages: 1, image }],
        () => true,
      );
      const t = texts.get('documents/inv.pdf')!;
      expect([t.source, t.reason]).toEqual(['ocr', undefined]);
      const { c, rec, facts } = fixture();
      const ps = documentTextProblems(c, rec, facts, texts);
      expect(ps.filter((p) => p.code === 'DOC_TEXT_NUMBER' || p.code === 'DOC_TEXT_DATE')).toEqual(
        [],
      );
    },
    30_000,
  );
});
