/**
 * The codec headers of a PDF's JPEG 2000, JBIG2 and CCITT images (codecheaders.ts) checked
 * against the pixel limit and the image dictionary, with the page each image is drawn on for
 * the message.
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib';
import { t } from '../i18n/catalogue.js';
import { ccittFinding, jbig2Finding, jpxFinding, type CodecFinding } from './codecheaders.js';
import {
  decodedSize,
  DecodeLimitError,
  MAX_CODEC_HEADER_BYTES,
  type FilterStage,
} from './filters.js';
import type { PdfIssue } from './pdfcheck.js';

/**
 * The first page (1-based) that draws each image XObject: through the page's resources (or those
 * it inherits) and the form XObjects they draw, to a few levels.
 */
export function imagePages(doc: PDFDocument, leaves: PDFRef[]): Map<string, number> {
  const out = new Map<string, number>();
  const seenForms = new Set<string>();
  const visit = (resources: unknown, page: number, depth: number) => {
    const res = resources instanceof PDFDict ? resources : undefined;
    const xobjects = res?.lookup(PDFName.of('XObject'));
    if (!(xobjects instanceof PDFDict) || depth > 8) return;
    for (const [, ref] of xobjects.entries()) {
      if (!(ref instanceof PDFRef)) continue;
      const key = ref.toString();
      const x = doc.context.lookup(ref);
      if (!(x instanceof PDFRawStream)) continue;
      const sub = x.dict.lookup(PDFName.of('Subtype'));
      if (sub === PDFName.of('Image')) {
        if (!out.has(key)) out.set(key, page);
        const smask = x.dict.get(PDFName.of('SMask'));
        if (smask instanceof PDFRef && !out.has(smask.toString())) out.set(smask.toString(), page);
      } else if (sub === PDFName.of('Form') && !seenForms.has(key)) {
        seenForms.add(key);
        visit(x.dict.lookup(PDFName.of('Resources')), page, depth + 1);
      }
    }
  };
  leaves.forEach((ref, i) => {
    let node = doc.context.lookup(ref);
    for (let up = 0; node instanceof PDFDict && up < 32; up++) {
      const res = node.lookup(PDFName.of('Resources'));
      if (res) {
        visit(res, i + 1, 0);
        break;
      }
      node = node.lookup(PDFName.of('Parent'));
    }
  });
  return out;
}

/** The /JBIG2Globals stream of the JBIG2 stage `index` of `dict`'s chain, decoded (capped). */
async function jbig2Globals(
  doc: PDFDocument,
  dict: PDFDict,
  index: number,
  chainOf: (d: PDFDict) => FilterStage[],
): Promise<Uint8Array | undefined> {
  const parms = doc.context.lookup(dict.get(PDFName.of('DecodeParms')));
  const p = parms instanceof PDFArray ? doc.context.lookup(parms.get(index)) : parms;
  if (!(p instanceof PDFDict)) return undefined;
  const g = doc.context.lookup(p.get(PDFName.of('JBIG2Globals')));
  if (!(g instanceof PDFRawStream)) return undefined;
  const parts: Buffer[] = [];
  try {
    await decodedSize(g.contents, chainOf(g.dict), MAX_CODEC_HEADER_BYTES, (c) => parts.push(c));
  } catch (e) {
    if (e instanceof DecodeLimitError) throw e;
    return undefined; // damaged globals: viewers cannot draw the image either
  }
  return Buffer.concat(parts);
}

/** The finding for the image codec `codec` whose data (before the codec) is `data`. */
export async function codecFinding(
  doc: PDFDocument,
  dict: PDFDict,
  chain: FilterStage[],
  index: number,
  data: Uint8Array,
  size: { width?: number; height?: number },
  maxPixels: number,
  chainOf: (d: PDFDict) => FilterStage[],
): Promise<CodecFinding | undefined> {
  const stage = chain[index]!;
  switch (stage.name) {
    case 'JPXDecode':
      return jpxFinding(data, size, maxPixels);
    case 'JBIG2Decode':
      return jbig2Finding(data, await jbig2Globals(doc, dict, index, chainOf), size, maxPixels);
    case 'CCITTFaxDecode':
      return ccittFinding(stage.parms, size, maxPixels);
    default:
      return undefined;
  }
}

/** The finding as an issue of the document, naming the page and what was declared. */
export function codecIssue(
  f: CodecFinding,
  object: number,
  page: number | undefined,
  maxPixels: number,
): PdfIssue {
  const where = page ? t('assemble.doc.codec.onPage', { page }) : t('assemble.doc.codec.onNoPage');
  const size = `${f.width} × ${f.height}`;
  const detail =
    f.reason === 'mismatch'
      ? `${f.what} says ${size}, the image dictionary ${f.dictWidth} × ${f.dictHeight}`
      : f.reason === 'tiles'
        ? `${f.what} declares ${f.count} tiles`
        : f.reason === 'samples'
          ? `${f.what} declares ${f.count} components of ${size}`
          : `${f.what} declares ${size} pixels`;
  return {
    code: 'PDF_IMAGE_TOO_LARGE',
    ...(page ? { page } : {}),
    detail: `image (object ${object}${page ? `, page ${page}` : ''}): ${detail}`,
    message: {
      key: `assemble.doc.codec.${f.reason}`,
      params: {
        where,
        object,
        what: f.what,
        width: f.width,
        height: f.height,
        limit: maxPixels / 1e6,
        dw: f.dictWidth ?? '-',
        dh: f.dictHeight ?? '-',
        count: f.count ?? '-',
      },
    },
  };
}
