/**
 * The inputs of a build, hashed: case.json, every record file (with its detected kind and
 * encoding, from the records readers) and every document the case names. Their hashes plus the
 * options make the inputs key: two builds with the same key would produce the same revision.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedCase } from '../case/load.js';
import type { RecordFile } from '../records/types.js';
import { canonicalLine, sha256 } from './json.js';
import type { HashedFile, InputFile } from './manifest.js';

export interface BuildInputs {
  case: HashedFile;
  inputs: InputFile[];
  inputsKey: string;
}

async function hashFile(abs: string): Promise<{ size: number; sha256: string }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(abs)) {
    h.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: h.digest('hex') };
}

/** The file type of a document from its first bytes (not its name). */
export async function detectDocumentType(abs: string): Promise<string> {
  const fh = await open(abs, 'r');
  try {
    const buf = Buffer.alloc(16);
    const { bytesRead } = await fh.read(buf, 0, 16, 0);
    const b = buf.subarray(0, bytesRead);
    if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
    if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
    if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
      return 'png';
    if (b.subarray(0, 4).toString('latin1') === 'GIF8') return 'gif';
    if (b.subarray(4, 8).toString('latin1') === 'ftyp') return 'heif';
    if (
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP'
    )
      return 'webp';
    if (
      b.subarray(0, 2).toString('latin1') === 'II' ||
      b.subarray(0, 2).toString('latin1') === 'MM'
    )
      return 'tiff';
    return 'other';
  } finally {
    await fh.close();
  }
}

/** The key that decides "identical inputs": case.json, every input file's hash, the options. */
export function inputsKeyOf(
  caseHash: string,
  inputs: readonly { path: string; sha256: string }[],
  options: Record<string, unknown>,
): string {
  const files = inputs
    .map((f) => [f.path.normalize('NFC'), f.sha256])
    .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  return sha256(canonicalLine({ case: caseHash, files, options }));
}

/** A document as the build read it: its hash and size come from the bytes it used. */
export interface ReadDocument {
  /** Real path inside the case folder. */
  path: string;
  size: number;
  sha256: string;
  /** File type from its bytes (pdf, jpeg, png, gif). */
  kind: string;
}

/**
 * Hashes what a build reads: `loaded` (case.json and the documents/evidence it names) and the
 * record files as the readers described them. Documents in `read` are taken as read (the bytes
 * that were checked, embedded and copied), never read again: a file changed during the build
 * cannot give the manifest another hash than the PDF and upload/.
 */
export async function hashInputs(
  loaded: LoadedCase,
  recordFiles: readonly RecordFile[],
  options: Record<string, unknown>,
  /** plan.md / plan.docx when the narrative is written there. */
  planFile?: { path: string; bytes: Buffer },
  read: readonly ReadDocument[] = [],
): Promise<BuildInputs> {
  const caseFile: HashedFile = {
    path: 'case.json',
    size: loaded.bytes.length,
    sha256: sha256(loaded.bytes),
  };
  const inputs: InputFile[] = recordFiles.map((r) => ({
    path: r.path,
    size: r.size,
    sha256: r.sha256,
    role: 'record',
    kind: r.kind,
    encoding: r.encoding,
  }));
  if (planFile)
    inputs.push({
      path: planFile.path,
      size: planFile.bytes.length,
      sha256: sha256(planFile.bytes),
      role: 'plan',
      kind: planFile.path.endsWith('.docx') ? 'docx' : 'markdown',
      encoding: planFile.path.endsWith('.docx') ? 'binary' : 'utf-8',
    });
  const seen = new Set(inputs.map((i) => i.path.normalize('NFC')));
  for (const d of read) {
    const key = d.path.normalize('NFC');
    if (seen.has(key)) continue;
    seen.add(key);
    inputs.push({ ...d, role: 'document', encoding: 'binary' });
  }
  const named = [
    ...loaded.data.documents.map((d) => d.file),
    ...loaded.data.actionsTaken.flatMap((a) => a.evidence),
  ];
  for (const rel of named) {
    const real = loaded.resolvedFiles.get(rel) ?? rel;
    const key = real.normalize('NFC');
    if (seen.has(key)) continue;
    seen.add(key);
    const abs = path.join(loaded.dir, ...real.split('/'));
    const st = await stat(abs).catch(() => undefined);
    if (!st?.isFile()) continue;
    const { size, sha256: hash } = await hashFile(abs);
    inputs.push({
      path: real,
      size,
      sha256: hash,
      role: 'document',
      kind: await detectDocumentType(abs),
      encoding: 'binary',
    });
  }
  inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { case: caseFile, inputs, inputsKey: inputsKeyOf(caseFile.sha256, inputs, options) };
}
