/** Tab-separated text and deterministic .xlsx writing. */
import ExcelJS from 'exceljs';

/** Rows of cells → tab-separated text with CRLF or LF line ends (Amazon uses LF). */
export function toTsv(header, rows, eol = '\n') {
  const clean = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ');
  return [header, ...rows].map((r) => r.map(clean).join('\t')).join(eol) + eol;
}

const FIXED_DATE = new Date(Date.UTC(2026, 10, 16, 0, 0, 0));

/** Sets every zip entry's DOS time to one fixed value so the bytes do not depend on the clock. */
export function fixZipTimes(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const dosDate = ((2026 - 1980) << 9) | (11 << 5) | 16;
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad zip central directory');
    buf.writeUInt16LE(0, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    buf.writeUInt16LE(0, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

/**
 * One-sheet workbook. columns: [{header, key, width, numFmt, text}] (text: store as a string
 * cell with the "@" format, so codes like 004512 keep their zeros). Dates are YYYY-MM-DD strings
 * written as real date cells.
 */
export async function toXlsx({ sheet, columns, rows, creator }) {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(
      columns.map((c) => {
        const v = r[c.key];
        if (c.date && typeof v === 'string') return new Date(`${v}T00:00:00Z`);
        return v;
      }),
    );
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (c.text) cell.numFmt = '@';
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}
