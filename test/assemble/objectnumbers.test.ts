import { describe, expect, it } from 'vitest';
import { assemblePdf } from '../../scripts/hostile/pdf-bytes.mjs';
import { originalObjectNumber } from '../../src/assemble/objectnumbers.js';
import { checkPdf } from '../../src/assemble/pdfcheck.js';

const stream = (dict: string, data: Buffer) =>
  Buffer.concat([
    Buffer.from(`${dict.replace(/>>$/, `/Length ${data.length} >>`)}\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);

const IMAGE_DATA = Buffer.from('0123456789abcdef0123456789');

/**
 * One page showing a 20,000² image as object 6, after an object nothing refers to (4): qpdf's
 * copy drops that one and numbers the image 5.
 */
function renumberedPdf(): Buffer {
  return Buffer.from(
    assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /XObject << /Im1 6 0 R >> >> >>',
      '<< /Unused true >>',
      stream('<< >>', Buffer.from('q 100 0 0 100 0 0 cm /Im1 Do Q')),
      stream(
        '<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceGray /BitsPerComponent 8 >>',
        IMAGE_DATA,
      ),
    ]),
  );
}

describe('object numbers of the original file', () => {
  it("finds a stream's number from its data", () => {
    const pdf = renumberedPdf();
    expect(originalObjectNumber(pdf, IMAGE_DATA)).toBe(6);
    expect(originalObjectNumber(pdf, Buffer.from('q 100 0 0 100 0 0 cm /Im1 Do Q'))).toBe(5);
  });

  it('gives nothing for bytes that are not the start of a stream, or empty', () => {
    const pdf = renumberedPdf();
    expect(originalObjectNumber(pdf, Buffer.from('/Type /Pages'))).toBeUndefined();
    expect(originalObjectNumber(pdf, Buffer.from('not in the file'))).toBeUndefined();
    expect(originalObjectNumber(pdf, Buffer.alloc(0))).toBeUndefined();
  });

  it("names the original's object in a refusal, not the number in qpdf's copy", async () => {
    const r = await checkPdf(renumberedPdf());
    expect(r.issues).toHaveLength(1);
    const issue = r.issues[0]!;
    expect(issue.code).toBe('PDF_IMAGE_TOO_LARGE');
    expect(issue.detail).toBe('image (object 6) of 20000 × 20000 pixels');
    expect(issue.message?.params).toMatchObject({ object: 6, width: 20000, height: 20000 });
  });
});
