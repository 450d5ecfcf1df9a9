/**
 * Issue 17, class 6: the manifest hashes what was built. A document is read once — the bytes
 * checked are those hashed, embedded and copied to upload/ — and a workbook read more than once
 * is refused when it changed in between.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadCase } from '../../src/case/load.js';
import { readRecords } from '../../src/records/index.js';
import { hashInputs } from '../../src/publish/inputs.js';
import { build } from '../../src/build.js';
// @ts-expect-error plain ESM script without types
import { writeBaseCase, INVOICE_HEADERS } from '../../scripts/hostile/base-case.mjs';
// @ts-expect-error plain ESM script without types
import { validPdf } from '../../scripts/hostile/pdf-bytes.mjs';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function baseCase(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-once-')), 'case');
  writeBaseCase(dir);
  return dir;
}

describe('read once: the manifest hashes what was built', () => {
  it('hashInputs takes a document as the build read it, not as the file is now', async () => {
    const dir = baseCase();
    const loaded = await loadCase(dir);
    const file = 'documents/invoice-0001.pdf';
    const read = readFileSync(path.join(dir, file));
    // the file changes after the build read it
    writeFileSync(path.join(dir, file), validPdf('INVOICE CHANGED LATER'));
    const doc = { path: file, size: read.length, sha256: sha(read), kind: 'pdf' };
    const inputs = await hashInputs(loaded, [], {}, undefined, [doc]);
    expect(inputs.inputs.find((i) => i.path === file)).toMatchObject({
      sha256: sha(read),
      size: read.length,
      role: 'document',
    });
    const reread = await hashInputs(loaded, [], {});
    expect(reread.inputs.find((i) => i.path === file)?.sha256).not.toBe(sha(read));
  });

  it('a build: the manifest, upload/ and the separator page name the same bytes', async () => {
    const dir = baseCase();
    const r = await build(dir, { date: '2026-10-01' });
    const manifest = JSON.parse(readFileSync(path.join(r.dir, 'manifest.json'), 'utf8')) as {
      inputs: { path: string; sha256: string; role: string }[];
    };
    const doc = manifest.inputs.find((i) => i.role === 'document')!;
    const name = readdirSync(path.join(r.dir, 'upload')).find((n) =>
      n.endsWith(`_${path.basename(doc.path)}`),
    );
    const upload = readFileSync(path.join(r.dir, 'upload', name!));
    expect(sha(upload)).toBe(doc.sha256);
    // the separator page prints the SHA-256 of the bytes attached behind it
    const text = execFileSync('pdftotext', [r.pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(doc.sha256);
  }, 120_000);

  it('an xlsx that changes while it is read is refused, naming the file', async () => {
    const dir = baseCase();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('請求明細');
    ws.addRow(INVOICE_HEADERS);
    for (let i = 0; i < 10_500; i++)
      ws.addRow([`INV-${i}`, '2026-03-01', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', 1, '']);
    const xlsx = path.join(dir, 'records', 'lines.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const loaded = await loadCase(dir);
    let touched = false;
    const { problems } = await readRecords(loaded, {
      onProgress: (p) => {
        // at 10,000 rows: another program saves the workbook again, one byte different
        if (!touched && p.file === 'records/lines.xlsx' && p.rows >= 10_000 && !p.done) {
          touched = true;
          const b = readFileSync(xlsx);
          writeFileSync(xlsx, Buffer.concat([b, Buffer.from([0])]));
        }
      },
    });
    expect(touched).toBe(true);
    const p = problems.find((x) => x.code === 'RECORD_CHANGED');
    expect(p?.where.file).toBe('records/lines.xlsx');
    expect(p?.severity).toBe('error');
    expect(p?.message.ja).toContain('records/lines.xlsx');
  }, 120_000);
});
