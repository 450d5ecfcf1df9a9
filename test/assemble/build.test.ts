/**
 * The assembly inside `build`: a document with price boxes comes out redacted in the submission
 * and in upload/ (as <label>_<name>_prices-removed.pdf, never as the original), the other
 * documents are in upload/ byte for byte, and a bad document stops the build naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { EvidenceError } from '../../src/errors.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { tool } from './helpers.js';

describe('build with documents', () => {
  it('redacts prices in the submission and the upload set; PDFs byte for byte, photos without metadata', async () => {
    const c = validCase();
    const inv = await make.invoicePdf({ number: 'INV-9', pages: 2, price: '77777' });
    const photo = make.exifJpeg(6);
    c.documents = [
      {
        file: 'documents/inv-9.pdf',
        kind: 'invoice',
        invoiceNumber: 'INV-9',
        supplierId: 'S1',
        redactions: [{ page: 2, x: 66, y: 192, width: 150, height: 26 }],
      },
      { file: 'documents/photo.jpg', kind: 'photo' },
    ];
    const dir = makeCaseDir(c, { 'documents/inv-9.pdf': inv, 'documents/photo.jpg': photo });
    const r = await build(dir, { date: '2026-10-01' });
    expect(tool('pdftotext', [r.pdf, '-'])).not.toContain('77777');
    // page 1 is copied as it is (text kept); page 2 became an image with the box painted in
    expect(tool('pdftotext', [r.pdf, '-'])).toContain('INV-9 page 1/2');
    const up = path.join(r.dir, 'upload');
    expect(readdirSync(up).sort()).toEqual([
      'A-01_inv-9_prices-removed.pdf',
      'B-01_photo.jpg',
      'submission.pdf',
    ]);
    expect(tool('pdftotext', [path.join(up, 'A-01_inv-9_prices-removed.pdf'), '-'])).not.toContain(
      '77777',
    );
    // the photo loses its EXIF block but keeps its image data (and orientation)
    const copy = readFileSync(path.join(up, 'B-01_photo.jpg'));
    const sos = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xda])));
    expect(sos(copy).equals(sos(photo))).toBe(true);
    expect(readFileSync(path.join(dir, 'documents/photo.jpg')).equals(photo)).toBe(true);
    expect(readFileSync(path.join(up, 'submission.pdf')).equals(readFileSync(r.pdf))).toBe(true);
    // the original is untouched
    expect(readFileSync(path.join(dir, 'documents/inv-9.pdf')).equals(inv)).toBe(true);
  }, 120_000);

  it('stops on a bad document with every problem at once, and writes no revision', async () => {
    const c = validCase();
    c.documents = [
      { file: 'documents/enc.pdf', kind: 'invoice' },
      { file: 'documents/iphone.jpg', kind: 'photo' },
    ];
    const dir = makeCaseDir(c, {
      'documents/enc.pdf': make.encryptedPdf(make.validPdf(), ''),
      'documents/iphone.jpg': make.foreign.heic(),
    });
    const e = await build(dir, { date: '2026-10-01' }).catch((x) => x);
    expect(e).toBeInstanceOf(EvidenceError);
    expect((e as EvidenceError).exitCode).toBe(1);
    const errors = (e as EvidenceError).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.where.file])).toEqual([
      ['PDF_ENCRYPTED', 'documents/enc.pdf'],
      ['DOCUMENT_FORMAT', 'documents/iphone.jpg'],
    ]);
    expect(readdirSync(path.join(dir, 'submissions')).filter((n) => n.startsWith('rev-'))).toEqual(
      [],
    );
  });
});
