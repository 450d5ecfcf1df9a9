/**
 * Fixing the timestamps inside a zip file (an .xlsx) so that the same content gives the same
 * bytes. exceljs zips with JSZip, which stamps every entry with the time of writing and offers no
 * option to change it; the DOS date and time fields of every local header and central directory
 * entry are rewritten in place here (they are outside the compressed data and its CRC).
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS date of a YYYY-MM-DD day (time 00:00:00). */
export function dosDate(day: string): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return ((Math.max(1980, Math.min(2107, y)) - 1980) << 9) | (m << 5) | d;
}

function findEocd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === EOCD) return i;
  throw new Error('not a zip file: no end of central directory');
}

/** Sets every entry's modification time to `day` 00:00:00; returns the number of entries. */
export function fixZipTimestamps(buf: Buffer, day: string): number {
  const date = dosDate(day);
  const eocd = findEocd(buf);
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error(`bad central directory entry at ${p}`);
    buf.writeUInt16LE(0, p + 12);
    buf.writeUInt16LE(date, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== LOCAL) throw new Error(`bad local header at ${local}`);
    buf.writeUInt16LE(0, local + 10);
    buf.writeUInt16LE(date, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** The DOS date and time of every entry (for tests): [name, date, time]. */
export function zipTimestamps(buf: Buffer): [string, number, number][] {
  const eocd = findEocd(buf);
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: [string, number, number][] = [];
  for (let i = 0; i < entries; i++) {
    const n = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + n).toString('utf8');
    const local = buf.readUInt32LE(p + 42);
    out.push([name, buf.readUInt16LE(p + 14), buf.readUInt16LE(p + 12)]);
    out.push([`${name} (local)`, buf.readUInt16LE(local + 12), buf.readUInt16LE(local + 10)]);
    p += 46 + n + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}
