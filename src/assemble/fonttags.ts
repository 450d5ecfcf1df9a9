/**
 * Subset tags: ISO 32000 names an embedded font subset "ABCDEF+Font", the six letters different
 * for every different subset. pdfkit derives the letters from its own resource name (F1, F2…),
 * so every PDF it writes has the same ones — our report, our separator pages and any original
 * made with it — and preflight tools flag the merged file. Each subset in the submission gets a
 * tag derived from its font program's bytes instead (deterministic; another subset's tag is
 * never reused). Only the names change: glyphs, encodings and text are untouched.
 */
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

const TAGGED = /^\/([A-Z]{6})\+(.+)$/;
const FILE_KEYS = ['FontFile', 'FontFile2', 'FontFile3'].map((k) => PDFName.of(k));

function tagFrom(bytes: Uint8Array, salt: number): string {
  const h = createHash('sha256').update(bytes).update(String(salt)).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (h[i]! % 26));
  return tag;
}

function nameOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.asString() : undefined;
}

/** Gives every embedded font subset of `doc` a tag of its own; returns how many were renamed. */
export function retagSubsets(doc: PDFDocument): number {
  const ctx = doc.context;
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const objects = ctx.enumerateIndirectObjects();
  // descriptors of subsets: the bytes of their font program decide their tag
  const newName = new Map<PDFDict, string>();
  const used = new Set<string>();
  let renamed = 0;
  for (const [, obj] of objects) {
    if (!(obj instanceof PDFDict)) continue;
    if (nameOf(obj.get(PDFName.Type)) !== '/FontDescriptor') continue;
    const m = TAGGED.exec(nameOf(obj.get(PDFName.of('FontName'))) ?? '');
    if (!m) continue;
    const file = FILE_KEYS.map((k) => deref(obj.get(k))).find((f) => f instanceof PDFRawStream);
    const bytes = file instanceof PDFRawStream ? file.contents : new TextEncoder().encode(m[2]!);
    let salt = 0;
    let tag = tagFrom(bytes, salt);
    while (used.has(tag)) tag = tagFrom(bytes, ++salt);
    used.add(tag);
    const name = `${tag}+${m[2]!}`;
    newName.set(obj, name);
    if (m[1] !== tag) renamed++;
    obj.set(PDFName.of('FontName'), PDFName.of(name));
  }
  // fonts take their descriptor's name: simple fonts and CID fonts directly, Type0 fonts
  // through their descendant
  for (const [, obj] of objects) {
    if (!(obj instanceof PDFDict) || nameOf(obj.get(PDFName.Type)) !== '/Font') continue;
    let descriptor = deref(obj.get(PDFName.of('FontDescriptor')));
    if (!descriptor) {
      const kids = deref(obj.get(PDFName.of('DescendantFonts')));
      const first = kids instanceof PDFArray ? deref(kids.get(0)) : undefined;
      if (first instanceof PDFDict) descriptor = deref(first.get(PDFName.of('FontDescriptor')));
    }
    const name = descriptor instanceof PDFDict ? newName.get(descriptor) : undefined;
    if (name && TAGGED.test(nameOf(obj.get(PDFName.of('BaseFont'))) ?? ''))
      obj.set(PDFName.of('BaseFont'), PDFName.of(name));
  }
  return renamed;
}
