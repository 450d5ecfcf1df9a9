/**
 * Image sizes from every header that allocates, read before any decoder runs. The size a file
 * shows first is not always the size a decoder (ours or a reviewer's viewer) allocates: a GIF
 * frame can be larger than its logical screen or lie outside it, and a GIF can hold hundreds of
 * thousands of frames; a JPEG can carry a second frame header (SOF) before or inside its scan; a
 * PNG can have an IHDR that is not first or not alone, APNG frames (fcTL) larger than the image,
 * and pixel data that inflates far past what its header allows. Each is refused here.
 */
import { decodedSize, DecodeLimitError, formatBytes } from './filters.js';

/** A structural reason to refuse an image, with a catalogue message key and its parameters. */
export class ImageHeaderError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
    detail: string,
  ) {
    super(detail);
  }
}

/** Most frames we accept in an animated GIF or APNG (an invoice is one picture). */
export const MAX_FRAMES = 1000;

interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

function frameOutside(kind: string, n: number, f: Frame, w: number, h: number): ImageHeaderError {
  return new ImageHeaderError(
    'assemble.doc.imageFrame',
    { frame: n, kind, fw: f.width, fh: f.height, x: f.x, y: f.y, width: w, height: h },
    `${kind} frame ${n} is ${f.width} × ${f.height} at (${f.x}, ${f.y}), outside the ${w} × ${h} image`,
  );
}

function tooManyFrames(kind: string): ImageHeaderError {
  return new ImageHeaderError(
    'assemble.doc.imageFrames',
    { kind, max: MAX_FRAMES },
    `${kind} with more than ${MAX_FRAMES} frames`,
  );
}

/** Walks a GIF's blocks without decoding: the logical screen and every frame's rectangle. */
export function gifLayout(b: Uint8Array): { width: number; height: number; frames: Frame[] } {
  const u16 = (p: number) => b[p]! | (b[p + 1]! << 8);
  const need = (p: number) => {
    if (p > b.length) throw new Error('GIF data is cut off');
  };
  need(13);
  const width = u16(6);
  const height = u16(8);
  let p = 13;
  if (b[10]! & 0x80) p += 3 << ((b[10]! & 7) + 1);
  const subBlocks = () => {
    for (;;) {
      need(p + 1);
      const n = b[p++]!;
      if (n === 0) return;
      p += n;
    }
  };
  const frames: Frame[] = [];
  for (;;) {
    need(p + 1);
    const tag = b[p++];
    if (tag === 0x3b) break;
    if (tag === 0x21) {
      p++; // label
      subBlocks();
    } else if (tag === 0x2c) {
      need(p + 9);
      const f = { x: u16(p), y: u16(p + 2), width: u16(p + 4), height: u16(p + 6) };
      const flags = b[p + 8]!;
      p += 9;
      if (flags & 0x80) p += 3 << ((flags & 7) + 1);
      p++; // LZW minimum code size
      subBlocks();
      frames.push(f);
      if (frames.length > MAX_FRAMES) throw tooManyFrames('GIF');
      if (f.x + f.width > width || f.y + f.height > height)
        throw frameOutside('GIF', frames.length, f, width, height);
    } else throw new Error(`GIF block 0x${(tag ?? 0).toString(16)} is unknown`);
  }
  if (frames.length === 0) throw new Error('GIF has no frames');
  return { width, height, frames };
}

/** JPEG: exactly one frame header (SOF), before the scan; no hierarchical (DHP) or DNL sizes. */
export function checkJpegFrames(b: Uint8Array): void {
  let sofs = 0;
  let p = 2;
  let inScan = false;
  while (p + 1 < b.length) {
    if (b[p] !== 0xff) {
      if (!inScan) throw new Error(`expected a marker at byte ${p}`);
      p++;
      continue;
    }
    const m = b[p + 1]!;
    if (m === 0xff) {
      p++;
      continue;
    }
    if (m === 0x00 || (m >= 0xd0 && m <= 0xd7) || m === 0x01) {
      p += 2; // stuffed byte, restart marker, TEM
      continue;
    }
    if (m === 0xd9) return; // end of image
    if (p + 3 >= b.length) return;
    const len = (b[p + 2]! << 8) | b[p + 3]!;
    const sof = m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
    if (sof && ++sofs > 1) {
      const h = (b[p + 5]! << 8) | b[p + 6]!;
      const w = (b[p + 7]! << 8) | b[p + 8]!;
      throw new ImageHeaderError(
        'assemble.doc.imageSecondHeader',
        { what: 'JPEG SOF', width: w, height: h, offset: p },
        `a second JPEG frame header (SOF) at byte ${p} declares ${w} × ${h}`,
      );
    }
    if (m === 0xde || m === 0xdc)
      throw new ImageHeaderError(
        'assemble.doc.imageSecondHeader',
        { what: m === 0xde ? 'JPEG DHP' : 'JPEG DNL', width: '?', height: '?', offset: p },
        `a JPEG ${m === 0xde ? 'hierarchical (DHP)' : 'DNL'} size header at byte ${p}`,
      );
    inScan = m === 0xda;
    p += 2 + len;
  }
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Most pixels all frames of an APNG may have together (what a viewer decodes to animate it). */
export const MAX_ANIMATION_PIXELS = 250_000_000;

/** Bytes of zlib data rows of `width` × `height` may inflate to (plus room for interlacing). */
function inflateLimit(width: number, height: number, bpp: number, interlaced: boolean): number {
  const row = Math.ceil((width * bpp) / 8) + 1;
  // Adam7 adds a filter byte to each row of each pass and rounds rows up: at most 15 rows' worth
  return row * height + (interlaced ? 15 * row + 7 * height : 0) + 1024;
}

/** Inflates `data` as a stream, stopping past `limit`: a bomb costs its limit only. */
async function inflateWithin(
  data: Uint8Array,
  limit: number,
  bomb: () => ImageHeaderError,
  what: string,
): Promise<void> {
  try {
    await decodedSize(data, [{ name: 'FlateDecode', parms: {} }], limit);
  } catch (e) {
    if (e instanceof DecodeLimitError) throw bomb();
    throw new Error(`${what} does not inflate: ${(e as Error).message}`);
  }
}

interface ApngFrame extends Frame {
  /** The frame's fdAT data (sequence numbers cut off). */
  parts: Uint8Array[];
}

/**
 * PNG: IHDR first and alone, and the pixel data (all IDAT chunks) inflating to no more than the
 * rows the header describes (plus room for interlacing), decoded as a stream so a bomb costs its
 * limit only. An animated PNG (APNG): not more than MAX_FRAMES frames (acTL and fcTL), each
 * inside the image, all together at most MAX_ANIMATION_PIXELS, each frame's data (fdAT) inflating
 * to no more than its own rows, and the still image (IDAT) must be the first frame — what we
 * attach is then what an animating viewer shows first and what any other viewer shows.
 */
export async function checkPngHeaders(b: Uint8Array): Promise<{ frames: number }> {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = 8;
  let width = 0;
  let height = 0;
  let depth = 8;
  let color = 0;
  let interlaced = false;
  let animated = false;
  let stillIsFrame = false;
  let area = 0;
  const frames: ApngFrame[] = [];
  const idat: Uint8Array[] = [];
  while (p + 8 <= b.length) {
    const len = dv.getUint32(p);
    const type = String.fromCharCode(b[p + 4]!, b[p + 5]!, b[p + 6]!, b[p + 7]!);
    const data = b.subarray(p + 8, Math.min(b.length, p + 8 + len));
    if (p === 8 && type !== 'IHDR') throw new Error('PNG does not start with its header (IHDR)');
    if (type === 'IHDR') {
      if (p !== 8) {
        const w = data.length >= 8 ? dv.getUint32(p + 8) : 0;
        const h = data.length >= 8 ? dv.getUint32(p + 12) : 0;
        throw new ImageHeaderError(
          'assemble.doc.imageSecondHeader',
          { what: 'PNG IHDR', width: w, height: h, offset: p },
          `a second PNG header (IHDR) at byte ${p} declares ${w} × ${h}`,
        );
      }
      width = dv.getUint32(p + 8);
      height = dv.getUint32(p + 12);
      depth = data[8] ?? 8;
      color = data[9] ?? 0;
      interlaced = data[12] === 1;
    } else if (type === 'acTL' && data.length >= 8) {
      animated = true;
      if (dv.getUint32(p + 8) > MAX_FRAMES) throw tooManyFrames('APNG');
    } else if (type === 'fcTL' && data.length >= 20) {
      const f = {
        width: dv.getUint32(p + 12),
        height: dv.getUint32(p + 16),
        x: dv.getUint32(p + 20),
        y: dv.getUint32(p + 24),
        parts: [],
      };
      frames.push(f);
      if (frames.length > MAX_FRAMES) throw tooManyFrames('APNG');
      if (f.x + f.width > width || f.y + f.height > height)
        throw frameOutside('APNG', frames.length, f, width, height);
      area += f.width * f.height;
      if (area > MAX_ANIMATION_PIXELS)
        throw new ImageHeaderError(
          'assemble.doc.imageAnimation',
          { frames: frames.length, limit: MAX_ANIMATION_PIXELS / 1e6 },
          `APNG frames 1–${frames.length} have more than ${MAX_ANIMATION_PIXELS / 1e6} million pixels together`,
        );
    } else if (type === 'IDAT') {
      if (idat.length === 0) stillIsFrame = frames.length > 0;
      idat.push(data);
    } else if (type === 'fdAT') {
      const f = frames.at(-1);
      if (!f || (stillIsFrame && frames.length === 1))
        throw new Error('APNG frame data (fdAT) without its frame header (fcTL)');
      f.parts.push(data.subarray(4));
    } else if (type === 'IEND') break;
    p += 12 + len;
  }
  const bpp = (CHANNELS[color] ?? 4) * depth;
  const limit = inflateLimit(width, height, bpp, interlaced);
  await inflateWithin(
    Buffer.concat(idat),
    limit,
    () =>
      new ImageHeaderError(
        'assemble.doc.imageBomb',
        { width, height, limit: formatBytes(limit) },
        `PNG pixel data of a ${width} × ${height} image inflates to more than ${formatBytes(limit)}`,
      ),
    'PNG pixel data',
  );
  if (!animated) return { frames: 1 };
  if (!stillIsFrame && frames.length > 0)
    throw new ImageHeaderError(
      'assemble.doc.apngStill',
      { frames: frames.length },
      'the APNG still image (IDAT) is not its first frame: animating viewers show another picture',
    );
  for (const [i, f] of frames.entries()) {
    if (i === 0 && stillIsFrame) continue; // its data is the IDAT, inflated above
    const cap = inflateLimit(f.width, f.height, bpp, false);
    await inflateWithin(
      Buffer.concat(f.parts),
      cap,
      () =>
        new ImageHeaderError(
          'assemble.doc.imageFrameBomb',
          { frame: i + 1, width: f.width, height: f.height, limit: formatBytes(cap) },
          `APNG frame ${i + 1} (${f.width} × ${f.height}) inflates to more than ${formatBytes(cap)}`,
        ),
      `APNG frame ${i + 1}`,
    );
  }
  return { frames: Math.max(1, frames.length) };
}
