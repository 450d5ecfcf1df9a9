/**
 * The pages of the last preview (<case>/preview/preview.pdf, written by `preview` or by the
 * server through rebuildPreview), as the URLs the server answers with PNGs. The version in each
 * URL is the PDF's hash, so the page reloads the images only when the preview changed.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { sha } from '../case/input-keys.js';
import { PREVIEW_DIR } from '../preview/dir.js';

export interface PreviewInfo {
  /** size and mtime of the PDF the numbers were read from. */
  key: string;
  pages: number;
  /** Short SHA-256 of the PDF. */
  version: string;
}

/** Pages and version of the preview PDF, read again only when its size or mtime changed. */
export async function previewInfo(
  dir: string,
  last: PreviewInfo | undefined,
): Promise<PreviewInfo | undefined> {
  const file = path.join(dir, PREVIEW_DIR, 'preview.pdf');
  const st = await stat(file).catch(() => undefined);
  if (!st?.isFile()) return undefined;
  const key = `${st.size}\u0000${st.mtimeMs}`;
  if (last?.key === key) return last;
  try {
    const bytes = await readFile(file);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    return { key, pages: pdf.getPageCount(), version: sha(bytes).slice(0, 12) };
  } catch {
    // half-written or damaged: no pages until the next preview
    return undefined;
  }
}

/** `/api/preview/<n>.png?v=<version>` for every page. */
export function previewPageUrls(info: PreviewInfo | undefined): string[] {
  if (!info) return [];
  return Array.from(
    { length: info.pages },
    (_, i) => `/api/preview/${i + 1}.png?v=${info.version}`,
  );
}
