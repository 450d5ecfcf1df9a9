// Deterministic generator of the benchmark cases (seeded PRNG; same options → byte-identical
// files). Two kinds of case folder:
//   generateBigCase(dir)     case.json + records/ (All Orders CP932 TSV, Inventory Ledger
//                            detail CSV, FBA Customer Returns TSV with comments, invoice lines
//                            xlsx) + documents/ (supplier invoice PDFs of 1–5 pages, JPEG photos
//                            of invoices, some with an EXIF Orientation tag)
//   generateOrdersCase(dir)  the same seller with only a (large) All Orders file and minimal
//                            ledger and invoice lines, for the reconcile scale test.
// Usage: node scripts/bench/generate.mjs <dir> [--orders N] [--orders-only] [--small]
import { mkdirSync, openSync, writeSync, closeSync, writeFileSync, readFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import jpeg from 'jpeg-js';
import ExcelJS from 'exceljs';
import { rng } from './prng.mjs';
import { cp932Binary } from './cp932.mjs';
// Amazon's column lists are kept once, with the sample generator's report writers.
import { ALL_ORDERS_HEADER, LEDGER_HEADER, RETURNS_HEADER } from '../samples/lib/reports.mjs';

export const NOTICE_DATE = '2026-09-15';
export const BUILD_DATE = '2026-10-01';

export const BIG = {
  seed: 20261001,
  orders: 100_000,
  ledger: 20_000,
  returns: 5_000,
  invoiceLines: 20_000,
  pdfs: 80,
  photos: 30,
  products: 30,
};

export const SMALL = {
  seed: 7,
  orders: 300,
  ledger: 120,
  returns: 40,
  invoiceLines: 60,
  pdfs: 3,
  photos: 3,
  products: 6,
  photoWidth: 240,
};

const DAY = 86_400_000;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
/** A JST wall-clock time written as Amazon does: 2026-03-04T10:21:33+09:00. */
const jst = (ms) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 19) + '+09:00';
const usDate = (ms) => {
  const d = new Date(ms);
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
};

// ---------------------------------------------------------------------------------------------
// The fictitious seller, suppliers and products

const SUPPLIERS = [
  ['S1', '株式会社北斗トレーディング', 'authorized-distributor', 'Hokuto Trading Co., Ltd.'],
  ['S2', '東和商事株式会社', 'wholesaler', 'Towa Shoji K.K.'],
  ['S3', '有限会社みなと工芸', 'manufacturer', 'Minato Kogei Ltd.'],
  ['S4', '株式会社さくら物産', 'wholesaler', 'Sakura Bussan Inc.'],
  ['S5', '丸髙販売株式会社', 'authorized-distributor', 'Marutaka Hanbai K.K.'],
  ['S6', '株式会社﨑山ホームウェア', 'manufacturer', 'Sakiyama Homeware Inc.'],
];
const BRANDS = ['ミドリ精工', 'Kitanoya', 'ソラノ', 'HARUKAZE', '青葉工房', 'Tsumugi'];
const ITEMS = [
  ['ステンレス製タンブラー', 'Stainless tumbler'],
  ['セラミック包丁', 'Ceramic knife'],
  ['竹製まな板', 'Bamboo cutting board'],
  ['真空断熱ボトル', 'Vacuum bottle'],
  ['シリコン保存容器', 'Silicone food container'],
  ['鉄製フライパン', 'Iron frying pan'],
  ['琺瑯ケトル', 'Enamel kettle'],
  ['木製トレー', 'Wooden tray'],
  ['ガラス製キャニスター', 'Glass canister'],
  ['ワイヤレス充電器', 'Wireless charger'],
];
const SPECS = ['350ml', '500ml', '①型', '㈱限定色', '24cm', '2個セット', 'Lサイズ', 'ブラック'];
const CITIES = [
  ['横浜市港北区', '神奈川県', '222-0033'],
  ['大阪市北区', '大阪府', '530-0001'],
  ['札幌市中央区', '北海道', '060-0001'],
  ['福岡市博多区', '福岡県', '812-0011'],
  ['名古屋市中村区', '愛知県', '450-0002'],
  ['仙台市青葉区', '宮城県', '980-0021'],
];
const RETURN_REASONS = [
  'UNWANTED_ITEM',
  'UNWANTED_ITEM',
  'FOUND_BETTER_PRICE',
  'ORDERED_WRONG_ITEM',
  'DEFECTIVE',
  'DAMAGED_BY_CARRIER',
  'NOT_AS_DESCRIBED',
  'QUALITY_UNACCEPTABLE',
  'MISSED_ESTIMATED_DELIVERY',
  'NO_REASON_GIVEN',
];
const COMMENTS = [
  '',
  '',
  'イメージと違ったため返品します。',
  '色が思っていたものと違いました。',
  'サイズが合いませんでした。',
  '箱に傷がありましたが中身は問題ありません。',
  '使用前に不要になりました。',
  'Bought two by mistake.',
  '説明書が入っていませんでした。',
  'ほかの店で安く見つけたため。',
];
const DOUBT_COMMENTS = [
  '偽物ではないかと思います。ロゴの印字がかすれていました。',
  '正規品ではないように見えます。',
  'Looks like a counterfeit, the logo is different.',
  'コピー品の可能性があるので返品します。',
];

function makeProducts(r, n) {
  const products = [];
  const seen = new Set();
  const az = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; i < n; i++) {
    let asin;
    do {
      asin = 'B0';
      for (let k = 0; k < 8; k++) asin += az[r.int(0, 35)];
    } while (seen.has(asin));
    seen.add(asin);
    const item = ITEMS[i % ITEMS.length];
    const brand = BRANDS[i % BRANDS.length];
    const spec = SPECS[(i * 3) % SPECS.length];
    const supplier = SUPPLIERS[i % SUPPLIERS.length];
    // Some SKUs have leading zeros, as sellers' SKUs do.
    const sku = i % 4 === 0 ? `${pad(i + 1, 5)}-A` : `EP-${pad(1000 + i * 7, 5)}`;
    let fnsku = 'X00';
    for (let k = 0; k < 7; k++) fnsku += az[r.int(0, 35)];
    products.push({
      asin,
      sku,
      fnsku,
      title: `${brand} ${item[0]} ${spec}`,
      titleEn: `${brand} ${item[1]} ${spec.replace(/[^\x20-\x7e]/g, '')}`.trim(),
      brand,
      supplierId: supplier[0],
      price: 980 + r.int(0, 40) * 100,
      weight: 0.3 + r.next() * 1.7,
      jan: `45${pad(r.int(0, 99_999_999_999), 11)}`,
    });
  }
  return products;
}

function pickWeighted(r, products, total) {
  let x = r.next() * total;
  for (const p of products) {
    x -= p.weight;
    if (x < 0) return p;
  }
  return products[products.length - 1];
}

// ---------------------------------------------------------------------------------------------
// Buffered synchronous writer: memory stays flat whatever the number of rows.

function lineWriter(path, encoding = 'utf8') {
  const fd = openSync(path, 'w');
  let buf = '';
  return {
    write(s) {
      buf += s;
      if (buf.length > 1 << 20) {
        writeSync(fd, Buffer.from(buf, encoding));
        buf = '';
      }
    },
    close() {
      if (buf) writeSync(fd, Buffer.from(buf, encoding));
      closeSync(fd);
    },
  };
}

export const ORDER_HEADERS = ALL_ORDERS_HEADER.filter(
  (h) => h !== 'buyer-email' && h !== 'recipient-name',
);

/**
 * All Orders, tab-separated, CP932. Returns units sold per ASIN (not cancelled) and a sample of
 * shipped lines for the returns file.
 */
function writeOrders(path, r, products, n, sampleEvery) {
  const w = lineWriter(path, 'latin1');
  w.write(ORDER_HEADERS.join('\t') + '\r\n');
  const total = products.reduce((s, p) => s + p.weight, 0);
  const names = new Map(products.map((p) => [p.asin, cp932Binary(p.title)]));
  const cities = CITIES.map(([c, s, z]) => [cp932Binary(c), cp932Binary(s), z]);
  const start = Date.parse('2025-10-01T00:00:00Z') - 9 * 3600_000;
  const span = Date.parse('2026-09-10T00:00:00Z') - start;
  const sold = Object.fromEntries(products.map((p) => [p.asin, 0]));
  const sample = [];
  let orderId = '';
  let t = start;
  for (let i = 0; i < n; i++) {
    const newOrder = i === 0 || !r.chance(0.15);
    if (newOrder) {
      t = start + Math.floor((span * i) / n) + r.int(0, 60_000);
      orderId = `503-${pad(r.int(0, 9_999_999), 7)}-${pad(r.int(0, 9_999_999), 7)}`;
    }
    const p = pickWeighted(r, products, total);
    const cancelled = r.chance(0.03);
    const qty = r.chance(0.85) ? 1 : r.int(2, 4);
    const city = cities[r.int(0, cities.length - 1)];
    const status = cancelled ? 'Cancelled' : 'Shipped';
    if (!cancelled) sold[p.asin] += qty;
    if (!cancelled && i % sampleEvery === 0) sample.push({ orderId, t, p });
    w.write(
      [
        orderId,
        '',
        jst(t),
        jst(t + 2 * DAY),
        status,
        'Amazon',
        'Amazon.co.jp',
        '',
        r.chance(0.8) ? 'Standard' : 'Expedited',
        names.get(p.asin),
        p.sku,
        p.asin,
        status,
        String(qty),
        'JPY',
        cancelled ? '' : String(p.price * qty),
        '',
        cancelled ? '' : '0',
        '',
        '',
        '',
        '',
        '',
        city[0],
        city[1],
        city[2],
        'JP',
        '',
        r.chance(0.05) ? 'true' : 'false',
        '',
        '',
      ].join('\t') + '\r\n',
    );
  }
  w.close();
  return { sold, sample };
}

export const LEDGER_HEADERS = LEDGER_HEADER;

const csvCell = (v) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Inventory Ledger detail, CSV UTF-8: receipts cover the units sold, plus shipment events. */
function writeLedger(path, r, products, n, invoiceLines) {
  const w = lineWriter(path);
  w.write(LEDGER_HEADERS.join(',') + '\r\n');
  const receiptRows = Math.max(products.length, Math.floor(n * 0.15));
  const start = Date.parse('2025-09-25T00:00:00Z');
  const span = Date.parse('2026-09-05T00:00:00Z') - start;
  const fcs = ['NRT1', 'NRT5', 'KIX2', 'HND3', 'FSZ1'];
  let i = 0;
  // Receipts follow the invoices: each ASIN's invoice lines, in date order, are grouped into
  // its receipt rows; a receipt arrives 4 days after the last invoice of its group with 98 % of
  // the units invoiced (so nothing is received before it is invoiced).
  products.forEach((p, k) => {
    const ls = invoiceLines
      .filter((l) => l.p.asin === p.asin)
      .sort((a, b) =>
        a.inv.issueDate < b.inv.issueDate ? -1 : a.inv.issueDate > b.inv.issueDate ? 1 : 0,
      );
    const rows = Math.min(
      ls.length,
      Math.floor(receiptRows / products.length) + (k < receiptRows % products.length ? 1 : 0),
    );
    for (let g = 0; g < rows; g++) {
      const group = ls.slice(
        Math.floor((g * ls.length) / rows),
        Math.floor(((g + 1) * ls.length) / rows),
      );
      const q = Math.floor(group.reduce((s2, l) => s2 + l.quantity, 0) * 0.98);
      const t = Date.parse(`${group[group.length - 1].inv.issueDate}T00:00:00Z`) + 4 * DAY;
      const ref = `FBA${pad(r.int(0, 99_999_999), 8)}${String.fromCharCode(65 + r.int(0, 25))}`;
      w.write(
        [
          usDate(t),
          p.fnsku,
          p.asin,
          p.sku,
          csvCell(p.title),
          'Receipts',
          ref,
          q,
          r.pick(fcs),
          'SELLABLE',
          '',
          'JP',
          q,
          0,
        ].join(',') + '\r\n',
      );
      i++;
    }
  });
  for (; i < n; i++) {
    const p = r.pick(products);
    const t = start + r.int(0, Math.floor(span / DAY)) * DAY;
    const kind = r.next();
    const [ev, q, disp] =
      kind < 0.8
        ? ['Shipments', -r.int(1, 3), 'SELLABLE']
        : kind < 0.9
          ? ['CustomerReturns', 1, r.chance(0.7) ? 'SELLABLE' : 'CUSTOMER_DAMAGED']
          : ['WhseTransfers', r.chance(0.5) ? -r.int(1, 20) : r.int(1, 20), 'SELLABLE'];
    w.write(
      [
        usDate(t),
        p.fnsku,
        p.asin,
        p.sku,
        csvCell(p.title),
        ev,
        ev === 'Shipments' ? `D${pad(r.int(0, 99_999_999), 8)}` : '',
        q,
        r.pick(fcs),
        disp,
        '',
        'JP',
        q,
        0,
      ].join(',') + '\r\n',
    );
  }
  w.close();
}

export const RETURN_HEADERS = RETURNS_HEADER;

/** FBA Customer Returns, TSV UTF-8, with customer comments (a few doubting authenticity). */
function writeReturns(path, r, sample, n) {
  const w = lineWriter(path);
  w.write(RETURN_HEADERS.join('\t') + '\r\n');
  for (let i = 0; i < n; i++) {
    const s = sample[Math.floor((i * sample.length) / n)];
    const doubt = r.chance(0.03);
    const reason = doubt
      ? r.pick(['NOT_AS_DESCRIBED', 'QUALITY_UNACCEPTABLE', 'DEFECTIVE'])
      : r.pick(RETURN_REASONS);
    const comment = doubt ? r.pick(DOUBT_COMMENTS) : r.pick(COMMENTS);
    w.write(
      [
        jst(s.t + r.int(3, 25) * DAY),
        s.orderId,
        s.p.sku,
        s.p.asin,
        s.p.fnsku,
        s.p.title,
        '1',
        r.pick(['NRT1', 'NRT5', 'KIX2']),
        r.chance(0.75) ? 'SELLABLE' : 'CUSTOMER_DAMAGED',
        reason,
        'Unit returned to inventory',
        `LPN${pad(r.int(0, 999_999_999), 9)}`,
        comment,
      ].join('\t') + '\r\n',
    );
  }
  w.close();
}

/** The seller's own purchase records, with Japanese headers. */
export const INVOICE_HEADERS = [
  '請求書番号',
  '発行日',
  '仕入先',
  'ASIN',
  'SKU',
  '商品名',
  '数量',
  'ステータス',
];

/**
 * Invoices (one per document) and their lines: every line in the 365-day window, final,
 * quantities per ASIN covering ≈110 % of the units sold.
 */
function planInvoices(r, products, nInvoices, nLines, sold) {
  const bySupplier = new Map();
  for (const p of products) {
    if (!bySupplier.has(p.supplierId)) bySupplier.set(p.supplierId, []);
    bySupplier.get(p.supplierId).push(p);
  }
  const suppliers = [...bySupplier.keys()];
  const start = Date.parse('2025-09-20T00:00:00Z');
  const span = Date.parse('2026-08-31T00:00:00Z') - start;
  const invoices = [];
  const seq = Object.fromEntries(suppliers.map((s) => [s, 100 + r.int(0, 800)]));
  for (let i = 0; i < nInvoices; i++) {
    const supplierId = suppliers[i % suppliers.length];
    seq[supplierId] += 1 + (r.chance(0.2) ? 1 : 0);
    invoices.push({
      number: `${supplierId}-${pad(seq[supplierId], 6)}`,
      supplierId,
      issueDate: isoDay(start + Math.floor((span * i) / nInvoices)),
      lines: [],
    });
  }
  const lines = [];
  for (let i = 0; i < nLines; i++) {
    const inv = invoices[i % invoices.length];
    // Round robin over the supplier's products: every product gets lines, even in small cases.
    const own = bySupplier.get(inv.supplierId);
    const p = own[Math.floor(i / invoices.length) % own.length];
    const line = { inv, p, quantity: 0 };
    inv.lines.push(line);
    lines.push(line);
  }
  const byAsin = new Map();
  for (const l of lines) {
    if (!byAsin.has(l.p.asin)) byAsin.set(l.p.asin, []);
    byAsin.get(l.p.asin).push(l);
  }
  for (const [asin, ls] of byAsin) {
    const target = Math.ceil((sold[asin] ?? 0) * 1.1) + ls.length;
    const base = Math.floor(target / ls.length);
    ls.forEach((l, k) => (l.quantity = base + (k < target % ls.length ? 1 : 0)));
  }
  return { invoices, lines };
}

/** Sets every DOS timestamp of a zip file to 1980-01-01 so that the bytes are reproducible. */
function fixZipTimes(buf) {
  for (let i = 0; i + 4 <= buf.length; i++) {
    if (buf[i] !== 0x50 || buf[i + 1] !== 0x4b) continue;
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50) buf.writeUInt32LE(0x00210000, i + 10);
    else if (sig === 0x02014b50) buf.writeUInt32LE(0x00210000, i + 12);
  }
  return buf;
}

async function writeInvoiceLinesXlsx(path, lines, suppliersById) {
  const tmp = `${path}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: tmp,
    useStyles: false,
    useSharedStrings: false,
  });
  wb.creator = 'evidence-pack bench';
  wb.created = new Date(Date.UTC(2026, 8, 1));
  wb.modified = new Date(Date.UTC(2026, 8, 1));
  const ws = wb.addWorksheet('仕入明細');
  ws.addRow(INVOICE_HEADERS).commit();
  for (const l of lines)
    ws.addRow([
      l.inv.number,
      l.inv.issueDate,
      suppliersById.get(l.inv.supplierId)[1],
      l.p.asin,
      l.p.sku,
      l.p.title,
      l.quantity,
      'final',
    ]).commit();
  ws.commit();
  await wb.commit();
  writeFileSync(path, fixZipTimes(readFileSync(tmp)));
  const { unlinkSync } = await import('node:fs');
  unlinkSync(tmp);
}

function writeInvoiceLinesTsv(path, lines, suppliersById) {
  const w = lineWriter(path);
  w.write(INVOICE_HEADERS.join('\t') + '\r\n');
  for (const l of lines)
    w.write(
      [
        l.inv.number,
        l.inv.issueDate,
        suppliersById.get(l.inv.supplierId)[1],
        l.p.asin,
        l.p.sku,
        l.p.title,
        l.quantity,
        'final',
      ].join('\t') + '\r\n',
    );
  w.close();
}

// ---------------------------------------------------------------------------------------------
// Documents: supplier invoice PDFs (pdfkit, standard font: fast) and JPEG photos

const FIXED_DATE = new Date(Date.UTC(2026, 8, 1));

function invoicePdf(path, inv, supplier, seller, pages) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'bench', Creator: 'bench' },
    });
    const out = createWriteStream(path);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.pipe(out);
    const perPage = 30;
    for (let pg = 0; pg < pages; pg++) {
      if (pg > 0) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(18).text('INVOICE', 50, 50);
      doc.font('Helvetica').fontSize(9);
      doc.text(`${supplier[3]}`, 350, 50);
      doc.text(`Tel 03-5555-${pad(Number(supplier[0].slice(1)) * 111, 4)}`, 350, 62);
      doc.text(`https://${supplier[3].split(' ')[0].toLowerCase()}.example.jp`, 350, 74);
      doc.text(
        `Invoice no. ${inv.number}    Date ${inv.issueDate}    Page ${pg + 1}/${pages}`,
        50,
        100,
      );
      doc.text(`Bill to: ${seller.legalNameEn}, ${seller.addressEn}`, 50, 114);
      let y = 145;
      doc
        .font('Helvetica-Bold')
        .text('ASIN', 50, y)
        .text('SKU', 130, y)
        .text('Description', 210, y);
      doc.text('Qty', 480, y, { width: 60, align: 'right' });
      doc.font('Helvetica');
      y += 16;
      const slice = inv.lines.slice(pg * perPage, (pg + 1) * perPage);
      for (const l of slice) {
        doc.text(l.p.asin, 50, y).text(l.p.sku, 130, y).text(l.p.titleEn, 210, y, { width: 260 });
        doc.text(String(l.quantity), 480, y, { width: 60, align: 'right' });
        y += 14;
      }
      if (pg === pages - 1) {
        const rest = inv.lines.length - pages * perPage;
        const units = inv.lines.reduce((s, l) => s + l.quantity, 0);
        y += 10;
        if (rest > 0) doc.text(`+ ${rest} further lines (statement attached to shipment)`, 50, y);
        doc
          .font('Helvetica-Bold')
          .text(`Total units: ${units}`, 380, y + 16, { width: 160, align: 'right' });
      }
    }
    doc.end();
  });
}

/** A hand-written EXIF APP1 segment holding only the Orientation tag (0x0112). */
function exifOrientation(orientation) {
  const tiff = Buffer.alloc(26);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4); // IFD0 offset
  tiff.writeUInt16LE(1, 8); // one entry
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12); // SHORT
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  tiff.writeUInt32LE(0, 22); // no next IFD
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/**
 * A photo of a paper invoice lying on a table: grey background, white page, dark bars for text.
 * Stored rotated when `orientation` is 3, 6 or 8 (the EXIF tag tells a viewer how to turn it).
 */
function invoicePhoto(path, inv, orientation, width) {
  const W = width;
  const H = Math.round(width * 1.33);
  const rotated = orientation === 6 || orientation === 8;
  const sw = rotated ? H : W;
  const sh = rotated ? W : H;
  const data = Buffer.alloc(sw * sh * 4);
  const margin = Math.round(W * 0.08);
  const lineH = Math.max(4, Math.round(H / 70));
  let seed = inv.lines.length;
  for (const ch of inv.number) seed = (seed * 31 + ch.charCodeAt(0)) % 9973;
  let o = 0;
  for (let sy = 0; sy < sh; sy++) {
    for (let sx = 0; sx < sw; sx++) {
      let x;
      let y;
      if (orientation === 6) [x, y] = [sh - 1 - sy, sx];
      else if (orientation === 8) [x, y] = [sy, sw - 1 - sx];
      else if (orientation === 3) [x, y] = [W - 1 - sx, H - 1 - sy];
      else [x, y] = [sx, sy];
      let v;
      if (x < margin || x >= W - margin || y < margin || y >= H - margin) v = 110;
      else {
        v = 245;
        const row = Math.floor((y - margin) / lineH);
        const inRow = (y - margin) % lineH;
        const lx = x - margin * 2;
        const len = ((row * 7919 + seed * 31) % 60) + 30;
        if (
          row > 3 &&
          row < 60 &&
          inRow < lineH * 0.55 &&
          lx > 0 &&
          lx < ((W - 4 * margin) * len) / 100
        )
          v = 40;
        if (row === 1 && inRow < lineH * 0.8 && lx > 0 && lx < W * 0.3) v = 20;
      }
      const noise = ((x * 73856093) ^ (y * 19349663)) & 7;
      data[o++] = v + noise - 3;
      data[o++] = v + noise - 3;
      data[o++] = Math.min(255, v + noise);
      data[o++] = 255;
    }
  }
  let bytes = jpeg.encode({ data, width: sw, height: sh }, 80).data;
  if (orientation)
    bytes = Buffer.concat([bytes.subarray(0, 2), exifOrientation(orientation), bytes.subarray(2)]);
  writeFileSync(path, bytes);
}

// ---------------------------------------------------------------------------------------------
// case.json

const SECTION_TITLES = {
  issue: 'この度の問題',
  products: '対象の商品',
  sourcing: '仕入と納品',
  returnComments: '返品コメント',
  returnInspection: '返品商品の確認',
  returnRatio: '販売個数と返品の割合',
  rootCause: '根本的な原因',
  actionsTaken: '実行したアクション',
  authenticityRules: '真贋チェックのルール',
  qualityRules: '品質チェックのルール',
  purchasingRules: '仕入のルール',
  supplierReview: '既存仕入先の見直し',
  supplierSelection: '新規仕入先の選定',
  listings: '出品情報',
  futureProducts: '今後の取扱い商品',
  excludedBrands: '取扱わないブランド',
  restrictedProducts: '取扱わない制限対象商品',
  brandScreening: 'ブランドの確認方法',
  packingPolicy: '梱包と発送の規約',
  shippingChecks: '発送時の確認',
  removedInventory: '返送した在庫',
  policyTraining: '規約の読み合わせ',
  apology: 'お詫び',
};

function narrativeFor(id, title, products) {
  const asins = products.map((p) => p.asin).join('、');
  if (id === 'rootCause')
    return [
      `対象の${products.length}商品（${asins}）について原因を調べました。`,
      '',
      '仕入先の確認を担当者一人の判断に任せ、請求書と納品数の突き合わせを記録していなかったことが根本的な原因です。',
      '',
      '- 仕入先の正規代理店証明を確認する手順がありませんでした。',
      '- 入荷時に請求書の数量と納品数を照合していませんでした。',
    ];
  if (id === 'actionsTaken')
    return [
      `- 2026年9月16日に、対象の${products.length}商品（${asins}）の出品をすべて停止しました。`,
      '- 2026年9月18日に、すべての仕入先から請求書の原本を取り寄せ、受領しました。',
      '- 2026年9月20日に、真贋チェックの手順書を改定し、代表取締役が承認しました。',
      '- 2026年9月22日に、全従業員6名に改定した手順書の研修を行いました。',
    ];
  return [
    `${title}について、当社の対応を記載します。対象は${products.length}商品で、すべて正規の仕入先から購入しています。`,
    '',
    `担当者は毎週月曜日に記録を確認し、確認結果を社内の台帳に残しています。${title}に関する手順は2026年9月20日に改定し、全従業員に周知しました。`,
    '',
    '- 手順書の改定は責任者が承認します。',
    '- 確認の記録は3年間保管します。',
  ];
}

function caseJson({ products, invoices, docFiles, withDocs }) {
  const suppliersById = new Map(SUPPLIERS.map((s) => [s[0], s]));
  const usedSuppliers = [...new Set(products.map((p) => p.supplierId))];
  const narrative = {};
  for (const [id, title] of Object.entries(SECTION_TITLES))
    narrative[id] = narrativeFor(id, title, products);
  const documents = withDocs
    ? docFiles.map(({ file, inv, photo }) => ({
        file,
        kind: 'invoice',
        description: photo ? `請求書 ${inv.number}（写真）` : `請求書 ${inv.number}`,
        invoiceNumber: inv.number,
        supplierId: inv.supplierId,
        issueDate: inv.issueDate,
        status: 'final',
      }))
    : [];
  const evidence = documents.slice(0, 2).map((d) => d.file);
  return {
    schemaVersion: 1,
    language: 'ja',
    kind: 'authenticity',
    marketplace: 'amazon.co.jp',
    seller: {
      legalName: '株式会社ベンチ商会',
      storeName: 'ベンチストア',
      merchantId: 'A1BENCH0000001',
      address: '東京都千代田区試験町1-2-3',
      phone: '03-0000-1234',
      email: 'owner@bench.example.jp',
      responsiblePerson: { name: '試験 太郎', role: '代表取締役' },
    },
    notice: {
      receivedOn: NOTICE_DATE,
      type: '真贋調査',
      text: 'お客様から、お客様が受け取った商品が本物ではないという申し立てがありました。',
      citedAsins: products.map((p) => p.asin),
      referenceId: 'BENCH-0001',
    },
    products: products.map((p) => ({
      asin: p.asin,
      skus: [p.sku],
      title: p.title,
      brand: p.brand,
      supplierIds: [p.supplierId],
      jan: p.jan,
    })),
    suppliers: usedSuppliers.map((id) => {
      const s = suppliersById.get(id);
      return {
        id,
        name: s[1],
        kind: s[2],
        address: `東京都中央区日本橋${Number(id.slice(1))}-1-1`,
        phone: `03-5555-${pad(Number(id.slice(1)) * 111, 4)}`,
        website: `https://${s[3].split(' ')[0].toLowerCase()}.example.jp`,
        aliases: [s[3]],
      };
    }),
    documents,
    actionsTaken: [
      { date: '2026-09-16', what: '対象商品の出品を停止し、在庫を確認しました。', evidence },
      { date: '2026-09-18', what: '仕入先に請求書の原本を請求し、受領しました。', evidence },
      {
        date: '2026-09-20',
        what: '真贋チェックの手順書を改定しました。',
        evidence: [],
        noEvidenceReason: '社内文書のため',
      },
    ],
    narrative,
    rejectionAnswers: [],
    build: { date: BUILD_DATE, uploadLimitMiB: 10 },
    _invoices: invoices.length,
  };
}

// ---------------------------------------------------------------------------------------------

const SELLER_EN = {
  legalNameEn: 'Bench Shokai K.K.',
  addressEn: '1-2-3 Shiken-cho, Chiyoda-ku, Tokyo',
};

/** Writes the big case into `dir` (created). Returns a summary of what was written. */
export async function generateBigCase(dir, options = {}) {
  const o = { ...BIG, ...options };
  const r = rng(o.seed);
  mkdirSync(join(dir, 'records'), { recursive: true });
  mkdirSync(join(dir, 'documents'), { recursive: true });
  const products = makeProducts(r, o.products);
  const sampleEvery = Math.max(1, Math.floor(o.orders / Math.max(1, o.returns)));
  const { sold, sample } = writeOrders(
    join(dir, 'records', 'all-orders.txt'),
    r,
    products,
    o.orders,
    sampleEvery,
  );
  const nInvoices = o.pdfs + o.photos;
  const { invoices, lines } = planInvoices(r, products, nInvoices, o.invoiceLines, sold);
  writeLedger(join(dir, 'records', 'inventory-ledger.csv'), r, products, o.ledger, lines);
  writeReturns(join(dir, 'records', 'customer-returns.txt'), r, sample, o.returns);
  const suppliersById = new Map(SUPPLIERS.map((s) => [s[0], s]));
  if (o.invoiceFormat === 'tsv')
    writeInvoiceLinesTsv(join(dir, 'records', 'invoice-lines.txt'), lines, suppliersById);
  else
    await writeInvoiceLinesXlsx(join(dir, 'records', 'invoice-lines.xlsx'), lines, suppliersById);
  const docFiles = [];
  for (let i = 0; i < o.pdfs; i++) {
    const inv = invoices[i];
    const file = `documents/invoice-${inv.number}.pdf`;
    await invoicePdf(
      join(dir, file),
      inv,
      suppliersById.get(inv.supplierId),
      SELLER_EN,
      1 + (i % 5),
    );
    docFiles.push({ file, inv });
  }
  const orientations = [0, 6, 0, 8, 0, 3, 1, 0, 6, 0];
  for (let i = 0; i < o.photos; i++) {
    const inv = invoices[o.pdfs + i];
    const file = `documents/photo-${inv.number}.jpg`;
    invoicePhoto(join(dir, file), inv, orientations[i % orientations.length], o.photoWidth ?? 1200);
    docFiles.push({ file, inv, photo: true });
  }
  const c = caseJson({ products, invoices, docFiles, withDocs: true });
  delete c._invoices;
  writeFileSync(join(dir, 'case.json'), JSON.stringify(c, null, 2) + '\n');
  return {
    dir,
    products: products.length,
    orderLines: o.orders,
    ledgerRows: o.ledger,
    returns: o.returns,
    invoiceLines: lines.length,
    invoices: invoices.length,
    pdfs: o.pdfs,
    photos: o.photos,
    unitsSold: Object.values(sold).reduce((a, b) => a + b, 0),
  };
}

/** Writes a case with a large All Orders file and minimal ledger, returns, invoice lines and invoices. */
export async function generateOrdersCase(dir, options = {}) {
  const o = { ...BIG, products: 30, ...options };
  const r = rng(o.seed);
  mkdirSync(join(dir, 'records'), { recursive: true });
  mkdirSync(join(dir, 'documents'), { recursive: true });
  const products = makeProducts(r, o.products);
  const { sold, sample } = writeOrders(
    join(dir, 'records', 'all-orders.txt'),
    r,
    products,
    o.orders,
    Math.max(1, Math.floor(o.orders / 10)),
  );
  const { invoices, lines } = planInvoices(r, products, 6, products.length * 2, sold);
  writeLedger(
    join(dir, 'records', 'inventory-ledger.csv'),
    r,
    products,
    products.length * 2,
    lines,
  );
  writeReturns(join(dir, 'records', 'customer-returns.txt'), r, sample, sample.length);
  const suppliersById = new Map(SUPPLIERS.map((s) => [s[0], s]));
  writeInvoiceLinesTsv(join(dir, 'records', 'invoice-lines.txt'), lines, suppliersById);
  const docFiles = [];
  for (const inv of invoices) {
    const file = `documents/invoice-${inv.number}.pdf`;
    await invoicePdf(join(dir, file), inv, suppliersById.get(inv.supplierId), SELLER_EN, 1);
    docFiles.push({ file, inv });
  }
  const c = caseJson({ products, invoices, docFiles, withDocs: true });
  delete c._invoices;
  writeFileSync(join(dir, 'case.json'), JSON.stringify(c, null, 2) + '\n');
  return { dir, orderLines: o.orders, unitsSold: Object.values(sold).reduce((a, b) => a + b, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error(
      'usage: node scripts/bench/generate.mjs <dir> [--orders N] [--orders-only] [--small]',
    );
    process.exit(1);
  }
  const num = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const opts = args.includes('--small') ? { ...SMALL } : {};
  if (num('--orders')) opts.orders = num('--orders');
  const t0 = performance.now();
  const summary = args.includes('--orders-only')
    ? await generateOrdersCase(dir, opts)
    : await generateBigCase(dir, opts);
  console.log(
    JSON.stringify({ ...summary, seconds: +((performance.now() - t0) / 1000).toFixed(2) }),
  );
}
