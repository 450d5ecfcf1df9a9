/** inspectDocuments: labels, hashes, and a clear problem for every kind of bad document. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectDocuments } from '../../src/assemble/inspect.js';
import { formatProblem } from '../../src/errors.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import { caseWith } from './helpers.js';

async function problemsFor(file: string, bytes: Buffer, kind = 'invoice') {
  const loaded = await caseWith([{ file, bytes, kind }]);
  const r = await inspectDocuments(loaded);
  expect(r.docs).toHaveLength(0);
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(p.severity).toBe('error');
    expect(p.where.file).toBe(file);
    expect(p.message.ja).toContain(file);
    expect(p.message.en).toContain(file);
    expect(p.hint?.en ?? '').not.toBe('');
  }
  return r.problems;
}

describe('inspectDocuments', () => {
  it('labels invoices and delivery notes A-…, other kinds B-…, in case.json order, with SHA-256 and pages', async () => {
    const inv1 = await make.invoicePdf({ number: 'INV-1', pages: 3 });
    const inv2 = await make.invoicePdf({ number: 'INV-2', pages: 1 });
    const photo = make.exifJpeg(1);
    const loaded = await caseWith([
      {
        file: 'documents/inv-1.pdf',
        bytes: inv1,
        invoiceNumber: 'INV-1',
        supplierId: 'S1',
        issueDate: '2026-03-01',
      },
      { file: 'documents/photo.jpg', bytes: photo, kind: 'photo' },
      { file: 'documents/dn-2.pdf', bytes: inv2, kind: 'delivery-note' },
    ]);
    const { docs, problems } = await inspectDocuments(loaded);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.label, d.file, d.pages, d.content])).toEqual([
      ['A-1', 'documents/inv-1.pdf', 3, 'pdf'],
      ['B-1', 'documents/photo.jpg', 1, 'jpeg'],
      ['A-2', 'documents/dn-2.pdf', 1, 'pdf'],
    ]);
    expect(docs[0]!.sha256).toBe(createHash('sha256').update(inv1).digest('hex'));
    expect(docs[0]!.supplier).toBe('テスト卸株式会社');
    expect(docs[0]!.date).toBe('2026-03-01');
  });

  it('sums the ASINs and quantities each document covers from the reconciled invoice lines', async () => {
    const loaded = await caseWith([
      { file: 'documents/inv-1.pdf', bytes: await make.invoicePdf(), invoiceNumber: 'INV-1' },
    ]);
    const line = (asin: string, quantity: number, documentFile?: string) =>
      ({
        asin,
        quantity,
        invoiceNumber: 'INV-1',
        issueDate: '2026-03-01',
        supplier: 'S1',
        status: 'final',
        documentFile,
      }) as any;
    const rec = {
      detail: {
        invoiceLines: [
          line('B0TEST0002', 5),
          line('B0TEST0001', 10, 'documents/inv-1.pdf'),
          line('B0TEST0001', 2),
        ],
      },
    } as any;
    const { docs } = await inspectDocuments(loaded, rec);
    expect(docs[0]!.covers).toEqual([
      { asin: 'B0TEST0001', quantity: 12 },
      { asin: 'B0TEST0002', quantity: 5 },
    ]);
  });

  it('refuses an encrypted PDF with an empty user password, with the qpdf --decrypt hint', async () => {
    const ps = await problemsFor('documents/enc.pdf', make.encryptedPdf(make.validPdf(), ''));
    expect(ps.map((p) => p.code)).toEqual(['PDF_ENCRYPTED']);
    expect(ps[0]!.hint!.en).toContain('qpdf --decrypt');
    expect(ps[0]!.hint!.ja).toContain('qpdf --decrypt');
  });

  it('refuses an encrypted PDF with a user password', async () => {
    const ps = await problemsFor(
      'documents/enc2.pdf',
      make.encryptedPdf(make.validPdf(), 'secret'),
    );
    expect(ps.map((p) => p.code)).toEqual(['PDF_ENCRYPTED']);
  });

  it('refuses a truncated PDF', async () => {
    const ps = await problemsFor(
      'documents/cut.pdf',
      make.truncatedPdf(await make.invoicePdf({ pages: 3 })),
    );
    expect(ps[0]!.code).toBe('PDF_TRUNCATED');
  });

  it('refuses a PDF whose content stream is damaged', async () => {
    const ps = await problemsFor('documents/damaged.pdf', make.corruptStreamPdf());
    expect(ps[0]!.code).toBe('PDF_CORRUPT');
    expect(ps[0]!.where.page).toBe(1);
  });

  it('refuses a PDF whose startxref does not point at the cross-reference table', async () => {
    const ps = await problemsFor('documents/xref.pdf', make.badStartxrefPdf());
    expect(ps[0]!.code).toBe('PDF_CORRUPT');
    expect(ps[0]!.message.en).toContain('startxref');
  });

  it('refuses a page tree that loops (instead of recursing forever)', async () => {
    const ps = await problemsFor('documents/loop.pdf', make.pageTreeLoopPdf());
    expect(ps.map((p) => p.code)).toEqual(['PDF_PAGE_LOOP']);
  });

  it('refuses a PDF with no pages (never a 0-page success)', async () => {
    const ps = await problemsFor('documents/none.pdf', make.zeroPagePdf());
    expect(ps.map((p) => p.code)).toEqual(['PDF_NO_PAGES']);
  });

  it('refuses a decompression bomb without inflating it', async () => {
    const ps = await problemsFor('documents/bomb.pdf', make.bombPdf(200));
    expect(ps[0]!.code).toBe('PDF_DECOMPRESSION_BOMB');
    expect(ps[0]!.message.en).toContain('MiB');
  });

  it('refuses content that is not what the extension says', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body>Invoice</body></html>');
    expect((await problemsFor('documents/page.pdf', html))[0]!.code).toBe('DOCUMENT_CONTENT');
    const jpg = await problemsFor('documents/photo.pdf', make.exifJpeg(1));
    expect(jpg[0]!.code).toBe('DOCUMENT_CONTENT');
    expect(jpg[0]!.found).toBe('JPEG');
    expect(jpg[0]!.expected).toBe('PDF');
    expect((await problemsFor('documents/empty.pdf', Buffer.alloc(0)))[0]!.code).toBe(
      'DOCUMENT_CONTENT',
    );
    expect((await problemsFor('documents/scan.png', make.exifJpeg(1)))[0]!.code).toBe(
      'DOCUMENT_CONTENT',
    );
  });

  it('refuses HEIC, WebP and TIFF by their bytes, even renamed .jpg/.png', async () => {
    for (const [file, bytes, found] of [
      ['documents/iphone.jpg', make.foreign.heic(), 'HEIC/HEIF'],
      ['documents/photo.heic', make.foreign.heic(), 'HEIC/HEIF'],
      ['documents/web.png', make.foreign.webp(), 'WebP'],
      ['documents/scan.jpg', make.foreign.tiff(), 'TIFF'],
    ] as const) {
      const ps = await problemsFor(file, bytes, 'photo');
      expect(ps.map((p) => p.code)).toEqual(['DOCUMENT_FORMAT']);
      expect(ps[0]!.found).toBe(found);
      expect(ps[0]!.message.en).toContain('PDF, JPG, PNG and GIF');
    }
  });

  it('refuses a truncated JPEG', async () => {
    const b = make.exifJpeg(1);
    const ps = await problemsFor(
      'documents/cut.jpg',
      b.subarray(0, Math.floor(b.length / 2)),
      'photo',
    );
    expect(ps[0]!.code).toBe('IMAGE_CORRUPT');
  });

  it('reports every bad document at once', async () => {
    const loaded = await caseWith([
      { file: 'documents/a.pdf', bytes: make.zeroPagePdf() },
      { file: 'documents/b.pdf', bytes: make.validPdf() },
      { file: 'documents/c.jpg', bytes: make.foreign.heic(), kind: 'photo' },
    ]);
    const { docs, problems } = await inspectDocuments(loaded);
    expect(docs.map((d) => d.file)).toEqual(['documents/b.pdf']);
    expect(problems.map((p) => p.where.file)).toEqual(['documents/a.pdf', 'documents/c.jpg']);
    expect(formatProblem(problems[0]!, 'ja')).toContain('documents/a.pdf');
  });

  it('checks redaction boxes against the page', async () => {
    const loaded = await caseWith([
      {
        file: 'documents/inv.pdf',
        bytes: await make.invoicePdf({ pages: 1 }),
        redactions: [
          { page: 2, x: 0, y: 0, width: 10, height: 10 },
          { page: 1, x: 500, y: 0, width: 400, height: 10 },
        ],
      },
    ]);
    const { problems } = await inspectDocuments(loaded);
    expect(problems.map((p) => [p.code, p.where.jsonPath])).toEqual([
      ['REDACTION_PAGE', '$.documents[0].redactions[0]'],
      ['REDACTION_OUTSIDE', '$.documents[0].redactions[1]'],
    ]);
  });
});

describe('checkPdf without qpdf on PATH', () => {
  it('still refuses every damaged file by its own structural checks, and accepts a good one', async () => {
    const { checkPdf } = await import('../../src/assemble/pdfcheck.js');
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const codes = async (b: Uint8Array) =>
        (await checkPdf(b, '/nonexistent/x.pdf')).issues.map((i) => i.code);
      expect(await codes(make.validPdf())).toEqual([]);
      expect(await codes(make.truncatedPdf(await make.invoicePdf({ pages: 3 })))).toEqual([
        'PDF_TRUNCATED',
      ]);
      expect(await codes(make.corruptStreamPdf())).toEqual(['PDF_STREAM']);
      expect(await codes(make.badStartxrefPdf())).toEqual(['PDF_CORRUPT']);
      expect(await codes(make.pageTreeLoopPdf())).toEqual(['PDF_PAGE_LOOP']);
      expect(await codes(make.zeroPagePdf())).toEqual(['PDF_NO_PAGES']);
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('dynamic XFA forms', () => {
  it('refuses a PDF that needs XFA rendering (a blank "please wait" page elsewhere)', async () => {
    const { PDFDocument, PDFName, PDFBool } = await import('pdf-lib');
    const doc = await PDFDocument.load(make.validPdf());
    doc.catalog.set(PDFName.of('NeedsRendering'), PDFBool.True);
    const ps = await problemsFor('documents/form.pdf', Buffer.from(await doc.save()));
    expect(ps.map((p) => p.code)).toEqual(['PDF_XFA']);
    expect(ps[0]!.hint!.en).toContain('print to PDF');
  });
});

describe('image size limits', () => {
  it('refuses a PNG whose header claims 100,000 × 100,000 pixels without decoding it', async () => {
    const { crc32, deflateSync } = await import('node:zlib');
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(td) >>> 0);
      return Buffer.concat([len, td, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(100_000, 0);
    ihdr.writeUInt32BE(100_000, 4);
    ihdr[8] = 8;
    ihdr[9] = 0;
    const bomb = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(1024))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    const ps = await problemsFor('documents/huge.png', bomb, 'photo');
    expect(ps.map((p) => p.code)).toEqual(['IMAGE_TOO_LARGE']);
    expect(ps[0]!.found).toBe('100000 × 100000');
  });
});
