/**
 * Opt-in price redaction is real: the covered text is gone from pdftotext and from the file's
 * (uncompressed) bytes, covered image pixels are black, the rest of the document is unchanged,
 * the original file is untouched, and the separator page says prices were removed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { assembleSubmission } from '../../src/assemble/assemble.js';
import { inspectDocuments } from '../../src/assemble/inspect.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import { caseWith, pageText, raster, sha, smallReport, tool, writeTemp } from './helpers.js';

/** Every object and stream of the PDF uncompressed (what a curious reader could dig out). */
function uncompressed(file: string): string {
  return execFileSync(
    'qpdf',
    ['--qdf', '--object-streams=disable', '--stream-data=uncompress', file, '-'],
    {
      maxBuffer: 256 << 20,
    },
  ).toString('latin1');
}

const hexOf = (s: string) => Buffer.from(s, 'latin1').toString('hex');

async function build(docs: Parameters<typeof caseWith>[0]) {
  const loaded = await caseWith(docs);
  const r = await inspectDocuments(loaded);
  expect(r.problems).toEqual([]);
  const out = await assembleSubmission({
    loaded,
    docs: r.docs,
    buildDate: '2026-10-01',
    lang: 'ja',
    render: smallReport(1).render,
  });
  const work = mkdtempSync(path.join(tmpdir(), 'ep-red-'));
  return { loaded, out, file: writeTemp(work, 'out.pdf', out.pdf), work };
}

describe('price redaction', () => {
  it('removes the covered text of a PDF page from the text layer and the bytes; other pages stay as they are', async () => {
    const original = await make.invoicePdf({ number: 'INV-R', pages: 2, price: '98765' });
    const { loaded, out, file, work } = await build([
      {
        file: 'documents/inv.pdf',
        bytes: original,
        redactions: [{ page: 2, x: 66, y: 192, width: 150, height: 26 }],
      },
    ]);
    // layout: report 1, separator 2, pages 3–4
    expect(out.documentPages[0]).toMatchObject({ firstPage: 3, lastPage: 4 });
    expect(tool('pdftotext', [file, '-'])).not.toContain('98765');
    const raw = uncompressed(file);
    expect(raw).not.toContain('98765');
    expect(raw.toLowerCase()).not.toContain(hexOf('98765'));
    // the rest of page 2 is still there, as pixels; page 1 is copied unaltered
    const orig = writeTemp(work, 'orig.pdf', original);
    expect(pageText(file, 3)).toBe(pageText(orig, 1));
    expect(pageText(orig, 2)).toContain('98765');
    const png = raster(file, 4, 72);
    const at = (x: number, y: number) => png.data[(y * png.width + x) * 4]!;
    // box centre (x 140, y 205 from the bottom) is black; the blue rectangle above is not
    expect(at(140, 842 - 205)).toBeLessThan(10);
    expect(png.data[(842 - 330) * png.width * 4 + 150 * 4 + 2]!).toBeGreaterThan(150);
    // the original in documents/ is untouched
    expect(sha(readFileSync(path.join(loaded.dir, 'documents/inv.pdf')))).toBe(sha(original));
    // the separator says so, in both languages
    const sep = pageText(file, 2);
    expect(sep).toContain('価格');
    expect(sep).toContain('Prices only were removed');
    expect(out.evidence[0]!.redactedPages).toEqual([2]);
  });

  it('removes image pixels under the box on a PDF page that holds a photo', async () => {
    const { file } = await build([
      {
        file: 'documents/img.pdf',
        bytes: await make.imagePdf(),
        redactions: [{ page: 1, x: 90, y: 590, width: 220, height: 120 }],
      },
    ]);
    const png = raster(file, 3, 36);
    let red = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data[i]! > 180 && png.data[i + 1]! < 80 && png.data[i + 2]! < 80) red++;
    expect(red).toBe(0);
    // the 100×50 photo object is not in the file any more
    const list = tool('pdfimages', ['-list', file]);
    expect(list).not.toMatch(/\s100\s+50\s/);
  });

  it('handles a page turned by /Rotate 90 (box given in the unrotated page space)', async () => {
    const { file } = await build([
      {
        file: 'documents/rot.pdf',
        bytes: await make.rotatedPdf(),
        redactions: [{ page: 1, x: 60, y: 690, width: 300, height: 30 }],
      },
    ]);
    expect(tool('pdftotext', [file, '-'])).not.toContain('55555');
    expect(uncompressed(file)).not.toContain('55555');
  });

  it('counts boxes from the corner of the visible page when a crop box is set', async () => {
    const { file } = await build([
      {
        file: 'documents/crop.pdf',
        bytes: await make.invoicePdf({ pages: 1, price: '31415', crop: [50, 50, 495, 742] }),
        // the price sits at (72, 200) on the media box: (22, 150) from the crop box's corner
        redactions: [{ page: 1, x: 16, y: 142, width: 150, height: 26 }],
      },
    ]);
    expect(tool('pdftotext', [file, '-'])).not.toContain('31415');
    expect(tool('pdfinfo', ['-f', '3', '-l', '3', file])).toMatch(/Page\s+3 size:\s+495 x 742/);
  });

  it('paints the box black in a JPEG document (upright coordinates) and keeps the rest', async () => {
    const w = 120;
    const h = 80;
    const data = Buffer.alloc(w * h * 4);
    for (let i = 0; i < w * h; i++) data.set([20, 200, 20, 255], i * 4);
    const green = Buffer.from(jpeg.encode({ data, width: w, height: h }, 95).data);
    const { file } = await build([
      {
        file: 'documents/receipt.jpg',
        bytes: green,
        kind: 'other',
        redactions: [{ page: 1, x: 0, y: 0, width: 60, height: 80 }],
      },
    ]);
    const png = raster(file, 3, 36);
    // find the image area (green or black) and compare its left and right halves
    const left = { black: 0, green: 0 };
    const right = { black: 0, green: 0 };
    for (let y = 0; y < png.height; y++)
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        // leave out a band around the box edge (JPEG blocks and smoothing blur it)
        if (Math.abs(x - png.width / 2) < png.width * 0.1) continue;
        const side = x < png.width / 2 ? left : right;
        if (r < 30 && g < 30 && b < 30) side.black++;
        if (g > 150 && r < 80) side.green++;
      }
    expect(left.black).toBeGreaterThan(1000);
    expect(left.green).toBe(0);
    expect(right.green).toBeGreaterThan(1000);
    expect(right.black).toBeLessThan(50);
    expect(pageText(file, 2)).toContain('価格');
  });

  it('reads image boxes in the upright picture: EXIF orientation 6, box over the lower half', async () => {
    // stored 160×100 with the light half on the right; shown upright (100×160) it is the lower half
    const { file } = await build([
      {
        file: 'documents/turned.jpg',
        bytes: make.exifJpeg(6),
        kind: 'photo',
        redactions: [{ page: 1, x: 0, y: 80, width: 100, height: 80 }],
      },
    ]);
    const count = (f: string) => {
      const png = raster(f, 3, 30);
      let light = 0;
      let dark = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const v = png.data[i]!;
        if (v >= 200 && v <= 252) light++;
        if (v < 100) dark++;
      }
      return { light, dark };
    };
    const lower = count(file);
    expect(lower.light).toBeLessThan(20);
    expect(lower.dark).toBeGreaterThan(1000);
    // the same box over the upper (already dark) half leaves the light half as it was
    const upper = await build([
      {
        file: 'documents/turned.jpg',
        bytes: make.exifJpeg(6),
        kind: 'photo',
        redactions: [{ page: 1, x: 0, y: 0, width: 100, height: 80 }],
      },
    ]);
    expect(count(upper.file).light).toBeGreaterThan(1000);
  });
});
