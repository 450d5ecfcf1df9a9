/** Every EXIF orientation (1–8) is placed upright by turning the placement, not the pixels. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSubmission } from '../../src/assemble/assemble.js';
import { inspectDocuments } from '../../src/assemble/inspect.js';
// @ts-expect-error plain ESM script without types
import * as make from '../fixtures/documents/make.mjs';
import { caseWith, raster, smallReport, writeTemp } from './helpers.js';

/** Where the dark half of the stored image (its left half) must appear once upright. */
const EXPECTED: Record<number, 'left' | 'right' | 'top' | 'bottom'> = {
  1: 'left',
  2: 'right',
  3: 'right',
  4: 'left',
  5: 'top',
  6: 'top',
  7: 'bottom',
  8: 'bottom',
};

describe('EXIF orientation', () => {
  it('places all eight orientations upright', async () => {
    const orientations = [1, 2, 3, 4, 5, 6, 7, 8];
    const loaded = await caseWith(
      orientations.map((o) => ({
        file: `documents/o${o}.jpg`,
        bytes: make.exifJpeg(o),
        kind: 'photo',
      })),
    );
    const { docs } = await inspectDocuments(loaded);
    expect(docs.map((d) => d.image!.orientation)).toEqual(orientations);
    const out = await assembleSubmission({
      loaded,
      docs,
      buildDate: '2026-10-01',
      lang: 'ja',
      render: smallReport(1).render,
    });
    const work = mkdtempSync(path.join(tmpdir(), 'ep-ori-'));
    const file = writeTemp(work, 'o.pdf', out.pdf);
    for (const [i, p] of out.documentPages.entries()) {
      const o = orientations[i]!;
      const png = raster(file, p.firstPage, 20);
      // bounding boxes of the dark half and of the whole image (anything not white paper)
      const box = (pred: (v: number) => boolean) => {
        let x0 = Infinity,
          y0 = Infinity,
          x1 = -1,
          y1 = -1;
        for (let y = 0; y < png.height; y++)
          for (let x = 0; x < png.width; x++)
            if (pred(png.data[(y * png.width + x) * 4]!)) {
              x0 = Math.min(x0, x);
              y0 = Math.min(y0, y);
              x1 = Math.max(x1, x);
              y1 = Math.max(y1, y);
            }
        return { x0, y0, x1, y1, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
      };
      const dark = box((v) => v < 100);
      const light = box((v) => v >= 235 && v <= 252);
      const where =
        Math.abs(dark.cx - light.cx) > Math.abs(dark.cy - light.cy)
          ? dark.cx < light.cx
            ? 'left'
            : 'right'
          : dark.cy < light.cy
            ? 'top'
            : 'bottom';
      expect(where, `orientation ${o}`).toBe(EXPECTED[o]);
      // 5–8 are stored landscape but shown portrait: the page is portrait too
      expect(png.height > png.width, `orientation ${o} page shape`).toBe(o >= 5);
    }
  });
});
