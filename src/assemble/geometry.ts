/**
 * Page geometry a renderer can draw. A page box is four finite numbers; corners given in the
 * other order are put in order (every viewer reads them so), and a /Rotate that is a multiple of
 * 90 is written as 0, 90, 180 or 270. Refused: boxes that are not four numbers, a visible page
 * (crop box within the media box) smaller than 3 points or larger than 14,400 points (200 inches,
 * the PDF limit) on a side, and a /Rotate that is not a multiple of 90 (viewers disagree on it).
 */
import {
  PDFArray,
  PDFName,
  PDFNumber,
  type PDFDocument,
  type PDFPageLeaf,
  type PDFRef,
} from 'pdf-lib';
import type { PdfIssue } from './pdfcheck.js';

/** PDF's own limits on a page side, in default user space units. */
export const MIN_PAGE_SIDE = 3;
export const MAX_PAGE_SIDE = 14_400;

type Box = [number, number, number, number];

function readBox(page: PDFPageLeaf, key: string): Box | 'absent' | 'bad' {
  const raw = page.getInheritableAttribute(PDFName.of(key));
  if (raw === undefined) return 'absent';
  const arr = page.context.lookup(raw);
  if (!(arr instanceof PDFArray) || arr.size() !== 4) return 'bad';
  const nums: number[] = [];
  for (let i = 0; i < 4; i++) {
    const v = page.context.lookup(arr.get(i));
    if (!(v instanceof PDFNumber) || !Number.isFinite(v.asNumber())) return 'bad';
    nums.push(v.asNumber());
  }
  const [a, b, c, d] = nums as Box;
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

const fmt = (b: Box) => `[${b.map((v) => +v.toFixed(2)).join(' ')}]`;
const size = (w: number, h: number) => `${+w.toFixed(2)} × ${+h.toFixed(2)} pt`;

function geometry(
  page: number,
  reason: string,
  params: Record<string, string | number>,
  found: string,
): PdfIssue {
  return {
    code: 'PDF_GEOMETRY',
    page,
    detail: found,
    message: { key: `assemble.doc.geometry.${reason}`, params: { page, ...params } },
  };
}

/**
 * Checks every page and writes the normalised boxes and rotation onto the page itself (so the
 * copy we embed carries them even when they were inherited). Returns the problems found.
 */
export function normaliseGeometry(doc: PDFDocument, leaves: PDFRef[]): PdfIssue[] {
  const issues: PdfIssue[] = [];
  leaves.forEach((ref, i) => {
    const page = doc.context.lookup(ref) as PDFPageLeaf;
    const n = i + 1;
    const unit = page.context.lookup(page.get(PDFName.of('UserUnit')));
    const scale = unit instanceof PDFNumber && unit.asNumber() > 0 ? unit.asNumber() : 1;
    const media = readBox(page, 'MediaBox');
    if (media === 'bad' || media === 'absent') {
      issues.push(
        geometry(n, media === 'bad' ? 'mediaBad' : 'mediaAbsent', {}, `/MediaBox ${media}`),
      );
      return;
    }
    const crop = readBox(page, 'CropBox');
    if (crop === 'bad') {
      issues.push(geometry(n, 'cropBad', {}, '/CropBox bad'));
      return;
    }
    const visible: Box =
      crop === 'absent'
        ? media
        : [
            Math.max(media[0], crop[0]),
            Math.max(media[1], crop[1]),
            Math.min(media[2], crop[2]),
            Math.min(media[3], crop[3]),
          ];
    const w = (visible[2] - visible[0]) * scale;
    const h = (visible[3] - visible[1]) * scale;
    if (w < MIN_PAGE_SIDE || h < MIN_PAGE_SIDE) {
      const mw = (media[2] - media[0]) * scale;
      const mh = (media[3] - media[1]) * scale;
      issues.push(
        crop !== 'absent' && mw >= MIN_PAGE_SIDE && mh >= MIN_PAGE_SIDE
          ? geometry(
              n,
              'cropOutside',
              { crop: fmt(crop), media: fmt(media) },
              `/CropBox ${fmt(crop)} /MediaBox ${fmt(media)}`,
            )
          : geometry(n, 'tooSmall', { size: size(w, h), min: MIN_PAGE_SIDE }, size(w, h)),
      );
      return;
    }
    if (w > MAX_PAGE_SIDE || h > MAX_PAGE_SIDE) {
      issues.push(geometry(n, 'tooLarge', { size: size(w, h), max: MAX_PAGE_SIDE }, size(w, h)));
      return;
    }
    const rotRaw = page.getInheritableAttribute(PDFName.of('Rotate'));
    const rot = rotRaw === undefined ? PDFNumber.of(0) : page.context.lookup(rotRaw);
    if (!(rot instanceof PDFNumber) || !Number.isInteger(rot.asNumber()) || rot.asNumber() % 90) {
      const deg = rot instanceof PDFNumber ? String(rot.asNumber()) : '?';
      issues.push(geometry(n, 'rotate', { degrees: deg }, `/Rotate ${deg}`));
      return;
    }
    page.set(PDFName.of('MediaBox'), page.context.obj(media));
    if (crop !== 'absent') page.set(PDFName.of('CropBox'), page.context.obj(visible));
    page.set(PDFName.of('Rotate'), PDFNumber.of((((rot.asNumber() % 360) + 360) % 360) as number));
  });
  return issues;
}
