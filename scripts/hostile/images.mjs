// Images for the hostile corpus, made from pixels: JPEG with a hand-written EXIF segment
// (orientation, camera, GPS), interlaced PNG (Adam7), animated GIF, and renamed foreign formats.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { GifWriter } from 'omggif';
import { crc32, deflateSync } from 'node:zlib';

/** width×height RGBA pixels: left half dark grey, right half white (so rotation is visible). */
export function halfDarkPixels(width, height) {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = x < width / 2 ? 40 : 250;
      const i = (y * width + x) * 4;
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      data[i + 3] = 255;
    }
  return data;
}

function ifdEntry(tag, type, count, valueOrOffset) {
  const b = Buffer.alloc(12);
  b.writeUInt16BE(tag, 0);
  b.writeUInt16BE(type, 2);
  b.writeUInt32BE(count, 4);
  if (type === 3 && count === 1) b.writeUInt16BE(valueOrOffset, 8);
  else b.writeUInt32BE(valueOrOffset, 8);
  return b;
}

/** An APP1 Exif segment (big-endian TIFF) with Orientation, Make, Model and GPS latitude/longitude. */
export function exifSegment(orientation) {
  // Layout (offsets from TIFF header start): header 8 | IFD0 (4 entries) | GPS IFD (4 entries) | data
  const ifd0Count = 4;
  const ifd0Size = 2 + ifd0Count * 12 + 4;
  const gpsOffset = 8 + ifd0Size;
  const gpsCount = 4;
  const gpsSize = 2 + gpsCount * 12 + 4;
  let dataOffset = gpsOffset + gpsSize;
  const make = Buffer.from('FakeCam Corp\0', 'latin1');
  const model = Buffer.from('FakeCam X100 Secret\0', 'latin1');
  const makeOff = dataOffset;
  dataOffset += make.length;
  const modelOff = dataOffset;
  dataOffset += model.length;
  const rational = (nums) => {
    const b = Buffer.alloc(nums.length * 8);
    nums.forEach(([n, d], i) => {
      b.writeUInt32BE(n, i * 8);
      b.writeUInt32BE(d, i * 8 + 4);
    });
    return b;
  };
  const lat = rational([
    [35, 1],
    [41, 1],
    [2220, 100],
  ]);
  const latOff = dataOffset;
  dataOffset += lat.length;
  const lon = rational([
    [139, 1],
    [45, 1],
    [3310, 100],
  ]);
  const lonOff = dataOffset;
  dataOffset += lon.length;
  const header = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]);
  const ifd0 = Buffer.concat([
    Buffer.from([0, ifd0Count]),
    ifdEntry(0x010f, 2, make.length, makeOff),
    ifdEntry(0x0110, 2, model.length, modelOff),
    ifdEntry(0x0112, 3, 1, orientation),
    ifdEntry(0x8825, 4, 1, gpsOffset),
    Buffer.alloc(4),
  ]);
  const refN = Buffer.alloc(12);
  refN.writeUInt16BE(0x0001, 0);
  refN.writeUInt16BE(2, 2);
  refN.writeUInt32BE(2, 4);
  refN.write('N\0', 8, 'latin1');
  const refE = Buffer.alloc(12);
  refE.writeUInt16BE(0x0003, 0);
  refE.writeUInt16BE(2, 2);
  refE.writeUInt32BE(2, 4);
  refE.write('E\0', 8, 'latin1');
  const gps = Buffer.concat([
    Buffer.from([0, gpsCount]),
    refN,
    ifdEntry(0x0002, 5, 3, latOff),
    refE,
    ifdEntry(0x0004, 5, 3, lonOff),
    Buffer.alloc(4),
  ]);
  const tiff = Buffer.concat([header, ifd0, gps, make, model, lat, lon]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const seg = Buffer.alloc(4);
  seg.writeUInt16BE(0xffe1, 0);
  seg.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([seg, body]);
}

/** A JPEG (pixels 160×100, left half dark) carrying EXIF orientation, camera and GPS tags. */
export function exifJpeg(orientation = 6, width = 160, height = 100) {
  const raw = jpeg.encode({ data: halfDarkPixels(width, height), width, height }, 90).data;
  // insert APP1 right after SOI (FFD8)
  return Buffer.concat([raw.subarray(0, 2), exifSegment(orientation), raw.subarray(2)]);
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/** An Adam7-interlaced RGB PNG written by hand (pngjs does not write interlaced files). */
export function interlacedPng(width = 64, height = 48) {
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  const px = halfDarkPixels(width, height);
  const rows = [];
  for (const [x0, y0, dx, dy] of passes) {
    for (let y = y0; y < height; y += dy) {
      const line = [0];
      for (let x = x0; x < width; x += dx) {
        const i = (y * width + x) * 4;
        line.push(px[i], px[i + 1], px[i + 2]);
      }
      if (line.length > 1) rows.push(Buffer.from(line));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2; // RGB
  ihdr[12] = 1; // Adam7
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('tEXt', Buffer.from('Comment\0GPS 35.68N 139.76E', 'latin1')),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A plain PNG (for documents that must pass). */
export function plainPng(width = 64, height = 48) {
  const png = new PNG({ width, height });
  halfDarkPixels(width, height).copy(png.data);
  return PNG.sync.write(png);
}

/** A two-frame animated GIF. */
export function animatedGif(width = 40, height = 30) {
  const buf = Buffer.alloc(1024 * 16);
  const gw = new GifWriter(buf, width, height, { palette: [0x000000, 0xffffff], loop: 0 });
  const f1 = new Array(width * height).fill(0).map((_, i) => (i % width < width / 2 ? 0 : 1));
  const f2 = f1.map((v) => 1 - v);
  gw.addFrame(0, 0, width, height, f1, { delay: 50 });
  gw.addFrame(0, 0, width, height, f2, { delay: 50 });
  return buf.subarray(0, gw.end());
}

export const foreign = {
  heic: () =>
    Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(64),
    ]),
  webp: () =>
    Buffer.concat([
      Buffer.from('RIFF', 'latin1'),
      Buffer.from([0x40, 0, 0, 0]),
      Buffer.from('WEBPVP8 ', 'latin1'),
      Buffer.alloc(64),
    ]),
  tiff: () => Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), Buffer.alloc(64)]),
};
