/**
 * build takes the text layers an earlier `check` read from the same bytes (preview/
 * document-texts.json) instead of running pdftotext again, and never its OCR texts: a build's
 * findings do not depend on whether check ran before.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM script without types
import { writeBaseCase } from '../../scripts/hostile/base-case.mjs';
// @ts-expect-error plain ESM script without types
import { validPdf } from '../../scripts/hostile/pdf-bytes.mjs';
import { build } from '../../src/build.js';
import { runCheck } from '../../src/check.js';
import { PREVIEW_DIR, TEXT_STORE } from '../../src/preview/dir.js';

function baseCase(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-text-store-')), 'case');
  writeBaseCase(dir);
  // a text layer long enough to count as one (the base invoice's two words are taken for a scan)
  writeFileSync(
    path.join(dir, 'documents/invoice-0001.pdf'),
    validPdf('INVOICE INV-0001 2026-03-01 B0HOSTILE1 10'),
  );
  return dir;
}

/** check's store, with the invoice's text replaced (its number gone) and marked `source`. */
async function storeSaying(dir: string, source: 'text' | 'ocr'): Promise<void> {
  await runCheck(
    dir,
    { today: '2026-11-20' },
    { textStore: path.join(dir, PREVIEW_DIR, TEXT_STORE) },
  );
  const file = path.join(dir, PREVIEW_DIR, TEXT_STORE);
  const store = JSON.parse(readFileSync(file, 'utf8')) as {
    texts: Record<string, { source: string; text: string }>;
  };
  const entries = Object.values(store.texts);
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.some((t) => t.text.includes('INV-0001'))).toBe(true);
  for (const t of entries) {
    t.source = source;
    t.text = 'A PAGE WITHOUT THE NUMBER';
  }
  writeFileSync(file, JSON.stringify(store));
}

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code).sort();

describe('build and the texts check kept', () => {
  it('reads the text layer itself without a store; takes a stored text layer; ignores stored OCR', async () => {
    const plain = await build(baseCase(), { date: '2026-11-20' });
    expect(codes(plain)).not.toContain('DOC_TEXT_NUMBER');

    const stored = baseCase();
    await storeSaying(stored, 'text');
    const fromStore = await build(stored, { date: '2026-11-20' });
    expect(codes(fromStore)).toContain('DOC_TEXT_NUMBER');

    const ocr = baseCase();
    await storeSaying(ocr, 'ocr');
    expect(codes(await build(ocr, { date: '2026-11-20' }))).toEqual(codes(plain));
  });
});
