/**
 * An xlsx read as Excel reads it. Excel (and `unzip -l`) see the parts the zip's central
 * directory lists, and the sheets workbook.xml lists; exceljs's streaming reader walks the local
 * entries one after another and takes every `xl/worksheets/sheetN.xml` it meets. The two agree
 * only when the local entries are exactly the directory's, back to back, and the sheet parts are
 * exactly the workbook's sheets: anything else (a part hidden between entries, a sheet part no
 * sheet points to, a sheet exceljs cannot find) is reported so the file is refused.
 */
import { inflateRawSync } from 'node:zlib';

export interface DirEntry {
  name: string;
  nameBytes: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  uncompressed: number;
  offset: number;
}

export type LayoutIssue =
  | { kind: 'hiddenEntry'; at: number; name?: string }
  | { kind: 'entryMismatch'; entry: string; field: string }
  | { kind: 'duplicateEntry'; entry: string }
  | { kind: 'orphanSheet'; entry: string }
  | { kind: 'unreadableSheet'; sheet: string; target: string };

type Read = (pos: number, len: number) => Promise<Buffer>;

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

/** Name of a local entry at `pos`, when there is one (for the message). */
async function localName(read: Read, pos: number): Promise<string | undefined> {
  const h = await read(pos, 30);
  if (h.length < 30 || h.readUInt32LE(0) !== LOCAL) return undefined;
  return (await read(pos + 30, Math.min(h.readUInt16LE(26), 512))).toString('utf8');
}

/**
 * The local entries must tile the file from byte 0 to the central directory, in directory order,
 * each with the name, method and sizes the directory gives.
 */
export async function layoutIssue(
  read: Read,
  entries: DirEntry[],
  cdOffset: number,
): Promise<LayoutIssue | undefined> {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) return { kind: 'duplicateEntry', entry: e.name };
    seen.add(e.name);
  }
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  let pos = 0;
  for (const e of sorted) {
    if (e.offset !== pos) return { kind: 'hiddenEntry', at: pos, name: await localName(read, pos) };
    const h = await read(e.offset, 30);
    if (h.length < 30 || h.readUInt32LE(0) !== LOCAL)
      return { kind: 'entryMismatch', entry: e.name, field: 'signature' };
    const flags = h.readUInt16LE(6);
    const nameLen = h.readUInt16LE(26);
    const extraLen = h.readUInt16LE(28);
    const name = await read(e.offset + 30, nameLen);
    if (!name.equals(e.nameBytes)) return { kind: 'entryMismatch', entry: e.name, field: 'name' };
    if (h.readUInt16LE(8) !== e.method)
      return { kind: 'entryMismatch', entry: e.name, field: 'method' };
    const described = (flags & 8) !== 0;
    if (described !== ((e.flags & 8) !== 0))
      return { kind: 'entryMismatch', entry: e.name, field: 'flags' };
    // A stored entry with its sizes after the data cannot be walked without the directory.
    if (described && e.method === 0)
      return { kind: 'entryMismatch', entry: e.name, field: 'method' };
    if (
      !described &&
      (h.readUInt32LE(18) !== e.compressed ||
        h.readUInt32LE(22) !== e.uncompressed ||
        h.readUInt32LE(14) !== e.crc)
    )
      return { kind: 'entryMismatch', entry: e.name, field: 'size' };
    pos = e.offset + 30 + nameLen + extraLen + e.compressed;
    if (described) {
      const d = await read(pos, 16);
      const signed = d.length >= 4 && d.readUInt32LE(0) === DESCRIPTOR;
      const base = signed ? 4 : 0;
      if (
        d.length < base + 12 ||
        d.readUInt32LE(base) !== e.crc ||
        d.readUInt32LE(base + 4) !== e.compressed ||
        d.readUInt32LE(base + 8) !== e.uncompressed
      )
        return { kind: 'entryMismatch', entry: e.name, field: 'data descriptor' };
      pos += base + 12;
    }
  }
  if (pos !== cdOffset) return { kind: 'hiddenEntry', at: pos, name: await localName(read, pos) };
  return undefined;
}

/** The parts exceljs's streaming reader takes as sheets (its own, unanchored pattern). */
const EXCELJS_SHEET = /xl\/worksheets\/sheet\d+[.]xml/;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The part a relationship target of xl/workbook.xml names ("worksheets/x.xml" or "/xl/..."). */
export function resolveTarget(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/**
 * Sheets as Excel lists them (workbook.xml → its relationships → parts) against the parts
 * exceljs would read. `text` unpacks a small part (undefined when absent).
 */
export async function sheetIssue(
  entries: DirEntry[],
  text: (e: DirEntry) => Promise<string | undefined>,
): Promise<LayoutIssue | undefined> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const wbEntry = byName.get('xl/workbook.xml');
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  const wb = wbEntry ? await text(wbEntry) : undefined;
  const rels = relsEntry ? await text(relsEntry) : undefined;
  if (wb === undefined || rels === undefined) return undefined; // exceljs says what is missing
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) targets.set(id, resolveTarget(unescapeXml(target)));
  }
  const listed = new Set<string>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = unescapeXml(attr(m[1]!, 'name') ?? '');
    const rid = attr(m[1]!, 'r:id') ?? attr(m[1]!, 'id');
    const part = rid ? targets.get(rid) : undefined;
    if (!part) continue; // a sheet without a part: Excel refuses the file, so does exceljs
    const kind = /\/(chartsheets|dialogsheets|macrosheets)\//.test(part);
    if (kind) continue; // no cells to read
    listed.add(part);
    // exceljs names and reads a sheet only by this exact relative target
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part) || !byName.has(part))
      return { kind: 'unreadableSheet', sheet: name, target: part };
  }
  for (const e of entries)
    if (EXCELJS_SHEET.test(e.name) && !listed.has(e.name))
      return { kind: 'orphanSheet', entry: e.name };
  return undefined;
}

/** Unpacks a small directory entry (at most `max` bytes out), or undefined when it cannot. */
export async function smallEntryText(
  read: Read,
  e: DirEntry,
  max = 4 * 1024 * 1024,
): Promise<string | undefined> {
  if (e.compressed > max || e.uncompressed > max) return undefined;
  const h = await read(e.offset, 30);
  if (h.length < 30) return undefined;
  const start = e.offset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
  const raw = await read(start, e.compressed);
  try {
    return (e.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: max })).toString('utf8');
  } catch {
    return undefined;
  }
}
