/**
 * A page of the case's preview PDF (<case>/preview/preview.pdf, written by the preview stage) as
 * a PNG drawn by poppler's pdftoppm at 72 dpi, kept in memory per PDF content (its hash).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { PREVIEW_DIR } from '../preview/rebuild.js';

export type PreviewImage =
  { kind: 'png'; png: Buffer } | { kind: 'missing' } | { kind: 'noPage' } | { kind: 'noPoppler' };

/** Pages kept: a preview's pages for a few versions of it. */
const KEEP = 200;

/** The PDF goes in on stdin: the page drawn is of the bytes hashed, even if the file changes. */
function pdftoppm(pdf: Buffer, page: number): Promise<Buffer | 'noPoppler'> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'pdftoppm',
      ['-r', '72', '-png', '-f', String(page), '-l', String(page), '-singlefile', '-'],
      { stdio: ['pipe', 'pipe', 'ignore'] },
    );
    child.stdin.on('error', () => {}); // pdftoppm may stop reading a bad PDF early
    child.stdin.end(pdf);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ENOENT' ? resolve('noPoppler') : reject(e),
    );
    child.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

export class PreviewImages {
  private readonly cache = new Map<string, Buffer>();

  constructor(private readonly dir: string) {}

  async page(n: number): Promise<PreviewImage> {
    // the PDF's real path stays inside the case folder (a symlinked preview/ is not followed out)
    let bytes: Buffer;
    try {
      const root = await realpath(this.dir);
      const pdf = await realpath(path.join(root, PREVIEW_DIR, 'preview.pdf'));
      if (!pdf.startsWith(root + path.sep)) return { kind: 'missing' };
      bytes = await readFile(pdf);
    } catch {
      return { kind: 'missing' };
    }
    const key = `${createHash('sha256').update(bytes).digest('hex')}:${n}`;
    const hit = this.cache.get(key);
    if (hit) return { kind: 'png', png: hit };
    const png = await pdftoppm(bytes, n);
    if (png === 'noPoppler') return { kind: 'noPoppler' };
    if (png.length === 0) return { kind: 'noPage' };
    if (this.cache.size >= KEEP) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, png);
    return { kind: 'png', png };
  }
}
