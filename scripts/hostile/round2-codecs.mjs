// Image codecs inside PDFs for the second round of hostile input (issue 17): JPEG 2000 (JPX),
// JBIG2 and CCITT fax streams whose own headers declare another, far larger image than the
// image dictionary — the size poppler (openjpeg, its JBIG2 decoder) and mupdf (openjpeg,
// jbig2dec) allocate by. Each stream is made by hand, header by header, with image data that
// decodes to a blank picture, so the good ones are real images viewers draw.
import { assemblePdf } from './pdf-bytes.mjs';

const latin1 = (s) => Buffer.from(s, 'latin1');
const u16 = (v) => Buffer.from([(v >>> 8) & 0xff, v & 0xff]);
const u32 = (v) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(v >>> 0);
  return b;
};

function stream(dict, data) {
  return Buffer.concat([
    latin1(`<< ${dict} /Length ${data.length} >>\nstream\n`),
    data,
    latin1('\nendstream'),
  ]);
}

/**
 * A one-page PDF drawing image object 5 (`filter`, `parms`, /Width `width` /Height `height`,
 * grey), with `more` objects from 6 on.
 */
export function codecPdf(
  filter,
  data,
  { width = 100, height = 100, parms = '', bpc = 8, more = [] } = {},
) {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> /Font << /F1 6 0 R >> >> >>',
    stream(
      '',
      latin1('BT /F1 18 Tf 72 760 Td (INVOICE INV-0001) Tj ET q 400 0 0 400 100 300 cm /Im1 Do Q'),
    ),
    stream(
      `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent ${bpc} /Filter ${filter} ${parms}`,
      data,
    ),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...more,
  ]);
}

// ---- JPEG 2000 ----------------------------------------------------------------------------------

/**
 * A JPEG 2000 codestream of `width` × `height`, `comps` 8-bit components, tiles of `tileW` ×
 * `tileH`: no wavelet levels, one layer, every packet empty (a uniform grey picture). Only the
 * first `maxTiles` tiles are written (a decoder allocates the others from the SIZ marker).
 */
export function j2k({ width, height, comps = 1, tileW = width, tileH = height, maxTiles = 64 }) {
  const siz = Buffer.concat([
    u16(0xff51),
    u16(38 + 3 * comps),
    u16(0),
    u32(width),
    u32(height),
    u32(0),
    u32(0),
    u32(tileW),
    u32(tileH),
    u32(0),
    u32(0),
    u16(comps),
    Buffer.concat(Array.from({ length: comps }, () => Buffer.from([7, 1, 1]))),
  ]);
  // COD: LRCP, 1 layer, no colour transform, 0 levels, 64×64 code blocks, 5-3 reversible
  const cod = Buffer.from([0xff, 0x52, 0, 12, 0, 0, 0, 1, 0, 0, 4, 4, 0, 1]);
  // QCD: no quantisation, 2 guard bits, one sub-band (LL)
  const qcd = Buffer.from([0xff, 0x5c, 0, 4, 0x40, 0x48]);
  const tiles = Math.ceil(width / tileW) * Math.ceil(height / tileH);
  const parts = [u16(0xff4f), siz, cod, qcd];
  for (let t = 0; t < Math.min(tiles, maxTiles); t++) {
    const body = Buffer.alloc(comps); // one empty packet per component
    parts.push(
      u16(0xff90),
      u16(10),
      u16(t),
      u32(14 + body.length),
      Buffer.from([0, 1]),
      u16(0xff93),
      body,
    );
  }
  parts.push(u16(0xffd9));
  return Buffer.concat(parts);
}

function box(type, data) {
  return Buffer.concat([u32(8 + data.length), latin1(type), data]);
}

/** The codestream in a JP2 file whose image header box (ihdr) says `ihdrW` × `ihdrH`. */
export function jp2(codestream, ihdrW, ihdrH, comps = 1) {
  const ihdr = Buffer.concat([u32(ihdrH), u32(ihdrW), u16(comps), Buffer.from([7, 7, 0, 0])]);
  const colr = Buffer.concat([Buffer.from([1, 0, 0]), u32(17)]); // greyscale
  return Buffer.concat([
    box('jP  ', Buffer.from([0x0d, 0x0a, 0x87, 0x0a])),
    box('ftyp', Buffer.concat([latin1('jp2 '), u32(0), latin1('jp2 ')])),
    box('jp2h', Buffer.concat([box('ihdr', ihdr), box('colr', colr)])),
    box('jp2c', codestream),
  ]);
}

// ---- JBIG2 --------------------------------------------------------------------------------------

/** One JBIG2 segment (embedded organisation: header then data), page 1 unless `page` is 0. */
export function segment(number, type, data, page = 1) {
  return Buffer.concat([u32(number), Buffer.from([type & 0x3f, 0, page]), u32(data.length), data]);
}

/** Page information (type 48): `height` 0xffffffff means "not known yet" (striped). */
export function pageInfo(width, height, { striped = false, maxStripe = 0 } = {}) {
  const stripe = striped ? 0x8000 | maxStripe : 0;
  return Buffer.concat([u32(width), u32(height), u32(0), u32(0), Buffer.from([0]), u16(stripe)]);
}

/** MMR data of `rows` white rows (one "vertical 0" bit each) and the end-of-block code. */
function whiteMmr(rows) {
  const bits = rows + 24;
  const out = Buffer.alloc(Math.ceil(bits / 8));
  out.fill(0xff, 0, rows >> 3);
  if (rows & 7) out[rows >> 3] = (0xff << (8 - (rows & 7))) & 0xff;
  // EOFB: two EOL codes (000000000001) right after the last row
  for (const at of [rows + 11, rows + 23]) out[at >> 3] |= 0x80 >> (at & 7);
  return out;
}

/** An immediate generic region (type 38) of `w` × `h` at (x, y), MMR, all white. */
export function genericRegion(w, h, x = 0, y = 0) {
  return Buffer.concat([u32(w), u32(h), u32(x), u32(y), Buffer.from([0, 1]), whiteMmr(h)]);
}

/** A JBIG2 page of `w` × `h` with one white region covering it. */
export function jbig2Page(w, h) {
  return Buffer.concat([segment(0, 48, pageInfo(w, h)), segment(1, 38, genericRegion(w, h))]);
}

/** A pattern dictionary (type 16) of `count` patterns of `pw` × `ph`, in the globals (page 0). */
export function patternDict(number, pw, ph, count) {
  const data = Buffer.concat([Buffer.from([1, pw, ph]), u32(count - 1), whiteMmr(ph)]);
  return segment(number, 16, data, 0);
}

// ---- CCITT fax ---------------------------------------------------------------------------------

/** Group 4 (K -1) data of `rows` white rows, with the end-of-block code. */
export const ccittWhite = (rows) => whiteMmr(rows);

/** End of stripe (type 50) at row `row`: a page of unknown height grows to it. */
export const endOfStripe = (number, row) => segment(number, 50, u32(row));

// ---- the hostile files --------------------------------------------------------------------------

const JBIG2 = { bpc: 1 };
const GLOBALS = (ref) => `/DecodeParms << /JBIG2Globals ${ref} 0 R >>`;

/** Every codec case: [name, PDF bytes, refused?]. */
export const codecCases = {
  // JPEG 2000: the codestream's SIZ marker and the JP2 header box are what openjpeg allocates by
  'jpx-good': () => codecPdf('/JPXDecode', j2k({ width: 100, height: 100 })),
  'jp2-good': () => codecPdf('/JPXDecode', jp2(j2k({ width: 100, height: 100 }), 100, 100)),
  'jpx-siz-huge': () => codecPdf('/JPXDecode', j2k({ width: 32000, height: 32000 })),
  'jpx-siz-larger-than-dict': () => codecPdf('/JPXDecode', j2k({ width: 3000, height: 3000 })),
  'jpx-tiles-1x1': () =>
    codecPdf('/JPXDecode', j2k({ width: 4000, height: 4000, tileW: 1, tileH: 1 }), {
      width: 4000,
      height: 4000,
    }),
  'jpx-16384-components': () =>
    codecPdf('/JPXDecode', j2k({ width: 2000, height: 2000, comps: 16384, maxTiles: 0 }), {
      width: 2000,
      height: 2000,
    }),
  'jp2-ihdr-huge': () =>
    codecPdf('/JPXDecode', jp2(j2k({ width: 100, height: 100 }), 60000, 60000)),
  // JBIG2: the page information and region segments are what the decoders allocate by
  'jbig2-good': () => codecPdf('/JBIG2Decode', jbig2Page(100, 100), JBIG2),
  'jbig2-globals-good': () =>
    codecPdf('/JBIG2Decode', jbig2Page(100, 100), {
      ...JBIG2,
      parms: GLOBALS(7),
      more: [stream('', patternDict(0, 8, 8, 4))],
    }),
  'jbig2-page-huge': () =>
    codecPdf('/JBIG2Decode', Buffer.concat([segment(0, 48, pageInfo(130000, 130000))]), JBIG2),
  'jbig2-region-huge': () =>
    codecPdf(
      '/JBIG2Decode',
      Buffer.concat([
        segment(0, 48, pageInfo(100, 100)),
        segment(1, 38, genericRegion(130000, 130000)),
      ]),
      JBIG2,
    ),
  'jbig2-stripe-unknown-height': () =>
    codecPdf(
      '/JBIG2Decode',
      Buffer.concat([
        segment(0, 48, pageInfo(100000, 0xffffffff, { striped: true, maxStripe: 128 })),
        segment(1, 38, genericRegion(100000, 8, 0, 160000)),
        endOfStripe(2, 160007),
      ]),
      JBIG2,
    ),
  'jbig2-globals-pattern-huge': () =>
    codecPdf('/JBIG2Decode', jbig2Page(100, 100), {
      ...JBIG2,
      parms: GLOBALS(7),
      more: [stream('', patternDict(0, 255, 255, 1 << 18))],
    }),
  // CCITT: /Columns sets the decoder's line buffers, /Rows the rows it decodes
  'ccitt-good': () =>
    codecPdf('/CCITTFaxDecode', ccittWhite(100), {
      bpc: 1,
      parms: '/DecodeParms << /K -1 /Columns 100 /Rows 100 >>',
    }),
  'ccitt-columns-huge': () =>
    codecPdf('/CCITTFaxDecode', ccittWhite(100), {
      bpc: 1,
      parms: '/DecodeParms << /K -1 /Columns 536000000 /Rows 100 >>',
    }),
  'ccitt-rows-huge': () =>
    codecPdf('/CCITTFaxDecode', ccittWhite(100000), {
      bpc: 1,
      width: 100000,
      height: 100,
      parms: '/DecodeParms << /K -1 /Columns 100000 /Rows 100000 >>',
    }),
};
