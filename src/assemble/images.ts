/**
 * Images as the PDF gets them: JPEG bytes with the metadata segments cut out (pixels untouched)
 * and the EXIF orientation read; PNG as it is (pdf-lib decodes it to raw pixels, so no
 * ancillary chunk reaches the PDF); GIF decoded (first frame) and written as PNG.
 */
import { PNG } from 'pngjs';
import omggif from 'omggif';
import { jpegOrientation, jpegSegments, jpegSize } from './jpeg.js';
import { scrubJpeg } from './scrub.js';
import { checkJpegFrames, checkPngHeaders, gifLayout } from './imageheaders.js';
import { stillPng } from './png.js';

export interface PreparedImage {
  format: 'jpeg' | 'png';
  bytes: Buffer;
  /** Stored pixel size (before orientation). */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1 = as stored). */
  orientation: number;
  /** GIF with more than one frame: only the first is shown. */
  animatedFrames?: number;
}

/** Largest images we take, in pixels: PNG/GIF are decoded (4 bytes a pixel), JPEG is not. */
export const MAX_DECODED_PIXELS = 60_000_000;
export const MAX_JPEG_PIXELS = 250_000_000;

/** An image too large to place (a decompression bomb, or a scan at a needless resolution). */
export class ImageTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly limit: number,
  ) {
    super(`${width} × ${height} pixels is more than ${limit / 1e6} million`);
  }
}

function checkSize(width: number, height: number, limit: number): void {
  if (width * height > limit) throw new ImageTooLargeError(width, height, limit);
}

/** Reads the size from the IHDR chunk, checking the signature. */
function pngSize(b: Uint8Array): { width: number; height: number } {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 24) throw new Error('PNG header truncated');
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}

/** PNG eXIf chunk orientation, when a camera wrote one. */
function pngOrientation(b: Uint8Array): number {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = 8;
  while (p + 8 <= b.length) {
    const len = dv.getUint32(p);
    const type = Buffer.from(b.subarray(p + 4, p + 8)).toString('latin1');
    if (type === 'eXIf') {
      const data = b.subarray(p + 8, p + 8 + len);
      // eXIf holds a TIFF structure, same as EXIF after "Exif\0\0"
      return exifOrientationSafe(data);
    }
    if (type === 'IDAT' || type === 'IEND') break;
    p += 12 + len;
  }
  return 1;
}

import { exifOrientation } from './jpeg.js';
function exifOrientationSafe(t: Uint8Array): number {
  try {
    return exifOrientation(t) ?? 1;
  } catch {
    return 1;
  }
}

/** Fully decodes a PNG (so a damaged file is caught here, not as a blank page). */
export function decodePng(b: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(b));
}

/** The RGBA pixels of the first GIF frame as PNG bytes. */
export function gifToPng(b: Uint8Array): {
  png: Buffer;
  frames: number;
  width: number;
  height: number;
} {
  // every frame inside the screen and not too many, read from the blocks before omggif allocates
  const layout = gifLayout(b);
  if (layout.width < 1 || layout.height < 1) throw new Error('GIF has no size');
  checkSize(layout.width, layout.height, MAX_DECODED_PIXELS);
  const r = new omggif.GifReader(b);
  const frames = r.numFrames();
  if (frames < 1) throw new Error('GIF has no frames');
  const png = new PNG({ width: r.width, height: r.height });
  const px = new Uint8Array(r.width * r.height * 4);
  // omggif reports a frame whose data ends early with console.log (stdout): catch it instead, the
  // picture would be part blank
  const said: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => void said.push(a.map(String).join(' '));
  try {
    r.decodeAndBlitFrameRGBA(0, px);
  } finally {
    console.log = log;
  }
  if (said.some((m) => /shorter than expected/.test(m)))
    throw new Error('GIF picture data ends before the frame is complete');
  // transparent pixels become white paper
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3] === 0) {
      px[i] = 255;
      px[i + 1] = 255;
      px[i + 2] = 255;
      px[i + 3] = 255;
    }
  }
  png.data = Buffer.from(px);
  return { png: PNG.sync.write(png, { colorType: 6 }), frames, width: r.width, height: r.height };
}

/**
 * Prepares one image document; throws ImageHeaderError or ImageTooLargeError for a size that
 * must not be decoded, and a plain Error when the file is damaged.
 */
export async function prepareImage(
  kind: 'jpeg' | 'png' | 'gif',
  bytes: Uint8Array,
): Promise<PreparedImage> {
  if (kind === 'jpeg') {
    const { sosEnd } = jpegSegments(bytes);
    checkJpegFrames(bytes);
    if (Buffer.from(bytes.subarray(sosEnd)).indexOf(Buffer.from([0xff, 0xd9])) < 0)
      throw new Error('JPEG image data is cut off (no end-of-image marker)');
    // metadata removed wherever it stands (scrub.ts): the PDF gets no EXIF, GPS or camera data
    const stripped = scrubJpeg(bytes);
    const { width, height } = jpegSize(stripped);
    if (width === 0 || height === 0) throw new Error('JPEG has no size');
    checkSize(width, height, MAX_JPEG_PIXELS);
    return { format: 'jpeg', bytes: stripped, width, height, orientation: jpegOrientation(bytes) };
  }
  if (kind === 'png') {
    const { width, height } = pngSize(bytes);
    checkSize(width, height, MAX_DECODED_PIXELS);
    const { frames } = await checkPngHeaders(bytes);
    decodePng(bytes); // validates every chunk and the pixel data
    return {
      format: 'png',
      // an APNG goes in as its still image, its first frame (checked above)
      bytes: frames > 1 ? stillPng(bytes) : Buffer.from(bytes),
      width,
      height,
      orientation: pngOrientation(bytes),
      ...(frames > 1 ? { animatedFrames: frames } : {}),
    };
  }
  const g = gifToPng(bytes);
  return {
    format: 'png',
    bytes: g.png,
    width: g.width,
    height: g.height,
    orientation: 1,
    ...(g.frames > 1 ? { animatedFrames: g.frames } : {}),
  };
}
