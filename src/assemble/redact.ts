/**
 * Opt-in price redaction that really removes what it covers.
 *
 * A PDF page with boxes is rasterised by poppler's `pdftoppm` (a separate program, run only when
 * a case asks for redaction), the boxes are painted black in the pixels, and the page is
 * replaced by that image: the text and vector content of the page are gone from the file, not
 * hidden under a rectangle. Images (JPEG/PNG/GIF) are decoded, painted and re-encoded — the one
 * case where pixels are re-encoded, because they must change. The original file is only read.
 *
 * Why pdftoppm and not an npm renderer: mupdf (WASM) is AGPL, which would bind this MIT tool;
 * pdfjs-dist + @napi-rs/canvas adds ≈ 30 MB of native binaries to every install for a feature
 * few cases use; poppler-utils is a Debian/Homebrew package our CI and checks already install.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { EvidenceError, problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import type { PreparedImage } from './images.js';
import type { EvidenceDoc, Redaction } from './types.js';

/** Rasterising resolution for redacted PDF pages. */
export const REDACT_DPI = 150;

/** The upright (displayed) size of an image. */
export function displaySize(img: { width: number; height: number; orientation: number }) {
  return img.orientation >= 5
    ? { width: img.height, height: img.width }
    : { width: img.width, height: img.height };
}

/** A box in upright-image pixels (top-left origin) → the same box in stored pixels. */
export function toStoredRect(
  r: { x: number; y: number; width: number; height: number },
  img: { width: number; height: number; orientation: number },
): { x0: number; y0: number; x1: number; y1: number } {
  const d = displaySize(img);
  const map = (X: number, Y: number): [number, number] => {
    const u = X / d.width;
    const v = Y / d.height;
    const [x, y] = (
      {
        1: [u, v],
        2: [1 - u, v],
        3: [1 - u, 1 - v],
        4: [u, 1 - v],
        5: [v, u],
        6: [v, 1 - u],
        7: [1 - v, 1 - u],
        8: [1 - v, u],
      } as Record<number, [number, number]>
    )[img.orientation] ?? [u, v];
    return [x * img.width, y * img.height];
  };
  const [ax, ay] = map(r.x, r.y);
  const [bx, by] = map(r.x + r.width, r.y + r.height);
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
}

/** Paints boxes (stored-pixel coordinates) black in RGBA data. */
export function paintBlack(
  data: Uint8Array,
  width: number,
  height: number,
  boxes: { x0: number; y0: number; x1: number; y1: number }[],
): void {
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor(b.x0));
    const y0 = Math.max(0, Math.floor(b.y0));
    const x1 = Math.min(width, Math.ceil(b.x1));
    const y1 = Math.min(height, Math.ceil(b.y1));
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        const i = (y * width + x) * 4;
        data[i] = 0;
        data[i + 1] = 0;
        data[i + 2] = 0;
        data[i + 3] = 255;
      }
  }
}

/** Boxes that name a missing page or lie outside it. */
export function redactionProblems(doc: EvidenceDoc, jsonPath: string): Problem[] {
  const out: Problem[] = [];
  doc.redactions.forEach((r, i) => {
    const where = { file: doc.resolved, jsonPath: `${jsonPath}[${i}]` };
    if (r.page > doc.pages) {
      out.push(
        problem(
          'REDACTION_PAGE',
          where,
          t('assemble.redact.page', { file: doc.resolved, page: r.page, pages: doc.pages }),
          {
            hint: t('assemble.redact.hint'),
            expected: `1–${doc.pages}`,
            found: String(r.page),
          },
        ),
      );
      return;
    }
    let w: number;
    let h: number;
    if (doc.pdf) {
      const page = doc.pdf.getPage(r.page - 1);
      const mb = page.getCropBox(); // the visible page (the media box when no crop box is set)
      w = mb.width;
      h = mb.height;
    } else {
      ({ width: w, height: h } = displaySize(doc.image!));
    }
    const slack = 1;
    if (r.x < -slack || r.y < -slack || r.x + r.width > w + slack || r.y + r.height > h + slack)
      out.push(
        problem('REDACTION_OUTSIDE', where, t('assemble.redact.outside', { file: doc.resolved }), {
          hint: t('assemble.redact.hint'),
          expected: t('assemble.redact.inside', { w: Math.round(w), h: Math.round(h) }),
          found: `x ${r.x}, y ${r.y}, ${r.width} × ${r.height}`,
        }),
      );
  });
  return out;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 16 << 20 }, (err, _out, stderr) => {
      if (!err) return resolve();
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(
          new EvidenceError(
            [
              problem('TOOL_MISSING', {}, t('assemble.redact.tool'), {
                hint: t('assemble.redact.tool.hint'),
              }),
            ],
            2,
          ),
        );
      }
      reject(new Error(`${cmd} failed: ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
}

/**
 * One redacted PDF page as PNG bytes (upright, /Rotate applied) plus its size in points.
 * Boxes are in points from the bottom-left corner of the visible page (crop box, else media box,
 * whatever its origin), in the page's unrotated space.
 */
export async function redactPdfPage(
  doc: EvidenceDoc,
  pageNo: number,
): Promise<{ png: Buffer; widthPt: number; heightPt: number }> {
  const page = doc.pdf!.getPage(pageNo - 1);
  const mb = page.getCropBox(); // the visible page; pdftoppm -cropbox renders the same
  const rot = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const dir = await mkdtemp(path.join(tmpdir(), 'ep-redact-'));
  try {
    const src = path.join(dir, 'in.pdf');
    // the copy as viewers read it (qpdf's rewrite), which is what the other pages come from
    await writeFile(src, doc.pdfBytes ?? doc.bytes);
    const prefix = path.join(dir, 'page');
    await run('pdftoppm', [
      '-r',
      String(REDACT_DPI),
      '-f',
      String(pageNo),
      '-l',
      String(pageNo),
      '-png',
      '-cropbox',
      '-singlefile',
      src,
      prefix,
    ]);
    const img = PNG.sync.read(await readFile(`${prefix}.png`));
    const s = img.width / (rot === 90 || rot === 270 ? mb.height : mb.width);
    const boxes = doc.redactions
      .filter((r) => r.page === pageNo)
      .map((r) => {
        // unrotated, top-left origin, points; boxes count from the visible page's corner
        const ux0 = r.x;
        const ux1 = ux0 + r.width;
        const uy0 = mb.height - r.y - r.height;
        const uy1 = uy0 + r.height;
        const corners: [number, number][] = [
          [ux0, uy0],
          [ux1, uy1],
        ].map(([x, y]) => {
          if (rot === 90) return [mb.height - y!, x!];
          if (rot === 180) return [mb.width - x!, mb.height - y!];
          if (rot === 270) return [y!, mb.width - x!];
          return [x!, y!];
        });
        const [[ax, ay], [bx, by]] = corners as [[number, number], [number, number]];
        return {
          x0: Math.min(ax, bx) * s,
          y0: Math.min(ay, by) * s,
          x1: Math.max(ax, bx) * s,
          y1: Math.max(ay, by) * s,
        };
      });
    paintBlack(img.data, img.width, img.height, boxes);
    const png = PNG.sync.write(img, { colorType: 2, inputColorType: 6 });
    const upright = rot === 90 || rot === 270;
    return {
      png,
      widthPt: upright ? mb.height : mb.width,
      heightPt: upright ? mb.width : mb.height,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The image with its boxes painted black (re-encoded; orientation kept for placement). */
export function redactImage(img: PreparedImage, redactions: Redaction[]): PreparedImage {
  const boxes = redactions.map((r) => toStoredRect(r, img));
  if (img.format === 'jpeg') {
    const raw = jpeg.decode(img.bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: 200,
      maxMemoryUsageInMB: 2048,
    });
    paintBlack(raw.data, raw.width, raw.height, boxes);
    const out = jpeg.encode({ width: raw.width, height: raw.height, data: raw.data }, 90).data;
    return { ...img, bytes: Buffer.from(out) };
  }
  const png = PNG.sync.read(img.bytes);
  paintBlack(png.data, png.width, png.height, boxes);
  return { ...img, bytes: PNG.sync.write(png, { colorType: 6 }) };
}
