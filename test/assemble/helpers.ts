/** Helpers of the assemble tests: case folders with documents, a small report, PDF tools. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';
import { loadCase, type LoadedCase } from '../../src/case/load.js';
import type { EvidenceEntry, RenderedReport } from '../../src/assemble/types.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { pagePng } from '../render/images.js';

export interface DocSpec {
  file: string;
  bytes: Buffer;
  kind?: string;
  [k: string]: unknown;
}

/** A valid case folder whose documents[] lists `docs` (written to the folder). */
export async function caseWith(
  docs: DocSpec[],
  mutate: (c: Record<string, any>) => void = () => {},
): Promise<LoadedCase> {
  const c = validCase();
  c.documents = docs.map(({ bytes: _b, kind = 'invoice', ...rest }) => ({ kind, ...rest }));
  mutate(c);
  const files: Record<string, Buffer> = {};
  for (const d of docs) files[d.file] = d.bytes;
  const dir = makeCaseDir(c, files);
  return loadCase(dir);
}

/**
 * Our report as a real PDF of `pages` pages (pdf-lib, Helvetica), each page printing
 * "REPORT x / total" and the evidence references "A-1 p. 5", so tests can check what the
 * assembly passed in. Stands in for compose + render in unit tests of the assembly.
 */
export function smallReport(pages: number | ((evidence: EvidenceEntry[]) => number)) {
  const calls: { evidence: EvidenceEntry[]; total: number }[] = [];
  const render = async (evidence: EvidenceEntry[], total: number): Promise<RenderedReport> => {
    calls.push({ evidence, total });
    const n = typeof pages === 'number' ? pages : pages(evidence);
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const fixed = new Date(Date.UTC(2026, 0, 1));
    doc.setCreationDate(fixed);
    doc.setModificationDate(fixed);
    for (let i = 1; i <= n; i++) {
      const p = doc.addPage([595, 842]);
      p.drawText(`REPORT ${i} / ${total}`, { x: 72, y: 40, size: 10, font });
      evidence.forEach((e, j) =>
        p.drawText(`${e.label} p. ${e.firstPage}-${e.lastPage}`, {
          x: 72,
          y: 760 - j * 16,
          size: 10,
          font,
        }),
      );
    }
    return {
      pdf: await doc.save(),
      pages: n,
      outline: [
        { title: '1. 概要', page: 1 },
        { title: '2. Evidence index', page: n },
      ],
    };
  };
  return { render, calls };
}

export function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Writes bytes to a temp file next to `dir` and returns its path. */
export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const f = path.join(dir, name);
  writeFileSync(f, bytes);
  return f;
}

/** pdftotext of one page (1-based). */
export function pageText(file: string, page: number): string {
  return tool('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-']);
}

/** pdfinfo as a map. */
export function pdfInfo(file: string, opts: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of tool('pdfinfo', [...opts, file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

export const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** One page of a PDF as decoded pixels (pdftoppm at `dpi`). */
export function raster(file: string, page: number, dpi = 40): PNG {
  return PNG.sync.read(pagePng(file, page, dpi));
}
