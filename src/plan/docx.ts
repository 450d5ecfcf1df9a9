/**
 * plan.docx → sections, the same way as plan.md: one Heading 2 per section (title in either
 * language, or ending in {#id}). The zip is checked first (structure, sizes), then
 * word/document.xml is searched for tracked changes and comments, which are refused rather than
 * half-read; mammoth turns the rest into HTML, read here into the Markdown tree of plan.md.
 * Problems name the heading and the paragraph's number in the file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import type {
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import mammoth from 'mammoth';
import type { LoadedCase } from '../case/load.js';
import { EvidenceError, problem, type Location, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { inspectXlsx } from '../records/xlsx.js';
import type { LoadedPlan } from './load.js';
import { markerProblems } from './load.js';
import { parsePlanTree } from './markdown.js';

/** One entry of a zip held in memory, by name (central directory → local header → data). */
export function zipEntry(
  zip: Buffer,
  name: string,
  maxBytes = 64 * 1024 * 1024,
): Buffer | undefined {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return undefined;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && p + 46 <= zip.length; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) return undefined;
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const offset = zip.readUInt32LE(p + 42);
    const entry = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (entry !== name) continue;
    if (zip.readUInt32LE(offset) !== 0x04034b50) return undefined;
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) return data;
    if (method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
    return undefined;
  }
  return undefined;
}

/** Paragraph number (1-based, counting every w:p of the body) of an offset in document.xml. */
function paragraphAt(xml: string, at: number): number {
  const before = xml.slice(0, at).match(/<w:p[\s>]/g);
  return Math.max(1, before?.length ?? 0);
}

/** Tracked changes and comments: refused with the paragraph of the first of each. */
export function revisionProblems(xml: string, file: string): Problem[] {
  const out: Problem[] = [];
  const tracked = [...xml.matchAll(/<w:(ins|del|moveFrom|moveTo)[\s>/]/g)];
  if (tracked.length)
    out.push(
      problem(
        'PLAN_DOCX_TRACKED',
        { file, paragraph: paragraphAt(xml, tracked[0]!.index!) },
        t('plan.docx.tracked', { file, count: tracked.length }),
        { hint: t('plan.docx.tracked.hint') },
      ),
    );
  const comments = [...xml.matchAll(/<w:commentReference[\s>/]/g)];
  if (comments.length)
    out.push(
      problem(
        'PLAN_DOCX_COMMENTS',
        { file, paragraph: paragraphAt(xml, comments[0]!.index!) },
        t('plan.docx.comments', { file, count: comments.length }),
        { hint: t('plan.docx.comments.hint') },
      ),
    );
  return out;
}

const pos = (n: number) => ({
  start: { line: n, column: 1, offset: undefined },
  end: { line: n, column: 1, offset: undefined },
});

interface El {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: { length: number; [i: number]: El };
  getAttribute(name: string): string | null;
}

const children = (el: El): El[] =>
  Array.from({ length: el.childNodes.length }, (_, i) => el.childNodes[i]!);

/** mammoth's HTML (well-formed: it escapes & < > ") → a Markdown tree; positions are paragraph numbers. */
export function htmlTree(html: string, headings: Map<number, string>): Root {
  const doc = new DOMParser().parseFromString(`<root>${html}</root>`, 'text/xml');
  let n = 0;
  let heading = '';
  const inline = (el: El): PhrasingContent[] => inlineOf(children(el));
  const inlineOf = (nodes: El[]): PhrasingContent[] =>
    nodes.flatMap((c): PhrasingContent[] => {
      if (c.nodeType === 3) return [{ type: 'text', value: c.nodeValue ?? '' }];
      if (c.nodeType !== 1) return [];
      switch (c.nodeName) {
        case 'strong':
          return [{ type: 'strong', children: inline(c) }];
        case 'em':
        case 's':
        case 'sup':
        case 'sub':
        case 'u':
          return inline(c);
        case 'br':
          return [{ type: 'break' }];
        case 'a': {
          const href = c.getAttribute('href');
          return href && !href.startsWith('#')
            ? [{ type: 'link', url: href, children: inline(c) }]
            : inline(c);
        }
        case 'p':
          return inline(c);
        default:
          return [{ type: 'image', url: '', alt: c.nodeName, position: pos(n) }];
      }
    });
  const next = () => {
    n++;
    headings.set(n, heading);
    return pos(n);
  };
  const list = (el: El): List => ({
    type: 'list',
    ordered: el.nodeName === 'ol',
    start: el.nodeName === 'ol' ? 1 : null,
    spread: false,
    position: pos(n + 1),
    children: children(el)
      .filter((c) => c.nodeName === 'li')
      .map((li): ListItem => {
        const position = next();
        const nested = children(li).filter((c) => c.nodeName === 'ul' || c.nodeName === 'ol');
        const text: Paragraph = {
          type: 'paragraph',
          children: inlineOf(
            children(li).filter((c) => c.nodeName !== 'ul' && c.nodeName !== 'ol'),
          ),
          position,
        };
        return {
          type: 'listItem',
          spread: false,
          position,
          children: [text, ...nested.map(list)],
        };
      }),
  });
  const block = (el: El): RootContent | undefined => {
    const name = el.nodeName;
    const h = /^h([1-6])$/.exec(name);
    if (h) {
      const position = next();
      const node: Heading = {
        type: 'heading',
        depth: Number(h[1]) as Heading['depth'],
        children: inline(el),
        position,
      };
      if (node.depth <= 2) {
        heading = inlineText(node.children);
        headings.set(n, heading);
      }
      return node;
    }
    if (name === 'p') return { type: 'paragraph', children: inline(el), position: next() };
    if (name === 'ul' || name === 'ol') return list(el);
    if (name === 'table') {
      const rows = children(el).flatMap((c) =>
        c.nodeName === 'tr' ? [c] : children(c).filter((r) => r.nodeName === 'tr'),
      );
      const first = n + 1;
      const tableRows = rows.map((r): TableRow => ({
        type: 'tableRow',
        position: next(),
        children: children(r)
          .filter((c) => c.nodeName === 'td' || c.nodeName === 'th')
          .map((c): TableCell => ({ type: 'tableCell', children: inline(c) })),
      }));
      const table: Table = { type: 'table', align: [], children: tableRows, position: pos(first) };
      return table;
    }
    return { type: 'code', value: name, position: next() };
  };
  const root = doc.documentElement as unknown as El;
  return {
    type: 'root',
    children: children(root)
      .filter((c) => c.nodeType === 1)
      .map(block)
      .filter((b): b is RootContent => !!b),
  };
}

function inlineText(nodes: PhrasingContent[]): string {
  return nodes
    .map((c) =>
      c.type === 'text'
        ? c.value
        : 'children' in c
          ? inlineText(c.children as PhrasingContent[])
          : '',
    )
    .join('')
    .trim();
}

export async function readPlanDocx(loaded: LoadedCase, file: string): Promise<LoadedPlan> {
  const abs = path.join(loaded.dir, file);
  const unreadable = (detail: string) =>
    new EvidenceError([
      problem('PLAN_DOCX_UNREADABLE', { file }, t('plan.docx.unreadable', { file, detail }), {
        hint: t('plan.docx.unreadable.hint', { file }),
      }),
    ]);
  const issue = await inspectXlsx(abs);
  if (issue) throw unreadable(issue.kind);
  const bytes = await readFile(abs);
  let xml: string | undefined;
  try {
    xml = zipEntry(bytes, 'word/document.xml')?.toString('utf8');
  } catch (e) {
    throw unreadable((e as Error).message);
  }
  if (xml === undefined) throw unreadable('word/document.xml');
  const refused = revisionProblems(xml, file);
  if (refused.length) throw new EvidenceError(refused);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true })).value;
  } catch (e) {
    throw unreadable((e as Error).message);
  }
  const headings = new Map<number, string>();
  const tree = htmlTree(html, headings);
  const parsed = parsePlanTree(tree, undefined, {
    file,
    kind: loaded.data.kind,
    locate: (node, section) => {
      const where: Location = { file };
      const p = node.position?.start.line;
      if (p !== undefined) {
        where.paragraph = p;
        const h = headings.get(p);
        if (h) where.heading = h;
      }
      if (section) where.section = section;
      return where;
    },
  });
  const plan = { kind: 'plan.docx' as const, file, bytes, sections: parsed.sections };
  return { plan, problems: [...parsed.problems, ...markerProblems(plan)] };
}
