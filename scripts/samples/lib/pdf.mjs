/**
 * Supplier documents as real PDFs (pdfkit, embedded Noto Sans JP): invoices, delivery notes and
 * one-page letters or forms. Dates, producer, creator and therefore the /ID are fixed, so the
 * bytes are the same on every run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const fontDir = require
  .resolve('@expo-google-fonts/noto-sans-jp/package.json')
  .replace(/package\.json$/, '');
export const FONT_REGULAR = readFileSync(`${fontDir}400Regular/NotoSansJP_400Regular.ttf`);
export const FONT_BOLD = readFileSync(`${fontDir}700Bold/NotoSansJP_700Bold.ttf`);

const A4 = { w: 595.28, h: 841.89 };
const M = 48;

function newDoc({ issueDate, title, author, producer }) {
  const d = new Date(`${issueDate}T09:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: M, left: M, right: M, bottom: 16 },
    autoFirstPage: false,
    info: {
      Title: title,
      Author: author,
      Creator: producer,
      Producer: producer,
      CreationDate: d,
      ModDate: d,
    },
  });
  doc.registerFont('R', FONT_REGULAR);
  doc.registerFont('B', FONT_BOLD);
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

const yen = (n) => n.toLocaleString('en-US');
const usd = (n) =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * An invoice (or, with kind "delivery-note", a delivery note without prices).
 * inv: {lang, kind, number, issueDate, deliveryDate?, regNo?, buyer:{name,address},
 *       supplier:{name,address,phone,website,email,contact}, lines:[{code,name,qty,unit,price}],
 *       taxRate, bank?, notes?[], currency: 'JPY'|'USD', producer}
 */
export async function invoicePdf(inv) {
  const ja = inv.lang === 'ja';
  const note = inv.kind === 'delivery-note';
  const title = ja ? (note ? '納 品 書' : '請 求 書') : note ? 'PACKING SLIP' : 'INVOICE';
  const { doc, done } = newDoc({
    issueDate: inv.issueDate,
    title: `${title.replace(/ /g, '')} ${inv.number}`,
    author: inv.supplier.name,
    producer: inv.producer,
  });
  const money = inv.currency === 'USD' ? usd : yen;
  const sub = inv.lines.reduce((s, l) => s + l.qty * l.price, 0);
  const tax =
    inv.currency === 'USD'
      ? Math.round(sub * inv.taxRate * 100) / 100
      : Math.floor(sub * inv.taxRate);
  const total = sub + tax;

  const cols = note
    ? [
        { k: 'no', w: 28, h: 'No.', a: 'right' },
        { k: 'code', w: 110, h: ja ? '品番' : 'Item no.' },
        { k: 'name', w: 270, h: ja ? '品名' : 'Description' },
        { k: 'qty', w: 50, h: ja ? '数量' : 'Qty', a: 'right' },
        { k: 'unit', w: 41, h: ja ? '単位' : 'Unit', a: 'center' },
      ]
    : [
        { k: 'no', w: 24, h: 'No.', a: 'right' },
        { k: 'code', w: 92, h: ja ? '品番' : 'Item no.' },
        { k: 'name', w: 190, h: ja ? '品名' : 'Description' },
        { k: 'qty', w: 42, h: ja ? '数量' : 'Qty', a: 'right' },
        { k: 'unit', w: 30, h: ja ? '単位' : 'Unit', a: 'center' },
        { k: 'price', w: 56, h: ja ? '単価' : 'Unit price', a: 'right' },
        { k: 'amount', w: 65, h: ja ? '金額' : 'Amount', a: 'right' },
      ];
  const rowH = 19;
  const firstRows = 18;
  const nextRows = 30;
  const pages = [];
  let rest = inv.lines.map((l, i) => ({ ...l, no: i + 1 }));
  pages.push(rest.slice(0, firstRows));
  rest = rest.slice(firstRows);
  while (rest.length) {
    pages.push(rest.slice(0, nextRows));
    rest = rest.slice(nextRows);
  }
  // The totals block needs room under the last table.
  const lastRoom = (pages.length === 1 ? firstRows : nextRows) - pages[pages.length - 1].length;
  if (lastRoom < 6) pages.push([]);

  const header = () => {
    doc
      .font('B')
      .fontSize(20)
      .text(title, M, 46, { width: A4.w - 2 * M, align: 'center' });
    doc.font('R').fontSize(8.5);
    const rx = 360;
    const meta = [
      [ja ? (note ? '納品書番号' : '請求書番号') : note ? 'Slip no.' : 'Invoice no.', inv.number],
      [ja ? '発行日' : 'Date', inv.issueDateText],
    ];
    if (inv.deliveryDateText) meta.push([ja ? '納品日' : 'Ship date', inv.deliveryDateText]);
    if (inv.regNo) meta.push([ja ? '登録番号' : 'Tax ID', inv.regNo]);
    meta.forEach(([k, v], i) => {
      doc.text(k, rx, 84 + i * 13, { width: 70 });
      doc.text(v, rx + 72, 84 + i * 13, { width: 120 });
    });
  };

  const table = (rows, y) => {
    const x0 = M;
    const width = cols.reduce((s, c) => s + c.w, 0);
    doc.rect(x0, y, width, rowH).fillAndStroke('#e8e8e8', '#555');
    doc.fillColor('#000').font('B').fontSize(8.5);
    let x = x0;
    for (const c of cols) {
      doc.text(c.h, x + 3, y + 5, { width: c.w - 6, align: c.a ?? 'left', lineBreak: false });
      x += c.w;
    }
    doc.font('R');
    rows.forEach((l, i) => {
      const ry = y + rowH * (i + 1);
      doc.rect(x0, ry, width, rowH).stroke('#999');
      const cells = {
        no: String(l.no),
        code: l.code,
        name: l.name,
        qty: yen(l.qty),
        unit: l.unit,
        price: money(l.price),
        amount: money(l.qty * l.price),
      };
      let cx = x0;
      for (const c of cols) {
        // Long names are set smaller so they stay on one line inside the cell.
        doc.fontSize(8.5);
        const wanted = doc.widthOfString(cells[c.k]);
        if (wanted > c.w - 6) doc.fontSize(Math.max(6, (8.5 * (c.w - 6)) / wanted));
        doc.text(cells[c.k], cx + 3, ry + 5, {
          width: c.w - 6,
          align: c.a ?? 'left',
          lineBreak: false,
          ellipsis: true,
        });
        cx += c.w;
      }
    });
    let cx = x0;
    for (const c of cols.slice(0, -1)) {
      cx += c.w;
      doc
        .moveTo(cx, y)
        .lineTo(cx, y + rowH * (rows.length + 1))
        .stroke('#999');
    }
    return y + rowH * (rows.length + 1);
  };

  pages.forEach((rows, pi) => {
    doc.addPage();
    doc.lineWidth(0.6);
    header();
    let y = 150;
    if (pi === 0) {
      doc.font('R').fontSize(9).text(inv.buyer.address, M, 92, { width: 280 });
      doc
        .font('B')
        .fontSize(13)
        .text(`${inv.buyer.name}${ja ? '　御中' : ''}`, M, 108, { width: 290 });
      doc
        .moveTo(M, 127)
        .lineTo(M + 290, 127)
        .stroke('#000');
      const s = inv.supplier;
      doc.font('B').fontSize(10.5).text(s.name, 360, 150, { width: 190 });
      doc.font('R').fontSize(8);
      const sl = [s.address, `TEL ${s.phone}`, s.website, s.email];
      if (s.contact) sl.push(`${ja ? '担当' : 'Contact'}: ${s.contact}`);
      doc.text(sl.join('\n'), 360, 166, { width: 190, lineGap: 1.5 });
      doc
        .font('R')
        .fontSize(9.5)
        .text(
          ja
            ? note
              ? '下記のとおり納品いたしました。'
              : '下記のとおりご請求申し上げます。'
            : note
              ? 'The goods below were shipped to you.'
              : 'Thank you for your order. Please remit the amount below.',
          M,
          152,
        );
      if (!note) {
        doc.rect(M, 172, 250, 32).stroke('#000');
        doc
          .font('R')
          .fontSize(9)
          .text(ja ? 'ご請求金額（税込）' : 'Amount due', M + 8, 184);
        doc
          .font('B')
          .fontSize(14)
          .text(inv.currency === 'USD' ? `$${money(total)}` : `¥${money(total)}-`, M + 110, 180, {
            width: 130,
            align: 'right',
          });
      }
      y = 240;
    }
    const end = table(rows, y);
    if (pi === pages.length - 1) {
      let ty = end + 10;
      if (!note) {
        const tl = [
          [ja ? '小計' : 'Subtotal', money(sub)],
          [
            ja
              ? `消費税（${inv.taxRate * 100}%）`
              : `Sales tax (${(inv.taxRate * 100).toFixed(2)}%)`,
            money(tax),
          ],
          [ja ? '合計' : 'Total', money(total)],
        ];
        tl.forEach(([k, v], i) => {
          doc.rect(380, ty + i * 18, 167, 18).stroke('#777');
          doc.font(i === 2 ? 'B' : 'R').fontSize(9);
          doc.text(k, 386, ty + i * 18 + 4, { width: 80 });
          doc.text(v, 446, ty + i * 18 + 4, { width: 95, align: 'right' });
        });
        ty += 64;
      } else {
        const units = inv.lines.reduce((s, l) => s + l.qty, 0);
        doc
          .font('B')
          .fontSize(9.5)
          .text(`${ja ? '数量合計' : 'Total units'}: ${yen(units)}`, 380, ty);
        ty += 24;
      }
      doc.font('R').fontSize(8.5);
      for (const n of inv.notes ?? []) {
        doc.text(n, M, ty, { width: A4.w - 2 * M });
        ty = doc.y + 3;
      }
    }
    doc
      .font('R')
      .fontSize(8)
      .text(`${pi + 1} / ${pages.length}`, M, A4.h - 40, { width: A4.w - 2 * M, align: 'center' });
  });
  doc.end();
  return { bytes: await done, pages: pages.length, total, subtotal: sub, tax };
}

/**
 * A one-page letter, certificate or internal record.
 * l: {lang, date, dateText, title, from:[lines], to:[lines], body:[paragraphs], table?:
 *     {head:[...], widths:[...], rows:[[...]]}, after?:[paragraphs under the table],
 *     sign?:[lines], producer}
 */
export async function letterPdf(l) {
  const { doc, done } = newDoc({
    issueDate: l.date,
    title: l.title,
    author: l.author ?? l.from[0],
    producer: l.producer,
  });
  doc.addPage();
  doc.lineWidth(0.6);
  doc.font('R').fontSize(9.5);
  doc.text(l.dateText, M, 50, { width: A4.w - 2 * M, align: 'right' });
  if (l.ref) doc.text(l.ref, M, 64, { width: A4.w - 2 * M, align: 'right' });
  doc.font('R').fontSize(10.5).text(l.to.join('\n'), M, 84, { width: 300, lineGap: 2 });
  doc.font('R').fontSize(9).text(l.from.join('\n'), 330, 130, { width: 217, lineGap: 1.5 });
  doc
    .font('B')
    .fontSize(15)
    .text(l.title, M, 220, { width: A4.w - 2 * M, align: 'center' });
  let y = 258;
  doc.font('R').fontSize(10);
  for (const p of l.body) {
    doc.text(p, M, y, { width: A4.w - 2 * M, lineGap: 3 });
    y = doc.y + 8;
  }
  if (l.table) {
    const { head, widths, rows } = l.table;
    const h = 18;
    const width = widths.reduce((s, w) => s + w, 0);
    const draw = (cells, yy, bold) => {
      let x = M;
      doc.font(bold ? 'B' : 'R').fontSize(8.5);
      cells.forEach((c, i) => {
        doc.rect(x, yy, widths[i], h).stroke('#777');
        doc.fillColor('#000').text(String(c), x + 3, yy + 4.5, {
          width: widths[i] - 6,
          lineBreak: false,
          ellipsis: true,
        });
        x += widths[i];
      });
    };
    doc.rect(M, y, width, h).fill('#e8e8e8');
    doc.fillColor('#000');
    draw(head, y, true);
    rows.forEach((r, i) => draw(r, y + h * (i + 1), false));
    y += h * (rows.length + 1) + 12;
  }
  // notes under the table (a finding per unit, say)
  if (l.after?.length) {
    doc.font('R').fontSize(9);
    for (const p of l.after) {
      doc.text(p, M, y, { width: A4.w - 2 * M, lineGap: 2 });
      y = doc.y + 6;
    }
    if (y > 636) throw new Error(`${l.title}: the notes under the table do not fit the page`);
  }
  if (l.sign) {
    doc.font('R').fontSize(9.5).text(l.sign.join('\n'), 330, Math.max(y, 640), {
      width: 217,
      lineGap: 2,
    });
  }
  doc.end();
  return { bytes: await done, pages: 1 };
}
