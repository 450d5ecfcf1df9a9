/**
 * What a person's computer writes into a PDF besides its pages, out of the copy we attach: XMP
 * metadata streams (/Metadata: author, the tool and often the local folder a file was saved
 * from) on the catalog, pages, images and forms, and applications' private data (/PieceInfo,
 * which can hold a whole editable copy of the page). The pages' appearance does not depend on
 * them. The document Info dictionary is not copied by pdf-lib's copyPages; the cleaned upload
 * copy is written without one (upload.ts).
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';

const PRIVATE_KEYS = ['Metadata', 'PieceInfo'].map((k) => PDFName.of(k));

function strip(o: unknown, depth: number): number {
  if (depth > 16) return 0;
  let removed = 0;
  const d = o instanceof PDFRawStream ? o.dict : o;
  if (d instanceof PDFDict) {
    for (const k of PRIVATE_KEYS)
      if (d.has(k)) {
        d.delete(k);
        removed++;
      }
    for (const [, v] of d.entries()) removed += strip(v, depth + 1);
  } else if (d instanceof PDFArray) for (const v of d.asArray()) removed += strip(v, depth + 1);
  return removed;
}

/** Removes /Metadata and /PieceInfo from every object of `doc`; returns how many were removed. */
export function stripPrivateData(doc: PDFDocument): number {
  let removed = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) removed += strip(obj, 0);
  return removed;
}
