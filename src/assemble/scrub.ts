/**
 * Photos and scans as the upload set gets them: every metadata block removed wherever it stands
 * in the file (EXIF with GPS and camera, XMP, IPTC, comments, text chunks, data after the end of
 * the image), the compressed pixel data copied byte for byte — nothing is decoded or encoded
 * again. A JPEG or PNG the camera recorded turned keeps only its orientation (a minimal EXIF
 * block holding that one tag), so it still opens upright.
 */

/** Markers without a length field. */
function standalone(m: number): boolean {
  return m === 0x01 || (m >= 0xd0 && m <= 0xd9);
}

/** APP1–APP13, APP15 and COM: metadata; APP0 (JFIF) and APP14 (Adobe colour transform) stay. */
function jpegMetadata(m: number): boolean {
  return (m >= 0xe1 && m <= 0xed) || m === 0xef || m === 0xfe;
}

/** A TIFF structure (big-endian) with one IFD holding only the orientation tag. */
function orientationTiff(orientation: number): Buffer {
  const b = Buffer.alloc(26);
  b.write('MM', 0, 'latin1');
  b.writeUInt16BE(42, 2);
  b.writeUInt32BE(8, 4);
  b.writeUInt16BE(1, 8); // one entry
  b.writeUInt16BE(0x0112, 10); // Orientation
  b.writeUInt16BE(3, 12); // SHORT
  b.writeUInt32BE(1, 14); // count
  b.writeUInt16BE(orientation, 18); // value, left-justified in the 4-byte field
  b.writeUInt32BE(0, 22); // no next IFD
  return b;
}

/** An APP1 EXIF segment holding only the orientation. */
function orientationApp1(orientation: number): Buffer {
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), orientationTiff(orientation)]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/**
 * The JPEG without metadata segments anywhere: before the first scan, between the scans of a
 * progressive JPEG, and whatever follows the end-of-image marker (trailers, appended images).
 * The entropy-coded data is copied as it is. Throws when the structure is broken.
 */
export function scrubJpeg(b: Uint8Array, orientation = 1): Buffer {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error('no SOI marker');
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let inserted = orientation === 1;
  let pos = 2;
  for (;;) {
    if (pos >= b.length) throw new Error('no end-of-image marker');
    if (b[pos] !== 0xff) throw new Error(`expected a marker at byte ${pos}`);
    let p = pos + 1;
    while (b[p] === 0xff && p + 1 < b.length) p++; // fill bytes
    const m = b[p];
    if (m === undefined) throw new Error('truncated');
    if (m === 0xd9) {
      parts.push(Buffer.from([0xff, 0xd9]));
      break; // anything after the end of the image is dropped
    }
    if (standalone(m)) {
      parts.push(b.subarray(p - 1, p + 1));
      pos = p + 1;
      continue;
    }
    if (p + 2 >= b.length) throw new Error('truncated segment header');
    const len = (b[p + 1]! << 8) | b[p + 2]!;
    const end = p + 1 + len;
    if (len < 2 || end > b.length)
      throw new Error(`segment 0xFF${m.toString(16)} runs past the end`);
    // the orientation goes right after JFIF (APP0), else right after SOI
    if (!inserted && m !== 0xe0) {
      parts.push(orientationApp1(orientation));
      inserted = true;
    }
    if (!jpegMetadata(m)) parts.push(b.subarray(p - 1, end));
    pos = end;
    if (m === 0xda) {
      // entropy-coded data: up to the next marker that is not a stuffed 0xFF00 or a restart
      let q = pos;
      while (q + 1 < b.length) {
        if (b[q] === 0xff) {
          const n = b[q + 1]!;
          if (n !== 0x00 && !(n >= 0xd0 && n <= 0xd7) && n !== 0xff) break;
        }
        q++;
      }
      if (q + 1 >= b.length) throw new Error('image data is cut off (no end-of-image marker)');
      parts.push(b.subarray(pos, q));
      pos = q;
    }
  }
  return Buffer.concat(parts);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const p of parts) for (const byte of p) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32([head.subarray(4), data]), 0);
  return Buffer.concat([head, data, crc]);
}

/** PNG chunks that decide how the pixels look; every other ancillary chunk is dropped. */
const PNG_KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
  'hIST',
  'acTL',
  'fcTL',
  'fdAT',
]);

/**
 * The PNG without text (tEXt, zTXt, iTXt: XMP and comments), eXIf, tIME or private chunks, before
 * or after the image data, and without anything after IEND. Chunks kept are copied as they are.
 */
export function scrubPng(b: Uint8Array, orientation = 1): Buffer {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((v, i) => b[i] === v)) throw new Error('not a PNG file');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  let at = 8;
  let inserted = orientation === 1;
  while (at + 12 <= b.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const end = at + 12 + length;
    if (end > b.length) throw new Error(`chunk ${type} runs past the end`);
    // eXIf must come before the image data
    if (!inserted && type === 'IDAT') {
      parts.push(pngChunk('eXIf', orientationTiff(orientation)));
      inserted = true;
    }
    if (PNG_KEEP.has(type)) parts.push(b.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  throw new Error('no IEND chunk');
}

/** Skips GIF data sub-blocks from `p`; returns the offset after the terminator. */
function skipSubBlocks(b: Uint8Array, p: number): number {
  while (p < b.length) {
    const n = b[p]!;
    p += 1 + n;
    if (n === 0) return p;
  }
  throw new Error('GIF data cut off');
}

/**
 * The GIF without comment extensions or application extensions other than the animation loop
 * (XMP and others), and without anything after the trailer. Image data is copied as it is.
 */
export function scrubGif(b: Uint8Array): Buffer {
  const sig = Buffer.from(b.subarray(0, 6)).toString('latin1');
  if (sig !== 'GIF87a' && sig !== 'GIF89a') throw new Error('not a GIF file');
  if (b.length < 13) throw new Error('GIF header cut off');
  const packed = b[10]!;
  let p = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const parts: Uint8Array[] = [b.subarray(0, p)];
  while (p < b.length) {
    const intro = b[p]!;
    if (intro === 0x3b) {
      parts.push(b.subarray(p, p + 1));
      return Buffer.concat(parts);
    }
    if (intro === 0x2c) {
      const flags = b[p + 9]!;
      let q = p + 10 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
      q = skipSubBlocks(b, q + 1); // LZW minimum code size, then the data
      parts.push(b.subarray(p, q));
      p = q;
      continue;
    }
    if (intro === 0x21) {
      const label = b[p + 1]!;
      const q = skipSubBlocks(b, p + 2);
      const app =
        label === 0xff ? Buffer.from(b.subarray(p + 3, p + 14)).toString('latin1') : undefined;
      const keep =
        label === 0xf9 || label === 0x01 || app === 'NETSCAPE2.0' || app === 'ANIMEXTS1.0';
      if (keep) parts.push(b.subarray(p, q));
      p = q;
      continue;
    }
    throw new Error(`unexpected GIF block 0x${intro.toString(16)} at byte ${p}`);
  }
  throw new Error('no GIF trailer');
}

/** The image without metadata; `orientation` (1–8) is kept for JPEG and PNG. */
export function scrubImage(
  kind: 'jpeg' | 'png' | 'gif',
  bytes: Uint8Array,
  orientation = 1,
): Buffer {
  if (kind === 'jpeg') return scrubJpeg(bytes, orientation);
  if (kind === 'png') return scrubPng(bytes, orientation);
  return scrubGif(bytes);
}
