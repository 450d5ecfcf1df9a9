/** The PDF outline (bookmarks), built by hand: pdf-lib has no outline API. */
import {
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFRef,
  type PDFDict,
} from 'pdf-lib';
import type { OutlineNode } from './types.js';

/** Visible descendants of a node whose children are all open. */
function countOpen(n: OutlineNode): number {
  return (n.children ?? []).reduce((s, c) => s + 1 + countOpen(c), 0);
}

/** Writes /Outlines for `nodes` (pages 1-based) and sets /PageMode /UseOutlines. */
export function writeOutline(doc: PDFDocument, nodes: OutlineNode[]): void {
  if (nodes.length === 0) return;
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();
  const build = (items: OutlineNode[], parent: PDFRef): PDFRef[] => {
    const refs = items.map(() => ctx.nextRef());
    items.forEach((n, i) => {
      const page = pages[Math.min(Math.max(n.page, 1), pages.length) - 1]!;
      const dict: PDFDict = ctx.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(n.title));
      dict.set(PDFName.of('Parent'), parent);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const dest = PDFArray.withContext(ctx);
      dest.push(page.ref);
      dest.push(PDFName.of('XYZ'));
      dest.push(PDFNull);
      dest.push(PDFNull);
      dest.push(PDFNull);
      dict.set(PDFName.of('Dest'), dest);
      const kids = n.children ?? [];
      if (kids.length) {
        const kidRefs = build(kids, refs[i]!);
        dict.set(PDFName.of('First'), kidRefs[0]!);
        dict.set(PDFName.of('Last'), kidRefs[kidRefs.length - 1]!);
        dict.set(PDFName.of('Count'), PDFNumber.of(countOpen(n)));
      }
      ctx.assign(refs[i]!, dict);
    });
    return refs;
  };
  const top = build(nodes, rootRef);
  const root = ctx.obj({});
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top[0]!);
  root.set(PDFName.of('Last'), top[top.length - 1]!);
  root.set(PDFName.of('Count'), PDFNumber.of(nodes.reduce((s, n) => s + 1 + countOpen(n), 0)));
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
