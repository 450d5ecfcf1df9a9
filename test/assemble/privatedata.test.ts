/**
 * stripPrivateData: XMP metadata and applications' private page data leave the copy we attach;
 * what the page shows stays.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { stripPrivateData } from '../../src/assemble/privatedata.js';
// @ts-expect-error plain ESM script without types
import * as r2 from '../../scripts/hostile/round2-pdf.mjs';

describe('stripPrivateData', () => {
  it('removes /Metadata and /PieceInfo from the catalog and the page, keeps the content', async () => {
    const doc = await PDFDocument.load(r2.plainWithMetadataPdf(), { updateMetadata: false });
    const page = doc.getPage(0).node;
    expect(page.has(PDFName.of('PieceInfo'))).toBe(true);
    expect(stripPrivateData(doc)).toBe(3);
    expect(page.has(PDFName.of('PieceInfo'))).toBe(false);
    expect(page.has(PDFName.of('Metadata'))).toBe(false);
    expect(doc.catalog.has(PDFName.of('Metadata'))).toBe(false);
    expect(page.has(PDFName.of('Contents'))).toBe(true);
    const copy = await PDFDocument.create({ updateMetadata: false });
    for (const p of await copy.copyPages(doc, [0])) copy.addPage(p);
    const saved = Buffer.from(await copy.save({ useObjectStreams: false })).toString('latin1');
    expect(saved).not.toMatch(/tanaka|xmpmeta/);
  });

  it('leaves a document without such data as it is', async () => {
    const doc = await PDFDocument.load(r2.pagePdf());
    expect(stripPrivateData(doc)).toBe(0);
  });
});
