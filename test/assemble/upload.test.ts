/** writeUploadSet: the combined PDF, originals byte for byte, and parts under the size limit. */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSubmission, type AssembledPdf } from '../../src/assemble/assemble.js';
import { inspectDocuments } from '../../src/assemble/inspect.js';
import { writeUploadSet } from '../../src/assemble/upload.js';
import type { EvidenceDoc } from '../../src/assemble/types.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import { caseWith, pageText, pdfInfo, sha, smallReport, tool, writeTemp } from './helpers.js';

describe('writeUploadSet', () => {
  let docs: EvidenceDoc[];
  let built: AssembledPdf;
  const originals: Record<string, Buffer> = {};

  beforeAll(async () => {
    originals['documents/請求書 1.pdf'] = await make.invoicePdf({ number: 'INV-1', pages: 2 });
    originals['documents/inv-2.pdf'] = await make.invoicePdf({ number: 'INV-2', pages: 3 });
    originals['documents/photo.jpg'] = make.exifJpeg(6, 400, 300);
    originals['documents/inv-3.pdf'] = await make.invoicePdf({
      number: 'INV-3',
      pages: 1,
      price: '4321',
    });
    const loaded = await caseWith([
      { file: 'documents/請求書 1.pdf', bytes: originals['documents/請求書 1.pdf']! },
      { file: 'documents/inv-2.pdf', bytes: originals['documents/inv-2.pdf']! },
      { file: 'documents/photo.jpg', bytes: originals['documents/photo.jpg']!, kind: 'photo' },
      {
        file: 'documents/inv-3.pdf',
        bytes: originals['documents/inv-3.pdf']!,
        redactions: [{ page: 1, x: 66, y: 192, width: 150, height: 26 }],
      },
    ]);
    const r = await inspectDocuments(loaded);
    docs = r.docs;
    built = await assembleSubmission({
      loaded,
      docs,
      buildDate: '2026-10-01',
      lang: 'ja',
      render: smallReport(2).render,
    });
  });

  it('writes the combined PDF and each original as <label>_<name> (labels padded): PDFs byte for byte, photos without metadata', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ep-up-'));
    const set = await writeUploadSet(dir, built.pdf, docs, 10, built.documentPages);
    const names = readdirSync(path.join(dir, 'upload')).sort();
    expect(names).toEqual([
      'A-01_請求書 1.pdf',
      'A-02_inv-2.pdf',
      'A-03_inv-3_prices-removed.pdf',
      'B-01_photo.jpg',
      'plan-of-action.pdf',
    ]);
    expect(sha(readFileSync(path.join(dir, 'upload', 'plan-of-action.pdf')))).toBe(sha(built.pdf));
    expect(
      readFileSync(path.join(dir, 'upload', 'A-01_請求書 1.pdf')).equals(
        originals['documents/請求書 1.pdf']!,
      ),
    ).toBe(true);
    // the photo: its metadata removed, its image data the original's
    const photo = readFileSync(path.join(dir, 'upload', 'B-01_photo.jpg'));
    const orig = originals['documents/photo.jpg']!;
    const sos = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xda])));
    expect(photo.equals(orig)).toBe(false);
    expect(sos(photo).equals(sos(orig))).toBe(true);
    const entry = set.files.find((f) => f.name === 'B-01_photo.jpg')!;
    expect(entry.metadataRemoved).toBe(true);
    expect(entry.originalSha256).toBe(sha(orig));
    expect(set.problems).toEqual([]);
    // a redacted document is not uploaded as its original (that would undo the redaction)
    const red = path.join(dir, 'upload', 'A-03_inv-3_prices-removed.pdf');
    expect(tool('pdftotext', [red, '-'])).not.toContain('4321');
    expect(set.files.find((f) => f.name === 'A-03_inv-3_prices-removed.pdf')!.role).toBe(
      'redacted',
    );
  });

  it('splits the combined PDF at document boundaries into parts under the limit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ep-up-'));
    // a limit a little over the largest unit (the report), under the whole file: the separator
    // pages share one font subset, so the whole file is little more than its largest unit
    // plus the documents
    const limitMiB = 0.8 * (built.pdf.length / (1024 * 1024));
    const set = await writeUploadSet(dir, built.pdf, docs, limitMiB, built.documentPages);
    const parts = set.files.filter((f) => f.role === 'part');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    let next = 1;
    const starts = new Set([1, ...built.documentPages.map((p) => p.separatorPage)]);
    const whole = writeTemp(dir, 'whole.pdf', built.pdf);
    for (const p of parts) {
      expect(p.bytes).toBeLessThanOrEqual(limitMiB * 1024 * 1024);
      const [from, to] = p.pages!;
      expect(from).toBe(next);
      expect(starts.has(from), `part starts at a document boundary (${from})`).toBe(true);
      const file = path.join(dir, 'upload', p.name);
      expect(Number(pdfInfo(file).Pages)).toBe(to - from + 1);
      expect(pageText(file, 1)).toBe(pageText(whole, from));
      next = to + 1;
    }
    expect(next - 1).toBe(built.pages);
    expect(parts.map((p) => p.name)).toEqual(
      parts.map((_, i) => `plan-of-action_part${i + 1}of${parts.length}.pdf`),
    );
  });
});
