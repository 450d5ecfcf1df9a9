// Reference "floor": pdfkit drawing the table directly — same font (NotoSansJP), header row
// repeated on every page, cells wrapped, a row never split across pages.
// Usage: node scripts/bench/table-pdfkit.mjs --rows N [--out file.pdf]
import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';
import { COLUMNS, tableRows, tableArgs, FONT_REGULAR, FONT_BOLD } from './rows.mjs';

const { rows: n, out } = tableArgs();
const t0 = performance.now();
const rows = tableRows(n);
const fixed = new Date(Date.UTC(2026, 9, 1));
const doc = new PDFDocument({
  size: 'A4',
  margin: 40,
  autoFirstPage: true,
  info: { CreationDate: fixed, ModDate: fixed, Producer: 'bench', Creator: 'bench' },
});
doc.registerFont('R', FONT_REGULAR);
doc.registerFont('B', FONT_BOLD);
const stream = createWriteStream(out);
doc.pipe(stream);

const left = 40;
const top = 40;
const width = doc.page.width - 80;
const bottom = doc.page.height - 40;
const pad = 3;
const fontSize = 8;
const xs = [];
let x = left;
for (const c of COLUMNS) {
  xs.push(x);
  x += c.width * width;
}
let pages = 1;

function rowHeight(font, cells) {
  doc.font(font).fontSize(fontSize);
  let h = 0;
  COLUMNS.forEach((c, i) => {
    h = Math.max(h, doc.heightOfString(cells[i], { width: c.width * width - 2 * pad }));
  });
  return h + 2 * pad;
}

function drawRow(font, cells, y, h, shade) {
  if (shade) doc.rect(left, y, width, h).fill('#eef2f7');
  doc.fillColor('#000').font(font).fontSize(fontSize);
  COLUMNS.forEach((c, i) => {
    doc.text(cells[i], xs[i] + pad, y + pad, { width: c.width * width - 2 * pad, align: c.align });
  });
  doc
    .moveTo(left, y + h)
    .lineTo(left + width, y + h)
    .lineWidth(0.3)
    .strokeColor('#999')
    .stroke();
}

const header = COLUMNS.map((c) => c.ja);
const headerH = rowHeight('B', header);
let y = top;
drawRow('B', header, y, headerH, true);
y += headerH;
for (const row of rows) {
  const cells = COLUMNS.map((c) => row[c.key]);
  const h = rowHeight('R', cells);
  if (y + h > bottom) {
    doc.addPage();
    pages++;
    y = top;
    drawRow('B', header, y, headerH, true);
    y += headerH;
  }
  drawRow('R', cells, y, h, false);
  y += h;
}
doc.end();
await new Promise((res) => stream.on('finish', res));
console.log(
  JSON.stringify({ renderer: 'pdfkit', rows: n, pages, seconds: (performance.now() - t0) / 1000 }),
);
