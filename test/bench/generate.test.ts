// Smoke test of the benchmark generator on a small size: deterministic bytes, valid case.json,
// All Orders in strict CP932 with Amazon's headers, EXIF orientation written. No timing here.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
// @ts-expect-error plain ESM script without types
import { generateBigCase, SMALL, ORDER_HEADERS } from '../../scripts/bench/generate.mjs';
// @ts-expect-error plain ESM script without types
import { encodeCp932 } from '../../scripts/bench/cp932.mjs';
import { caseSchema } from '../../src/case/schema.js';
import { AUTHENTICITY_SECTIONS } from '../../src/case/sections.js';

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['.', 'records', 'documents'])
    for (const f of readdirSync(join(dir, sub), { withFileTypes: true }))
      if (f.isFile())
        out[`${sub}/${f.name}`] = createHash('sha256')
          .update(readFileSync(join(dir, sub, f.name)))
          .digest('hex');
  return out;
}

describe('bench generator', () => {
  it('encodes CP932 so that the strict decoder gives the text back, CP932-only characters too', () => {
    const text = '①㈱髙﨑 ステンレス製タンブラー ～－ ｱｲｳ ABC\\~';
    const bytes: Buffer = encodeCp932(text);
    expect(new TextDecoder('shift_jis', { fatal: true }).decode(bytes)).toBe(text);
    expect([...bytes.subarray(0, 2)]).toEqual([0x87, 0x40]); // ① in NEC row 13
    expect(() => encodeCp932('😀')).toThrow(/not representable/);
  });

  it('writes the same bytes twice for the same seed, and a valid case', async () => {
    const a = mkdtempSync(join(tmpdir(), 'ep-bench-a-'));
    const b = mkdtempSync(join(tmpdir(), 'ep-bench-b-'));
    try {
      await generateBigCase(a, SMALL);
      await generateBigCase(b, SMALL);
      const ha = hashes(a);
      expect(Object.keys(ha).length).toBe(1 + 4 + SMALL.pdfs + SMALL.photos);
      expect(hashes(b)).toEqual(ha);

      const c = caseSchema.parse(JSON.parse(readFileSync(join(a, 'case.json'), 'utf8')));
      for (const id of AUTHENTICITY_SECTIONS) expect(c.narrative[id]).toBeTruthy();
      expect(c.documents).toHaveLength(SMALL.pdfs + SMALL.photos);

      const orders = new TextDecoder('shift_jis', { fatal: true }).decode(
        readFileSync(join(a, 'records/all-orders.txt')),
      );
      const lines = orders.split('\r\n').filter(Boolean);
      expect(lines[0]!.split('\t')).toEqual(ORDER_HEADERS);
      expect(lines).toHaveLength(SMALL.orders + 1);
      expect(orders).toMatch(/タンブラー/);

      const photos = readdirSync(join(a, 'documents')).filter((f) => f.endsWith('.jpg'));
      const tags = photos.map((f) =>
        execFileSync('exiftool', ['-s3', '-n', '-Orientation', join(a, 'documents', f)], {
          encoding: 'utf8',
        }).trim(),
      );
      expect(tags).toContain('6');
      const pdfs = readdirSync(join(a, 'documents')).filter((f) => f.endsWith('.pdf'));
      const pages = pdfs.map((f) =>
        Number(
          /Pages:\s+(\d+)/.exec(
            execFileSync('pdfinfo', [join(a, 'documents', f)], { encoding: 'utf8' }),
          )![1],
        ),
      );
      expect(pages).toEqual([1, 2, 3]);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
