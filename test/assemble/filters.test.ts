/**
 * The bounded filter chain (src/assemble/filters.ts): each decoder gives the bytes pdf-lib's own
 * decoders give, and a chain stops at its limit however much it would expand.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { decodedSize, DecodeLimitError } from '../../src/assemble/filters.js';
import { checkPdf, hasSeveralReadings } from '../../src/assemble/pdfcheck.js';
// @ts-expect-error plain ESM script without types
import * as r2 from '../../scripts/hostile/round2-pdf.mjs';

const F = (name: string, parms: Record<string, number> = {}) => ({ name, parms });

async function pdfLibSize(data: Uint8Array, filter: string[]): Promise<number> {
  const doc = await PDFDocument.create();
  const s = PDFRawStream.of(doc.context.obj({ Filter: filter }), data);
  return decodePDFRawStream(s).decode().length;
}

describe('bounded filter chain', () => {
  it('decodes LZW, ASCIIHex, ASCII85 and RunLength as pdf-lib does', async () => {
    const lzw = r2.zerosLzw(1);
    expect(await decodedSize(lzw, [F('LZWDecode')], 1e9)).toBe(
      await pdfLibSize(lzw, ['LZWDecode']),
    );
    expect(await decodedSize(Buffer.from('48 65 6c6C6f>'), [F('ASCIIHexDecode')], 100)).toBe(5);
    expect(await decodedSize(Buffer.from('87cURD]i,"Ebo80~>'), [F('ASCII85Decode')], 100)).toBe(12);
    expect(
      await decodedSize(Buffer.from([2, 65, 66, 67, 253, 68, 128]), [F('RunLengthDecode')], 100),
    ).toBe(7);
  });

  it('undoes PNG predictors row by row when another filter follows', async () => {
    const rows = Buffer.alloc(10 * 11);
    for (let y = 0; y < 10; y++) rows[y * 11] = 2;
    const hex = Buffer.from(`${deflateSync(rows).toString('hex')}>`);
    const chain = [F('ASCIIHexDecode'), F('FlateDecode', { Predictor: 15, Columns: 10 })];
    expect(await decodedSize(hex, chain, 1000)).toBeLessThanOrEqual(110);
    // a predictor row longer than 16 MiB is refused before anything is allocated
    await expect(
      decodedSize(
        deflateSync(rows),
        [F('FlateDecode', { Predictor: 12, Columns: 2 ** 30 }), F('ASCIIHexDecode')],
        1000,
      ),
    ).rejects.toThrow(/longer than/);
  });

  it('stops every chain at its limit: Flate twice, LZW in Flate, ASCIIHex + Flate', async () => {
    const limit = 8 << 20;
    const cases: [Uint8Array, ReturnType<typeof F>[]][] = [
      [r2.doubleFlate(4096), [F('FlateDecode'), F('FlateDecode')]],
      [deflateSync(r2.zerosLzw(50)), [F('FlateDecode'), F('LZWDecode')]],
      [
        Buffer.from(`${r2.doubleFlate(1024).toString('hex')}>`),
        [F('ASCIIHexDecode'), F('FlateDecode'), F('FlateDecode')],
      ],
    ];
    for (const [data, chain] of cases) {
      const t0 = Date.now();
      await expect(decodedSize(data, chain, limit)).rejects.toBeInstanceOf(DecodeLimitError);
      expect(Date.now() - t0).toBeLessThan(10_000);
    }
  });

  it('leaves image codecs undecoded and refuses unknown filters', async () => {
    expect(await decodedSize(Buffer.alloc(50), [F('DCTDecode')], 100)).toBe(50);
    await expect(decodedSize(Buffer.alloc(5), [F('MadeUpDecode')], 100)).rejects.toThrow(
      /unsupported filter/,
    );
  });
});

describe('two readings of one file', () => {
  it('are told apart by their bodies and sections', () => {
    expect(hasSeveralReadings(r2.pagePdf())).toBe(false);
    expect(hasSeveralReadings(r2.shadowBodyPdf())).toBe(true);
    expect(hasSeveralReadings(r2.unlistedUpdatePdf())).toBe(true);
  });

  it('without qpdf, a file with an incremental update is not read by guess (PDF_NEEDS_QPDF)', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect((await checkPdf(r2.unlistedUpdatePdf())).issues.map((i) => i.code)).toEqual([
        'PDF_NEEDS_QPDF',
      ]);
      expect((await checkPdf(r2.pagePdf())).issues).toEqual([]);
    } finally {
      process.env.PATH = saved;
    }
  });
});
