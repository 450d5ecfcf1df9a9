// Small hand-assembled PDFs for the hostile corpus: a valid one-page PDF written object by
// object (so offsets are exact), and broken variants derived from it.
import { deflateSync } from 'node:zlib';

/** Assembles a PDF from object bodies (1-based ids); returns bytes with a correct xref. */
export function assemblePdf(objects, { rootId = 1, extraTrailer = '' } = {}) {
  const chunks = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let pos = chunks[0].length;
  objects.forEach((body, i) => {
    offsets.push(pos);
    const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
    const bodyBuf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1');
    const tail = Buffer.from('\nendobj\n', 'latin1');
    chunks.push(head, bodyBuf, tail);
    pos += head.length + bodyBuf.length + tail.length;
  });
  const xrefPos = pos;
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${String(off).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root ${rootId} 0 R ${extraTrailer}>>\nstartxref\n${xrefPos}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}

function stream(dict, data) {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/** A valid one-page PDF with a line of text. */
export function validPdf(text = 'INVOICE INV-0001') {
  const content = Buffer.from(`BT /F1 18 Tf 72 720 Td (${text}) Tj ET`, 'latin1');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream('', content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** A page tree whose /Kids points back at itself. */
export function pageTreeLoopPdf() {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]);
}

/** A PDF with no pages at all. */
export function zeroPagePdf() {
  return assemblePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
}

/** A page whose content stream inflates to `mib` MiB of zeros (a decompression bomb). */
export function bombPdf(mib = 512) {
  const data = deflateSync(Buffer.alloc(mib * 1024 * 1024), { level: 9 });
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('/Filter /FlateDecode', data),
  ]);
}

/** The valid PDF with the xref offsets overwritten by garbage. */
export function badXrefPdf() {
  const buf = Buffer.from(validPdf());
  const at = buf.indexOf('xref\n');
  const garbage = Buffer.from('9999999999 00000 n \n', 'latin1');
  // overwrite the entries of objects 1..5 (after the "0 6\n" line and the free entry)
  let p = buf.indexOf('\n', buf.indexOf('\n', at + 5) + 1) + 1;
  for (let i = 0; i < 5; i++, p += 20) garbage.copy(buf, p);
  // and point startxref into the middle of nowhere
  const sx = buf.lastIndexOf('startxref\n') + 10;
  Buffer.from('12', 'latin1').copy(buf, sx);
  return buf;
}
