/**
 * --highlight: Highlight annotations over the cited ASIN and the supplier's name in a PDF invoice's
 * text layer, the page content streams byte for byte the original's, the separator page saying
 * so, upload/ still the original; off by default.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { tool } from './helpers.js';

function contents(page: PDFPage): Buffer {
  const c = page.node.lookup(PDFName.of('Contents'));
  const streams = c instanceof PDFArray ? c.asArray().map((r) => page.doc.context.lookup(r)) : [c];
  return Buffer.concat(streams.map((s) => Buffer.from((s as PDFRawStream).contents)));
}

function annots(page: PDFPage): PDFDict[] {
  const a = page.node.lookup(PDFName.of('Annots'));
  return a instanceof PDFArray ? a.asArray().map((r) => page.doc.context.lookup(r) as PDFDict) : [];
}

describe('highlights', () => {
  it('annotates the cited ASIN without touching the page content; off by default', async () => {
    const c = validCase();
    const inv = await make.invoicePdf({ number: 'INV-7', pages: 2 });
    c.documents = [
      {
        file: 'documents/inv-7.pdf',
        kind: 'invoice',
        invoiceNumber: 'INV-7',
        supplierId: 'S1',
        issueDate: '2026-05-01',
      },
    ];
    const dir = makeCaseDir(c, { 'documents/inv-7.pdf': inv });
    const plain = await build(dir, { date: '2026-10-01' });
    const lit = await build(dir, { date: '2026-10-01', highlight: true });
    const orig = await PDFDocument.load(inv);
    const out = await PDFDocument.load(readFileSync(lit.pdf));
    const off = await PDFDocument.load(readFileSync(plain.pdf));
    const first = out.getPageCount() - 2; // the invoice's two pages are the last ones
    // page 1 holds "ITEM B0TEST0001": one Highlight over it; page 2 holds B0TEST0002 only
    const a1 = annots(out.getPage(first));
    expect(a1.map((a) => a.get(PDFName.of('Subtype'))?.toString())).toEqual(['/Highlight']);
    expect(annots(out.getPage(first + 1))).toEqual([]);
    for (let i = 0; i < 2; i++) {
      expect(
        contents(out.getPage(first + i)).equals(contents(orig.getPage(i))),
        `page ${i + 1}`,
      ).toBe(true);
      // the build without the option (its report may differ in length: the last pages again)
      expect(annots(off.getPage(off.getPageCount() - 2 + i))).toEqual([]);
    }
    // the box sits on the words: the ASIN is drawn at x 72, 140 pt below the top of an 842 pt page
    const rect = (a1[0]!.lookup(PDFName.of('Rect')) as PDFArray)
      .asArray()
      .map((n) => Number(n.toString()));
    expect(rect[0]).toBeGreaterThan(100);
    expect(rect[1]).toBeGreaterThan(690);
    expect(rect[3]).toBeLessThan(715);
    const sep = tool('pdftotext', ['-f', String(first), '-l', String(first), lit.pdf, '-']).replace(
      /\s+/g,
      '',
    );
    expect(sep).toContain('強調表示の注釈（1か所）');
    expect(sep).toContain('書類の内容（ページの描画内容）は一切変更していません');
    // the file to upload is still the original
    expect(readFileSync(path.join(lit.dir, 'upload', 'A-01_inv-7.pdf')).equals(inv)).toBe(true);
    expect(
      JSON.parse(readFileSync(path.join(lit.dir, 'manifest.json'), 'utf8')).options.highlight,
    ).toBe(true);
  }, 120_000);
});
