/**
 * assembleSubmission: our report pages, then for each original document one separator page of
 * ours and the document itself — PDF pages copied as they are, images placed one per page —
 * with page numbers settled by a fixpoint, bookmarks, metadata and a deterministic /ID.
 */
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFPage,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFRef,
} from 'pdf-lib';
import { EvidenceError, problem } from '../errors.js';
import { t, tr, type Lang } from '../i18n/catalogue.js';
import type { LoadedCase } from '../case/load.js';
import { displaySize, redactImage, redactPdfPage } from './redact.js';
import { embedPngAsStored } from './png.js';
import { redactedPages, renderSeparators } from './separators.js';
import { writeOutline } from './outline.js';
import { addHighlights, highlightTerms, marksOfFile, type Mark } from './highlight.js';
import path from 'node:path';
import { retagSubsets } from './fonttags.js';
import { quietLoad, walkPageTree } from './pdfcheck.js';
import { normaliseGeometry } from './geometry.js';
import { stripActiveContent } from './active.js';
import type { EvidenceDoc, EvidenceEntry, OutlineNode, RenderedReport } from './types.js';
import type { PreparedImage } from './images.js';

export interface DocumentPages {
  label: string;
  file: string;
  /** The separator page of ours in front of the document. */
  separatorPage: number;
  firstPage: number;
  lastPage: number;
}

export interface AssembleInput {
  loaded: LoadedCase;
  docs: EvidenceDoc[];
  /** YYYY-MM-DD: creation and modification date. */
  buildDate: string;
  lang: Lang;
  /** Lay highlight annotations over cited ASINs, codes and supplier names in PDF invoices. */
  highlight?: boolean;
  /**
   * Renders our pages for the evidence index and total page count that follow from a report of
   * `assumed.reportPages` pages (with `assumed.appendedPages` pages after it).
   */
  render: (
    evidence: EvidenceEntry[],
    totalPages: number,
    assumed: { reportPages: number; appendedPages: number },
  ) => Promise<RenderedReport>;
}

export interface AssembledPdf {
  pdf: Buffer;
  pages: number;
  /** Pages of our report (1..reportPages). */
  reportPages: number;
  documentPages: DocumentPages[];
  evidence: EvidenceEntry[];
}

/** A4 in points. */
const A4 = { w: 595.28, h: 841.89 };
const IMAGE_MARGIN = 28;

/** A bookmark-sized text: one line, at most 48 characters. */
function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return [...one].length > 48 ? `${[...one].slice(0, 47).join('')}…` : one;
}

/** Page ranges when our report has `reportPages` pages. */
export function layoutEvidence(
  docs: EvidenceDoc[],
  reportPages: number,
): { entries: EvidenceEntry[]; pages: DocumentPages[]; total: number } {
  let next = reportPages + 1;
  const entries: EvidenceEntry[] = [];
  const pages: DocumentPages[] = [];
  for (const d of docs) {
    const separatorPage = next;
    const firstPage = separatorPage + 1;
    const lastPage = firstPage + d.pages - 1;
    next = lastPage + 1;
    const rp = redactedPages(d);
    entries.push({
      label: d.label,
      kind: d.kind,
      ...(d.supplier !== undefined ? { supplier: d.supplier } : {}),
      ...(d.invoiceNumber !== undefined ? { invoiceNumber: d.invoiceNumber } : {}),
      ...(d.date !== undefined ? { date: d.date } : {}),
      covers: d.covers,
      firstPage,
      lastPage,
      sha256: d.sha256,
      file: d.file,
      ...(d.description !== undefined ? { description: d.description } : {}),
      ...(rp.length ? { redactedPages: rp } : {}),
    });
    pages.push({ label: d.label, file: d.file, separatorPage, firstPage, lastPage });
  }
  return { entries, pages, total: next - 1 };
}

/**
 * Renders until the page numbers printed are those of the report's real length: at once when the
 * renderer prints them for its real length (`exact`), else again with the length found.
 */
async function settle(input: AssembleInput) {
  const seen: number[] = [];
  let reportPages = 1;
  for (let i = 0; i < 8; i++) {
    const layout = layoutEvidence(input.docs, reportPages);
    const appendedPages = layout.total - reportPages;
    const rendered = await input.render(layout.entries, layout.total, {
      reportPages,
      appendedPages,
    });
    if (rendered.pages === reportPages) return { rendered, layout };
    if (rendered.exact) return { rendered, layout: layoutEvidence(input.docs, rendered.pages) };
    seen.push(reportPages);
    reportPages = rendered.pages;
  }
  throw new EvidenceError(
    [
      problem(
        'FIXPOINT',
        {},
        t('assemble.fixpoint', { detail: `report pages ${seen.join(' → ')}` }),
      ),
    ],
    2,
  );
}

/** Places an image one per page, scaled to fit, upright per its EXIF orientation. */
function addImagePage(out: PDFDocument, image: PDFRef, img: PreparedImage): void {
  const d = displaySize(img);
  const landscape = d.width > d.height;
  const W = landscape ? A4.h : A4.w;
  const H = landscape ? A4.w : A4.h;
  const page = out.addPage([W, H]);
  const s = Math.min((W - 2 * IMAGE_MARGIN) / d.width, (H - 2 * IMAGE_MARGIN) / d.height);
  const w = d.width * s;
  const h = d.height * s;
  const px = (W - w) / 2;
  const py = (H - h) / 2;
  // The image XObject fills the unit square, first stored row at the top. Each matrix maps it so
  // that the stored image appears turned/mirrored as EXIF orientation o asks: 2 mirror, 3 turn
  // 180°, 4 flip, 5 transpose, 6 turn 90° clockwise, 7 transverse, 8 turn 90° anticlockwise.
  // Only the placement changes; the pixels stay as they were stored.
  const m: Record<number, [number, number, number, number, number, number]> = {
    1: [w, 0, 0, h, px, py],
    2: [-w, 0, 0, h, px + w, py],
    3: [-w, 0, 0, -h, px + w, py + h],
    4: [w, 0, 0, -h, px, py + h],
    5: [0, -h, -w, 0, px + w, py + h],
    6: [0, -h, w, 0, px, py + h],
    7: [0, h, w, 0, px, py],
    8: [0, h, -w, 0, px + w, py],
  };
  const [a, b, c, dd, e, f] = m[img.orientation] ?? m[1]!;
  const name = page.node.newXObject('Im', image);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(a, b, c, dd, e, f),
    drawObject(name),
    popGraphicsState(),
  );
}

async function embedImage(out: PDFDocument, img: PreparedImage): Promise<PDFRef> {
  // a PNG without transparency goes in as it was stored (png.ts)
  if (img.format === 'png') {
    const stored = embedPngAsStored(out, img.bytes);
    if (stored) return stored;
  }
  // a copy with its own ArrayBuffer: pdf-lib reads `bytes.buffer` from offset 0
  const own = new Uint8Array(img.bytes);
  return (img.format === 'jpeg' ? await out.embedJpg(own) : await out.embedPng(own)).ref;
}

/**
 * A fresh copy of the document's PDF whose redacted pages are emptied (no content, resources or
 * annotations), so nothing of them can reach the output even through a reference from another
 * page.
 */
async function withoutRedactedPages(d: EvidenceDoc): Promise<PDFDocument> {
  // the same reading as d.pdf: qpdf's copy, its geometry normalised, its active content removed
  const src = await quietLoad(d.pdfBytes ?? d.bytes);
  const { leaves } = walkPageTree(src);
  normaliseGeometry(src, leaves);
  stripActiveContent(src, leaves);
  const rp = new Set(redactedPages(d));
  src.getPages().forEach((p, i) => {
    if (!rp.has(i + 1)) return;
    for (const key of p.node.keys()) {
      const k = key.asString();
      if (k !== '/Type' && k !== '/Parent' && k !== '/MediaBox') p.node.delete(key);
    }
    p.node.set(PDFName.of('Contents'), src.context.register(src.context.stream('')));
  });
  return src;
}

/** Appends one document; returns how many pages it added. */
async function appendDocument(
  out: PDFDocument,
  d: EvidenceDoc,
  marks: Mark[] = [],
): Promise<number> {
  const before = out.getPageCount();
  if (d.content === 'pdf') {
    const rp = new Set(redactedPages(d));
    const src = rp.size ? await withoutRedactedPages(d) : d.pdf!;
    const keep = src.getPageIndices().filter((i) => !rp.has(i + 1));
    const copied = await out.copyPages(src, keep);
    let k = 0;
    for (let i = 0; i < src.getPageCount(); i++) {
      if (rp.has(i + 1)) {
        const r = await redactPdfPage(d, i + 1);
        const img = await out.embedPng(new Uint8Array(r.png));
        const page: PDFPage = out.addPage([r.widthPt, r.heightPt]);
        page.drawImage(img, { x: 0, y: 0, width: r.widthPt, height: r.heightPt });
      } else {
        const page = out.addPage(copied[k++]!);
        addHighlights(
          out,
          page,
          marks.filter((m) => m.page === i + 1),
        );
      }
    }
  } else {
    const img = d.redactions.length ? redactImage(d.image!, d.redactions) : d.image!;
    addImagePage(out, await embedImage(out, img), img);
  }
  return out.getPageCount() - before;
}

function metadataOf(input: AssembleInput, rendered: RenderedReport) {
  const c = input.loaded.data;
  const lang = input.lang;
  return {
    title: rendered.meta?.title ?? tr(lang, 'assemble.meta.title', { store: c.seller.storeName }),
    subject:
      rendered.meta?.subject ??
      tr(lang, 'assemble.meta.subject', { type: c.notice.type, marketplace: c.marketplace }),
    author: rendered.meta?.author ?? c.seller.legalName,
    keywords: rendered.meta?.keywords ?? c.notice.citedAsins.join(' '),
  };
}

/** Builds the combined PDF. Throws an EvidenceError when a document does not add up. */
export async function assembleSubmission(input: AssembleInput): Promise<AssembledPdf> {
  const { rendered, layout } = await settle(input);
  const { docs, lang } = input;
  const reportPages = rendered.pages;
  // highlights (an option): found in the text layer before the separator pages say how many
  const marks = new Map<string, Mark[]>();
  if (input.highlight)
    for (const d of docs) {
      if (d.content !== 'pdf' || (d.kind !== 'invoice' && d.kind !== 'delivery-note')) continue;
      const rp = new Set(redactedPages(d));
      const found = (
        await marksOfFile(
          path.join(input.loaded.dir, d.resolved),
          highlightTerms(input.loaded.data, d.supplierId),
        )
      ).filter((m) => !rp.has(m.page));
      if (!found.length) continue;
      marks.set(d.label, found);
      d.highlights = found.length;
    }
  const sepPdf = docs.length
    ? await renderSeparators(
        lang,
        layout.pages.map((p, i) => ({
          doc: docs[i]!,
          page: p.separatorPage,
          total: layout.total,
          firstPage: p.firstPage,
          lastPage: p.lastPage,
        })),
      )
    : undefined;

  const out = await PDFDocument.create({ updateMetadata: false });
  const report = await PDFDocument.load(rendered.pdf, { updateMetadata: false });
  if (report.getPageCount() !== reportPages)
    throw new EvidenceError(
      [
        problem(
          'INTERNAL',
          {},
          t('fault.internal', {
            detail: `render said ${reportPages} pages, PDF has ${report.getPageCount()}`,
          }),
        ),
      ],
      2,
    );
  for (const p of await out.copyPages(report, report.getPageIndices())) out.addPage(p);
  const seps = sepPdf ? await PDFDocument.load(sepPdf, { updateMetadata: false }) : undefined;
  // all separator pages copied at once share one copy of their fonts (one copy per page made
  // the file larger by the font subsets of every separator page)
  const sepPages = seps ? await out.copyPages(seps, seps.getPageIndices()) : [];
  const problems = [];
  for (const [i, d] of docs.entries()) {
    out.addPage(sepPages[i]!);
    const added = await appendDocument(out, d, marks.get(d.label));
    if (added !== d.pages)
      problems.push(
        problem(
          'DOCUMENT_PAGES',
          { file: d.resolved },
          t('assemble.doc.pageCount', { file: d.resolved, expected: d.pages, found: added }),
          { expected: String(d.pages), found: String(added) },
        ),
      );
  }
  if (problems.length) throw new EvidenceError(problems);
  if (out.getPageCount() !== layout.total)
    throw new EvidenceError(
      [
        problem(
          'INTERNAL',
          {},
          t('fault.internal', {
            detail: `expected ${layout.total} pages, built ${out.getPageCount()}`,
          }),
        ),
      ],
      2,
    );

  const outline: OutlineNode[] = [...rendered.outline];
  if (docs.length)
    outline.push({
      title: tr(lang, 'assemble.outline.evidence'),
      page: layout.pages[0]!.separatorPage,
      children: layout.pages.map((p, i) => ({
        title: tr(lang, 'assemble.outline.document', {
          label: p.label,
          kind: tr(lang, `assemble.kind.${docs[i]!.kind}`),
          name: short(docs[i]!.invoiceNumber ?? docs[i]!.description ?? docs[i]!.name),
        }),
        page: p.separatorPage,
      })),
    });
  writeOutline(out, outline);
  retagSubsets(out);

  const meta = metadataOf(input, rendered);
  const date = new Date(`${input.buildDate}T00:00:00Z`);
  out.setTitle(meta.title, { showInWindowTitleBar: true });
  out.setSubject(meta.subject);
  out.setAuthor(meta.author);
  if (meta.keywords) out.setKeywords([meta.keywords]);
  out.setProducer('evidence-pack');
  out.setCreator('evidence-pack');
  out.setCreationDate(date);
  out.setModificationDate(date);
  out.setLanguage(lang === 'ja' ? 'ja-JP' : 'en');

  const id = createHash('sha256');
  id.update(rendered.pdf);
  for (const d of docs)
    id.update(`${d.label}:${d.sha256}:${JSON.stringify(d.redactions)}:${d.highlights ?? 0}\n`);
  id.update(input.buildDate);
  const hex = id.digest('hex').slice(0, 32);
  const ids = PDFArray.withContext(out.context);
  ids.push(PDFHexString.of(hex));
  ids.push(PDFHexString.of(hex));
  out.context.trailerInfo.ID = ids;

  const pdf = Buffer.from(await out.save({ addDefaultPage: false }));
  return {
    pdf,
    pages: layout.total,
    reportPages,
    documentPages: layout.pages,
    evidence: layout.entries,
  };
}
