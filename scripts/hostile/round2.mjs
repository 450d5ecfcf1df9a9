// The second round of hostile input (issue 17), part A: what viewers see is what we attach
// (incremental updates read two ways), decompression bombs behind every filter chain, image
// sizes from every header, active content, page geometry. Kept apart from corpus.mjs so the
// items of other rounds merge cleanly; `node scripts/hostile/corpus.mjs <dir>` writes them too.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import * as pdf from './round2-pdf.mjs';
import * as img from './round2-images.mjs';

const INV = 'documents/invoice-0001.pdf';

function editCase(dir, mutate) {
  const file = path.join(dir, 'case.json');
  const c = JSON.parse(readFileSync(file, 'utf8'));
  mutate(c);
  writeFileSync(file, `${JSON.stringify(c, null, 2)}\n`);
}

/** Replaces the base invoice with `bytes` under `name`. */
function asInvoice(name, bytes) {
  return (dir) => {
    rmSync(path.join(dir, INV));
    writeFileSync(path.join(dir, name), typeof bytes === 'function' ? bytes() : bytes);
    editCase(dir, (c) => {
      c.documents[0] = { ...c.documents[0], file: name };
      c.actionsTaken[0].evidence = [name];
    });
  };
}

/** Adds a photo next to the valid invoice. */
function asPhoto(name, bytes) {
  return (dir) => {
    writeFileSync(path.join(dir, name), typeof bytes === 'function' ? bytes() : bytes);
    editCase(dir, (c) => c.documents.push({ file: name, kind: 'photo', description: 'test' }));
  };
}

const bad = (id, area, name, make) => ({
  id,
  area,
  command: 'build',
  exit: 1,
  mention: [name],
  file: name,
  make: make(name),
});
const good = (id, area, name, make, extra = {}) => ({
  id,
  area,
  command: 'build',
  exit: 0,
  file: name,
  make: make(name),
  ...extra,
});

const hex = (b) => Buffer.from(`${b.toString('hex')}>`, 'latin1');
const GIB4 = 4096;

export const round2Items = [
  // ---- 1. the page we attach is the page viewers show --------------------------------------
  good('pdf-shadow-body', 'pdf-reading', 'documents/shadow.pdf', (n) =>
    asInvoice(n, pdf.shadowBodyPdf),
  ),
  good('pdf-unlisted-update', 'pdf-reading', 'documents/unlisted-update.pdf', (n) =>
    asInvoice(n, pdf.unlistedUpdatePdf),
  ),
  good('pdf-two-trailers', 'pdf-reading', 'documents/two-trailers.pdf', (n) =>
    asInvoice(n, pdf.twoTrailersPdf),
  ),
  good('pdf-honest-update', 'pdf-reading', 'documents/updated.pdf', (n) =>
    asInvoice(n, pdf.honestUpdatePdf),
  ),
  // ---- 2. decompression bombs behind filter chains -----------------------------------------
  bad('pdf-bomb-flate-twice', 'pdf-bomb', 'documents/flate2.pdf', (n) =>
    asInvoice(n, () => pdf.contentBombPdf('[/FlateDecode /FlateDecode]', pdf.doubleFlate(GIB4))),
  ),
  bad('pdf-bomb-flate-predictor', 'pdf-bomb', 'documents/predictor.pdf', (n) =>
    asInvoice(n, () =>
      pdf.contentBombPdf(
        '/FlateDecode',
        pdf.zerosZlib(1024),
        '/DecodeParms << /Predictor 12 /Columns 4096 >>',
      ),
    ),
  ),
  bad('pdf-bomb-lzw-in-flate', 'pdf-bomb', 'documents/lzw.pdf', (n) =>
    asInvoice(n, () =>
      pdf.contentBombPdf('[/FlateDecode /LZWDecode]', deflateSync(pdf.zerosLzw(300), { level: 9 })),
    ),
  ),
  bad('pdf-bomb-asciihex-flate', 'pdf-bomb', 'documents/hex.pdf', (n) =>
    asInvoice(n, () =>
      pdf.contentBombPdf('[/ASCIIHexDecode /FlateDecode /FlateDecode]', hex(pdf.doubleFlate(GIB4))),
    ),
  ),
  bad('pdf-bomb-image-flate-twice', 'pdf-bomb', 'documents/image-bomb.pdf', (n) =>
    asInvoice(n, () => pdf.imageBombPdf('[/FlateDecode /FlateDecode]', pdf.doubleFlate(GIB4))),
  ),
  bad('pdf-bomb-form-lzw', 'pdf-bomb', 'documents/form-bomb.pdf', (n) =>
    asInvoice(n, () =>
      pdf.formBombPdf('[/FlateDecode /LZWDecode]', deflateSync(pdf.zerosLzw(300), { level: 9 })),
    ),
  ),
  bad('pdf-image-huge-dimensions', 'pdf-bomb', 'documents/huge-image.pdf', (n) =>
    asInvoice(n, () =>
      pdf.imageBombPdf('/FlateDecode', deflateSync(Buffer.alloc(1000)), {
        width: 200000,
        height: 200000,
      }),
    ),
  ),
  bad('pdf-jpeg-image-sof-larger-than-dict', 'pdf-bomb', 'documents/jpeg-image.pdf', (n) =>
    asInvoice(n, () => pdf.imageBombPdf('/DCTDecode', img.jpegHugeSof())),
  ),
  bad('pdf-inline-image-huge', 'pdf-bomb', 'documents/inline-huge.pdf', (n) =>
    asInvoice(n, () => pdf.inlineImagePdf(65535, 65535)),
  ),
  good('pdf-inline-image-ok', 'pdf-bomb', 'documents/inline-ok.pdf', (n) =>
    asInvoice(n, () => pdf.inlineImagePdf(4, 4)),
  ),
  good('pdf-image-flate-predictor-ok', 'pdf-bomb', 'documents/image-ok.pdf', (n) =>
    asInvoice(n, () => {
      // 100×100 grey, PNG "Up" rows: exactly the size the header promises
      const rows = Buffer.alloc(100 * 101);
      for (let y = 0; y < 100; y++) rows[y * 101] = 2;
      return pdf.imageBombPdf('/FlateDecode', deflateSync(rows), {
        parms: '/DecodeParms << /Predictor 15 /Colors 1 /Columns 100 /BitsPerComponent 8 >>',
      });
    }),
  ),
  // ---- 3. image sizes from every header -----------------------------------------------------
  bad('gif-frame-larger-than-screen', 'image-size', 'documents/huge-frame.gif', (n) =>
    asPhoto(n, img.gifHugeFrame),
  ),
  bad('gif-later-frame-huge', 'image-size', 'documents/later-frame.gif', (n) =>
    asPhoto(n, img.gifHugeLaterFrame),
  ),
  bad('gif-frame-outside-screen', 'image-size', 'documents/frame-outside.gif', (n) =>
    asPhoto(n, img.gifFrameOutside),
  ),
  bad('gif-200000-frames', 'image-size', 'documents/many-frames.gif', (n) =>
    asPhoto(n, () => img.gifManyFrames(200000)),
  ),
  bad('jpeg-second-sof', 'image-size', 'documents/two-sof.jpg', (n) => asPhoto(n, img.jpegTwoSof)),
  bad('jpeg-sof-in-scan', 'image-size', 'documents/sof-in-scan.jpg', (n) =>
    asPhoto(n, img.jpegSofInScan),
  ),
  bad('png-idat-bomb', 'image-size', 'documents/idat-bomb.png', (n) =>
    asPhoto(n, () => img.pngIdatBomb(1024)),
  ),
  bad('png-interlaced-idat-bomb', 'image-size', 'documents/interlaced-bomb.png', (n) =>
    asPhoto(n, () => img.pngIdatBomb(2048, true)),
  ),
  bad('png-second-ihdr', 'image-size', 'documents/two-ihdr.png', (n) => asPhoto(n, img.pngTwoIhdr)),
  bad('apng-frame-larger-than-canvas', 'image-size', 'documents/apng.png', (n) =>
    asPhoto(n, img.apngHugeFrame),
  ),
  // ---- 7. no active content in the submission ---------------------------------------------
  good('pdf-page-aa-javascript', 'active', 'documents/page-js.pdf', (n) =>
    asInvoice(n, pdf.pageAaJsPdf),
  ),
  good('pdf-link-launch', 'active', 'documents/launch.pdf', (n) => asInvoice(n, pdf.linkLaunchPdf)),
  good('pdf-link-uri', 'active', 'documents/uri.pdf', (n) => asInvoice(n, pdf.linkUriPdf)),
  good('pdf-embedded-file', 'active', 'documents/embedded.pdf', (n) =>
    asInvoice(n, pdf.embeddedFilePdf),
  ),
  good('pdf-form-script', 'active', 'documents/form.pdf', (n) => asInvoice(n, pdf.formScriptPdf)),
  good('pdf-xfa-static', 'active', 'documents/xfa.pdf', (n) => asInvoice(n, pdf.xfaPdf)),
  good('pdf-all-active-content', 'active', 'documents/active.pdf', (n) =>
    asInvoice(n, pdf.activeContentPdf),
  ),
  good('pdf-active-with-metadata', 'active', 'documents/active-meta.pdf', (n) =>
    asInvoice(n, pdf.activeWithMetadataPdf),
  ),
  good('pdf-plain-with-metadata', 'active', 'documents/plain-meta.pdf', (n) =>
    asInvoice(n, pdf.plainWithMetadataPdf),
  ),
  // ---- 11. page geometry --------------------------------------------------------------------
  bad('pdf-mediabox-1e7', 'geometry', 'documents/huge-page.pdf', (n) =>
    asInvoice(n, () => pdf.boxPdf('[0 0 10000000 10000000]')),
  ),
  bad('pdf-mediabox-zero-width', 'geometry', 'documents/zero-page.pdf', (n) =>
    asInvoice(n, () => pdf.boxPdf('[0 0 0 842]')),
  ),
  bad('pdf-mediabox-not-numbers', 'geometry', 'documents/nan-page.pdf', (n) =>
    asInvoice(n, () => pdf.boxPdf('[0 0 (wide) 842]')),
  ),
  bad('pdf-cropbox-outside-mediabox', 'geometry', 'documents/crop-outside.pdf', (n) =>
    asInvoice(n, () => pdf.boxPdf('[0 0 595 842]', '/CropBox [1000 1000 1200 1200]')),
  ),
  bad('pdf-rotate-45', 'geometry', 'documents/rotate-45.pdf', (n) =>
    asInvoice(n, () => pdf.boxPdf('[0 0 595 842]', '/Rotate 45')),
  ),
  good(
    'pdf-mediabox-reversed-corners',
    'geometry',
    'documents/reversed.pdf',
    (n) => asInvoice(n, () => pdf.boxPdf('[595 842 0 0]')),
    { pageSize: [595, 842], rotate: 0 },
  ),
  good(
    'pdf-rotate-minus-90',
    'geometry',
    'documents/rotate-minus-90.pdf',
    (n) => asInvoice(n, () => pdf.boxPdf('[0 0 595 842]', '/Rotate -90')),
    { pageSize: [595, 842], rotate: 270 },
  ),
  good(
    'pdf-rotate-450',
    'geometry',
    'documents/rotate-450.pdf',
    (n) => asInvoice(n, () => pdf.boxPdf('[0 0 595 842]', '/Rotate 450')),
    { pageSize: [595, 842], rotate: 90 },
  ),
];
