/**
 * The real pipeline from compose to the combined PDF: the evidence index, the §8 references and
 * the bookmarks point at the pages where the documents really are, the footer counts every page
 * but is drawn only on our pages, and qpdf --check passes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSubmission, type AssembledPdf } from '../../src/assemble/assemble.js';
import { inspectDocuments } from '../../src/assemble/inspect.js';
import type { EvidenceEntry } from '../../src/assemble/types.js';
import { compose } from '../../src/compose/index.js';
import { renderReport } from '../../src/render/index.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import { caseWith, pageText, tool, writeTemp } from './helpers.js';

interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}

describe('compose → render → assemble', () => {
  let built: AssembledPdf;
  let renders = 0;
  let file: string;
  let work: string;
  const originals: Record<string, Buffer> = {};

  beforeAll(async () => {
    originals.a = await make.invoicePdf({ number: 'INV-A1', pages: 3 });
    originals.b = await make.invoicePdf({ number: 'INV-B2', pages: 2 });
    const loaded = await caseWith(
      [
        {
          file: 'documents/inv-a.pdf',
          bytes: originals.a,
          invoiceNumber: 'INV-A1',
          supplierId: 'S1',
          issueDate: '2026-03-01',
        },
        {
          file: 'documents/inv-b.pdf',
          bytes: originals.b,
          invoiceNumber: 'INV-B2',
          supplierId: 'S1',
          issueDate: '2026-04-01',
        },
        {
          file: 'documents/photo.jpg',
          bytes: make.exifJpeg(6),
          kind: 'photo',
          description: '検品の写真',
        },
      ],
      (c) => {
        c.actionsTaken = [
          {
            date: '2026-09-20',
            what: '仕入先に請求書の再発行を依頼した。',
            evidence: ['documents/inv-b.pdf'],
          },
        ];
      },
    );
    const { docs, problems } = await inspectDocuments(loaded);
    expect(problems).toEqual([]);
    const render = async (
      evidence: EvidenceEntry[],
      _total: number,
      assumed: { reportPages: number; appendedPages: number },
    ) => {
      const model = compose({
        case: loaded.data,
        lang: 'ja',
        revision: 'rev-001',
        buildDate: '2026-10-01',
        draft: false,
        evidence,
        ...assumed,
      });
      const r = await renderReport(model);
      renders++;
      return { pdf: r.pdf, pages: r.pages, outline: r.outline, meta: model.meta, exact: true };
    };
    built = await assembleSubmission({ loaded, docs, buildDate: '2026-10-01', lang: 'ja', render });
    work = mkdtempSync(path.join(tmpdir(), 'ep-int-'));
    file = writeTemp(work, 'out.pdf', built.pdf);
  }, 120_000);

  it('renders the report once: it prints the evidence pages for its own real length', () => {
    expect(renders).toBe(1);
  });

  it('prints in the evidence index the page ranges where the documents really are', () => {
    const all = tool('pdftotext', ['-layout', '-l', String(built.reportPages), file, '-']);
    for (const p of built.documentPages) {
      const range =
        p.firstPage === p.lastPage ? String(p.firstPage) : `${p.firstPage}–${p.lastPage}`;
      const row = all.split('\n').find((l) => new RegExp(`^\\s*${p.label}\\s`).test(l));
      expect(row, p.label).toBeDefined();
      expect(row).toContain(range);
    }
    // and the pages hold the documents: first page of A-1 is page 1 of the original
    const a = writeTemp(work, 'a.pdf', originals.a!);
    const a1 = built.documentPages.find((p) => p.label === 'A-1')!;
    expect(pageText(file, a1.firstPage)).toBe(pageText(a, 1));
    expect(pageText(file, a1.lastPage)).toBe(pageText(a, 3));
  });

  it('refers to documents in §8 by label and the real page', () => {
    const a2 = built.documentPages.find((p) => p.label === 'A-2')!;
    const all = tool('pdftotext', ['-l', String(built.reportPages), file, '-']).replace(/\s+/g, '');
    expect(all).toContain(`A-2（${a2.firstPage}ページ）`);
    const b = writeTemp(work, 'b.pdf', originals.b!);
    expect(pageText(file, a2.firstPage)).toBe(pageText(b, 1));
  });

  it('bookmarks every section and every document at the right page', () => {
    const o: Outline[] = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', file])).outlines;
    const index = o.find((x) => x.title.includes('証拠書類一覧'))!;
    expect(pageText(file, index.destpageposfrom1)).toContain('証拠書類一覧');
    const ev = o[o.length - 1]!;
    expect(ev.title).toBe('証拠書類');
    expect(ev.kids.map((k) => k.destpageposfrom1)).toEqual(
      built.documentPages.map((p) => p.separatorPage),
    );
    for (const p of built.documentPages)
      expect(pageText(file, p.separatorPage)).toContain(`証拠書類 ${p.label}`);
  });

  it('numbers our pages "x / total" over the whole file and leaves the originals unnumbered', () => {
    for (let p = 2; p <= built.reportPages; p++)
      expect(pageText(file, p)).toContain(`${p} / ${built.pages}`);
    const sep = built.documentPages[0]!.separatorPage;
    expect(pageText(file, sep)).toContain(`${sep} / ${built.pages}`);
    const a1 = built.documentPages[0]!;
    for (const p of built.documentPages)
      for (let k = p.firstPage; k <= p.lastPage; k++)
        expect(pageText(file, k)).not.toContain(`/ ${built.pages}`);
    const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // our pages use only the embedded Noto Sans JP (the originals' own fonts are theirs)
    const ours = tool('pdffonts', ['-l', String(built.reportPages), file])
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(ours.length).toBeGreaterThan(0);
    for (const line of ours) expect(line).toMatch(/NotoSansJP.*\syes\s+yes\s/);
  });
});
