/** scrub: metadata removed wherever it stands, image data copied byte for byte. */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { scrubGif, scrubJpeg, scrubPng } from '../../src/assemble/scrub.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Splits a PNG into chunks [type, whole chunk bytes]. */
function chunks(b: Buffer): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  let at = 8;
  while (at < b.length) {
    const len = b.readUInt32BE(at);
    out.push([b.subarray(at + 4, at + 8).toString('latin1'), b.subarray(at, at + 12 + len)]);
    at += 12 + len;
  }
  return out;
}

describe('scrub', () => {
  it('JPEG: EXIF and comments between segments and after EOI go; entropy data stays', () => {
    const base = make.exifJpeg(1) as Buffer;
    const com = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0x00, 0x0c]),
      Buffer.from('GPS secret', 'latin1'),
    ]);
    const dqt = base.indexOf(Buffer.from([0xff, 0xdb]));
    const withCom = Buffer.concat([
      base.subarray(0, dqt),
      com,
      base.subarray(dqt),
      Buffer.from('TRAILER'),
    ]);
    const out = scrubJpeg(withCom);
    expect(out.includes(Buffer.from('GPS secret'))).toBe(false);
    expect(out.includes(Buffer.from('TRAILER'))).toBe(false);
    expect(out.includes(Buffer.from('Exif'))).toBe(false);
    const sos = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xda])));
    expect(sos(out).equals(sos(base))).toBe(true);
    // a turned photo keeps only its orientation
    const turned = scrubJpeg(make.exifJpeg(6) as Buffer, 6);
    expect(turned.includes(Buffer.from('Exif\0\0MM', 'latin1'))).toBe(true);
  });

  it('PNG: text, eXIf and private chunks before or after IDAT go; IDAT stays; still decodes', () => {
    const base = make.plainPng() as Buffer;
    const parts = chunks(base);
    const idat = parts.findIndex(([t]) => t === 'IDAT');
    const exif = chunk('eXIf', Buffer.from('MM\0*\0\0\0\x08\0\0\0\0\0\0GPSDATA', 'latin1'));
    const text = chunk('tEXt', Buffer.from('Comment\0taken at home 35.49N', 'latin1'));
    const built = Buffer.concat([
      base.subarray(0, 8),
      ...parts.slice(0, idat).map(([, b]) => b),
      exif,
      ...parts.slice(idat, -1).map(([, b]) => b),
      text,
      parts.at(-1)![1],
      Buffer.from('junk after IEND'),
    ]);
    const out = scrubPng(built);
    expect(chunks(out).map(([t]) => t)).toEqual(parts.map(([t]) => t));
    expect(out.includes(Buffer.from('35.49N'))).toBe(false);
    expect(out.includes(Buffer.from('GPSDATA'))).toBe(false);
    expect(out.equals(base)).toBe(true);
    expect(PNG.sync.read(out).width).toBe(PNG.sync.read(base).width);
  });

  it('GIF: comment and XMP application extensions go; image data stays', () => {
    const gif = make.animatedGif() as Buffer;
    const comment = Buffer.concat([
      Buffer.from([0x21, 0xfe, 9]),
      Buffer.from('Lat 35.49', 'latin1'),
      Buffer.from([0]),
    ]);
    const xmp = Buffer.concat([
      Buffer.from([0x21, 0xff, 11]),
      Buffer.from('XMP DataXMP', 'latin1'),
      Buffer.from([4]),
      Buffer.from('<x:>', 'latin1'),
      Buffer.from([0]),
    ]);
    // after the header, the logical screen descriptor and its colour table
    const packed = gif[10]!;
    const head = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
    const built = Buffer.concat([gif.subarray(0, head), comment, xmp, gif.subarray(head)]);
    const out = scrubGif(built);
    expect(out.includes(Buffer.from('Lat 35.49'))).toBe(false);
    expect(out.includes(Buffer.from('XMP DataXMP'))).toBe(false);
    // the fixture has only the animation loop and frames: it comes back byte for byte
    expect(out.equals(gif)).toBe(true);
  });
});
