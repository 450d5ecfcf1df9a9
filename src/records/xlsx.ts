/**
 * xlsx workbooks: first a look at the zip itself (is it a zip at all, is it complete, would it
 * unpack to something absurd, does a sheet claim millions of cells), all with bounded reads;
 * then the sheets as a stream, one row at a time (xlsx-stream.ts), cells as displayed.
 */
import { open, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { createInflateRaw, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import { streamXlsxRows, type XlsxRow } from './xlsx-stream.js';
import {
  layoutIssue,
  sheetIssue,
  smallEntryText,
  type DirEntry,
  type LayoutIssue,
} from './xlsx-layout.js';

export const LIMITS = {
  /** Total unpacked size of all entries. */
  totalUncompressed: 1024 * 1024 * 1024,
  /** Unpacked/packed ratio above which an entry (larger than `ratioFloor`) is refused. */
  ratio: 200,
  ratioFloor: 8 * 1024 * 1024,
  /** Cells a sheet's dimension may claim (rows × columns). */
  sheetCells: 50_000_000,
  entries: 20_000,
  centralDirectory: 16 * 1024 * 1024,
};

export type ZipIssue =
  | { kind: 'legacyXls' }
  | { kind: 'notZip'; looksLikeText: boolean }
  | { kind: 'truncated' }
  | { kind: 'damaged'; entry: string }
  | { kind: 'bomb'; entry: string; uncompressed: number; compressed: number }
  | { kind: 'sheetTooLarge'; entry: string; ref: string; cells: number }
  | LayoutIssue;

type ZipEntry = DirEntry;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

type Read = (pos: number, len: number) => Promise<Buffer>;

/** The central directory: every entry it lists, or the first issue with it. */
async function readDirectory(
  read: Read,
  size: number,
): Promise<ZipIssue | { entries: ZipEntry[]; cdOffset: number; total: number }> {
  const tailLen = Math.min(size, 65_557);
  const tail = await read(size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return { kind: 'truncated' };
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (cdSize === 0xffffffff || cdOffset === 0xffffffff || count === 0xffff)
    return { kind: 'bomb', entry: '(zip64)', uncompressed: Infinity, compressed: size };
  if (cdOffset + cdSize > size) return { kind: 'truncated' };
  if (cdSize > LIMITS.centralDirectory || count > LIMITS.entries)
    return {
      kind: 'bomb',
      entry: '(central directory)',
      uncompressed: Infinity,
      compressed: size,
    };
  const cd = await read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  let total = 0;
  while (p + 46 <= cd.length && cd.readUInt32LE(p) === 0x02014b50) {
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    const compressed = cd.readUInt32LE(p + 20);
    const uncompressed = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const offset = cd.readUInt32LE(p + 42);
    const nameBytes = Buffer.from(cd.subarray(p + 46, p + 46 + nameLen));
    const name = nameBytes.toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (compressed === 0xffffffff || uncompressed === 0xffffffff)
      return { kind: 'bomb', entry: name, uncompressed: Infinity, compressed: size };
    if (offset + compressed > size) return { kind: 'truncated' };
    total += uncompressed;
    if (uncompressed > LIMITS.ratioFloor && uncompressed > LIMITS.ratio * Math.max(compressed, 1))
      return { kind: 'bomb', entry: name, uncompressed, compressed };
    entries.push({ name, nameBytes, flags, method, crc, compressed, uncompressed, offset });
  }
  if (entries.length !== count) return { kind: 'truncated' };
  return { entries, cdOffset, total };
}

/** The entries of a workbook that `inspectXlsx` found sound, as its central directory lists them. */
export async function xlsxEntries(abs: string): Promise<ZipEntry[]> {
  return withReader(abs, async (read, size) => {
    const dir = await readDirectory(read, size);
    if ('kind' in dir) throw new Error(`the zip directory: ${dir.kind}`);
    return dir.entries;
  });
}

type ReadAt = (pos: number, len: number) => Promise<Buffer>;

/** Calls `use` with a reader of byte ranges of the file and its size; closes the file after. */
async function withReader<T>(
  abs: string,
  use: (read: ReadAt, size: number) => Promise<T>,
): Promise<T> {
  const { size } = await stat(abs);
  const fh = await open(abs, 'r');
  try {
    const read = async (pos: number, len: number): Promise<Buffer> => {
      const b = Buffer.alloc(len);
      const { bytesRead } = await fh.read(b, 0, len, pos);
      return b.subarray(0, bytesRead);
    };
    return await use(read, size);
  } finally {
    await fh.close();
  }
}

/** Checks the zip structure of an xlsx without unpacking it; returns the first issue found. */
export async function inspectXlsx(abs: string): Promise<ZipIssue | undefined> {
  return withReader(abs, async (read, size) => {
    const head = await read(0, 512);
    if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0) return { kind: 'legacyXls' };
    if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50) {
      const looksLikeText = !head.subarray(0, 512).includes(0);
      return { kind: 'notZip', looksLikeText };
    }
    const dir = await readDirectory(read, size);
    if ('kind' in dir) return dir;
    const { entries, cdOffset, total } = dir;
    if (total > LIMITS.totalUncompressed)
      return { kind: 'bomb', entry: '(all)', uncompressed: total, compressed: size };
    // Read only what the directory lists, and only the sheets the workbook lists.
    const layout =
      (await layoutIssue(read, entries, cdOffset)) ??
      (await sheetIssue(entries, (e) => smallEntryText(read, e)));
    if (layout) return layout;
    // Sheet dimensions: unpack only the first few KB of each sheet.
    for (const e of entries) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
      const local = await read(e.offset, 30);
      if (local.length < 30) return { kind: 'truncated' };
      if (local.readUInt32LE(0) !== 0x04034b50) return { kind: 'damaged', entry: e.name };
      const start = e.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const raw = await read(start, Math.min(e.compressed, 16 * 1024));
      let xml = '';
      try {
        xml = (
          e.method === 0
            ? raw
            : inflateRawSync(raw, {
                finishFlush: zlibConstants.Z_SYNC_FLUSH,
                maxOutputLength: 8 * 1024 * 1024,
              })
        ).toString('utf8');
      } catch {
        continue; // the streaming reader will say what is wrong
      }
      const m = /<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"/.exec(xml);
      if (!m) continue;
      const c1 = colNumber(m[1]!);
      const r1 = Number(m[2]);
      const c2 = m[3] ? colNumber(m[3]) : c1;
      const r2 = m[4] ? Number(m[4]) : r1;
      const cells = (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
      if (cells > LIMITS.sheetCells)
        return { kind: 'sheetTooLarge', entry: e.name, ref: m[0].split('"')[1]!, cells };
    }
    // The directory can lie: unpack every entry once, counting bytes and stopping at the limit,
    // so what the reader unpacks afterwards is known to be what the directory says.
    for (const e of entries) {
      if (e.method !== 8 || e.compressed === 0) continue;
      const local = await read(e.offset, 30);
      if (local.length < 30) return { kind: 'truncated' };
      if (local.readUInt32LE(0) !== 0x04034b50) return { kind: 'damaged', entry: e.name };
      const start = e.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const actual = await inflatedSize(abs, start, e.compressed, e.uncompressed + 1);
      if (actual === 'damaged') return { kind: 'damaged', entry: e.name };
      if (actual > e.uncompressed)
        return { kind: 'bomb', entry: e.name, uncompressed: actual, compressed: e.compressed };
    }
    return undefined;
  });
}

/** Unpacked size of a deflated range, counting at most `limit` bytes (never held in memory). */
function inflatedSize(
  abs: string,
  start: number,
  length: number,
  limit: number,
): Promise<number | 'damaged'> {
  return new Promise((resolve) => {
    let n = 0;
    let done = false;
    const src = createReadStream(abs, { start, end: start + length - 1, highWaterMark: 1 << 20 });
    // output in chunks of up to 1 MiB: zlib's 16 KiB made a 900 MB sheet 56,000 round trips to
    // the thread pool (3.1 s; 0.45 s with 1 MiB chunks)
    const inflate = createInflateRaw({
      chunkSize: Math.min(1 << 20, Math.max(zlibConstants.Z_MIN_CHUNK, limit)),
    });
    const finish = (v: number | 'damaged') => {
      if (done) return;
      done = true;
      src.destroy();
      inflate.destroy();
      resolve(v);
    };
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n >= limit) finish(n);
    });
    inflate.on('end', () => finish(n));
    inflate.on('error', () => finish('damaged'));
    src.on('error', () => finish('damaged'));
    src.pipe(inflate);
  });
}

/** SHA-256 and size of a file, streamed. */
export async function hashFile(abs: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(abs) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Streams every sheet of a workbook that `inspectXlsx` found sound: `onSheet` when a sheet
 * starts, `onRow` for each row, `onSheetEnd`. Throws on a damaged part.
 */
export async function readXlsxRows(
  abs: string,
  onSheet: (name: string) => void,
  onRow: (r: XlsxRow) => void,
  onSheetEnd: (name: string) => void,
): Promise<void> {
  await streamXlsxRows(abs, await xlsxEntries(abs), onSheet, onRow, onSheetEnd);
}
