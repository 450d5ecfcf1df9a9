/**
 * scripts/measure-typesetting.mjs sees what it is meant to see: a PDF drawn here with pdfkit and
 * the report's font — ragged Japanese paragraphs, a page with a heading and one line, and two
 * documents merged with pdfkit's same subset tags — fails every target; the same text set flush
 * to the edge passes the short-line target.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { PDFDocument as LibDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FONT_REGULAR } from '../../src/render/metrics.js';
// @ts-expect-error plain ESM script without types
import { measure } from '../../scripts/measure-typesetting.mjs';

const LINE =
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';

/** A PDF of `pages` pages: each an array of lines (text, x end is natural) at body size. */
function draw(pages: string[][]): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font(FONT_REGULAR).fontSize(10);
    for (const lines of pages) {
      doc.addPage({ size: 'A4', margin: 0 });
      lines.forEach((l, i) => doc.text(l, 62, 100 + i * 17.5, { lineBreak: false }));
    }
    doc.end();
  });
}

function temp(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ep-measure-')), 'm.pdf');
  writeFileSync(file, bytes);
  return file;
}

interface Measured {
  runningLines: number;
  shortLines: number;
  nearEmptyPages: { page: number }[];
  reusedTags: { name: string }[];
}

describe('measure-typesetting', () => {
  it('counts ragged lines, near-empty pages and reused subset tags', async () => {
    const full = LINE.slice(0, 47);
    const ragged = [full, LINE.slice(0, 30), full, LINE.slice(0, 20), full, LINE.slice(0, 10)];
    const para = (n: number) => Array.from({ length: 40 }, (_, i) => ragged[(i + n) % 6]!);
    // cover, contents, a page with one line, then full pages
    const a = await draw([[full], [full], ['一行だけ'], para(0), para(1)]);
    const b = await draw([[full]]);
    // two PDFs written by pdfkit carry the same subset tags: merged, one tag names two subsets
    const out = await LibDocument.create();
    for (const src of [a, b]) {
      const d = await LibDocument.load(src);
      for (const p of await out.copyPages(d, d.getPageIndices())) out.addPage(p);
    }
    const m = measure(temp(await out.save())) as Measured;
    expect(m.runningLines).toBeGreaterThan(50);
    expect(m.shortLines).toBeGreaterThan(m.runningLines / 3);
    expect(m.nearEmptyPages.map((p) => p.page)).toEqual([3]);
    expect(m.reusedTags.length).toBeGreaterThan(0);
    expect(execFileSync('pdffonts', [temp(await out.save())], { encoding: 'utf8' })).toMatch(
      /\+NotoSansJP/,
    );
  });

  it('passes lines that reach the right edge', async () => {
    const full = LINE.slice(0, 47);
    const lines = Array.from({ length: 40 }, () => full);
    const m = measure(temp(await draw([[full], [full], lines, lines]))) as Measured;
    expect(m.runningLines).toBeGreaterThan(50);
    expect(m.shortLines).toBe(0);
    expect(m.reusedTags).toEqual([]);
  });
});
