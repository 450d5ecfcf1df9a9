/**
 * Hostile input, round 2 (issue 17, part A): the built CLI against every item of
 * scripts/hostile/round2.mjs, each within 1 GB of memory and 30 s (measured by /usr/bin/time).
 * Bad input → exit 1 naming the file; the rest → the right result: the pages attached read as
 * `pdftotext` reads the original (qpdf's reading, not pdf-lib's last body), no active content in
 * the submission or upload/, page geometry normalised. The refused documents are built together
 * as one case, and so are the documents handled correctly (two builds within the limits instead
 * of one per item).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM script without types
import { round2Items } from '../../scripts/hostile/round2.mjs';
// @ts-expect-error plain ESM script without types
import { makeItem } from '../../scripts/hostile/corpus.mjs';
// @ts-expect-error plain ESM script without types
import { writeBaseCase } from '../../scripts/hostile/base-case.mjs';
import { PNG } from 'pngjs';
import { cli, snapshot } from './run.js';

interface Item {
  id: string;
  area: string;
  exit: 0 | 1;
  file: string;
  mention?: string[];
  pageSize?: [number, number];
  rotate?: number;
}

const items = round2Items as Item[];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const MAX_RSS_KB = 1024 * 1024;
const MAX_SECONDS = 30;

async function prepare(it: Item): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-hostile2-')), it.id);
  await makeItem(it, dir);
  return dir;
}

/** The CLI under /usr/bin/time -v: exit code, output, wall seconds and peak memory. */
function timedBuild(dir: string) {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'build', dir], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'ja_JP.UTF-8' },
    timeout: 120_000,
    maxBuffer: 64 << 20,
  });
  const err = r.stderr ?? '';
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
  const clock = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    err,
  );
  const seconds = clock
    ? Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3])
    : NaN;
  const code = Number(/Exit status: (\d+)/.exec(err)?.[1] ?? r.status);
  const out = `${r.stdout}\n${err.split('\tCommand being timed')[0]}`;
  return { code, out, rssKb, seconds };
}

function latestRevision(dir: string): string {
  const subs = path.join(dir, 'submissions');
  const revs = readdirSync(subs)
    .filter((n) => /^rev-\d{3}$/.test(n))
    .sort();
  expect(revs.length).toBeGreaterThan(0);
  return path.join(subs, revs.at(-1)!);
}

const tool = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The pages of document `file` in the submission, from the manifest. */
function pagesOf(rev: string, file: string): { first: number; last: number } {
  const m = JSON.parse(readFileSync(path.join(rev, 'manifest.json'), 'utf8')) as {
    documents: { file: string; pages: { first: number; last: number } | null }[];
  };
  const d = m.documents.find((x) => x.file === file);
  expect(d?.pages, file).toBeTruthy();
  return d!.pages!;
}

/** Object dictionaries of a PDF written out plainly (qpdf --qdf), to search for keys. */
function expanded(pdf: string): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'ep-qdf-')), 'x.pdf');
  spawnSync('qpdf', ['--qdf', '--object-streams=disable', pdf, out]);
  return readFileSync(out, 'latin1');
}

const ACTIVE_KEYS = [
  '/JavaScript',
  '/JS ',
  '/Launch',
  '/URI',
  '/EmbeddedFile',
  '/FileAttachment',
  '/XFA',
  '/AA',
  '/OpenAction',
  '/SubmitForm',
];

/**
 * One case holding every document of `picked` (each item's file and its case.json entry added
 * beside the base invoice): one build instead of one per item.
 */
async function caseOf(picked: Item[], name: string): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), `ep-hostile2-${name}-`)), 'case');
  writeBaseCase(dir);
  const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
  for (const item of picked) {
    const alone = await prepare(item);
    const own = JSON.parse(readFileSync(path.join(alone, 'case.json'), 'utf8'));
    copyFileSync(path.join(alone, item.file), path.join(dir, item.file));
    c.documents.push(own.documents.find((d: { file: string }) => d.file === item.file));
    if (own.actionsTaken[0].evidence.includes(item.file))
      c.actionsTaken[0].evidence.push(item.file);
  }
  writeFileSync(path.join(dir, 'case.json'), JSON.stringify(c, null, 2));
  return dir;
}

/**
 * Every refused document in one case: one build must name each of them (every problem of a run
 * at once), within the limits for all of them together.
 */
describe('hostile input, round 2: refused clearly within 1 GB and 30 s', () => {
  const refused = items.filter((i) => i.exit === 1);
  let run: { out: string; lines: string[] };
  beforeAll(async () => {
    const dir = await caseOf(refused, 'refused');
    const before = snapshot(path.join(dir, 'documents'));
    const r = timedBuild(dir);
    expect(r.code, r.out).toBe(1);
    expect(r.out, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.rssKb, 'peak memory (kB)').toBeLessThan(MAX_RSS_KB);
    expect(r.seconds, 'wall time (s)').toBeLessThan(MAX_SECONDS);
    expect(snapshot(path.join(dir, 'documents'))).toEqual(before);
    expect(snapshot(path.join(dir, 'submissions'))).toEqual({});
    run = { out: r.out, lines: r.out.split('\n') };
  });
  for (const item of refused)
    it(`${item.area}: ${item.id}`, () => {
      // the problem lines about this file (each starts with the file), with their hints
      const own = run.lines
        .flatMap((l, i) => (l.startsWith(`${item.file} `) ? [l, run.lines[i + 1] ?? ''] : []))
        .join('\n');
      expect(own, `a problem naming ${item.file}`).toMatch(/エラー [A-Z0-9_]+: /);
      for (const m of item.mention ?? []) expect(own, `should mention ${m}`).toContain(m);
      expect(own).toMatch(JAPANESE);
    });
});

describe('hostile input, round 2: handled correctly within 1 GB and 30 s', () => {
  let shared: { dir: string; rev: string; pdf: string; out: string };
  beforeAll(async () => {
    const dir = await caseOf(
      items.filter((i) => i.exit === 0),
      'good',
    );
    const r = timedBuild(dir);
    expect(r.code, r.out).toBe(0);
    expect(r.rssKb).toBeLessThan(MAX_RSS_KB);
    expect(r.seconds).toBeLessThan(MAX_SECONDS);
    const rev = latestRevision(dir);
    shared = { dir, rev, pdf: path.join(rev, 'submission.pdf'), out: r.out };
  });
  const built = async (id: string) => ({ item: items.find((i) => i.id === id)!, ...shared });
  /** The upload copy of `file` (its name ends with the file's own, before any suffix). */
  const uploadOf = (rev: string, file: string, suffix = '') => {
    const stem = path.basename(file, path.extname(file));
    const names = readdirSync(path.join(rev, 'upload'));
    return names.find((n) => n.endsWith(`_${stem}${suffix}${path.extname(file)}`));
  };

  for (const [id, total] of [
    ['pdf-shadow-body', 'TOTAL 690 UNITS'],
    ['pdf-unlisted-update', 'TOTAL 690 UNITS'],
    ['pdf-two-trailers', 'TOTAL 690 UNITS'],
    ['pdf-honest-update', 'TOTAL 700 UNITS'],
  ] as const)
    it(`reading: ${id} — the attached page says what pdftotext of the original says (${total})`, async () => {
      const { item, dir, rev, pdf } = await built(id);
      const { first, last } = pagesOf(rev, item.file);
      const attached = tool('pdftotext', ['-f', `${first}`, '-l', `${last}`, pdf, '-']);
      const original = tool('pdftotext', [path.join(dir, item.file), '-']);
      expect(squash(attached)).toBe(squash(original));
      expect(attached).toContain(total);
      expect(attached).not.toContain('5690');
    });

  it('bomb class: an image whose data is exactly its size (Flate + PNG predictor) is attached', async () => {
    const { pdf } = await built('pdf-image-flate-predictor-ok');
    expect(tool('pdfimages', ['-list', pdf])).toMatch(/\s100\s+100\s+gray/);
  });

  it('bomb class: a small inline image (BI … ID … EI) is attached with its page', async () => {
    const { item, rev, pdf } = await built('pdf-inline-image-ok');
    const { first } = pagesOf(rev, item.file);
    expect(tool('pdftotext', ['-f', `${first}`, '-l', `${first}`, pdf, '-'])).toContain(
      'INVOICE INV-0001',
    );
  });

  for (const id of [
    'pdf-page-aa-javascript',
    'pdf-link-launch',
    'pdf-link-uri',
    'pdf-embedded-file',
    'pdf-form-script',
    'pdf-xfa-static',
    'pdf-all-active-content',
  ])
    it(`active content: ${id} — none in submission.pdf or upload/, the page text kept, the separator says so`, async () => {
      const { item, rev, pdf, out } = await built(id);
      expect(out).toContain('PDF_ACTIVE_CONTENT');
      const upload = path.join(rev, 'upload');
      const names = readdirSync(upload);
      const copy = uploadOf(rev, item.file, '_active-content-removed');
      expect(copy, names.join(', ')).toBeDefined();
      expect(uploadOf(rev, item.file), 'the original is not in upload/').toBeUndefined();
      for (const f of [pdf, path.join(upload, copy!)]) {
        const text = expanded(f);
        for (const k of ACTIVE_KEYS) expect(text.includes(k), `${k} in ${f}`).toBe(false);
        expect(tool('pdftotext', [f, '-'])).toContain('INVOICE INV-0001');
      }
      const { first } = pagesOf(rev, item.file);
      const separator = squash(
        tool('pdftotext', ['-f', `${first - 1}`, '-l', `${first - 1}`, pdf, '-']),
      );
      expect(separator).toContain('動的な要素');
      expect(separator).toContain('Active content');
    });

  for (const [id, codec] of [
    ['pdf-jpx-good', 'jpx'],
    ['pdf-jp2-good', 'jpx'],
    ['pdf-jbig2-good', 'jbig2'],
    ['pdf-jbig2-globals-good', 'jbig2'],
    ['pdf-ccitt-good', 'ccitt'],
  ] as const)
    it(`codec: ${id} — a ${codec} image whose headers agree with its dictionary is attached`, async () => {
      const { item, rev, pdf } = await built(id);
      const { first } = pagesOf(rev, item.file);
      const list = tool('pdfimages', ['-f', `${first}`, '-l', `${first}`, '-list', pdf]);
      expect(list).toMatch(new RegExp(`\\s100\\s+100\\s+gray\\s+1\\s+\\d+\\s+${codec}\\s`));
    });

  it('APNG: the attached picture is the still image, which is the first frame viewers animate', async () => {
    const { item, dir, rev, pdf, out } = await built('apng-good');
    expect(out).toContain('GIF_ANIMATED');
    const { first } = pagesOf(rev, item.file);
    const x = mkdtempSync(path.join(tmpdir(), 'ep-apng-'));
    execFileSync('pdfimages', ['-f', `${first}`, '-l', `${first}`, '-png', pdf, `${x}/im`]);
    const images = readdirSync(x).sort();
    // the picture (RGB) and its transparency mask
    const picture = PNG.sync.read(readFileSync(path.join(x, images[0]!)));
    const still = PNG.sync.read(readFileSync(path.join(dir, item.file))); // pngjs: the IDAT
    expect([picture.width, picture.height]).toEqual([64, 48]);
    expect([...picture.data.subarray(0, 3)]).toEqual([...still.data.subarray(0, 3)]);
    expect([...picture.data.subarray(0, 3)]).toEqual([220, 30, 30]); // red, not the blue frame 2
  });

  /** What the hostile documents' metadata holds: a local path, a user name, the tools. */
  const PRIVATE = /tanaka|Users|SecretTool|PrivateProducer|\/home\//;
  const sha256 = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

  /** Info (pdfinfo), XMP and everything exiftool reads, and the objects (qpdf) of `f`. */
  function expectNoPrivateData(f: string) {
    expect(tool('pdfinfo', [f]), `pdfinfo ${f}`).not.toMatch(PRIVATE);
    expect(tool('pdfinfo', [f])).toMatch(/Metadata Stream:\s+no/);
    expect(tool('exiftool', ['-a', '-G1', f]), `exiftool ${f}`).not.toMatch(PRIVATE);
    const text = expanded(f);
    for (const k of ['/PieceInfo', '/Metadata', 'tanaka', 'x:xmpmeta'])
      expect(text.includes(k), `${k} in ${f}`).toBe(false);
  }

  it('metadata: the cleaned upload copy and submission.pdf carry no Info, XMP or private data of the original', async () => {
    const { item, dir, rev, pdf } = await built('pdf-active-with-metadata');
    const original = path.join(dir, item.file);
    const hash = sha256(original);
    expect(tool('pdfinfo', [original])).toMatch(/tanaka/); // the hostile file does carry it
    const upload = path.join(rev, 'upload');
    const copy = uploadOf(rev, item.file, '_active-content-removed')!;
    expect(copy).toBeDefined();
    const cleaned = path.join(upload, copy);
    expectNoPrivateData(cleaned);
    expect(tool('qpdf', ['--show-object=trailer', cleaned])).not.toContain('/Info');
    expectNoPrivateData(pdf);
    expect(tool('pdftotext', [cleaned, '-'])).toContain('INVOICE INV-0001');
    expect(sha256(original), 'documents/ untouched').toBe(hash);
  });

  it('metadata: an original without active content goes to upload/ byte for byte; the submission drops its metadata', async () => {
    const { item, dir, rev, pdf } = await built('pdf-plain-with-metadata');
    const copy = uploadOf(rev, item.file)!;
    expect(sha256(path.join(rev, 'upload', copy))).toBe(sha256(path.join(dir, item.file)));
    expectNoPrivateData(pdf);
    // our own PDF names no folder or user of the machine that built it
    const text = expanded(pdf);
    for (const s of [dir, homedir(), tmpdir(), process.cwd()])
      expect(text.includes(s), `${s} in submission.pdf`).toBe(false);
    const user = userInfo().username;
    if (user.length >= 3 && user !== 'root')
      expect(text.includes(user), `user name ${user} in submission.pdf`).toBe(false);
    expect(tool('pdfinfo', [pdf])).toMatch(/Producer:\s+evidence-pack/);
  });

  for (const id of ['pdf-mediabox-reversed-corners', 'pdf-rotate-minus-90', 'pdf-rotate-450'])
    it(`geometry: ${id} — attached upright at its real size`, async () => {
      const { item, rev, pdf } = await built(id);
      const { first } = pagesOf(rev, item.file);
      const info = tool('pdfinfo', ['-f', `${first}`, '-l', `${first}`, pdf]);
      const [w, h] = item.pageSize!;
      expect(info).toMatch(new RegExp(`Page\\s+${first} size:\\s+${w} x ${h} pts`));
      expect(info).toMatch(new RegExp(`Page\\s+${first} rot:\\s+${item.rotate}\\b`));
      expect(tool('pdftotext', ['-f', `${first}`, '-l', `${first}`, pdf, '-'])).toContain(
        'INVOICE INV-0001',
      );
    });
});
