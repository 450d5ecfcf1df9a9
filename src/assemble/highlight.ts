/**
 * Optional highlights (Amazon asks sellers to make the ASINs and supplier details easy to find):
 * where an invoice's text layer holds a cited ASIN, its JAN, the supplier's product code for it or
 * the supplier's name, a Highlight annotation is laid over it on the copy in the combined PDF.
 * Annotations only: the page's content streams are not touched (the page reads and prints as
 * the original, a viewer can hide or delete the marks), and the file in upload/ stays the
 * original byte for byte. The words and their boxes come from poppler's `pdftotext -bbox`.
 */
import { execFile } from 'node:child_process';
import {
  PDFArray,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import type { Case } from '../case/schema.js';
import { environmentFault } from '../errors.js';
import { t } from '../i18n/catalogue.js';

/** One highlight: a box in PDF user space (origin bottom-left of the media box) on a page. */
export interface Mark {
  /** 1-based page within the document. */
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  term: string;
}

interface Word {
  page: number;
  pageHeight: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  text: string;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The words of `pdftotext -bbox` output with their boxes (top-left origin, points). */
export function parseBbox(html: string): Word[] {
  const words: Word[] = [];
  let page = 0;
  let height = 0;
  const re =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[1] !== undefined) {
      page++;
      height = Number(m[2]);
      continue;
    }
    words.push({
      page,
      pageHeight: height,
      x1: Number(m[3]),
      y1: Number(m[4]),
      x2: Number(m[5]),
      y2: Number(m[6]),
      text: unescape(m[7]!),
    });
  }
  return words;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Boxes of every occurrence of every term, one line of words at a time. */
export function findMarks(words: Word[], terms: readonly string[]): Mark[] {
  const lines: Word[][] = [];
  for (const w of [...words].sort((a, b) => a.page - b.page || a.y1 - b.y1 || a.x1 - b.x1)) {
    const line = lines.at(-1);
    const last = line?.at(-1);
    if (last && last.page === w.page && Math.abs(last.y1 - w.y1) < 2) line!.push(w);
    else lines.push([w]);
  }
  const marks: Mark[] = [];
  const wanted = [...new Set(terms.map((x) => x.trim()).filter((x) => x.length >= 3))];
  for (const line of lines) {
    line.sort((a, b) => a.x1 - b.x1);
    // the line's text with the offset where each word starts (words joined by one space)
    let text = '';
    const starts: number[] = [];
    for (const w of line) {
      if (text) text += ' ';
      starts.push(text.length);
      text += fold(w.text);
    }
    for (const term of wanted) {
      const needle = fold(term);
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
        const end = at + needle.length;
        line.forEach((w, i) => {
          const ws = starts[i]!;
          const we = ws + fold(w.text).length;
          if (we <= at || ws >= end) return;
          // the part of the word inside the match, by its share of the word's characters
          const n = we - ws;
          const from = Math.max(at, ws) - ws;
          const to = Math.min(end, we) - ws;
          const width = w.x2 - w.x1;
          marks.push({
            page: w.page,
            x1: w.x1 + (width * from) / n,
            x2: w.x1 + (width * to) / n,
            y1: w.pageHeight - w.y2,
            y2: w.pageHeight - w.y1,
            term,
          });
        });
      }
    }
  }
  return marks;
}

/** What to look for on an invoice of `supplierId`: cited ASINs, their JAN and codes, its name. */
export function highlightTerms(c: Case, supplierId?: string): string[] {
  const cited = new Set(c.notice.citedAsins);
  const terms: string[] = [...cited];
  for (const p of c.products) if (cited.has(p.asin) && p.jan) terms.push(p.jan);
  for (const pc of c.records.productCodes)
    if (cited.has(pc.asin) && (!supplierId || !pc.supplierId || pc.supplierId === supplierId))
      terms.push(pc.code);
  const s = c.suppliers.find((x) => x.id === supplierId);
  if (s) terms.push(s.name, ...s.aliases);
  return terms;
}

/** The marks for one PDF file, from its text layer (pdftotext -bbox). */
export function marksOfFile(file: string, terms: readonly string[]): Promise<Mark[]> {
  return new Promise((resolve, reject) => {
    execFile('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 << 20 }, (err, out) => {
      if (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT')
          try {
            environmentFault(
              'TOOL_MISSING',
              t('assemble.highlight.noTool'),
              t('assemble.highlight.noTool.hint'),
            );
          } catch (e) {
            reject(e);
            return;
          }
        // no text layer we can read: nothing to highlight
        resolve([]);
        return;
      }
      resolve(findMarks(parseBbox(out), terms));
    });
  });
}

/**
 * Adds the marks of one page as Highlight annotations with their own appearance (yellow, in
 * multiply blend, so the text stays readable in any viewer). Only the page's /Annots changes.
 */
export function addHighlights(doc: PDFDocument, page: PDFPage, marks: Mark[]): void {
  if (!marks.length) return;
  const ctx = doc.context;
  // pdftotext measures from the media box's top-left (a rotated page is not turned here)
  const mb = page.getMediaBox();
  const gs = ctx.obj({ Type: 'ExtGState', BM: 'Multiply', ca: 1 });
  let annots = page.node.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) {
    annots = ctx.obj([]);
    page.node.set(PDFName.of('Annots'), annots as PDFArray);
  }
  for (const m of marks) {
    const x1 = mb.x + m.x1;
    const x2 = mb.x + m.x2;
    const y1 = mb.y + m.y1;
    const y2 = mb.y + m.y2;
    const w = x2 - x1;
    const h = y2 - y1;
    const ap = ctx.stream(`/GS0 gs 1 0.92 0.23 rg 0 0 ${w.toFixed(2)} ${h.toFixed(2)} re f`, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, Number(w.toFixed(2)), Number(h.toFixed(2))],
      Resources: { ExtGState: { GS0: gs } },
    });
    const f = (v: number) => PDFNumber.of(Number(v.toFixed(2)));
    const annot = ctx.obj({
      Type: 'Annot',
      Subtype: 'Highlight',
      Rect: [f(x1), f(y1), f(x2), f(y2)],
      QuadPoints: [f(x1), f(y2), f(x2), f(y2), f(x1), f(y1), f(x2), f(y1)],
      C: [1, 0.92, 0.23],
      F: 4,
      Contents: PDFHexString.fromText(m.term),
      AP: { N: ctx.register(ap) },
    });
    (annots as PDFArray).push(ctx.register(annot));
  }
}
