#!/usr/bin/env node
/**
 * Measures the record readers on a generated All Orders report (Amazon's tab-separated format,
 * CP932 like Japanese Seller Central downloads): wall time and peak memory (max RSS) of a
 * separate Node process that only reads. Needs the build (npx tsc -p .).
 *
 *   node scripts/measure-records.mjs [--rows 100000] [--format txt|xlsx] [--keep] [--json]
 *
 * Prints the figures; exits 1 when the peak is at or above --limit-mb (default 300).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_ORDERS_HEADER } from './samples/lib/reports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const rows = Number(opt('rows', '100000'));
const format = opt('format', 'txt');
const limitMb = Number(opt('limit-mb', '300'));
const keep = args.includes('--keep');
const asJson = args.includes('--json');

// The reading child: loads the case, reads the records, reports time and max RSS.
if (args[0] === '--child') {
  const dir = args[1];
  const { loadCase } = await import(path.join(root, 'dist/src/case/load.js'));
  const { readRecords } = await import(path.join(root, 'dist/src/records/index.js'));
  const t0 = process.hrtime.bigint();
  const loaded = await loadCase(dir);
  const { records, problems } = await readRecords(loaded);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssKb: process.resourceUsage().maxRSS,
      files: records.files,
      orderDays: records.orders.length,
      orderLines: records.orders.reduce((s, o) => s + o.lines, 0),
      problems: problems.filter((p) => p.severity === 'error').length,
    }),
  );
  process.exit(0);
}

/** CP932 encoder built from Node's own decoder (NEC row 13 first, as Windows writes ①㈱). */
function sjisEncoder() {
  const map = new Map();
  const d = new TextDecoder('shift_jis', { fatal: true });
  for (let b = 0xa1; b <= 0xdf; b++) map.set(d.decode(Uint8Array.of(b)), [b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = d.decode(Uint8Array.of(lead, trail));
        if (!map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // unassigned
      }
    }
  }
  return (s) => {
    const out = [];
    for (const ch of s) {
      const cp = ch.codePointAt(0);
      if (cp < 0x80) out.push(cp);
      else out.push(...map.get(ch));
    }
    return Buffer.from(out);
  };
}

/** Amazon's All Orders columns (one copy, with the sample generator), without the buyer columns. */
const HEADERS = ALL_ORDERS_HEADER.filter((h) => h !== 'buyer-email' && h !== 'recipient-name');
const NAMES = [
  '①ステンレス製タンブラー 350ml',
  '㈱サンプル 髙﨑モデル 保温ボトル',
  'ｶﾀｶﾅ 半角 マグカップ～',
  '真空断熱 ランチジャー（大）',
];
const CITIES = ['千代田区', '大阪市北区', '札幌市中央区', '福岡市博多区'];

function row(i) {
  const day = new Date(Date.UTC(2025, 10, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
  const n = i % 50;
  const cancelled = i % 97 === 0;
  const status = cancelled ? 'Cancelled' : 'Shipped';
  return [
    `503-${String(1_000_000 + i).padStart(7, '0')}-${String((i * 7919) % 10_000_000).padStart(7, '0')}`,
    '',
    `${day}T${String(i % 24).padStart(2, '0')}:15:00+09:00`,
    `${day}T23:59:00+09:00`,
    status,
    'Amazon',
    'Amazon.co.jp',
    '',
    'Standard',
    NAMES[i % NAMES.length],
    `00${String(n).padStart(3, '0')}-A`,
    `B0SAMPLE${String(n).padStart(2, '0')}`,
    cancelled ? 'Cancelled' : 'Shipped',
    String(1 + (i % 3)),
    'JPY',
    '1980',
    '180',
    '0',
    '0',
    '',
    '',
    '0',
    '0',
    CITIES[i % CITIES.length],
    '東京都',
    '100-0005',
    'JP',
    '',
    'false',
    '',
    '',
  ].join('\t');
}

async function makeTxt(file) {
  const enc = sjisEncoder();
  const out = createWriteStream(file);
  let buf = [HEADERS.join('\t')];
  for (let i = 1; i <= rows; i++) {
    buf.push(row(i));
    if (buf.length >= 2000 || i === rows) {
      if (!out.write(enc(`${buf.join('\r\n')}\r\n`)))
        await new Promise((r) => out.once('drain', r));
      buf = [];
    }
  }
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
}

async function makeXlsx(file) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Orders');
  ws.addRow(HEADERS).commit();
  for (let i = 1; i <= rows; i++) ws.addRow(row(i).split('\t')).commit();
  ws.commit();
  await wb.commit();
}

const dir = await mkdtemp(path.join(tmpdir(), 'ep-measure-'));
try {
  await mkdir(path.join(dir, 'records'));
  const { caseTemplate } = await import(path.join(root, 'dist/src/case/template.js'));
  const { stripComments } = await import(path.join(root, 'dist/src/case/load.js'));
  const c = stripComments(caseTemplate('ja', 'authenticity'));
  c.documents = [];
  c.actionsTaken = [];
  await writeFile(path.join(dir, 'case.json'), JSON.stringify(c, null, 2));
  const file = path.join(dir, 'records', `all-orders.${format}`);
  const g0 = Date.now();
  if (format === 'xlsx') await makeXlsx(file);
  else await makeTxt(file);
  const genMs = Date.now() - g0;
  const size = (await stat(file)).size;
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(2);
  }
  const res = JSON.parse(r.stdout);
  const peakMb = res.maxRssKb / 1024;
  const summary = {
    rows,
    format,
    fileBytes: size,
    encoding: res.files[0]?.encoding,
    generateMs: genMs,
    readMs: Math.round(res.ms),
    peakRssMb: Math.round(peakMb * 10) / 10,
    orderLines: res.orderLines,
    orderDays: res.orderDays,
    errors: res.problems,
    limitMb,
  };
  if (asJson) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else
    process.stdout.write(
      `${rows} rows ${format} (${(size / 1e6).toFixed(1)} MB, ${summary.encoding}): ` +
        `read in ${(res.ms / 1000).toFixed(2)} s, peak RSS ${summary.peakRssMb} MB ` +
        `(limit ${limitMb} MB); ${res.orderLines} lines → ${res.orderDays} order days, ${res.problems} errors\n`,
    );
  if (keep) process.stdout.write(`kept: ${dir}\n`);
  process.exitCode = peakMb < limitMb && res.orderLines === rows ? 0 : 1;
} finally {
  if (!keep) await rm(dir, { recursive: true, force: true });
}
