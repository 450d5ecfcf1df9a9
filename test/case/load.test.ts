import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCase, missingNarrative } from '../../src/case/load.js';
import { EvidenceError } from '../../src/errors.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

async function problemsOf(dir: string) {
  try {
    await loadCase(dir);
    return [];
  } catch (e) {
    if (!(e instanceof EvidenceError)) throw e;
    return e.problems;
  }
}

describe('loadCase', () => {
  it('loads a valid case and keeps the exact bytes', async () => {
    const dir = makeCaseDir(validCase());
    const loaded = await loadCase(dir);
    expect(loaded.data.seller.legalName).toBe('株式会社テスト商事');
    expect(loaded.bytes.toString('utf8')).toContain('テスト商事');
    expect(missingNarrative(loaded.data)).toEqual([]);
  });

  it('reports a missing case.json with a hint', async () => {
    const ps = await problemsOf(path.join(tmpdir(), 'ep-does-not-exist'));
    expect(ps[0]!.code).toBe('CASE_NOT_FOUND');
    expect(ps[0]!.hint?.en).toContain('init');
  });

  it('reports broken JSON with line and column', async () => {
    const dir = makeCaseDir('{\n  "schemaVersion": 1,\n  "language": "ja"\n  "kind": "x"\n}');
    const ps = await problemsOf(dir);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.code).toBe('CASE_JSON');
    expect(ps[0]!.where.line).toBe(4);
  });

  it('refuses NUL bytes', async () => {
    const dir = makeCaseDir(Buffer.from('{"schemaVersion":\u00001}'));
    const ps = await problemsOf(dir);
    expect(ps[0]!.code).toBe('CASE_JSON');
    expect(ps[0]!.message.en).toContain('NUL');
  });

  it('checks every path: "..", absolute, Windows, NUL, missing, symlink out, all at once', async () => {
    const outside = path.join(tmpdir(), `ep-outside-${process.pid}.pdf`);
    writeFileSync(outside, '%PDF-1.4');
    const c = validCase();
    const doc = (file: string) => ({ file, kind: 'invoice' });
    c.documents = [
      doc('../secret.pdf'),
      doc('/etc/passwd'),
      doc('C:/Users/x/invoice.pdf'),
      doc('documents\\invoice.pdf'),
      doc('documents/a\u0000.pdf'),
      doc('documents/missing.pdf'),
      doc('documents/link.pdf'),
      doc('documents/ok.pdf'),
    ];
    const dir = makeCaseDir(c, { 'documents/ok.pdf': '%PDF-1.4' });
    symlinkSync(outside, path.join(dir, 'documents/link.pdf'));
    const ps = await problemsOf(dir);
    const byPath = Object.fromEntries(ps.map((p) => [p.where.jsonPath, p.code]));
    expect(byPath).toEqual({
      '$.documents[0].file': 'CASE_PATH',
      '$.documents[1].file': 'CASE_PATH',
      '$.documents[2].file': 'CASE_PATH',
      '$.documents[3].file': 'CASE_PATH',
      '$.documents[4].file': 'CASE_PATH',
      '$.documents[5].file': 'CASE_FILE_MISSING',
      '$.documents[6].file': 'CASE_PATH_OUTSIDE',
    });
  });

  it('finds a file whose name macOS wrote decomposed (NFD)', async () => {
    const nfc = 'documents/請求書ダウンロード.pdf';
    const c = validCase();
    c.documents = [{ file: nfc, kind: 'invoice' }];
    const dir = makeCaseDir(c);
    writeFileSync(path.join(dir, nfc.normalize('NFD')), '%PDF-1.4');
    const loaded = await loadCase(dir);
    expect(loaded.resolvedFiles.get(nfc)).toBe(nfc.normalize('NFD'));
  });

  it('checks references between suppliers, products, cited ASINs and section ids', async () => {
    const c = validCase();
    c.products[0].supplierIds = ['S9'];
    c.notice.citedAsins = ['B0TEST0009'];
    c.narrative.perfNotice = 'x';
    const dir = makeCaseDir(c);
    const ps = await problemsOf(dir);
    expect(ps.map((p) => p.where.jsonPath).sort()).toEqual(
      ['$.narrative.perfNotice', '$.notice.citedAsins[0]', '$.products[0].supplierIds[0]'].sort(),
    );
  });

  it('lists sections without text', async () => {
    const c = validCase();
    c.narrative.apology = '  ';
    delete c.narrative.listings;
    mkdirSync(path.join(tmpdir(), 'x'), { recursive: true });
    const loaded = await loadCase(makeCaseDir(c));
    expect(missingNarrative(loaded.data)).toEqual(['listings', 'apology']);
  });
});
