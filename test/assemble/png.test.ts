/**
 * PNGs placed as they were stored: the IDAT data reach the PDF byte for byte and poppler draws
 * the same pixels; PNGs with transparency or interlacing are left to pdf-lib.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, concatTransformationMatrix, drawObject } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { embedPngAsStored, passesThrough, pngLayout } from '../../src/assemble/png.js';
import { raster } from './helpers.js';

const W = 6;
const H = 4;
/** Colour of pixel (x, y): distinct per pixel, so a wrong filter or row order shows. */
const rgb = (x: number, y: number) => [x * 40, y * 60, 255 - x * 20 - y * 10];

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A palette PNG of W × H whose pixel (x, y) is palette entry x + y·W (pngjs cannot write one). */
function palettePng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr[8] = 8;
  ihdr[9] = 3;
  const palette = Buffer.alloc(W * H * 3);
  const rows = Buffer.alloc(H * (W + 1));
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      palette.set(rgb(x, y), (y * W + x) * 3);
      // filter 1 (Sub) on odd rows: the predictor must undo it
      const i = y * W + x;
      rows[y * (W + 1)] = y % 2;
      rows[y * (W + 1) + 1 + x] = y % 2 && x > 0 ? 1 : i;
    }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngjsImage(colorType: 0 | 2 | 6): Buffer {
  const png = new PNG({ width: W, height: H });
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const [r, g, b] = colorType === 0 ? [x * 40, x * 40, x * 40] : rgb(x, y);
      png.data.set([r!, g!, b!, colorType === 6 ? 128 : 255], (y * W + x) * 4);
    }
  return PNG.sync.write(png, { colorType, inputColorType: 6 });
}

/** A PDF with the image filling a page, each image pixel a square of S × S points. */
const S = 10;
async function pdfOf(bytes: Buffer) {
  const doc = await PDFDocument.create();
  const ref = embedPngAsStored(doc, bytes);
  if (!ref) return undefined;
  const page = doc.addPage([W * S, H * S]);
  const name = page.node.newXObject('Im', ref);
  page.pushOperators(concatTransformationMatrix(W * S, 0, 0, H * S, 0, 0), drawObject(name));
  return Buffer.from(await doc.save());
}

function pixels(pdf: Buffer): PNG {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ep-png-')), 'a.pdf');
  writeFileSync(file, pdf);
  return raster(file, 1, 72);
}

describe('PNGs placed as stored', () => {
  it('puts the IDAT data of RGB, grey and palette PNGs into the PDF unchanged, same pixels', async () => {
    for (const [name, bytes, colorOf] of [
      ['rgb', pngjsImage(2), rgb],
      ['grey', pngjsImage(0), (x: number) => [x * 40, x * 40, x * 40]],
      ['palette', palettePng(), rgb],
    ] as const) {
      const layout = pngLayout(bytes);
      expect(passesThrough(layout), name).toBe(true);
      const pdf = (await pdfOf(bytes))!;
      expect(pdf, name).toBeDefined();
      const idat = Buffer.concat(layout.idat);
      expect(pdf.indexOf(idat), name).toBeGreaterThan(0);
      const out = pixels(pdf);
      expect([out.width, out.height]).toEqual([W * S, H * S]);
      for (let y = 0; y < H; y++)
        for (let x = 0; x < W; x++) {
          // the centre of the square: no smoothing reaches it
          const i = ((y * S + S / 2) * out.width + x * S + S / 2) * 4;
          const want = colorOf(x, y);
          for (let c = 0; c < 3; c++)
            expect(Math.abs(out.data[i + c]! - want[c]!), `${name} ${x},${y}`).toBeLessThanOrEqual(
              2,
            );
        }
    }
  });

  it('leaves PNGs with an alpha channel, a transparent colour, interlacing or 16 bits to pdf-lib', async () => {
    expect(passesThrough(pngLayout(pngjsImage(6)))).toBe(false);
    expect(await pdfOf(pngjsImage(6))).toBeUndefined();
    const trns = palettePng();
    const iend = trns.length - 12;
    const withTrns = Buffer.concat([
      trns.subarray(0, iend),
      chunk('tRNS', Buffer.from([0])),
      trns.subarray(iend),
    ]);
    expect(passesThrough(pngLayout(withTrns))).toBe(false);
    const interlaced = Buffer.from(pngjsImage(2));
    interlaced[28] = 1; // IHDR interlace method (the test reads the header only)
    expect(passesThrough(pngLayout(interlaced))).toBe(false);
    const deep = Buffer.from(pngjsImage(2));
    deep[24] = 16; // IHDR bit depth
    expect(passesThrough(pngLayout(deep))).toBe(false);
  });
});
