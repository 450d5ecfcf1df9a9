/**
 * assembleSubmission on real PDFs: page ranges, bookmarks and references match the real pages,
 * appended pages are identical in text and rendering to the originals, images come out upright
 * without metadata, qpdf --check passes, and two builds give the same bytes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSubmission, type AssembledPdf } from '../../src/assemble/assemble.js';
import { inspectDocuments } from '../../src/assemble/inspect.js';
import type { EvidenceDoc } from '../../src/assemble/types.js';
import type { LoadedCase } from '../../src/case/load.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import {
  caseWith,
  pageText,
  pdfInfo,
  raster,
  sha,
  smallReport,
  tool,
  writeTemp,
} from './helpers.js';

interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}

function outlines(file: string): Outline[] {
  return JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', file])).outlines;
}

describe('assembleSubmission', () => {
  let loaded: LoadedCase;
  let docs: EvidenceDoc[];
  let built: AssembledPdf;
  let file: string;
  let work: string;
  let calls: ReturnType<typeof smallReport>['calls'];
  const inv = { a: undefined as unknown as Buffer, b: undefined as unknown as Buffer };

  beforeAll(async () => {
    inv.a = await make.invoicePdf({ number: 'INV-A', pages: 3 });
    inv.b = await make.invoicePdf({ number: 'DN-B', pages: 1 });
    loaded = await caseWith([
      { file: 'documents/請求書-A.pdf', bytes: inv.a, invoiceNumber: 'INV-A', supplierId: 'S1' },
      {
        file: 'documents/photo.jpg',
        bytes: make.exifJpeg(6),
        kind: 'photo',
        description: '倉庫の写真',
      },
      { file: 'documents/dn-b.pdf', bytes: inv.b, kind: 'delivery-note' },
      { file: 'documents/scan.png', bytes: make.interlacedPng(), kind: 'other' },
      { file: 'documents/anim.gif', bytes: make.animatedGif(), kind: 'photo' },
    ]);
    const r = await inspectDocuments(loaded);
    // the animated GIF is a warning (only its first frame is shown), nothing else is said
    expect(r.problems.map((p) => [p.code, p.severity, p.where.file])).toEqual([
      ['GIF_ANIMATED', 'warning', 'documents/anim.gif'],
    ]);
    docs = r.docs;
    // the report grows by a page once evidence starts past page 6: exercises the fixpoint
    const report = smallReport((ev) => (ev.length && ev[0]!.firstPage > 3 ? 4 : 3));
    calls = report.calls;
    built = await assembleSubmission({
      loaded,
      docs,
      buildDate: '2026-10-01',
      lang: 'ja',
      render: report.render,
    });
    work = mkdtempSync(path.join(tmpdir(), 'ep-asm-'));
    file = writeTemp(work, 'out.pdf', built.pdf);
  });

  it('settles page numbers: the last render got the final ranges and total', () => {
    const last = calls[calls.length - 1]!;
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(last.total).toBe(built.pages);
    expect(last.evidence.map((e) => [e.label, e.firstPage, e.lastPage])).toEqual(
      built.documentPages.map((p) => [p.label, p.firstPage, p.lastPage]),
    );
    // 4 report pages, then separator + 3, separator + 1, separator + 1, separator + 1, separator + 1
    expect(built.reportPages).toBe(4);
    expect(
      built.documentPages.map((p) => [p.label, p.separatorPage, p.firstPage, p.lastPage]),
    ).toEqual([
      ['A-1', 5, 6, 8],
      ['B-1', 9, 10, 10],
      ['A-2', 11, 12, 12],
      ['B-2', 13, 14, 14],
      ['B-3', 15, 16, 16],
    ]);
    expect(pdfInfo(file).Pages).toBe('16');
    expect(built.pages).toBe(16);
  });

  it('the report pages print the same ranges and total as the real pages', () => {
    expect(pageText(file, 1)).toContain('REPORT 1 / 16');
    expect(pageText(file, 2)).toContain('A-1 p. 6-8');
    expect(pageText(file, 2)).toContain('A-2 p. 12-12');
  });

  it('appends PDF pages unaltered: same text and same rendering as the originals', () => {
    const a = writeTemp(work, 'a.pdf', inv.a);
    for (let k = 1; k <= 3; k++) {
      expect(pageText(file, 5 + k)).toBe(pageText(a, k));
      const x = raster(file, 5 + k);
      const y = raster(a, k);
      expect([x.width, x.height]).toEqual([y.width, y.height]);
      expect(sha(x.data)).toBe(sha(y.data));
    }
    const b = writeTemp(work, 'b.pdf', inv.b);
    expect(pageText(file, 12)).toBe(pageText(b, 1));
    expect(sha(raster(file, 12).data)).toBe(sha(raster(b, 1).data));
  });

  it('puts a separator page of ours before each document, with label, file name, SHA-256 and page count', () => {
    const t = pageText(file, 5);
    expect(t).toContain('A-1');
    expect(t).toContain('請求書-A.pdf');
    expect(t).toContain(sha(inv.a));
    expect(t).toContain('3 ページ');
    expect(t).toContain('5 / 16');
    expect(t).toContain('6–8');
    const photo = pageText(file, 9);
    expect(photo).toContain('B-1');
    expect(photo).toContain('倉庫の写真');
    expect(pageText(file, 15)).toContain('2 コマ');
  });

  it('bookmarks: the report sections, then 証拠書類 with one entry per document at its separator page', () => {
    const o = outlines(file);
    expect(o.map((x) => [x.title, x.destpageposfrom1])).toEqual([
      ['1. 概要', 1],
      ['2. Evidence index', 4],
      ['証拠書類', 5],
    ]);
    expect(o[2]!.kids.map((k) => [k.title.split(' ')[0], k.destpageposfrom1])).toEqual(
      built.documentPages.map((p) => [p.label, p.separatorPage]),
    );
    expect(o[2]!.kids[0]!.title).toBe('A-1 請求書 INV-A');
    expect(tool('qpdf', ['--show-object=trailer', file])).toContain('/ID');
  });

  it('passes qpdf --check and has every font of our pages embedded', () => {
    const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const fonts = tool('pdffonts', [file]);
    for (const line of fonts
      .split('\n')
      .slice(2)
      .filter((l) => l.includes('NotoSansJP')))
      expect(line).toMatch(/\syes\s+yes\s/);
  });

  it('sets metadata from the case and the build date, with no local paths or user names', () => {
    const info = pdfInfo(file);
    expect(info.Title).toContain('テストストア');
    expect(info.Author).toBe('株式会社テスト商事');
    expect(info.Subject).toContain('真贋調査');
    expect(info.Producer).toBe('evidence-pack');
    expect(info.Creator).toBe('evidence-pack');
    const iso = pdfInfo(file, ['-isodates']);
    expect(iso.CreationDate).toBe('2026-10-01T00:00:00Z');
    expect(iso.ModDate).toBe('2026-10-01T00:00:00Z');
    // every object uncompressed, so that nothing hides in a compressed stream
    const text = execFileSync('qpdf', [
      '--qdf',
      '--object-streams=disable',
      '--stream-data=uncompress',
      file,
      '-',
    ]).toString('latin1');
    for (const s of [
      loaded.dir,
      tmpdir(),
      'ep-case-',
      userInfo().username === 'root' ? '/root' : userInfo().username,
      'pdf-lib',
      'react-pdf',
    ])
      expect(text.includes(s), s).toBe(false);
  });

  it('places images upright per EXIF orientation, without GPS or camera data', () => {
    const bytes = built.pdf;
    for (const s of ['FakeCam', 'Exif', 'GPS 35'])
      expect(bytes.includes(Buffer.from(s)), s).toBe(false);
    const png = raster(file, 10, 30);
    // stored 160×100 with the dark half on the left; orientation 6 turns it: dark on top
    let darkTop = 0;
    let darkBottom = 0;
    for (let y = 0; y < png.height; y++)
      for (let x = 0; x < png.width; x++)
        if (png.data[(y * png.width + x) * 4]! < 100) y < png.height / 2 ? darkTop++ : darkBottom++;
    expect(darkTop).toBeGreaterThan(100);
    expect(darkBottom).toBe(0);
    // the JPEG is embedded without re-encoding: its entropy-coded data is in the file as it was
    const orig = make.exifJpeg(6) as Buffer;
    const sos = orig.indexOf(Buffer.from([0xff, 0xda]));
    expect(bytes.includes(orig.subarray(sos, sos + 400))).toBe(true);
  });

  it('gives byte-identical output for the same input', async () => {
    const again = await assembleSubmission({
      loaded,
      docs: (await inspectDocuments(loaded)).docs,
      buildDate: '2026-10-01',
      lang: 'ja',
      render: smallReport((ev) => (ev.length && ev[0]!.firstPage > 3 ? 4 : 3)).render,
    });
    expect(sha(again.pdf)).toBe(sha(built.pdf));
  });
});
