/**
 * A PNG placed in the PDF as it was stored: its compressed pixel data (the IDAT chunks) become
 * the image's Flate stream unchanged, PNG's row filters being PDF's predictors 10–15. Nothing is
 * decoded and compressed again (pdf-lib's embedPng does both: 0.1 s for a 480 × 320 photo,
 * seconds for a phone's), and the pixels in the PDF are those of the file byte for byte.
 * This is done for 8-bit grey, RGB and palette PNGs without transparency, not interlaced; others
 * are embedded by pdf-lib after decoding.
 */
import { PDFHexString, type PDFDocument, type PDFRef } from 'pdf-lib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngLayout {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
  /** RGB triples of a palette image. */
  palette?: Uint8Array;
  transparency: boolean;
  /** The IDAT chunks' data, in order. */
  idat: Uint8Array[];
}

/** The chunks of a PNG that matter for placing it (the file has been validated before). */
export function pngLayout(b: Uint8Array): PngLayout {
  if (!SIGNATURE.every((v, i) => b[i] === v)) throw new Error('not a PNG file');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: PngLayout = {
    width: 0,
    height: 0,
    bitDepth: 0,
    colorType: 0,
    interlaced: false,
    transparency: false,
    idat: [],
  };
  let at = 8;
  while (at + 8 <= b.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const data = b.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      out.width = view.getUint32(at + 8);
      out.height = view.getUint32(at + 12);
      out.bitDepth = data[8]!;
      out.colorType = data[9]!;
      out.interlaced = data[12] === 1;
    } else if (type === 'PLTE') out.palette = data;
    else if (type === 'tRNS') out.transparency = true;
    else if (type === 'IDAT') out.idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  return out;
}

/** Channels of the colour types PDF can take as they are: grey, RGB, palette. */
const COLORS: Record<number, number> = { 0: 1, 2: 3, 3: 1 };

/** True when the PNG can go into the PDF without decoding. */
export function passesThrough(p: PngLayout): boolean {
  return (
    COLORS[p.colorType] !== undefined &&
    // 8 bits a sample, the depth the tests draw; other depths are left to pdf-lib
    p.bitDepth === 8 &&
    !p.interlaced &&
    !p.transparency &&
    (p.colorType !== 3 || !!p.palette) &&
    p.idat.length > 0
  );
}

/** The PNG as an image XObject of `doc`, or undefined when it cannot go in as it is. */
export function embedPngAsStored(doc: PDFDocument, bytes: Uint8Array): PDFRef | undefined {
  const p = pngLayout(bytes);
  if (!passesThrough(p)) return undefined;
  const size = p.idat.reduce((s, c) => s + c.length, 0);
  const data = new Uint8Array(size);
  let at = 0;
  for (const c of p.idat) {
    data.set(c, at);
    at += c.length;
  }
  const colors = COLORS[p.colorType]!;
  const colorSpace =
    p.colorType === 3
      ? [
          'Indexed',
          'DeviceRGB',
          p.palette!.length / 3 - 1,
          PDFHexString.of(Buffer.from(p.palette!).toString('hex')),
        ]
      : colors === 1
        ? 'DeviceGray'
        : 'DeviceRGB';
  const stream = doc.context.stream(data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: p.width,
    Height: p.height,
    BitsPerComponent: p.bitDepth,
    ColorSpace: colorSpace,
    Filter: 'FlateDecode',
    DecodeParms: {
      Predictor: 15,
      Colors: colors,
      BitsPerComponent: p.bitDepth,
      Columns: p.width,
    },
  });
  return doc.context.register(stream);
}

/** Chunks of an animated PNG's animation (the still image in IDAT is what stays). */
const ANIMATION_CHUNKS = new Set(['acTL', 'fcTL', 'fdAT']);

/**
 * The PNG without its animation: the still image, which checkPngHeaders made sure is the first
 * frame. pdf-lib would decode every frame of an APNG (a canvas-sized buffer each) only to refuse
 * it as animated; the PDF shows one picture.
 */
export function stillPng(b: Uint8Array): Buffer {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const keep: Uint8Array[] = [b.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= b.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const end = Math.min(b.length, at + 12 + length);
    if (!ANIMATION_CHUNKS.has(type)) keep.push(b.subarray(at, end));
    if (type === 'IEND') break;
    at = end;
  }
  return Buffer.concat(keep);
}
