/**
 * The upload set: `upload/` with the combined PDF, each original document named
 * `<label>_<original name>` (label numbers padded: A-01 … A-10) — PDFs byte for byte, photos and
 * scans without their metadata (scrub.ts; pixels untouched) — and — when the combined PDF is above the size limit — the combined
 * PDF split at document boundaries into parts under the limit. Files are written to a temporary
 * name and renamed, so no half-written file is ever seen under its final name.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFArray, PDFDocument, PDFHexString } from 'pdf-lib';
import { problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import type { DocumentPages } from './assemble.js';
import type { EvidenceDoc } from './types.js';
import { redactedPages } from './separators.js';
import { scrubImage } from './scrub.js';

export interface UploadFile {
  /** Name inside upload/. */
  name: string;
  bytes: number;
  sha256: string;
  /** What it is: the combined PDF, one part of it, or an original document (its label). */
  role: 'combined' | 'part' | 'original' | 'redacted' | 'active-removed';
  label?: string;
  /** For parts: first and last page of the combined PDF it holds. */
  pages?: [number, number];
  /** Originals: case.json documents[].file and the SHA-256 of the file in documents/. */
  file?: string;
  originalSha256?: string;
  /** A photo or scan copied without its metadata (GPS, camera …): the pixels are the original's. */
  metadataRemoved?: boolean;
}

export interface UploadSet {
  dir: string;
  files: UploadFile[];
  problems: Problem[];
}

const MiB = 1024 * 1024;

async function writeAtomicFile(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

function sha(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

/** A name safe on Windows, macOS and Linux, in NFC (Seller Central shows it to the reviewer). */
export function safeName(name: string): string {
  const clean = name
    .normalize('NFC')
    // bidi controls (U+202E shows "gpj.exe" as "exe.jpg") and other invisible format marks
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad\u200b\ufeff]/g, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, '_')
    .replace(/^\.+/, '_');
  return fitName(clean, name);
}

/** Bytes of UTF-8 a name may take: file systems allow 255, temporary suffixes need the rest. */
export const MAX_NAME_BYTES = 200;

/**
 * `name` cut to MAX_NAME_BYTES of UTF-8 at a character boundary, its extension kept, and a short
 * hash of the original name added so that two long names never become one.
 */
function fitName(name: string, original: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const ext = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0] ?? '';
  const tag = `~${createHash('sha256').update(original).digest('hex').slice(0, 8)}`;
  const budget = MAX_NAME_BYTES - Buffer.byteLength(tag + ext);
  let stem = '';
  let bytes = 0;
  for (const ch of name.slice(0, name.length - ext.length)) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > budget) break;
    stem += ch;
    bytes += n;
  }
  return `${stem}${tag}${ext}`;
}

/**
 * A label as upload/ names it: the number padded to `width` digits (at least 2), so that the files
 * sort in label order in any file list (A-01 … A-10, not ).
 */
export function paddedLabel(label: string, width = 2): string {
  const m = /^(.*?)(\d+)$/.exec(label);
  return m ? `${m[1]}${m[2]!.padStart(Math.max(2, width), '0')}` : label;
}

/** The padding width that sorts every label of `labels`. */
export function labelWidth(labels: readonly string[]): number {
  return Math.max(2, ...labels.map((l) => /(\d+)$/.exec(l)?.[1]?.length ?? 0));
}

/**
 * Copies pages [from, to] (1-based) of `src` into a new PDF, with the Info dictionary of `src`
 * when `info` (our own PDF's title and author) and without one for a seller's document (its Info
 * can name the person and folder it was saved by).
 */
async function extract(
  src: PDFDocument,
  from: number,
  to: number,
  idSeed: string,
  info = true,
): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const idx = Array.from({ length: to - from + 1 }, (_, i) => from - 1 + i);
  for (const p of await out.copyPages(src, idx)) out.addPage(p);
  const dict = info ? src.context.lookup(src.context.trailerInfo.Info) : undefined;
  if (dict) out.context.trailerInfo.Info = out.context.register(dict.clone(out.context));
  const hex = createHash('sha256').update(idSeed).digest('hex').slice(0, 32);
  const ids = PDFArray.withContext(out.context);
  ids.push(PDFHexString.of(hex));
  ids.push(PDFHexString.of(hex));
  out.context.trailerInfo.ID = ids;
  return out.save({ addDefaultPage: false });
}

/**
 * Groups of whole units (the report, then each separator + document) whose saved size stays under
 * the limit; a unit alone above the limit is returned on its own (the caller reports it).
 * Shared resources (our font) are counted once per unit in the estimate, so groups err small.
 */
async function splitParts(
  src: PDFDocument,
  units: { from: number; to: number; label?: string }[],
  limit: number,
  seed: string,
): Promise<{ from: number; to: number; bytes: Uint8Array; labels: string[] }[]> {
  const parts: { from: number; to: number; bytes: Uint8Array; labels: string[] }[] = [];
  // size of each unit on its own: an estimate of what it adds to a group
  const sizes: number[] = [];
  for (const [i, u] of units.entries())
    sizes.push((await extract(src, u.from, u.to, `${seed}:u${i}`)).length);
  let start = 0;
  while (start < units.length) {
    let end = start;
    let sum = sizes[start]!;
    while (end + 1 < units.length && sum + sizes[end + 1]! <= limit * 0.98) sum += sizes[++end]!;
    // verify by saving; give back units from the end until the part fits
    let bytes = await extract(src, units[start]!.from, units[end]!.to, `${seed}:${start}`);
    while (bytes.length > limit && end > start) {
      end--;
      bytes = await extract(src, units[start]!.from, units[end]!.to, `${seed}:${start}`);
    }
    parts.push({
      from: units[start]!.from,
      to: units[end]!.to,
      bytes,
      labels: units.slice(start, end + 1).flatMap((u) => (u.label ? [u.label] : [])),
    });
    start = end + 1;
  }
  return parts;
}

/**
 * Writes `<dir>/upload/`. `pages` are the page ranges assembleSubmission returned. Documents with prices removed are not copied as originals (that
 * would undo the redaction): their pages from the combined PDF are written as
 * `<label>_<name>_prices-removed.pdf`, so that nobody takes them for the untouched original.
 */
export async function writeUploadSet(
  dir: string,
  pdf: Uint8Array,
  docs: EvidenceDoc[],
  limitMiB: number,
  pages: DocumentPages[],
  opts: {
    /** File name of the combined PDF inside upload/. */
    pdfName?: string;
    /** publish's writer (`upload/<name>` relative to the revision folder); else temp + rename. */
    write?: (name: string, bytes: Buffer) => Promise<unknown>;
  } = {},
): Promise<UploadSet> {
  const pdfName = opts.pdfName ?? 'plan-of-action.pdf';
  const up = path.join(dir, 'upload');
  const writeAtomic = async (file: string, bytes: Uint8Array) => {
    if (opts.write) await opts.write(`upload/${path.basename(file)}`, Buffer.from(bytes));
    else await writeAtomicFile(file, bytes);
  };
  if (!opts.write) await mkdir(up, { recursive: true });
  const limit = limitMiB * MiB;
  const files: UploadFile[] = [];
  const problems: Problem[] = [];
  await writeAtomic(path.join(up, pdfName), pdf);
  files.push({ name: pdfName, bytes: pdf.length, sha256: sha(pdf), role: 'combined' });

  let src: PDFDocument | undefined;
  const load = async () => (src ??= await PDFDocument.load(pdf, { updateMetadata: false }));
  const width = labelWidth(docs.map((d) => d.label));
  for (const d of docs) {
    const range = pages.find((p) => p.label === d.label);
    const prefix = paddedLabel(d.label, width);
    let name: string;
    let bytes: Uint8Array;
    let role: UploadFile['role'] = 'original';
    let metadataRemoved = false;
    if (redactedPages(d).length && range) {
      name = safeName(`${prefix}_${d.name.replace(/\.[^.]*$/, '')}_prices-removed.pdf`);
      bytes = await extract(await load(), range.firstPage, range.lastPage, `${d.sha256}:redacted`);
      role = 'redacted';
    } else if (d.activeRemoved?.length && d.pdf) {
      // the same rule as the PDF: no scripts, launch or web links, embedded files in upload/
      name = safeName(`${prefix}_${d.name.replace(/\.[^.]*$/, '')}_active-content-removed.pdf`);
      bytes = await extract(d.pdf, 1, d.pages, `${d.sha256}:active-removed`, false);
      role = 'active-removed';
    } else {
      name = safeName(`${prefix}_${d.name}`);
      // photos and scans lose their metadata (location, camera …), not their pixels
      bytes =
        d.content === 'pdf' ? d.bytes : scrubImage(d.content, d.bytes, d.image?.orientation ?? 1);
      metadataRemoved = d.content !== 'pdf';
    }
    await writeAtomic(path.join(up, name), bytes);
    files.push({
      name,
      bytes: bytes.length,
      sha256: sha(bytes),
      role,
      label: d.label,
      file: d.file,
      originalSha256: d.sha256,
      ...(metadataRemoved ? { metadataRemoved } : {}),
    });
    if (bytes.length > limit)
      problems.push(
        problem(
          'UPLOAD_TOO_BIG',
          { file: d.resolved },
          t('assemble.upload.tooBig', {
            label: d.label,
            file: d.resolved,
            size: (bytes.length / MiB).toFixed(1),
            limit: limitMiB,
          }),
          { severity: 'warning', hint: t('assemble.upload.tooBig.hint') },
        ),
      );
  }

  if (pdf.length > limit && pages.length) {
    const doc = await load();
    const units = [
      { from: 1, to: pages[0]!.separatorPage - 1 },
      ...pages.map((p) => ({ from: p.separatorPage, to: p.lastPage, label: p.label })),
    ];
    const parts = await splitParts(doc, units, limit, sha(pdf));
    const stem = pdfName.replace(/\.pdf$/i, '');
    for (const [i, part] of parts.entries()) {
      const name = `${stem}_part${i + 1}of${parts.length}.pdf`;
      await writeAtomic(path.join(up, name), part.bytes);
      files.push({
        name,
        bytes: part.bytes.length,
        sha256: sha(part.bytes),
        role: 'part',
        pages: [part.from, part.to],
      });
      if (part.bytes.length > limit)
        problems.push(
          problem(
            'UPLOAD_TOO_BIG',
            {},
            t('assemble.upload.tooBig', {
              label: part.labels.join(', ') || '-',
              file: name,
              size: (part.bytes.length / MiB).toFixed(1),
              limit: limitMiB,
            }),
            { severity: 'warning', hint: t('assemble.upload.tooBig.hint') },
          ),
        );
    }
  }
  return { dir: up, files, problems };
}
