/** Page images compared with the reference PNGs in test/reference-images (small tolerance). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

export const REFERENCE_DIR = path.resolve(__dirname, '../reference-images');

/** One page as a PNG at `dpi` (pdftoppm). */
export function pagePng(file: string, page: number, dpi = 40): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'ep-png-'));
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    path.join(dir, 'p'),
  ]);
  const png = readdirSync(dir).find((f) => f.endsWith('.png'))!;
  return readFileSync(path.join(dir, png));
}

export interface ImageDiff {
  /** Share of pixels that differ by more than the per-channel tolerance. */
  differing: number;
  sameSize: boolean;
  created: boolean;
}

/**
 * Compares a page image with test/reference-images/<name>.png. A missing reference (or
 * UPDATE_REFERENCE_IMAGES=1) writes the reference instead.
 */
export function compareWithReference(name: string, png: Buffer, channelTolerance = 48): ImageDiff {
  const ref = path.join(REFERENCE_DIR, `${name}.png`);
  if (!existsSync(ref) || process.env.UPDATE_REFERENCE_IMAGES === '1') {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(ref, png);
    return { differing: 0, sameSize: true, created: true };
  }
  const a = PNG.sync.read(readFileSync(ref));
  const b = PNG.sync.read(png);
  if (a.width !== b.width || a.height !== b.height)
    return { differing: 1, sameSize: false, created: false };
  let bad = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++)
      if (Math.abs(a.data[i + c]! - b.data[i + c]!) > channelTolerance) {
        bad++;
        break;
      }
  }
  return { differing: bad / (a.width * a.height), sameSize: true, created: false };
}
