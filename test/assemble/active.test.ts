/**
 * stripActiveContent: what it takes out of the copy we attach and what it leaves (a link to
 * another page of the same document is no active content; one with a script chained after is).
 */
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { stripActiveContent } from '../../src/assemble/active.js';
import { walkPageTree } from '../../src/assemble/pdfcheck.js';
// @ts-expect-error plain ESM script without types
import * as r2 from '../../scripts/hostile/round2-pdf.mjs';

async function stripped(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const kinds = stripActiveContent(doc, walkPageTree(doc).leaves);
  return { doc, kinds, page: doc.getPage(0).node };
}

const link = (action: string) =>
  r2.pagePdf({
    pageExtra: '/Annots [6 0 R]',
    more: [`<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /A ${action} >>`],
  });

describe('stripActiveContent', () => {
  it('names and removes every kind in the combined test file, keeping the text', async () => {
    const { doc, kinds, page } = await stripped(r2.activeContentPdf());
    expect(kinds).toEqual(['embedded-file', 'form-submit', 'javascript', 'launch', 'uri', 'xfa']);
    for (const k of ['OpenAction', 'AA', 'AcroForm'])
      expect(doc.catalog.has(PDFName.of(k))).toBe(false);
    expect(page.has(PDFName.of('AA'))).toBe(false);
    const annots = page.lookup(PDFName.of('Annots'), PDFArray);
    // the file attachment is gone; the links and the widget stay, without actions
    expect(annots.size()).toBe(3);
    for (const a of annots.asArray()) {
      const d = doc.context.lookup(a, PDFDict);
      expect(d.has(PDFName.of('A'))).toBe(false);
      expect(d.has(PDFName.of('AA'))).toBe(false);
    }
  });

  it('keeps a link to a page of the document, removes one with a script chained after it', async () => {
    const goTo = await stripped(link('<< /S /GoTo /D [3 0 R /Fit] >>'));
    expect(goTo.kinds).toEqual([]);
    const annot = (d: PDFDocument) =>
      d.context.lookup(d.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray).get(0), PDFDict);
    expect(annot(goTo.doc).has(PDFName.of('A'))).toBe(true);
    const chained = await stripped(
      link('<< /S /GoTo /D [3 0 R /Fit] /Next << /S /JavaScript /JS (app.alert\\(1\\)) >> >>'),
    );
    expect(chained.kinds).toEqual(['javascript']);
    expect(annot(chained.doc).has(PDFName.of('A'))).toBe(false);
  });

  it('finds nothing in a plain invoice page', async () => {
    expect((await stripped(r2.pagePdf())).kinds).toEqual([]);
  });
});
