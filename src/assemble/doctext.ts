/**
 * The text a reviewer reads on a document: the PDF's own text layer (poppler's `pdftotext`), or,
 * for scans, images and PDFs without text, what `tesseract` (Japanese and English) reads on the
 * upright picture. Each document is read once per run; the checks in doccheck.ts reuse the text.
 * Without the tools there is no text and a reason, so the check says "not verifiable". `build`
 * reads text layers only (OCR costs about a second a page on this kind of machine, more than the
 * whole sample build may take); `check` also reads scans.
 */
import { execFile, spawn } from 'node:child_process';
import { withPrivateCopy } from './qpdf.js';
import jpeg from 'jpeg-js';
import { decodePng } from './images.js';
import type { PreparedImage } from './images.js';

export type TextSource = 'text' | 'ocr';

export interface DocText {
  /** Where the text came from, or why there is none. */
  source: TextSource | 'none';
  /** NFKC text of every page (OCR: one page). */
  text: string;
  /** Why no text could be read: no pdftotext, no tesseract with Japanese, the tool failed. */
  reason?: 'noTools' | 'empty' | 'failed';
}

/** Characters of text a page must have to count as a text layer (a scan may carry a stray mark). */
const MIN_TEXT_CHARS = 20;

function run(
  cmd: string,
  args: string[],
  input?: Buffer,
  timeoutMs = 60_000,
): Promise<{ ok: boolean; out: Buffer }> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, {
        stdio: ['pipe', 'pipe', 'ignore'],
        // one thread each: the machine's other core is busy with the report
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        timeout: timeoutMs,
      });
    } catch {
      resolve({ ok: false, out: Buffer.alloc(0) });
      return;
    }
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve({ ok: false, out: Buffer.alloc(0) }));
    child.on('close', (code) => resolve({ ok: code === 0, out: Buffer.concat(chunks) }));
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

let tesseractLangs: Promise<boolean> | undefined;

/** True when `tesseract` is installed with Japanese (jpn) and English (eng). Asked once a run. */
export function ocrAvailable(): Promise<boolean> {
  tesseractLangs ??= new Promise((resolve) => {
    execFile('tesseract', ['--list-langs'], (err, stdout, stderr) => {
      if (err) return resolve(false);
      const langs = `${stdout}\n${stderr}`.split(/\s+/);
      resolve(langs.includes('jpn') && langs.includes('eng'));
    });
  });
  return tesseractLangs;
}

/** OCR of a greyscale picture (PGM bytes) with Japanese and English. */
async function ocr(pgm: Buffer): Promise<string | undefined> {
  const r = await run('tesseract', ['stdin', 'stdout', '-l', 'jpn+eng', '--psm', '3'], pgm);
  return r.ok ? r.out.toString('utf8') : undefined;
}

/**
 * Grey pixels of an image turned upright per its EXIF orientation, as PGM bytes: one picture,
 * or for a small scan two — at its own size and at twice its size. Text a few pixels high is
 * read far better doubled, but on a doubled page tesseract's layout analysis can drop a whole
 * table (the product codes of the sample's 110 dpi invoice scan): the two readings are joined.
 */
export function uprightPgms(image: PreparedImage): Buffer[] {
  let w: number;
  let h: number;
  let rgba: Uint8Array;
  if (image.format === 'jpeg') {
    const d = jpeg.decode(image.bytes, { useTArray: true, maxMemoryUsageInMB: 1024 });
    [w, h, rgba] = [d.width, d.height, d.data];
  } else {
    const p = decodePng(image.bytes);
    [w, h, rgba] = [p.width, p.height, p.data];
  }
  const o = image.orientation;
  const swap = o >= 5;
  const W = swap ? h : w;
  const H = swap ? w : h;
  const out = Buffer.alloc(W * H);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      const g = (rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000;
      const a = rgba[i + 3]! / 255;
      // EXIF orientations: where the stored pixel (x, y) lands in the upright picture
      let X = x;
      let Y = y;
      if (o === 2) X = w - 1 - x;
      else if (o === 3) [X, Y] = [w - 1 - x, h - 1 - y];
      else if (o === 4) Y = h - 1 - y;
      else if (o === 5) [X, Y] = [y, x];
      else if (o === 6) [X, Y] = [h - 1 - y, x];
      else if (o === 7) [X, Y] = [h - 1 - y, w - 1 - x];
      else if (o === 8) [X, Y] = [y, w - 1 - x];
      out[Y * W + X] = Math.round(g * a + 255 * (1 - a));
    }
  const pgm = (w: number, h: number, px: Buffer) =>
    Buffer.concat([Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1'), px]);
  const own = pgm(W, H, out);
  return Math.min(W, H) < 1600 ? [own, pgm(W * 2, H * 2, doubled(out, W, H))] : [own];
}

/** A grey picture at twice its size, bilinear. */
function doubled(src: Buffer, w: number, h: number): Buffer {
  const W = w * 2;
  const out = Buffer.alloc(W * h * 2);
  for (let Y = 0; Y < h * 2; Y++) {
    const fy = Math.max(0, (Y - 0.5) / 2);
    const y0 = Math.min(h - 1, Math.floor(fy));
    const y1 = Math.min(h - 1, y0 + 1);
    const wy = fy - y0;
    for (let X = 0; X < W; X++) {
      const fx = Math.max(0, (X - 0.5) / 2);
      const x0 = Math.min(w - 1, Math.floor(fx));
      const x1 = Math.min(w - 1, x0 + 1);
      const wx = fx - x0;
      const top = src[y0 * w + x0]! * (1 - wx) + src[y0 * w + x1]! * wx;
      const bot = src[y1 * w + x0]! * (1 - wx) + src[y1 * w + x1]! * wx;
      out[Y * W + X] = Math.round(top * (1 - wy) + bot * wy);
    }
  }
  return out;
}

/** The text layer of a PDF file (pages separated by form feeds), or undefined without poppler. */
async function pdfText(file: string): Promise<string | undefined> {
  const r = await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
  return r.ok ? r.out.toString('utf8') : undefined;
}

/** The first pages of a PDF without text, rasterised and read by OCR. */
async function pdfOcr(file: string, pages: number): Promise<string | undefined> {
  const texts: string[] = [];
  for (let p = 1; p <= Math.min(pages, 3); p++) {
    const r = await run('pdftoppm', ['-r', '200', '-gray', '-f', `${p}`, '-l', `${p}`, file]);
    if (!r.ok) return undefined;
    const t = await ocr(r.out);
    if (t === undefined) return undefined;
    texts.push(t);
  }
  return texts.join('\f');
}

function visible(s: string): number {
  return s.replace(/\s/g, '').length;
}

/** Reads the text of one document: text layer first, OCR when there is none and it is installed. */
export async function documentText(
  doc: {
    abs: string;
    content: 'pdf' | 'jpeg' | 'png' | 'gif';
    pages: number;
    image?: PreparedImage;
  },
  opts: { ocr?: boolean } = {},
): Promise<DocText | undefined> {
  const ocrWanted = opts.ocr !== false;
  if (doc.content === 'pdf') {
    const text = await pdfText(doc.abs);
    if (text === undefined) return { source: 'none', text: '', reason: 'noTools' };
    if (visible(text) >= MIN_TEXT_CHARS) return { source: 'text', text: text.normalize('NFKC') };
    if (!ocrWanted) return undefined;
    if (!(await ocrAvailable())) return { source: 'none', text: '', reason: 'noTools' };
    const read = await pdfOcr(doc.abs, doc.pages);
    if (read === undefined) return { source: 'none', text: '', reason: 'failed' };
    return visible(read) >= MIN_TEXT_CHARS
      ? { source: 'ocr', text: read.normalize('NFKC') }
      : { source: 'none', text: '', reason: 'empty' };
  }
  if (!ocrWanted) return undefined;
  if (!doc.image) return { source: 'none', text: '', reason: 'failed' };
  if (!(await ocrAvailable())) return { source: 'none', text: '', reason: 'noTools' };
  let pgms: Buffer[];
  try {
    pgms = uprightPgms(doc.image);
  } catch {
    return { source: 'none', text: '', reason: 'failed' };
  }
  const reads: string[] = [];
  for (const pgm of pgms) {
    const one = await ocr(pgm);
    if (one === undefined) return { source: 'none', text: '', reason: 'failed' };
    reads.push(one);
  }
  const read = reads.join('\n');
  return visible(read) >= MIN_TEXT_CHARS
    ? { source: 'ocr', text: read.normalize('NFKC') }
    : { source: 'none', text: '', reason: 'empty' };
}

/**
 * The text of every checked document that has something to check (`wanted` says which), read
 * two at a time, by case.json path. Images and scans go through OCR when it is installed.
 */
export async function readDocumentTexts(
  caseDir: string,
  docs: readonly {
    file: string;
    resolved: string;
    content: 'pdf' | 'jpeg' | 'png' | 'gif';
    pages: number;
    image?: PreparedImage;
    /** The bytes the build read (a PDF is read from them, not from the file again). */
    bytes?: Buffer;
    /** qpdf's rewrite of a PDF as viewers read it. */
    pdfBytes?: Buffer;
  }[],
  wanted: (file: string) => boolean,
  opts: { ocr?: boolean } = {},
): Promise<Map<string, DocText>> {
  const todo = docs.filter((d) => wanted(d.file));
  const out = new Map<string, DocText>();
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const d = todo[next++]!;
      const read = (abs: string) =>
        documentText({ abs, content: d.content, pages: d.pages, image: d.image }, opts);
      // the text of the bytes that are attached, never of the file read a second time
      const bytes = d.pdfBytes ?? d.bytes;
      const text =
        d.content === 'pdf' && bytes
          ? await withPrivateCopy(bytes, (file) => read(file))
          : await read(`${caseDir}/${d.resolved}`);
      if (text) out.set(d.file, text);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}
