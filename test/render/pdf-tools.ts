/** Reading our PDFs the way a reviewer's tools do: poppler and qpdf. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempPdf(bytes: Buffer, name = 'out.pdf'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ep-render-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text of one page (1-based), or of the whole file. */
export function pageText(file: string, page?: number, layout = false): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return tool('pdftotext', [...range, ...(layout ? ['-layout'] : []), file, '-']);
}

/** The text of every page, split on form feeds. */
/**
 * A page's text without the lines of its header and footer (`header`: the texts at its top),
 * so that a paragraph that runs on to the next page reads on.
 */
export function bodyText(page: string, header: string[]): string {
  const heads = header.map(squash);
  return page
    .split('\n')
    .filter((l) => {
      const s = squash(l);
      return !/^\d+\/\d+$/.test(s) && !heads.includes(s) && s !== heads.join('');
    })
    .join('\n');
}

export function pagesText(file: string): string[] {
  const all = tool('pdftotext', [file, '-']).split('\f');
  if (all[all.length - 1]!.trim() === '') all.pop();
  return all;
}

export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))![1]);
}

/** Rows of pdffonts: name, type, embedded, subset. */
export function fonts(file: string): { name: string; emb: string; sub: string }[] {
  return tool('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type... emb sub uni object ID
      return { name: cols[0]!, emb: cols[cols.length - 5]!, sub: cols[cols.length - 4]! };
    });
}

export function qpdfCheck(file: string): { status: number | null; out: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Text without any whitespace (pdftotext breaks lines where the layout did). */
export const squash = (s: string) => s.replace(/\s+/g, '');
