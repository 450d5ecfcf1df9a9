// Images for the second round of hostile input (issue 17): the size that allocates is not the
// size first read — GIF frames larger than their logical screen or far too many of them, JPEGs
// with a second frame header, PNGs whose pixel data inflates past the size of the header or
// whose header is not where it should be.
import { crc32, deflateSync } from 'node:zlib';
import { exifJpeg, plainPng } from './images.mjs';
import { zerosZlib } from './round2-pdf.mjs';

const u16le = (v) => Buffer.from([v & 0xff, (v >> 8) & 0xff]);

/** GIF: logical screen `screen`, then `frames` image descriptors [x, y, w, h] with tiny data. */
export function gifWithFrames(screen, frames) {
  const parts = [
    Buffer.from('GIF89a', 'latin1'),
    u16le(screen[0]),
    u16le(screen[1]),
    Buffer.from([0x80, 0, 0]), // 2-colour global table
    Buffer.from([0, 0, 0, 255, 255, 255]),
  ];
  for (const [x, y, w, h] of frames)
    parts.push(
      Buffer.from([0x2c]),
      u16le(x),
      u16le(y),
      u16le(w),
      u16le(h),
      Buffer.from([0]),
      // LZW minimum code size 2: clear (4) then end (5), 3-bit codes
      Buffer.from([2, 1, 0x2c, 0]),
    );
  parts.push(Buffer.from([0x3b]));
  return Buffer.concat(parts);
}

/** 62 bytes: a 1×1 screen whose one frame is 65,535 × 65,535. */
export const gifHugeFrame = () => gifWithFrames([1, 1], [[0, 0, 65535, 65535]]);

/** A good first frame, then a frame of 40,000 × 40,000 (a viewer animating it allocates 6 GB). */
export const gifHugeLaterFrame = () =>
  gifWithFrames(
    [16, 16],
    [
      [0, 0, 16, 16],
      [0, 0, 40000, 40000],
    ],
  );

/** A small frame placed far outside its 16×16 screen. */
export const gifFrameOutside = () => gifWithFrames([16, 16], [[60000, 60000, 8, 8]]);

/** `n` 1×1 frames (15 bytes each). */
export const gifManyFrames = (n) =>
  gifWithFrames(
    [16, 16],
    Array.from({ length: n }, () => [0, 0, 1, 1]),
  );

function jpegSof(width, height) {
  // SOF0, 8-bit, one component (id 1, 1×1 sampling, table 0)
  return Buffer.from([
    0xff,
    0xc0,
    0,
    11,
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    1,
    1,
    0x11,
    0,
  ]);
}

/** A valid 160×100 JPEG with a second frame header (60,000 × 60,000) before its scan. */
export function jpegTwoSof() {
  const b = exifJpeg(1);
  const sos = b.indexOf(Buffer.from([0xff, 0xda]));
  return Buffer.concat([b.subarray(0, sos), jpegSof(60000, 60000), b.subarray(sos)]);
}

/** A valid JPEG with a frame header of 60,000 × 60,000 in the middle of its image data. */
export function jpegSofInScan() {
  const b = exifJpeg(1);
  const eoi = b.lastIndexOf(Buffer.from([0xff, 0xd9]));
  const mid = b.indexOf(Buffer.from([0xff, 0xda])) + 200;
  return Buffer.concat([b.subarray(0, mid), jpegSof(60000, 60000), b.subarray(mid, eoi + 2)]);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

function ihdr(width, height, colorType = 0, interlaced = false) {
  const d = Buffer.alloc(13);
  d.writeUInt32BE(width, 0);
  d.writeUInt32BE(height, 4);
  d[8] = 8;
  d[9] = colorType;
  d[12] = interlaced ? 1 : 0;
  return chunk('IHDR', d);
}

const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * 100×100 grey, but the pixel data inflates to `mib` MiB (pngjs bounds its inflate by the image
 * size for plain PNGs, not for interlaced ones).
 */
export function pngIdatBomb(mib = 1024, interlaced = false) {
  return Buffer.concat([
    SIG,
    ihdr(100, 100, 0, interlaced),
    chunk('IDAT', zerosZlib(mib)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A good 64×48 PNG with a second IHDR chunk saying 60,000 × 60,000. */
export function pngTwoIhdr() {
  const b = plainPng();
  const afterIhdr = 8 + 25;
  return Buffer.concat([b.subarray(0, afterIhdr), ihdr(60000, 60000, 2), b.subarray(afterIhdr)]);
}

/** An animated PNG whose second frame (fcTL) is 50,000 × 50,000 on a 64×48 canvas. */
export function apngHugeFrame() {
  const b = plainPng();
  const afterIhdr = 8 + 25;
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(2, 0);
  const fctl = (seq, w, h) => {
    const d = Buffer.alloc(26);
    d.writeUInt32BE(seq, 0);
    d.writeUInt32BE(w, 4);
    d.writeUInt32BE(h, 8);
    return chunk('fcTL', d);
  };
  const iend = b.length - 12;
  return Buffer.concat([
    b.subarray(0, afterIhdr),
    chunk('acTL', actl),
    fctl(0, 64, 48),
    b.subarray(afterIhdr, iend),
    fctl(1, 50000, 50000),
    b.subarray(iend),
  ]);
}

/** A 160×100 JPEG whose frame header says 60,000 × 60,000 (for a PDF image of /Width 100). */
export function jpegHugeSof() {
  const b = Buffer.from(exifJpeg(1));
  const sof = b.indexOf(Buffer.from([0xff, 0xc0]));
  b.writeUInt16BE(60000, sof + 5);
  b.writeUInt16BE(60000, sof + 7);
  return b;
}

/** Rows of `w` × `h` RGBA pixels of one colour, each with filter byte 0, zlib-compressed. */
function solidRgba(w, h, [r, g, b, a = 255]) {
  const row = Buffer.alloc(1 + w * 4);
  for (let x = 0; x < w; x++) row.set([r, g, b, a], 1 + x * 4);
  return deflateSync(Buffer.concat(Array.from({ length: h }, () => row)));
}

function fctlChunk(seq, { w, h, x = 0, y = 0 }) {
  const d = Buffer.alloc(26);
  d.writeUInt32BE(seq, 0);
  d.writeUInt32BE(w, 4);
  d.writeUInt32BE(h, 8);
  d.writeUInt32BE(x, 12);
  d.writeUInt32BE(y, 16);
  d.writeUInt16BE(1, 20); // delay 1/10 s
  d.writeUInt16BE(10, 22);
  return chunk('fcTL', d);
}

/**
 * An animated PNG (RGBA, so pdf-lib would decode it rather than pass it through): a canvas of
 * `width` × `height` whose still image (IDAT) is `still` (zlib data) and, when `stillIsFrame`,
 * also its first frame; then `frames`, each { w, h, x, y, data } sent as fdAT chunks.
 */
export function apng({
  width = 64,
  height = 48,
  still,
  stillIsFrame = true,
  frames = [],
  numFrames,
}) {
  const head = Buffer.alloc(13);
  head.writeUInt32BE(width, 0);
  head.writeUInt32BE(height, 4);
  head[8] = 8;
  head[9] = 6;
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(numFrames ?? frames.length + (stillIsFrame ? 1 : 0), 0);
  let seq = 0;
  const parts = [SIG, chunk('IHDR', head), chunk('acTL', actl)];
  if (stillIsFrame) parts.push(fctlChunk(seq++, { w: width, h: height }));
  parts.push(chunk('IDAT', still ?? solidRgba(width, height, [220, 30, 30])));
  for (const f of frames) {
    parts.push(fctlChunk(seq++, f));
    // fdAT: a sequence number, then the frame's zlib data (cut in 1 MiB chunks)
    for (let at = 0; at < f.data.length; at += 1 << 20) {
      const s = Buffer.alloc(4);
      s.writeUInt32BE(seq++);
      parts.push(chunk('fdAT', Buffer.concat([s, f.data.subarray(at, at + (1 << 20))])));
    }
  }
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** A good APNG: a red still image that is also the first frame, then a blue frame. */
export const apngGood = () =>
  apng({ frames: [{ w: 64, h: 48, data: solidRgba(64, 48, [30, 30, 220]) }] });

/** A second frame of 64 × 48 (inside the canvas) whose data inflates to `mib` MiB. */
export const apngFdatBomb = (mib = 1024) =>
  apng({ frames: [{ w: 64, h: 48, data: zerosZlib(mib) }] });

/**
 * 1,000 frames each as large as a 7,000 × 7,000 canvas: 49 billion pixels to animate (the data
 * of each is one row: decoders allocate by the frame header).
 */
export const apngHugeAnimation = () => {
  const data = deflateSync(Buffer.alloc(1 + 7000 * 4));
  return apng({
    width: 7000,
    height: 7000,
    still: data,
    frames: Array.from({ length: 999 }, () => ({ w: 7000, h: 7000, data })),
  });
};

/** A red still image (IDAT) that is not part of the animation, whose first frame is blue. */
export const apngStillNotFirstFrame = () =>
  apng({ stillIsFrame: false, frames: [{ w: 64, h: 48, data: solidRgba(64, 48, [30, 30, 220]) }] });
