#!/usr/bin/env node
/**
 * How carefully a submission is typeset, read from the PDF alone with poppler and qpdf:
 *
 *   node scripts/measure-typesetting.mjs <submission.pdf> [--json]
 *
 * - short lines: running Japanese lines of the report (body text, 9–10.5 pt) that end more than
 *   1.5 em short of the text block's right edge without ending their paragraph. A paragraph is a
 *   run of lines with the same left edge, size and line pitch; its last line ends it. The right
 *   edge of a text block is the furthest any body line with the same left edge reaches.
 * - near-empty pages: report pages (before the first separator page, which the evidence
 *   bookmark points at) other than the cover, the contents and the last, whose text reaches
 *   less than a quarter of the way down the body.
 * - reused font tags: subset names (ABCDEF+Font) that pdffonts lists for more than one font
 *   object — ISO 32000 wants a distinct tag for every distinct subset.
 *
 * Exit code 0 when the targets hold (≤ 3 % short lines, 0 near-empty pages, 0 reused tags),
 * 1 when not, 2 when the file cannot be read.
 */
import { execFileSync } from 'node:child_process';

const PAGE_HEIGHT = 841.89;
const BODY_TOP = 80;
const BODY_BOTTOM = PAGE_HEIGHT - 68;
const HEADER_LIMIT = 60;
/** Word boxes are the font's span: 1.448 em for Noto Sans JP. */
const SPAN = 1.448;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;

function run(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

const decode = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Lines of every page, as poppler groups them: box and text. */
function pagesOf(file) {
  const xml = run('pdftotext', ['-bbox-layout', file, '-']);
  const pages = [];
  for (const page of xml.split('<page ').slice(1)) {
    const lines = [];
    const re =
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
    for (const m of page.matchAll(re)) {
      const words = [...m[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]));
      lines.push({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: words.join(' '),
      });
    }
    pages.push(lines);
  }
  return pages;
}

/** The page of the first separator (the evidence bookmark), or undefined without documents. */
function firstSeparator(file) {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file]));
  const withKids = (json.outlines ?? []).filter((o) => o.kids && o.kids.length);
  return withKids.length ? withKids[withKids.length - 1].destpageposfrom1 : undefined;
}

function reusedTags(file) {
  const rows = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  const objects = new Map();
  for (const row of rows) {
    const cols = row.trim().split(/\s+/);
    const name = cols[0];
    const obj = `${cols[cols.length - 2]} ${cols[cols.length - 1]}`;
    if (!/^[A-Z]{6}\+/.test(name)) continue;
    if (!objects.has(name)) objects.set(name, new Set());
    objects.get(name).add(obj);
  }
  return [...objects].filter(([, o]) => o.size > 1).map(([name, o]) => ({ name, objects: o.size }));
}

export function measure(file) {
  const pages = pagesOf(file);
  const sep = firstSeparator(file);
  const reportPages = sep ? sep - 1 : pages.length;
  // body lines of the report: 9–10.5 pt text between header and footer
  const body = [];
  for (let p = 0; p < reportPages; p++)
    for (const l of pages[p]) {
      const size = (l.y1 - l.y0) / SPAN;
      if (size < 9 || size > 10.5 || l.y0 < HEADER_LIMIT || l.y1 > BODY_BOTTOM + 20) continue;
      body.push({ ...l, size, page: p + 1 });
    }
  const key = (x) => Math.round(x * 2) / 2;
  const edge = new Map();
  for (const l of body) edge.set(key(l.x0), Math.max(edge.get(key(l.x0)) ?? 0, l.x1));
  // paragraphs: consecutive lines (in page order) with the same left edge, size and pitch
  let running = 0;
  const short = [];
  for (let p = 1; p <= reportPages; p++) {
    const lines = body.filter((l) => l.page === p).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!CJK.test(l.text)) continue;
      const next = lines
        .slice(i + 1)
        .find((n) => Math.abs(n.x0 - l.x0) < 0.6 && Math.abs(n.size - l.size) < 0.2);
      const pitch = next ? next.y0 - l.y0 : Infinity;
      // the next line of the same paragraph follows at one line pitch (≤ 1.8 em: body text is
      // set at 1.65–1.75), with nothing else starting between them at another left edge
      const between = lines.some(
        (o) => o !== l && o !== next && o.y0 > l.y0 + 1 && next && o.y0 < next.y0 - 1,
      );
      if (!next || pitch > 1.8 * l.size + 0.3 || between) continue; // ends its paragraph (or page)
      // a line ended by the author (quoted text and lists keep their line breaks): a sentence
      // that ends, a next line that starts an item (・, 1., an ASIN and a colon), or the title
      // line of a numbered item
      const item = /^([・•※■□◆◇\-–]|\d+[.．)）]|B0[0-9A-Z]{8}\s*[：:])/;
      if (/[。．！？!?：:]$/.test(l.text) || item.test(next.text) || /^\d+[.．]\s/.test(l.text))
        continue;
      running++;
      if (edge.get(key(l.x0)) - l.x1 > 1.5 * l.size) short.push({ page: p, text: l.text });
    }
  }
  const nearEmpty = [];
  for (let p = 3; p < reportPages; p++) {
    const lines = pages[p - 1].filter((l) => l.y0 > HEADER_LIMIT && l.y1 < BODY_BOTTOM + 20);
    const bottom = Math.max(BODY_TOP, ...lines.map((l) => l.y1));
    const fill = (bottom - BODY_TOP) / (BODY_BOTTOM - BODY_TOP);
    if (fill < 0.25) nearEmpty.push({ page: p, fill: Math.round(fill * 100) });
  }
  const tags = reusedTags(file);
  return {
    reportPages,
    runningLines: running,
    shortLines: short.length,
    shortShare: running ? short.length / running : 0,
    short,
    nearEmptyPages: nearEmpty,
    reusedTags: tags,
  };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: node scripts/measure-typesetting.mjs <submission.pdf> [--json]\n');
    process.exit(2);
  }
  let r;
  try {
    r = measure(file);
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${e.message}\n`);
    process.exit(2);
  }
  const ok = r.shortShare <= 0.03 && !r.nearEmptyPages.length && !r.reusedTags.length;
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ ok, ...r }, null, 2)}\n`);
  else {
    const pct = (r.shortShare * 100).toFixed(1);
    const say = (s) => process.stdout.write(`${s}\n`);
    say(`${file}: ${r.reportPages} report pages`);
    say(
      `short running Japanese lines: ${r.shortLines} of ${r.runningLines} (${pct}%; target ≤ 3%)`,
    );
    for (const s of r.short.slice(0, 12)) say(`  p.${s.page}: ${s.text}`);
    say(
      `near-empty report pages: ${r.nearEmptyPages.length}` +
        (r.nearEmptyPages.length
          ? ` (${r.nearEmptyPages.map((n) => `p.${n.page} ${n.fill}%`).join(', ')})`
          : ''),
    );
    say(
      `reused font tags: ${r.reusedTags.length}` +
        (r.reusedTags.length
          ? ` (${r.reusedTags.map((t) => `${t.name} ×${t.objects}`).join(', ')})`
          : ''),
    );
  }
  process.exit(ok ? 0 : 1);
}
