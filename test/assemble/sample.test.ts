/**
 * The Japanese sample case built end to end: the evidence index, the §8 references and the
 * bookmarks match the pages where the documents really are; the appended pages equal the
 * originals in text and rendering; upload/ holds the originals byte for byte; qpdf --check
 * passes; and a second build of the same case gives the same bytes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { sha, tool } from './helpers.js';

const SAMPLE = path.resolve('samples/ja-authenticity');
/** One snapshot of the sample per run (so both builds read the same bytes), copied per build. */
let snapshot: string | undefined;
function copySample(): string {
  if (!snapshot) {
    snapshot = path.join(mkdtempSync(path.join(tmpdir(), 'ep-sample-')), 'snapshot');
    cpSync(SAMPLE, snapshot, { recursive: true });
  }
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-sample-')), 'case');
  cpSync(snapshot, dir, { recursive: true });
  rmSync(path.join(dir, 'submissions'), { recursive: true, force: true });
  return dir;
}

function raster(file: string, page: number): string {
  return sha(
    execFileSync('pdftoppm', ['-r', '20', '-gray', '-f', String(page), '-l', String(page), file]),
  );
}

interface Doc {
  label: string;
  name: string;
  separator: number;
  first: number;
  last: number;
}

describe.skipIf(!existsSync(SAMPLE))('sample ja-authenticity', () => {
  let dir: string;
  let pdf: string;
  let pages: string[];
  let docs: Doc[];
  let reportPages: number;

  beforeAll(async () => {
    dir = copySample();
    const r = await build(dir, { date: '2026-11-10' });
    pdf = r.pdf;
    pages = tool('pdftotext', ['-layout', pdf, '-']).split('\f');
    const seps: { label: string; page: number; name: string }[] = [];
    pages.forEach((t, i) => {
      const m = /^\s*証拠書類 ([AB]-\d+)\s*$/m.exec(t);
      const n = /元のファイル名 \/ Original file name\s+(\S.*\S)\s*$/m.exec(t);
      if (m && n) seps.push({ label: m[1]!, page: i + 1, name: n[1]! });
    });
    const total = Number(tool('pdfinfo', [pdf]).match(/Pages:\s+(\d+)/)![1]);
    docs = seps.map((s, i) => ({
      label: s.label,
      name: s.name,
      separator: s.page,
      first: s.page + 1,
      last: (seps[i + 1]?.page ?? total + 1) - 1,
    }));
    reportPages = docs[0]!.separator - 1;
  }, 300_000);

  it('appends every document of case.json behind a separator page', () => {
    const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    expect(docs.length).toBe(c.documents.length);
    expect(docs.every((d) => d.last >= d.first)).toBe(true);
  });

  it('the evidence index prints the real page range of every document', () => {
    const report = pages.slice(0, reportPages).join('\n');
    for (const d of docs) {
      const range = d.first === d.last ? `${d.first}` : `${d.first}–${d.last}`;
      const row = report.split('\n').find((l) => new RegExp(`^\\s*${d.label}\\s`).test(l));
      expect(row, d.label).toBeDefined();
      expect(row, d.label).toContain(` ${range} `);
    }
  });

  it('references in the text ("A-3（24ページ）") point at the first page of that document', () => {
    const report = pages.slice(0, reportPages).join('').replace(/\s+/g, '');
    const refs = [...report.matchAll(/([AB]-\d+)（(\d+)ページ）/g)];
    expect(refs.length).toBeGreaterThan(0);
    for (const [, label, page] of refs)
      expect(Number(page), label).toBe(docs.find((d) => d.label === label)!.first);
  });

  it('bookmarks each document at its separator page', () => {
    const o = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', pdf])).outlines as {
      title: string;
      destpageposfrom1: number;
      kids: { title: string; destpageposfrom1: number }[];
    }[];
    const ev = o[o.length - 1]!;
    expect(ev.title).toBe('証拠書類');
    expect(ev.kids.map((k) => [k.title.split(' ')[0], k.destpageposfrom1])).toEqual(
      docs.map((d) => [d.label, d.separator]),
    );
  });

  it('appended PDF pages equal the originals in text and rendering; PDF originals are in upload/ byte for byte, images without metadata', () => {
    const upload = path.join(path.dirname(pdf), 'upload');
    for (const d of docs) {
      const orig = path.join(dir, 'documents', d.name);
      const bytes = readFileSync(orig);
      const padded = d.label.replace(/(\d+)$/, (n) => n.padStart(2, '0'));
      const copy = readFileSync(path.join(upload, `${padded}_${d.name}`));
      if (d.name.toLowerCase().endsWith('.pdf')) expect(copy.equals(bytes), d.label).toBe(true);
      else
        expect(
          tool('exiftool', [
            '-a',
            '-s',
            '-GPS:all',
            '-Make',
            path.join(upload, `${padded}_${d.name}`),
          ]),
        ).toBe('');
      if (!d.name.toLowerCase().endsWith('.pdf')) continue;
      const n = d.last - d.first + 1;
      const origPages = tool('pdftotext', ['-layout', orig, '-']).split('\f');
      for (let k = 0; k < n; k++) {
        expect(pages[d.first - 1 + k], `${d.label} p.${k + 1}`).toBe(origPages[k]);
        expect(raster(pdf, d.first + k), `${d.label} p.${k + 1}`).toBe(raster(orig, k + 1));
      }
    }
  });

  it('passes qpdf --check', () => {
    const r = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('gives the same bytes when the same case is built again', async () => {
    const again = await build(copySample(), { date: '2026-11-10' });
    expect(sha(readFileSync(again.pdf))).toBe(sha(readFileSync(pdf)));
  }, 300_000);
});
