/**
 * Helpers for the record reader tests: encoders for the legacy encodings (built from Node's own
 * decoders, so the bytes are exactly what Windows/Excel write), and temporary case folders.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { caseSchema, type CaseInput } from '../../src/case/schema.js';
import { caseTemplate } from '../../src/case/template.js';
import { stripComments, type LoadedCase } from '../../src/case/load.js';

let sjisMap: Map<string, number[]> | undefined;

/** Shift_JIS / CP932 bytes of a text (NEC row 13 first for ①㈱, as Windows writes them). */
export function encodeSjis(s: string): Buffer {
  if (!sjisMap) {
    sjisMap = new Map();
    const d = new TextDecoder('shift_jis', { fatal: true });
    for (let b = 0xa1; b <= 0xdf; b++) sjisMap.set(d.decode(Uint8Array.of(b)), [b]);
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = d.decode(Uint8Array.of(lead, trail));
          if (!sjisMap.has(ch)) sjisMap.set(ch, [lead, trail]);
        } catch {
          // unassigned
        }
      }
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const b = sjisMap.get(ch);
      if (!b) throw new Error(`not in CP932: ${ch}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}

/** Windows-1252 bytes of a text. */
export function encode1252(s: string): Buffer {
  // Built by hand for 0x80–0x9F: Node 20's decoder reads those bytes as Latin-1 controls.
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0x9f; b++) map.set(high[b - 0x80]!, b);
  for (let b = 0xa0; b <= 0xff; b++) map.set(String.fromCharCode(b), b);
  return Buffer.from(
    [...s].map((ch) => {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x80) return cp;
      const b = map.get(ch);
      if (b === undefined) throw new Error(`not in windows-1252: ${ch}`);
      return b;
    }),
  );
}

export function utf16le(s: string, bom = true): Buffer {
  const b = Buffer.from(s, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), b]) : b;
}

export function utf16be(s: string): Buffer {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < b.length; i += 2) {
    const x = b[i]!;
    b[i] = b[i + 1]!;
    b[i + 1] = x;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
}

/** Tab-separated lines (CRLF like Seller Central downloads). */
export function tsv(rows: string[][], eol = '\r\n'): string {
  return rows.map((r) => r.join('\t')).join(eol) + eol;
}

/** A valid case.json object (the init template, files it names removed, narratives filled). */
export function caseJson(
  kind: 'authenticity' | 'performance' = 'authenticity',
  records?: CaseInput['records'],
): Record<string, unknown> {
  const c = stripComments(caseTemplate('ja', kind)) as Record<string, unknown>;
  c.documents = [];
  c.actionsTaken = [];
  // the template keeps the narrative in plan.md now; an older one had it in case.json
  const narrative = (c.narrative ?? {}) as Record<string, string>;
  for (const k of Object.keys(narrative)) narrative[k] = 'テスト';
  if (records) c.records = records;
  return c;
}

/** A case folder in the temp directory with the given files (paths relative to the case). */
export async function makeCase(
  files: Record<string, Buffer | string>,
  opts: { kind?: 'authenticity' | 'performance'; records?: CaseInput['records'] } = {},
): Promise<LoadedCase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ep-records-'));
  const raw = caseJson(opts.kind, opts.records);
  const bytes = Buffer.from(JSON.stringify(raw, null, 2));
  await writeFile(path.join(dir, 'case.json'), bytes);
  await mkdir(path.join(dir, 'records'), { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  return { dir, data: caseSchema.parse(raw), bytes, resolvedFiles: new Map() };
}
