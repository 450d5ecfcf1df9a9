/**
 * The size a PDF image codec allocates, from the codec's own headers, read without decoding.
 * The image dictionary's /Width and /Height are not what poppler and mupdf allocate for these:
 * - JPEG 2000 (JPXDecode): the codestream's SIZ marker (image and tile sizes, components) and,
 *   in a JP2 file, the image header box (ihdr); openjpeg allocates the whole image by SIZ;
 * - JBIG2 (JBIG2Decode): the page information segment (a page of unknown height grows with its
 *   stripes and regions), each region's own size, a pattern dictionary's collective bitmap and a
 *   halftone region's grid — in the stream and in its /JBIG2Globals;
 * - CCITT fax (CCITTFaxDecode): /Columns (the decoder's line buffers) and /Rows.
 * A 900-byte file declaring a 32,000² JPEG 2000 image took pdftoppm 15 s and 4 GB.
 */

/** What a header declares that a viewer would allocate or draw by, when it is refused. */
export interface CodecFinding {
  /** too large; contradicting the image dictionary; too many tiles; too many samples. */
  reason: 'size' | 'mismatch' | 'tiles' | 'samples';
  /** The header, as the message names it ("JPEG 2000 SIZ", "JBIG2 page information" …). */
  what: string;
  width: number;
  height: number;
  /** For 'mismatch': what the image dictionary says. */
  dictWidth?: number;
  dictHeight?: number;
  /** Tiles (for 'tiles') or components (for 'samples'). */
  count?: number;
}

/** The image dictionary's size (undefined when absent). */
export interface DictSize {
  width?: number;
  height?: number;
}

/** Most tiles a JPEG 2000 codestream can number (Isot is 16 bits). */
export const MAX_JPX_TILES = 65535;

const u16 = (b: Uint8Array, p: number) => (b[p]! << 8) | b[p + 1]!;
const u32 = (b: Uint8Array, p: number) =>
  ((b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!) >>> 0;
const ascii = (b: Uint8Array, p: number) =>
  String.fromCharCode(b[p]!, b[p + 1]!, b[p + 2]!, b[p + 3]!);

interface Siz {
  width: number;
  height: number;
  components: number;
  tiles: number;
}

/** The SIZ marker right after SOC, or undefined when `b` is no codestream. */
function readSiz(b: Uint8Array): Siz | undefined {
  if (b.length < 44 || u16(b, 0) !== 0xff4f || u16(b, 2) !== 0xff51) return undefined;
  const [xsiz, ysiz, xo, yo, xt, yt, xto, yto] = [8, 12, 16, 20, 24, 28, 32, 36].map((p) =>
    u32(b, p),
  ) as [number, number, number, number, number, number, number, number];
  if (xt === 0 || yt === 0 || xo >= xsiz || yo >= ysiz || xto > xo || yto > yo) return undefined;
  return {
    width: xsiz - xo,
    height: ysiz - yo,
    components: u16(b, 40),
    tiles: Math.ceil((xsiz - xto) / xt) * Math.ceil((ysiz - yto) / yt),
  };
}

/** The JP2 boxes: the image header (ihdr) and the codestream (jp2c). */
function readJp2(b: Uint8Array): { ihdr?: { width: number; height: number }; code?: Uint8Array } {
  const out: { ihdr?: { width: number; height: number }; code?: Uint8Array } = {};
  const boxes = (start: number, end: number, depth: number) => {
    let p = start;
    while (p + 8 <= end && depth < 4) {
      let len = u32(b, p);
      const type = ascii(b, p + 4);
      let head = 8;
      if (len === 1) {
        if (p + 16 > end || u32(b, p + 8) !== 0) return; // a box past 4 GiB: not in this file
        len = u32(b, p + 12);
        head = 16;
      } else if (len === 0) len = end - p;
      if (len < head) return;
      const bodyEnd = Math.min(end, p + len);
      if (type === 'jp2h') boxes(p + head, bodyEnd, depth + 1);
      else if (type === 'ihdr' && bodyEnd - p >= head + 8)
        out.ihdr ??= { height: u32(b, p + head), width: u32(b, p + head + 4) };
      else if (type === 'jp2c') {
        out.code = b.subarray(p + head, bodyEnd);
        return;
      }
      p += len;
    }
  };
  boxes(0, b.length, 0);
  return out;
}

const JP2_SIGNATURE = [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20];

/**
 * A JPEG 2000 image (JP2 file or bare codestream) as openjpeg would allocate it: refused over
 * `maxPixels` (by SIZ or ihdr), with more tiles than a codestream can number, with more samples
 * than four components at the pixel limit, or at another size than the image dictionary or its
 * own JP2 header says (viewers draw the codestream's size, or nothing when the two disagree).
 */
export function jpxFinding(
  b: Uint8Array,
  dict: DictSize,
  maxPixels: number,
): CodecFinding | undefined {
  const isJp2 = JP2_SIGNATURE.every((v, i) => b[i] === v);
  const jp2 = isJp2 ? readJp2(b) : undefined;
  const siz = readSiz(jp2 ? (jp2.code ?? new Uint8Array()) : b);
  const ihdr = jp2?.ihdr;
  if (ihdr && ihdr.width * ihdr.height > maxPixels)
    return { reason: 'size', what: 'JP2 ihdr', ...ihdr };
  if (!siz) return undefined; // no codestream a decoder could start: the image is not drawn
  const size = { width: siz.width, height: siz.height };
  if (siz.width * siz.height > maxPixels) return { reason: 'size', what: 'JPEG 2000 SIZ', ...size };
  if (siz.tiles > MAX_JPX_TILES)
    return { reason: 'tiles', what: 'JPEG 2000 SIZ', ...size, count: siz.tiles };
  if (siz.width * siz.height * siz.components > 4 * maxPixels)
    return { reason: 'samples', what: 'JPEG 2000 SIZ', ...size, count: siz.components };
  if (ihdr && (ihdr.width !== siz.width || ihdr.height !== siz.height))
    return {
      reason: 'mismatch',
      what: 'JPEG 2000 SIZ',
      ...size,
      dictWidth: ihdr.width,
      dictHeight: ihdr.height,
    };
  return mismatch('JPEG 2000 SIZ', size, dict);
}

function mismatch(
  what: string,
  size: { width: number; height: number },
  dict: DictSize,
): CodecFinding | undefined {
  if (dict.width === undefined || dict.height === undefined) return undefined;
  if (size.width === dict.width && size.height === dict.height) return undefined;
  return { reason: 'mismatch', what, ...size, dictWidth: dict.width, dictHeight: dict.height };
}

interface Segment {
  type: number;
  data: Uint8Array;
}

/** Region segments: each starts with its own width, height and position. */
const REGIONS = new Set([4, 6, 7, 20, 22, 23, 36, 38, 39, 40, 42, 43]);
const HALFTONES = new Set([20, 22, 23]);
const UNKNOWN = 0xffffffff;

/** The segments of a JBIG2 stream as embedded in PDF (no file header), headers read only. */
export function jbig2Segments(b: Uint8Array): Segment[] {
  const out: Segment[] = [];
  let p = 0;
  while (p + 11 <= b.length) {
    const number = u32(b, p);
    const flags = b[p + 4]!;
    const type = flags & 0x3f;
    p += 5;
    let refs = b[p]! >> 5;
    if (refs === 7) {
      if (p + 4 > b.length) break;
      refs = u32(b, p) & 0x1fffffff;
      p += 4 + Math.ceil((refs + 1) / 8);
    } else p += 1;
    p += refs * (number <= 256 ? 1 : number <= 65536 ? 2 : 4);
    p += flags & 0x40 ? 4 : 1;
    if (p + 4 > b.length) break;
    let len = u32(b, p);
    p += 4;
    if (len === UNKNOWN) {
      // only an immediate generic region may leave its length open: it ends at the end marker
      // (00 00 for MMR, FF AC otherwise) and the row count after it
      if (type !== 38 || p + 18 > b.length) break;
      const mmr = (b[p + 17]! & 1) === 1;
      let m = p + 18;
      while (m + 6 <= b.length && !(b[m] === (mmr ? 0 : 0xff) && b[m + 1] === (mmr ? 0 : 0xac)))
        m++;
      if (m + 6 > b.length) {
        out.push({ type, data: b.subarray(p) });
        break;
      }
      len = m + 6 - p;
      const data = Uint8Array.from(b.subarray(p, p + len));
      // the rows the region turned out to have replace its open height
      if (u32(data, 4) === UNKNOWN) data.set(data.subarray(len - 4, len), 4);
      out.push({ type, data });
      p += len;
      continue;
    }
    out.push({ type, data: b.subarray(p, Math.min(b.length, p + len)) });
    if (type === 51) break; // end of file
    p += len;
  }
  return out;
}

/**
 * A JBIG2 image (its stream and its /JBIG2Globals) as jbig2dec and poppler would allocate it:
 * the page, each region, a pattern dictionary's patterns side by side, a halftone grid, each
 * within `maxPixels`; a page whose height is not known (0xffffffff) grows with its stripes and
 * regions. A page that is another size than the image dictionary is refused: viewers lay its
 * rows out at the dictionary's width.
 */
export function jbig2Finding(
  stream: Uint8Array,
  globals: Uint8Array | undefined,
  dict: DictSize,
  maxPixels: number,
): CodecFinding | undefined {
  const segments = [...(globals ? jbig2Segments(globals) : []), ...jbig2Segments(stream)];
  let page: { width: number; height: number } | undefined;
  let grown = 0;
  for (const s of segments) {
    const d = s.data;
    if (s.type === 48 && d.length >= 8) {
      page = { width: u32(d, 0), height: u32(d, 4) };
      grown = 0;
      if (page.height !== UNKNOWN && page.width * page.height > maxPixels)
        return { reason: 'size', what: 'JBIG2 page information', ...page };
    } else if (s.type === 50 && d.length >= 4) grown = Math.max(grown, u32(d, 0) + 1);
    else if (s.type === 16 && d.length >= 7) {
      const [pw, ph] = [d[1]!, d[2]!];
      const count = u32(d, 3) + 1;
      if (count * pw * ph > maxPixels)
        return {
          reason: 'size',
          what: 'JBIG2 pattern dictionary',
          width: count * pw,
          height: ph,
        };
    } else if (REGIONS.has(s.type) && d.length >= 16) {
      const r = { width: u32(d, 0), height: u32(d, 4) };
      if (r.width * r.height > maxPixels) return { reason: 'size', what: 'JBIG2 region', ...r };
      if (r.height !== UNKNOWN) grown = Math.max(grown, u32(d, 12) + r.height);
      if (HALFTONES.has(s.type) && d.length >= 26) {
        const grid = { width: u32(d, 18), height: u32(d, 22) };
        if (grid.width * grid.height > maxPixels)
          return { reason: 'size', what: 'JBIG2 halftone grid', ...grid };
      }
    }
    if (page?.height === UNKNOWN && page.width * grown > maxPixels)
      return {
        reason: 'size',
        what: 'JBIG2 page information (height unknown, striped)',
        width: page.width,
        height: grown,
      };
  }
  if (!page) return undefined;
  const height = page.height === UNKNOWN ? (dict.height ?? grown) : page.height;
  return mismatch('JBIG2 page information', { width: page.width, height }, dict);
}

/**
 * A CCITT fax image as the decoders allocate it: lines of /Columns (1728 when absent), /Rows of
 * them (or the dictionary's height), within `maxPixels`; /Columns other than the image's /Width
 * is refused (viewers decode lines of one width and draw them at the other).
 */
export function ccittFinding(
  parms: Record<string, number>,
  dict: DictSize,
  maxPixels: number,
): CodecFinding | undefined {
  const columns = parms.Columns ?? 1728;
  const rows = Math.max(parms.Rows ?? 0, dict.height ?? 0);
  if (!Number.isInteger(columns) || columns < 1) return undefined; // damaged: not drawn
  if (columns * rows > maxPixels)
    return { reason: 'size', what: 'CCITT /Columns × /Rows', width: columns, height: rows };
  if (dict.width !== undefined && dict.width !== columns)
    return {
      reason: 'mismatch',
      what: 'CCITT /Columns',
      width: columns,
      height: parms.Rows ?? dict.height ?? 0,
      dictWidth: dict.width,
      dictHeight: dict.height ?? 0,
    };
  return undefined;
}
