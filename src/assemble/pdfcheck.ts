/**
 * Structural checks of a seller's PDF before it is appended. pdf-lib loads damaged files without
 * complaint (it scans objects and ignores the cross-reference table), loops forever on a page
 * tree whose /Kids point back, and writes garbage for encrypted input, so we check ourselves:
 * encryption, the file tail (%%EOF, startxref → xref), the page tree, every page's content
 * streams, and the page count. `qpdf --check` runs as an extra opinion when qpdf is installed.
 */
import { execFile } from 'node:child_process';
import { inflateSync, constants as zc } from 'node:zlib';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

export type PdfIssueCode =
  | 'PDF_ENCRYPTED'
  | 'PDF_TRUNCATED'
  | 'PDF_CORRUPT'
  | 'PDF_PAGE_LOOP'
  | 'PDF_NO_PAGES'
  | 'PDF_STREAM'
  | 'PDF_QPDF'
  | 'PDF_XFA';

export interface PdfIssue {
  code: PdfIssueCode;
  detail: string;
  page?: number;
}

export interface PdfCheck {
  issues: PdfIssue[];
  /** The loaded document when there were no issues. */
  doc?: PDFDocument;
  pages: number;
}

const latin1 = (b: Uint8Array, s = 0, e = b.length) =>
  Buffer.from(b.subarray(s, e)).toString('latin1');

/** %%EOF at the end and a startxref that points at an xref table or stream. */
export function tailIssues(b: Uint8Array): PdfIssue[] {
  const tail = latin1(b, Math.max(0, b.length - 8192)); // some scanners append padding
  const eof = tail.lastIndexOf('%%EOF');
  // after the last %%EOF only padding (whitespace, NUL) may follow; anything else is a cut-off
  // update or foreign data
  if (eof < 0 || /[^\s\0]/.test(tail.slice(eof + 5)))
    return [{ code: 'PDF_TRUNCATED', detail: 'no %%EOF marker at the end of the file' }];
  const m = /startxref\s+(\d+)\s+%%EOF/g;
  let last: RegExpExecArray | null = null;
  for (let r = m.exec(tail); r; r = m.exec(tail)) last = r;
  if (!last) return [{ code: 'PDF_TRUNCATED', detail: 'no startxref before %%EOF' }];
  const off = Number(last[1] ?? -1);
  if (off <= 0 || off >= b.length)
    return [{ code: 'PDF_CORRUPT', detail: `startxref ${off} points outside the file` }];
  // offsets count from "%PDF-" when a file has junk before it
  const base = latin1(b, 0, Math.min(b.length, 1024)).indexOf('%PDF-');
  for (const start of new Set([off, off + Math.max(0, base)])) {
    const at = latin1(b, start, Math.min(b.length, start + 512));
    if (/^\s*xref/.test(at)) return [];
    const obj = /^\s*\d+\s+\d+\s+obj\s*<<([\s\S]*)/.exec(at);
    if (obj && /\/Type\s*\/XRef/.test(obj[1] ?? '')) return [];
  }
  return [
    {
      code: 'PDF_CORRUPT',
      detail: `startxref ${off} does not point at a cross-reference table or stream`,
    },
  ];
}

/** Walks /Kids from the root with a visited set; returns the leaves or a loop issue. */
export function walkPageTree(doc: PDFDocument): { leaves: PDFRef[]; issue?: PdfIssue } {
  const ctx = doc.context;
  const root = doc.catalog instanceof PDFDict ? doc.catalog.get(PDFName.of('Pages')) : undefined;
  const leaves: PDFRef[] = [];
  const visited = new Set<string>();
  const stack: PDFObject[] = root ? [root] : [];
  // depth-first in document order
  const visit = (o: PDFObject | undefined, depth: number): PdfIssue | undefined => {
    if (!(o instanceof PDFRef))
      return { code: 'PDF_CORRUPT', detail: 'page tree node is not a reference' };
    const key = o.toString();
    if (visited.has(key))
      return { code: 'PDF_PAGE_LOOP', detail: `page tree node ${key} is reached twice` };
    if (depth > 64) return { code: 'PDF_PAGE_LOOP', detail: 'page tree deeper than 64 levels' };
    visited.add(key);
    const node = ctx.lookup(o);
    if (!(node instanceof PDFDict))
      return { code: 'PDF_CORRUPT', detail: `page tree node ${key} is missing` };
    const type = node.get(PDFName.of('Type'));
    const kids = node.lookup(PDFName.of('Kids'));
    if (type === PDFName.of('Page') || (!kids && type !== PDFName.of('Pages'))) {
      leaves.push(o);
      return undefined;
    }
    if (!(kids instanceof PDFArray))
      return { code: 'PDF_CORRUPT', detail: `page tree node ${key} has no /Kids` };
    for (let i = 0; i < kids.size(); i++) {
      const issue = visit(kids.get(i), depth + 1);
      if (issue) return issue;
    }
    return undefined;
  };
  if (stack.length === 0)
    return { leaves, issue: { code: 'PDF_CORRUPT', detail: 'no page tree (/Pages)' } };
  const issue = visit(stack[0], 0);
  return { leaves, issue };
}

/** Largest decoded content stream we accept (real pages use kilobytes; bombs use gigabytes). */
export const MAX_CONTENT_BYTES = 64 * 1024 * 1024;

function inflate(data: Uint8Array): Uint8Array {
  try {
    return inflateSync(data, { finishFlush: zc.Z_SYNC_FLUSH, maxOutputLength: MAX_CONTENT_BYTES });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new Error(
        `expands to more than ${MAX_CONTENT_BYTES >> 20} MiB (a decompression bomb?)`,
      );
    throw e;
  }
}

/** Decodes one stream, throwing on damage (Flate via zlib, which notices bad data). */
export function decodeStream(s: PDFRawStream): Uint8Array {
  const filter = s.dict.lookup(PDFName.of('Filter'));
  const names =
    filter instanceof PDFName ? [filter] : filter instanceof PDFArray ? filter.asArray() : [];
  if (
    names.length === 1 &&
    names[0] === PDFName.of('FlateDecode') &&
    !s.dict.get(PDFName.of('DecodeParms'))
  )
    return inflate(s.contents);
  if (names.length === 0) return s.contents;
  return decodePDFRawStream(s).decode();
}

/** Every content stream of every page decodes and is not empty garbage. */
export function contentIssues(doc: PDFDocument, leaves: PDFRef[]): PdfIssue[] {
  const out: PdfIssue[] = [];
  leaves.forEach((ref, i) => {
    const page = doc.context.lookup(ref) as PDFDict;
    const c = page.get(PDFName.of('Contents'));
    const refs = c instanceof PDFArray ? c.asArray() : c ? [c] : [];
    for (const r of refs) {
      const s = doc.context.lookup(r);
      if (!(s instanceof PDFRawStream)) {
        out.push({ code: 'PDF_STREAM', page: i + 1, detail: 'a content stream is missing' });
        return;
      }
      try {
        decodeStream(s);
      } catch (e) {
        out.push({
          code: 'PDF_STREAM',
          page: i + 1,
          detail: `content stream does not decode: ${(e as Error).message}`,
        });
        return;
      }
    }
  });
  return out;
}

/** True when the trailer names an /Encrypt dictionary (pdf-lib cannot tell it from plain text). */
function encryptedByBytes(b: Uint8Array): boolean {
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(latin1(b));
}

/** `qpdf --check`: errors (exit 2) as an issue; undefined when qpdf is not installed. */
export function qpdfCheck(file: string): Promise<PdfIssue | undefined> {
  return new Promise((resolve) => {
    execFile('qpdf', ['--check', file], { maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (!err) return resolve(undefined);
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return resolve(undefined);
      if (typeof code === 'number' && code === 3) return resolve(undefined); // warnings only
      const text = `${stderr}\n${stdout}`
        .split('\n')
        .filter((l) => /error|damaged|invalid|unable/i.test(l))
        .slice(0, 2)
        .join('; ')
        .replaceAll(file, '<file>');
      resolve({ code: 'PDF_QPDF', detail: text || `qpdf --check exited with ${String(code)}` });
    });
  });
}

/**
 * PDFDocument.load without pdf-lib's console.warn chatter ("Trying to parse invalid object …"),
 * which would reach the seller's terminal in English; damage is judged by our own checks.
 */
export async function quietLoad(
  bytes: Uint8Array,
  opts: { ignoreEncryption?: boolean } = {},
): Promise<PDFDocument> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await PDFDocument.load(bytes, { ...opts, updateMetadata: false });
  } finally {
    console.warn = warn;
  }
}

/** All checks; `file` (absolute) is given to qpdf when it is installed. */
export async function checkPdf(bytes: Uint8Array, file?: string): Promise<PdfCheck> {
  const issues: PdfIssue[] = [];
  let doc: PDFDocument;
  try {
    doc = await quietLoad(bytes, { ignoreEncryption: true });
  } catch (e) {
    return { issues: [{ code: 'PDF_CORRUPT', detail: (e as Error).message }], pages: 0 };
  }
  if (doc.isEncrypted || encryptedByBytes(bytes)) {
    return { issues: [{ code: 'PDF_ENCRYPTED', detail: 'the file is encrypted' }], pages: 0 };
  }
  // a dynamic XFA form shows only "Please wait…" outside Adobe Reader: a blank page to a reviewer
  if (
    doc.catalog instanceof PDFDict &&
    doc.catalog.lookup(PDFName.of('NeedsRendering')) === PDFBool.True
  )
    return {
      issues: [{ code: 'PDF_XFA', detail: 'dynamic XFA form (/NeedsRendering)' }],
      pages: 0,
    };
  issues.push(...tailIssues(bytes));
  if (issues.some((i) => i.code === 'PDF_TRUNCATED')) return { issues, pages: 0 };
  let tree: ReturnType<typeof walkPageTree>;
  try {
    tree = walkPageTree(doc);
  } catch (e) {
    return { issues: [...issues, { code: 'PDF_CORRUPT', detail: (e as Error).message }], pages: 0 };
  }
  if (tree.issue) return { issues: [...issues, tree.issue], pages: 0 };
  if (tree.leaves.length === 0)
    issues.push({ code: 'PDF_NO_PAGES', detail: 'the document has no pages' });
  issues.push(...contentIssues(doc, tree.leaves));
  if (issues.length === 0 && doc.getPageCount() !== tree.leaves.length)
    issues.push({
      code: 'PDF_CORRUPT',
      detail: `page tree has ${tree.leaves.length} pages but the document reports ${doc.getPageCount()}`,
    });
  if (issues.length === 0 && file) {
    const q = await qpdfCheck(file);
    if (q) issues.push(q);
  }
  return issues.length
    ? { issues, pages: tree.leaves.length }
    : { issues, doc, pages: tree.leaves.length };
}
