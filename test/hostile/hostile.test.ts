/**
 * The hostile-input suite (issue 11): the built CLI against every item of the corpus made by
 * scripts/hostile/corpus.mjs. Bad input → exit 1, a message in the seller's language naming the
 * file and place, no stack trace, and nothing new or changed in submissions/ or documents/. The
 * refused documents (PDFs and images) are built together as one case: one build names them all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
// @ts-expect-error plain ESM script without types
import { items, makeItem } from '../../scripts/hostile/corpus.mjs';
// @ts-expect-error plain ESM script without types
import { BUYER, writeBaseCase } from '../../scripts/hostile/base-case.mjs';
import { filesBelow, runCli, snapshot } from './run.js';

interface Item {
  id: string;
  area: string;
  command: 'build' | 'check' | 'reconcile' | 'reconcile-xlsx';
  exit: 0 | 1;
  mention?: string[];
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

async function prepare(it: Item) {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-hostile-')), it.id);
  await makeItem(it, dir);
  return dir;
}

function commandArgs(it: Item, dir: string): string[] {
  if (it.command === 'reconcile-xlsx')
    return ['reconcile', dir, '--xlsx', path.join(path.dirname(dir), 'out.xlsx')];
  if (it.command === 'build') return ['build', dir];
  return [it.command, dir];
}

async function xlsxStrings(
  file: string,
): Promise<{ value: string; quotePrefix: boolean; formula: boolean }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: { value: string; quotePrefix: boolean; formula: boolean }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        out.push({
          value: typeof v === 'string' ? v : JSON.stringify(v),
          quotePrefix: Boolean(cell.style?.quotePrefix),
          formula: cell.type === ExcelJS.ValueType.Formula,
        });
      }),
    ),
  );
  return out;
}

function latestPdf(dir: string): string {
  const pdfs = filesBelow(path.join(dir, 'submissions')).filter((f) =>
    f.endsWith('submission.pdf'),
  );
  expect(pdfs.length).toBeGreaterThan(0);
  return pdfs.sort().at(-1)!;
}

const isDocument = (i: Item) => i.area === 'pdf' || i.area === 'image';
const bad = (items as Item[]).filter((i) => i.exit === 1 && !isDocument(i));
const badDocuments = (items as Item[]).filter((i) => i.exit === 1 && isDocument(i));
const good = (items as Item[]).filter((i) => i.exit === 0);

/** The base case with the documents each item added (or swapped in) beside its own. */
async function documentsCase(picked: Item[]): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-hostile-docs-')), 'case');
  writeBaseCase(dir);
  const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
  const known = new Set(c.documents.map((d: unknown) => JSON.stringify(d)));
  for (const item of picked) {
    const alone = await prepare(item);
    const own = JSON.parse(readFileSync(path.join(alone, 'case.json'), 'utf8'));
    for (const d of own.documents as { file: string }[]) {
      if (known.has(JSON.stringify(d))) continue;
      copyFileSync(path.join(alone, d.file), path.join(dir, d.file));
      c.documents.push(d);
    }
  }
  writeFileSync(path.join(dir, 'case.json'), JSON.stringify(c, null, 2));
  return dir;
}

describe('hostile input: refused clearly, nothing written', () => {
  it('has at least 40 distinct items', () => {
    expect(new Set((items as Item[]).map((i) => i.id)).size).toBeGreaterThanOrEqual(40);
  });

  for (const item of bad) {
    it(`${item.area}: ${item.id}`, async () => {
      const dir = await prepare(item);
      const before = {
        docs: snapshot(path.join(dir, 'documents')),
        subs: snapshot(path.join(dir, 'submissions')),
      };
      const r = runCli(commandArgs(item, dir));
      const out = r.stdout + r.stderr;
      expect(r.code, out).toBe(1);
      for (const m of item.mention ?? []) expect(out, `should mention ${m}`).toContain(m);
      expect(out, "message in the seller's language").toMatch(JAPANESE);
      expect(out, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(snapshot(path.join(dir, 'documents'))).toEqual(before.docs);
      expect(snapshot(path.join(dir, 'submissions'))).toEqual(before.subs);
    });
  }
});

describe('hostile input: refused documents, all named by one build', () => {
  let lines: string[];
  beforeAll(async () => {
    const dir = await documentsCase(badDocuments);
    const before = snapshot(path.join(dir, 'documents'));
    const r = runCli(['build', dir]);
    const out = r.stdout + r.stderr;
    expect(r.code, out).toBe(1);
    expect(out, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(snapshot(path.join(dir, 'documents'))).toEqual(before);
    expect(snapshot(path.join(dir, 'submissions'))).toEqual({});
    lines = out.split('\n');
  });
  for (const item of badDocuments)
    it(`${item.area}: ${item.id}`, () => {
      for (const m of item.mention ?? []) {
        // the problem lines about this file (each starts with the file), with their hints
        const own = lines
          .flatMap((l, i) => (l.startsWith(`${m} `) ? [l, lines[i + 1] ?? ''] : []))
          .join('\n');
        expect(own, `a problem naming ${m}`).toMatch(/エラー [A-Z0-9_]+: /);
        expect(own, "message in the seller's language").toMatch(JAPANESE);
      }
    });
});

describe('hostile input: handled correctly', () => {
  const byId = Object.fromEntries(good.map((i) => [i.id, i]));
  const prepared = async (id: string) => {
    const item = byId[id]!;
    const dir = await prepare(item);
    const r = runCli(commandArgs(item, dir));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    return { dir, r };
  };

  it('image: EXIF orientation 6 comes out upright, with no GPS or camera data in the PDF', async () => {
    const { dir } = await prepared('image-exif-orientation-6-gps');
    const pdf = latestPdf(dir);
    const bytes = readFileSync(pdf);
    for (const secret of ['FakeCam', 'GPS', 'Exif'])
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    // find the page that holds the 160×100 image and render it
    const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    const line = list.split('\n').find((l) => /\s160\s+100\s/.test(l));
    expect(line, list).toBeDefined();
    const page = Number(line!.trim().split(/\s+/)[0]);
    const prefix = path.join(path.dirname(dir), 'page');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '30',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      pdf,
      prefix,
    ]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const box = (pred: (v: number) => boolean) => {
      let x0 = Infinity,
        y0 = Infinity,
        x1 = -1,
        y1 = -1;
      for (let y = 0; y < png.height; y++)
        for (let x = 0; x < png.width; x++) {
          const v = png.data[(y * png.width + x) * 4]!;
          if (pred(v)) {
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
          }
        }
      return { x0, y0, x1, y1, w: x1 - x0 + 1, h: y1 - y0 + 1 };
    };
    const dark = box((v) => v < 100);
    const light = box((v) => v >= 235 && v <= 252);
    // Upright: the stored image's left (dark) half is on top, wider than tall; the light half below.
    expect(dark.w / dark.h).toBeGreaterThan(1);
    expect(light.y1).toBeGreaterThan(dark.y1);
  });

  it('image: interlaced PNG and animated GIF are placed, one page each', async () => {
    for (const id of ['image-interlaced-png', 'image-animated-gif']) {
      const { dir } = await prepared(id);
      const list = execFileSync('pdfimages', ['-list', latestPdf(dir)], { encoding: 'utf8' });
      expect(list.split('\n').length).toBeGreaterThan(3);
    }
  });

  it('case: a file name written decomposed (NFD, as macOS does) is found', async () => {
    await prepared('case-nfd-file-name');
  });

  it('records: a report with a header row only is accepted', async () => {
    await prepared('records-header-only');
  });

  it('records: 20-digit ids and values exceljs would coerce are kept exactly', async () => {
    for (const id of ['records-20-digit-ids', 'records-coercible-values']) {
      const { dir } = await prepared(id);
      const cells = await xlsxStrings(path.join(path.dirname(dir), 'out.xlsx'));
      for (const want of (byId[id] as Item & { expectInOutput: string[] }).expectInOutput)
        expect(
          cells.some((c) => c.value === want),
          want,
        ).toBe(true);
    }
  });

  it('exports: text starting with = + - @ (also full-width) is inert in the workbook', async () => {
    const { dir } = await prepared('export-formula-injection');
    const cells = await xlsxStrings(path.join(path.dirname(dir), 'out.xlsx'));
    // the buyers' comments are in the workbook, each made inert
    for (const comment of ['=1+2 偽物です', '-2+3 fake', '＠cmd コピー品'])
      expect(
        cells.some((c) => c.value === `'${comment}` || (c.value === comment && c.quotePrefix)),
        comment,
      ).toBe(true);
    for (const c of cells) {
      expect(c.formula, c.value).toBe(false);
      if (/^[=+\-@＝＋－＠]/.test(c.value)) expect(c.quotePrefix, c.value).toBe(true);
    }
  });

  it('privacy: no buyer data in any output file', async () => {
    const { dir } = await prepared('privacy-buyer-data');
    const outputs = filesBelow(path.join(dir, 'submissions'));
    expect(outputs.length).toBeGreaterThan(0);
    const secrets = Object.values(BUYER as Record<string, string>);
    for (const f of outputs) {
      const bytes = readFileSync(f);
      let text = bytes.toString('utf8');
      if (f.endsWith('.pdf')) text += execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' });
      if (f.endsWith('.xlsx')) text += (await xlsxStrings(f)).map((c) => c.value).join('\n');
      for (const s of secrets) {
        expect(text.includes(s), `${s} in ${f}`).toBe(false);
        expect(bytes.includes(Buffer.from(s, 'utf16le')), `${s} (UTF-16) in ${f}`).toBe(false);
      }
    }
  });
});
