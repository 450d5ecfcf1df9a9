/**
 * inspectDocuments: every document the case lists (and every action evidence file not listed
 * there) read, labelled, hashed, identified by its bytes and checked, so that a bad document is
 * a clear problem before anything is built.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EvidenceError, problem, type Problem } from '../errors.js';
import { t, tr, LANGS, type Localized } from '../i18n/catalogue.js';
import type { LoadedCase } from '../case/load.js';
import type { Reconciliation } from '../reconcile/types.js';
import { checkPdf, type PdfIssue } from './pdfcheck.js';
import { ImageTooLargeError, prepareImage, type PreparedImage } from './images.js';
import { ImageHeaderError } from './imageheaders.js';
import { isAccepted, kindOfExtension, sniff, type ContentKind } from './sniff.js';
import type { DocumentKind, EvidenceDoc, Redaction } from './types.js';
import { redactionProblems } from './redact.js';
import { notAcceptedReason } from './accepted.js';
import type { NotSubmittedEntry } from '../compose/model.js';
import { productCodesOf, type ProductCodes } from '../case/codes.js';
import { scanLines } from '../reconcile/lines.js';

const KIND_NAMES: Record<ContentKind, string | Localized> = {
  pdf: 'PDF',
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  heic: 'HEIC/HEIF',
  webp: 'WebP',
  tiff: 'TIFF',
  bmp: 'BMP',
  zip: t('assemble.content.zip'),
  html: 'HTML',
  unknown: t('assemble.content.unknown'),
};

export function contentName(k: ContentKind): string | Localized {
  return KIND_NAMES[k];
}

/** The kinds of active content removed, listed in each language ("スクリプト、…" / "scripts, …"). */
export function activeKinds(kinds: readonly string[]): Localized {
  const out = {} as Localized;
  for (const l of LANGS)
    out[l] = kinds.map((k) => tr(l, `assemble.active.${k}`)).join(l === 'ja' ? '、' : ', ');
  return out;
}

function withKinds(key: string, file: string, kinds: Localized): Localized {
  return {
    ja: tr('ja', key, { file, kinds: kinds.ja }),
    en: tr('en', key, { file, kinds: kinds.en }),
  };
}

/** A for invoices and delivery notes, B for everything else. */
export function labelSeries(kind: DocumentKind): 'A' | 'B' {
  return kind === 'invoice' || kind === 'delivery-note' ? 'A' : 'B';
}

/** One file the build would append: a case.json document or an action's evidence not listed there. */
export interface EvidenceSource {
  index?: number;
  file: string;
  jsonPath: string;
  kind: DocumentKind;
  description?: string;
  supplierId?: string;
  invoiceNumber?: string;
  date?: string;
  redactions: Redaction[];
}

function pdfIssueProblem(issue: PdfIssue, where: { file: string; jsonPath: string }): Problem {
  const params = { file: where.file, detail: issue.detail, page: issue.page };
  const damaged = { hint: t('assemble.doc.damaged.hint') };
  const at = issue.page ? { ...where, page: issue.page } : where;
  if (issue.message) {
    const text = t(issue.message.key, { file: where.file, ...issue.message.params });
    const found = { found: issue.detail };
    switch (issue.code) {
      case 'PDF_BOMB':
        return problem('PDF_DECOMPRESSION_BOMB', at, text, { ...damaged, ...found });
      case 'PDF_IMAGE_TOO_LARGE':
        return problem('PDF_IMAGE_TOO_LARGE', at, text, {
          hint: t('assemble.doc.pdfImageTooLarge.hint'),
          ...found,
        });
      case 'PDF_GEOMETRY':
        return problem('PDF_PAGE_GEOMETRY', at, text, {
          hint: t('assemble.doc.geometry.hint'),
          ...found,
        });
      default:
        return problem('PDF_CORRUPT', at, text, { ...damaged, ...found });
    }
  }
  switch (issue.code) {
    case 'PDF_NEEDS_QPDF':
      return problem('TOOL_MISSING', where, t('assemble.doc.needsQpdf', params), {
        hint: t('assemble.doc.needsQpdf.hint'),
        severity: 'error',
      });
    case 'PDF_ENCRYPTED':
      return problem('PDF_ENCRYPTED', where, t('assemble.doc.encrypted', params), {
        hint: t('assemble.doc.encrypted.hint', params),
      });
    case 'PDF_TRUNCATED':
      return problem('PDF_TRUNCATED', where, t('assemble.doc.truncated', params), damaged);
    case 'PDF_PAGE_LOOP':
      return problem('PDF_PAGE_LOOP', where, t('assemble.doc.loop', params), damaged);
    case 'PDF_NO_PAGES':
      return problem('PDF_NO_PAGES', where, t('assemble.doc.noPages', params), damaged);
    case 'PDF_STREAM':
      return problem(
        'PDF_CORRUPT',
        { ...where, page: issue.page },
        t('assemble.doc.stream', params),
        damaged,
      );
    case 'PDF_XFA':
      return problem('PDF_XFA', where, t('assemble.doc.xfa', params), {
        hint: t('assemble.doc.xfa.hint'),
      });
    case 'PDF_QPDF':
      return problem('PDF_CORRUPT', where, t('assemble.doc.qpdf', params), damaged);
    default:
      return problem('PDF_CORRUPT', where, t('assemble.doc.corrupt', params), damaged);
  }
}

export function evidenceSources(loaded: LoadedCase): EvidenceSource[] {
  const c = loaded.data;
  const out: EvidenceSource[] = c.documents.map((d, i) => ({
    index: i,
    file: d.file,
    jsonPath: `$.documents[${i}].file`,
    kind: d.kind,
    description: d.description,
    supplierId: d.supplierId,
    invoiceNumber: d.invoiceNumber,
    date: d.issueDate,
    redactions: d.redactions,
  }));
  const listed = new Set(
    c.documents.map((d) => (loaded.resolvedFiles.get(d.file) ?? d.file).normalize('NFC')),
  );
  c.actionsTaken.forEach((a, i) =>
    a.evidence.forEach((f, j) => {
      const key = (loaded.resolvedFiles.get(f) ?? f).normalize('NFC');
      if (listed.has(key)) return;
      listed.add(key);
      out.push({
        file: f,
        jsonPath: `$.actionsTaken[${i}].evidence[${j}]`,
        kind: 'other',
        description: a.what,
        redactions: [],
      });
    }),
  );
  return out;
}

/**
 * The units per ASIN of the counted invoice lines, summed once: by their document's file (NFC)
 * and, for lines without one, by invoice number (only the numbers case.json documents give:
 * millions of lines may each name their own invoice).
 */
interface LineIndex {
  byFile: Map<string, Map<string, number>>;
  byNumber: Map<string, Map<string, number>>;
}

function indexLines(rec: Reconciliation | undefined, numbers: ReadonlySet<string>): LineIndex {
  const index: LineIndex = { byFile: new Map(), byNumber: new Map() };
  if (!rec) return index;
  scanLines(rec.detail.invoiceLines, (l) => {
    if (l.documentFile === undefined && !numbers.has(l.invoiceNumber)) return;
    const [map, key] =
      l.documentFile !== undefined
        ? [index.byFile, l.documentFile.normalize('NFC')]
        : [index.byNumber, l.invoiceNumber];
    let sums = map.get(key);
    if (!sums) map.set(key, (sums = new Map()));
    sums.set(l.asin, (sums.get(l.asin) ?? 0) + l.quantity);
  });
  return index;
}

/** ASINs and quantities a document covers: the lines naming its file, or its invoice number. */
function coversOf(index: LineIndex, s: EvidenceSource, resolved: string) {
  const sum = new Map<string, number>();
  const files = new Set([s.file.normalize('NFC'), resolved.normalize('NFC')]);
  const parts = [...files].map((f) => index.byFile.get(f));
  if (s.invoiceNumber !== undefined) parts.push(index.byNumber.get(s.invoiceNumber));
  for (const part of parts)
    for (const [asin, quantity] of part ?? []) sum.set(asin, (sum.get(asin) ?? 0) + quantity);
  return [...sum.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([asin, quantity]) => ({ asin, quantity }));
}

/**
 * The identifiers an invoice or delivery note is matched to the listings with: per ASIN it covers
 * (else per product this supplier supplies), the SKUs, JAN and this supplier's product codes.
 */
function codesOfDocument(
  c: LoadedCase['data'],
  s: EvidenceSource,
  covers: { asin: string }[],
): ProductCodes[] {
  if (s.kind !== 'invoice' && s.kind !== 'delivery-note') return [];
  const asins = covers.length
    ? covers.map((x) => x.asin)
    : s.supplierId
      ? c.products.filter((p) => p.supplierIds.includes(s.supplierId!)).map((p) => p.asin)
      : [];
  return asins.map((a) => productCodesOf(c, a, s.supplierId));
}

/**
 * Reads and checks every document. Returns the good ones (labelled in case.json order) and a
 * problem for every bad one; the caller decides whether to stop (build stops on any error).
 */
export async function inspectDocuments(
  loaded: LoadedCase,
  rec?: Reconciliation,
  opts: { includeUnaccepted?: boolean } = {},
): Promise<{ docs: EvidenceDoc[]; problems: Problem[]; notSubmitted: NotSubmittedEntry[] }> {
  const docs: EvidenceDoc[] = [];
  const problems: Problem[] = [];
  const counters = { A: 0, B: 0 };
  const suppliers = new Map(loaded.data.suppliers.map((s) => [s.id, s.name]));
  const lines = indexLines(
    rec,
    new Set(loaded.data.documents.flatMap((d) => (d.invoiceNumber ? [d.invoiceNumber] : []))),
  );
  // Labels follow case.json order; the files are read and checked two at a time (qpdf runs
  // in a child process, so the second core works while this one parses), results kept in order.
  // documents Amazon would not accept (quotes, invoices outside the window or to another buyer)
  // are checked all the same, but get no label and are not appended unless asked for; a file
  // case.json names but that is missing (or outside the folder) is reported by the loader
  const c = loaded.data;
  const jobs = evidenceSources(loaded)
    .filter((s) => loaded.resolvedFiles.has(s.file))
    .map((s) => {
      const reason =
        s.index !== undefined && !opts.includeUnaccepted
          ? notAcceptedReason(c, c.documents[s.index]!, rec)
          : undefined;
      if (reason) return { s, label: '', reason };
      const series = labelSeries(s.kind);
      return { s, label: `${series}-${++counters[series]}`, reason };
    });
  const results = await mapInOrder(jobs, 2, async ({ s, label }) => {
    const problems: Problem[] = [];
    let found: EvidenceDoc | undefined;
    await (async () => {
      const resolved = loaded.resolvedFiles.get(s.file) ?? s.file;
      const where = { file: resolved, jsonPath: s.jsonPath };
      const abs = path.join(loaded.dir, resolved);
      let bytes: Buffer;
      try {
        bytes = await readFile(abs);
      } catch (e) {
        problems.push(
          problem(
            'DOCUMENT_UNREADABLE',
            where,
            t('assemble.doc.unreadable', {
              file: resolved,
              detail: (e as NodeJS.ErrnoException).code ?? String(e),
            }),
          ),
        );
        return;
      }
      const content = sniff(bytes);
      const promised = kindOfExtension(resolved);
      if (!isAccepted(content)) {
        const known = content !== 'unknown' && content !== 'zip' && content !== 'html';
        problems.push(
          known
            ? problem(
                'DOCUMENT_FORMAT',
                where,
                t('assemble.doc.unsupported', { file: resolved, found: contentName(content) }),
                {
                  hint: t('assemble.doc.unsupported.hint'),
                  expected: 'PDF, JPEG, PNG, GIF',
                  found: contentName(content),
                },
              )
            : problem(
                'DOCUMENT_CONTENT',
                where,
                t('assemble.doc.mismatch', {
                  file: resolved,
                  found: contentName(content),
                  expected: promised ? contentName(promised) : path.extname(resolved) || '-',
                }),
                {
                  hint: t('assemble.doc.mismatch.hint'),
                  expected: promised ? contentName(promised) : 'PDF, JPEG, PNG, GIF',
                  found: contentName(content),
                },
              ),
        );
        return;
      }
      if (promised !== content) {
        problems.push(
          problem(
            'DOCUMENT_CONTENT',
            where,
            t('assemble.doc.mismatch', {
              file: resolved,
              found: contentName(content),
              expected: promised ? contentName(promised) : path.extname(resolved) || '-',
            }),
            {
              hint: t('assemble.doc.mismatch.hint'),
              expected: promised ? contentName(promised) : '-',
              found: contentName(content),
            },
          ),
        );
        return;
      }
      let pages = 1;
      let pdf: EvidenceDoc['pdf'];
      let pdfBytes: Buffer | undefined;
      let activeRemoved: EvidenceDoc['activeRemoved'];
      let image: PreparedImage | undefined;
      if (content === 'pdf') {
        // the bytes just read, never the file again: what is checked is what is hashed and copied
        const check = await checkPdf(bytes);
        const needsTool = check.issues.find((i) => i.code === 'PDF_NEEDS_QPDF');
        if (needsTool) throw new EvidenceError([pdfIssueProblem(needsTool, where)], 2);
        if (check.issues.length || !check.doc) {
          problems.push(...check.issues.map((i) => pdfIssueProblem(i, where)));
          return;
        }
        pdf = check.doc;
        pdfBytes = check.bytes;
        activeRemoved = check.activeRemoved;
        pages = check.pages;
      } else {
        try {
          image = await prepareImage(content, bytes);
        } catch (e) {
          if (e instanceof ImageHeaderError) {
            problems.push(
              problem('IMAGE_STRUCTURE', where, t(e.key, { file: resolved, ...e.params }), {
                hint: t('assemble.doc.imageStructure.hint'),
                found: e.message,
              }),
            );
            return;
          }
          if (e instanceof ImageTooLargeError) {
            problems.push(
              problem(
                'IMAGE_TOO_LARGE',
                where,
                t('assemble.doc.imageTooLarge', {
                  file: resolved,
                  width: e.width,
                  height: e.height,
                }),
                {
                  hint: t('assemble.doc.imageTooLarge.hint'),
                  expected: `<= ${e.limit / 1e6} MP`,
                  found: `${e.width} × ${e.height}`,
                },
              ),
            );
            return;
          }
          problems.push(
            problem(
              'IMAGE_CORRUPT',
              where,
              t('assemble.doc.badImage', { file: resolved, detail: (e as Error).message }),
              {
                hint: t('assemble.doc.damaged.hint'),
              },
            ),
          );
          return;
        }
      }
      const covers = coversOf(lines, s, resolved);
      const codes = codesOfDocument(loaded.data, s, covers);
      const doc: EvidenceDoc = {
        label,
        ...(s.index !== undefined ? { index: s.index } : {}),
        file: s.file,
        resolved,
        name: resolved.split('/').pop() ?? resolved,
        kind: s.kind,
        content,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        pages,
        description: s.description,
        supplier: s.supplierId ? (suppliers.get(s.supplierId) ?? s.supplierId) : undefined,
        ...(s.supplierId ? { supplierId: s.supplierId } : {}),
        invoiceNumber: s.invoiceNumber,
        date: s.date,
        covers,
        ...(codes.length ? { codes } : {}),
        redactions: s.redactions,
        pdf,
        ...(pdfBytes ? { pdfBytes } : {}),
        ...(activeRemoved?.length ? { activeRemoved } : {}),
        image,
      };
      if (image?.animatedFrames)
        problems.push(
          problem(
            'GIF_ANIMATED',
            where,
            t('assemble.doc.animated', { file: resolved, frames: image.animatedFrames }),
            { severity: 'warning', hint: t('assemble.doc.animated.hint') },
          ),
        );
      if (doc.activeRemoved)
        problems.push(
          problem(
            'PDF_ACTIVE_CONTENT',
            where,
            withKinds('assemble.doc.activeRemoved', resolved, activeKinds(doc.activeRemoved)),
            { severity: 'warning', hint: t('assemble.doc.activeRemoved.hint') },
          ),
        );
      const rp = redactionProblems(doc, s.jsonPath.replace(/\.file$/, '.redactions'));
      if (rp.length) {
        problems.push(...rp);
        return;
      }
      found = doc;
    })();
    return { doc: found, problems };
  });
  const notSubmitted: NotSubmittedEntry[] = [];
  for (const [i, r] of results.entries()) {
    problems.push(...r.problems);
    const { s, reason } = jobs[i]!;
    if (reason)
      notSubmitted.push({
        file: s.file,
        kind: s.kind,
        ...(s.supplierId ? { supplier: suppliers.get(s.supplierId) ?? s.supplierId } : {}),
        ...(s.invoiceNumber !== undefined ? { invoiceNumber: s.invoiceNumber } : {}),
        ...(s.date !== undefined ? { date: s.date } : {}),
        reason,
      });
    else if (r.doc) docs.push(r.doc);
  }
  return { docs, problems, notSubmitted };
}

/** Runs `fn` over `items` with at most `limit` at once; results in the order of `items`. */
async function mapInOrder<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
