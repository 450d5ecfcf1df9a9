/** Pictures drawn for the samples: a scanned paper invoice and a photo of inspected units. */
import { Canvas } from './raster.mjs';
import { scanLook } from './images.mjs';

const INK = [38, 38, 44];
const RULE = [95, 95, 100];

/**
 * An invoice page as it looks on paper, upright, 900 × 1273 px (A4 at ~109 dpi), then given a
 * scanned look. inv has the same shape as for invoicePdf (lang, number, dates, buyer, supplier,
 * lines, taxRate) plus `stamp` (the supplier's red seal text).
 */
export function paperInvoice(inv, rnd) {
  const ja = inv.lang === 'ja';
  const W = 900;
  const H = 1273;
  const c = new Canvas(W, H, [252, 251, 247]);
  c.text(ja ? '請　求　書' : 'INVOICE', W / 2, 95, 34, INK, { bold: true, align: 'center' });
  c.hline(W / 2 - 130, 106, 260, INK, 2);
  const meta = [
    [ja ? '請求書番号' : 'Invoice no.', inv.number],
    [ja ? '発行日' : 'Date', inv.issueDateText],
  ];
  if (inv.regNo) meta.push([ja ? '登録番号' : 'Tax ID', inv.regNo]);
  meta.forEach(([k, v], i) => {
    c.text(k, 590, 150 + i * 22, 13, INK);
    c.text(v, 700, 150 + i * 22, 13, INK);
  });
  c.text(inv.buyer.address, 70, 160, 13, INK);
  c.text(`${inv.buyer.name}${ja ? '　御中' : ''}`, 70, 195, 21, INK, { bold: true });
  c.hline(70, 204, 420, INK, 2);
  const sy = 250;
  c.text(inv.supplier.name, 560, sy, 16, INK, { bold: true });
  [
    inv.supplier.address,
    `TEL ${inv.supplier.phone}`,
    inv.supplier.website,
    inv.supplier.email,
  ].forEach((t, i) => c.text(t, 560, sy + 24 + i * 19, 11.5, INK));
  // The supplier's red seal, slightly faded.
  const red = [200, 45, 40];
  c.strokeRect(745, sy - 44, 62, 62, red, 3);
  inv.stamp.forEach((t, i) => {
    const size = Math.min(17, (17 * 52) / c.measure(t, 17, true));
    c.text(t, 776, sy - 19 + i * 24, size, red, { bold: true, align: 'center' });
  });
  c.text(
    ja ? '下記のとおりご請求申し上げます。' : 'Please remit the amount below.',
    70,
    262,
    14,
    INK,
  );
  const sub = inv.lines.reduce((a, l) => a + l.qty * l.price, 0);
  const tax = Math.floor(sub * inv.taxRate);
  const fmt = (n) => n.toLocaleString('en-US');
  c.strokeRect(70, 285, 380, 50, INK, 2);
  c.text(ja ? 'ご請求金額（税込）' : 'Amount due', 84, 317, 14, INK);
  c.text(`¥${fmt(sub + tax)}-`, 436, 320, 22, INK, { bold: true, align: 'right' });
  const cols = [
    ['No.', 40, 'right'],
    [ja ? '品番' : 'Item', 140, 'left'],
    [ja ? '品名' : 'Description', 300, 'left'],
    [ja ? '数量' : 'Qty', 70, 'right'],
    [ja ? '単価' : 'Price', 90, 'right'],
    [ja ? '金額' : 'Amount', 120, 'right'],
  ];
  const x0 = 70;
  const tw = cols.reduce((a, col) => a + col[1], 0);
  let y = 380;
  const rh = 30;
  c.fillRect(x0, y, tw, rh, [225, 225, 222]);
  const drawRow = (cells, yy, bold) => {
    let x = x0;
    cols.forEach(([, w, align], i) => {
      const tx = align === 'right' ? x + w - 8 : x + 8;
      const str = String(cells[i]);
      const size = Math.min(12.5, (12.5 * (w - 14)) / Math.max(1, c.measure(str, 12.5, bold)));
      c.text(str, tx, yy + 20, size, INK, { bold, align });
      x += w;
    });
  };
  drawRow(
    cols.map((col) => col[0]),
    y,
    true,
  );
  inv.lines.forEach((l, i) => {
    drawRow(
      [i + 1, l.code, l.name, fmt(l.qty), fmt(l.price), fmt(l.qty * l.price)],
      y + rh * (i + 1),
      false,
    );
  });
  const rows = inv.lines.length + 1;
  for (let r = 0; r <= rows; r++) c.hline(x0, y + r * rh, tw, RULE, r === 0 || r === rows ? 2 : 1);
  let x = x0;
  for (const [, w] of cols) {
    c.vline(x, y, rows * rh, RULE, 1);
    x += w;
  }
  c.vline(x0 + tw, y, rows * rh, RULE, 1);
  y += rows * rh + 20;
  [
    [ja ? '小計' : 'Subtotal', fmt(sub)],
    [ja ? `消費税（${inv.taxRate * 100}%）` : 'Tax', fmt(tax)],
    [ja ? '合計' : 'Total', fmt(sub + tax)],
  ].forEach(([k, v], i) => {
    c.strokeRect(560, y + i * 30, 200 + 50, 30, RULE, 1);
    c.text(k, 572, y + i * 30 + 21, 13, INK, { bold: i === 2 });
    c.text(v, 800, y + i * 30 + 21, 13, INK, { bold: i === 2, align: 'right' });
  });
  y += 120;
  for (const n of inv.notes ?? []) {
    c.text(n, 70, y, 12, INK);
    y += 22;
  }
  c.text('1 / 1', W / 2, H - 50, 11, INK, { align: 'center' });
  // The sheet lay slightly askew on the scanner glass; the lid shows grey around it.
  c.skew(0.7, [200, 200, 198]);
  scanLook(c, rnd);
  return c;
}

/** A top-down photo of returned units laid out on an inspection table, with a paper tag. */
export function inspectionPhoto({ units, tag }, rnd) {
  const W = 960;
  const H = 640;
  const c = new Canvas(W, H, [176, 150, 118]);
  // Wood grain.
  for (let y = 0; y < H; y++) {
    const band = 10 * Math.sin(y / 7 + Math.sin(y / 53) * 3);
    c.fillRect(0, y, W, 1, [150 + band, 124 + band, 94 + band], 0.35);
  }
  // four units a row; five when an eighth would stand under the paper tag
  const perRow = units.length > 7 ? 5 : 4;
  const [x0, step] = perRow === 5 ? [100, 170] : [120, 210];
  units.forEach((u, i) => {
    const cx = x0 + (i % perRow) * step;
    const cy = 150 + Math.floor(i / perRow) * 250;
    // Shadow, body with a metallic gradient, lid.
    c.fillRect(cx - 52, cy - 88, 112, 196, [60, 50, 40], 0.35);
    for (let dx = -55; dx < 55; dx++) {
      const t = (dx + 55) / 110;
      const shade = 150 + 90 * Math.sin(t * Math.PI) ** 3;
      const base =
        u.color === 'black'
          ? [shade * 0.25, shade * 0.25, shade * 0.27]
          : u.color === 'white'
            ? [shade * 1.05, shade * 1.05, shade * 1.04]
            : [shade, shade, shade * 1.02];
      c.fillRect(cx + dx, cy - 90, 1, 190, base);
    }
    c.fillRect(cx - 58, cy - 104, 116, 20, u.color === 'black' ? [30, 30, 32] : [210, 210, 214]);
    c.text(u.label, cx, cy + 20, 13, u.color === 'black' ? [200, 200, 200] : [60, 60, 64], {
      bold: true,
      align: 'center',
    });
    // A small inspection sticker on each unit.
    c.fillRect(cx - 34, cy + 45, 68, 26, [250, 250, 240]);
    c.text(u.sticker, cx, cy + 63, 11, [30, 30, 30], { align: 'center' });
  });
  // A paper tag with the inspection date and who checked.
  c.fillRect(640, 430, 290, 170, [60, 50, 40], 0.3);
  c.fillRect(632, 420, 290, 170, [252, 252, 248]);
  tag.forEach((t, i) => c.text(t, 650, 455 + i * 30, 17, [25, 25, 30], { bold: i === 0 }));
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      const vignette = 1 - 0.18 * (((x - W / 2) / W) ** 2 + ((y - H / 2) / H) ** 2) * 2;
      const n = (rnd.next() - 0.5) * 6;
      for (let k = 0; k < 3; k++) c.px[i + k] = c.px[i + k] * vignette + n;
    }
  // A phone photo reduced for the submission: 480 × 320 px.
  return c.downsample(2);
}
