// A large invoice-lines workbook written as a stream (never held in memory): `rows` lines of
// the base case's invoice headers, each a distinct invoice number (by default), unpacking to
// ≈150 bytes a row. Options give each line's invoice, date, ASIN, SKU, quantity and status, and
// `shared`: texts in xl/sharedStrings.xml, each once, as Excel saves them (else inline strings).
// Used by the hostile corpus (memory and time bounds) and by hand:
// `node scripts/hostile/big-xlsx.mjs out.xlsx 6000000` makes a 900 MB-unpacked workbook.
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { once } from 'node:events';
import { xlsxEntries } from './zip.mjs';
import { INVOICE_HEADERS } from './base-case.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function* sheetChunks(
  rows,
  { asinOf, invoiceOf, headers, dateOf, skuOf, quantityOf, statusOf },
  strings,
) {
  const cols = 'ABCDEFG';
  const index = (v) => {
    let i = strings.get(v);
    if (i === undefined) strings.set(v, (i = strings.size));
    return i;
  };
  const cell = strings
    ? (c, r, v) => `<c r="${c}${r}" t="s"><v>${index(v)}</v></c>`
    : (c, r, v) => `<c r="${c}${r}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:G${rows + 1}"/><sheetData>`;
  yield `<row r="1">${headers.map((h, i) => cell(cols[i], 1, h)).join('')}</row>`;
  let buf = '';
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    const sku = skuOf(i);
    buf +=
      `<row r="${r}">${cell('A', r, invoiceOf(i))}` +
      `${cell('B', r, dateOf(i))}${cell('C', r, 'テスト卸株式会社')}${cell('D', r, asinOf(i))}` +
      (sku ? cell('E', r, sku) : '') +
      `${cell('G', r, statusOf(i))}<c r="F${r}"><v>${quantityOf(i)}</v></c></row>`;
    if (buf.length > 1 << 20) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}</sheetData></worksheet>`;
}

function* sharedChunks(strings) {
  yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">`;
  let buf = '';
  for (const s of strings.keys()) {
    buf += `<si><t>${esc(s)}</t></si>`;
    if (buf.length > 1 << 20) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}</sst>`;
}

/** Writes the workbook; returns its size and the unpacked size of the sheet. */
export async function writeBigInvoiceXlsx(
  file,
  rows,
  {
    asin = 'B0HOSTILE1',
    asinOf = () => asin,
    invoiceOf = (i) => `INV-${String(i).padStart(8, '0')}`,
    headers = INVOICE_HEADERS,
    dateOf = () => '2026-03-01',
    skuOf = () => '',
    quantityOf = () => 1,
    statusOf = () => '',
    shared = false,
  } = {},
) {
  const small = xlsxEntries('').slice(0, 4);
  const strings = shared ? new Map() : undefined;
  if (shared) {
    // the shared strings part named in the content types and the workbook's relationships
    const add = (e, before, part) => {
      const text = e.data.toString('utf8');
      e.data = Buffer.from(text.replace(before, part + before));
    };
    add(
      small[0],
      '</Types>',
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
    add(
      small[3],
      '</Relationships>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
    );
  }
  const out = createWriteStream(file);
  const write = async (b) => {
    if (!out.write(b)) await once(out, 'drain');
  };
  const central = [];
  let offset = 0;
  const entry = async (name, chunks, deflate = true) => {
    const nameB = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // UTF-8 names, sizes in a data descriptor
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt16LE(nameB.length, 26);
    await write(local);
    await write(nameB);
    const start = offset;
    offset += 30 + nameB.length;
    let crc = 0;
    let size = 0;
    let comp = 0;
    const z = createDeflateRaw({ level: deflate ? 6 : 1 });
    z.on('data', (d) => {
      comp += d.length;
      out.write(d);
    });
    for (const c of chunks) {
      const b = Buffer.from(c);
      crc = crc32(b, crc);
      size += b.length;
      if (!z.write(b)) await once(z, 'drain');
    }
    z.end();
    await once(z, 'end');
    offset += comp;
    const dd = Buffer.alloc(16);
    dd.writeUInt32LE(0x08074b50, 0);
    dd.writeUInt32LE(crc >>> 0, 4);
    dd.writeUInt32LE(comp, 8);
    dd.writeUInt32LE(size, 12);
    await write(dd);
    offset += 16;
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0808, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt16LE(0x21, 14);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(comp, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(nameB.length, 28);
    c.writeUInt32LE(start, 42);
    central.push(c, nameB);
    return size;
  };
  for (const e of small) await entry(e.name, [e.data]);
  const unpacked = await entry(
    'xl/worksheets/sheet1.xml',
    sheetChunks(rows, { asinOf, invoiceOf, headers, dateOf, skuOf, quantityOf, statusOf }, strings),
  );
  if (strings) await entry('xl/sharedStrings.xml', sharedChunks(strings));
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(cd);
  await write(end);
  out.end();
  await once(out, 'finish');
  const fh = await open(file);
  const { size } = await fh.stat();
  await fh.close();
  return { size, unpacked };
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const [file, rows] = process.argv.slice(2);
  console.log(await writeBigInvoiceXlsx(file, Number(rows ?? 1000)));
}
