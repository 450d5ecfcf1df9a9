/**
 * Markdown (mdast) content of one section → the report's blocks and the plan check's plain text.
 * Paragraphs, `- ` bullets, numbered lists, **bold**, `###` subheadings and GFM pipe tables are
 * printed; HTML comments are guidance and dropped; anything else is reported as unsupported.
 */
import type { List, ListItem, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import type { Block, Inline, TableModel } from '../compose/model.js';
import type { Location } from '../errors.js';
import { normalize } from '../plancheck/text.js';
import type { PlanPart } from './types.js';

/** A construct the report cannot print, and where it is. */
export interface Unsupported {
  what: string;
  node: { position?: RootContent['position'] };
}

export interface BlockSink {
  blocks: Block[];
  parts: PlanPart[];
  unsupported: Unsupported[];
  /** Location of a node (file:line:column, or heading and paragraph for Word). */
  locate: (node: { position?: RootContent['position'] }) => Location;
  /** Section id, for table ids. */
  sectionId: string;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** HTML that is only comments (guidance): nothing is printed. */
export function isCommentOnly(html: string): boolean {
  return html.replace(COMMENT, '').trim() === '';
}

/** Inline content → runs; adjacent runs of the same weight are merged. */
export function inlineRuns(
  nodes: readonly PhrasingContent[],
  sink: BlockSink,
  bold = false,
): Inline[] {
  const out: Inline[] = [];
  const push = (text: string, b: boolean) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && !!last.bold === b) last.text += text;
    else out.push(b ? { text, bold: true } : { text });
  };
  const walk = (list: readonly PhrasingContent[], b: boolean) => {
    for (const n of list) {
      switch (n.type) {
        case 'text':
          push(n.value, b);
          break;
        case 'strong':
          walk(n.children, true);
          break;
        case 'emphasis':
        case 'delete':
          walk(n.children, b);
          break;
        case 'inlineCode':
          push(n.value, b);
          break;
        case 'break':
          push('\n', b);
          break;
        case 'link': {
          const before = out.map((r) => r.text).join('').length;
          walk(n.children, b);
          const text = out
            .map((r) => r.text)
            .join('')
            .slice(before);
          if (text !== n.url && n.url) push(` (${n.url})`, b);
          break;
        }
        case 'html':
          if (/^<br\s*\/?>$/i.test(n.value.trim())) push('\n', b);
          else if (!isCommentOnly(n.value)) sink.unsupported.push({ what: 'html', node: n });
          break;
        default:
          sink.unsupported.push({ what: n.type, node: n });
      }
    }
  };
  walk(nodes, bold);
  return out;
}

const plain = (runs: Inline[]) => runs.map((r) => r.text).join('');

function listItems(list: List, sink: BlockSink, items: Inline[][]): void {
  for (const item of list.children as ListItem[]) {
    const lines: Inline[] = [];
    const nested: List[] = [];
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        if (lines.length) lines.push({ text: '\n' });
        lines.push(...inlineRuns(child.children, sink));
      } else if (child.type === 'list') nested.push(child);
      else if (child.type === 'html' && isCommentOnly(child.value)) continue;
      else sink.unsupported.push({ what: child.type, node: child });
    }
    const runs = mergeRuns(lines);
    items.push(runs);
    sink.parts.push({ text: plain(runs), where: sink.locate(item) });
    // a nested list is printed as further items of the same list
    for (const n of nested) listItems(n, sink, items);
  }
}

function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold) last.text += r.text;
    else out.push({ ...r });
  }
  return out.filter((r) => r.text.length > 0);
}

function cellText(cell: TableCell, sink: BlockSink): string {
  return plain(inlineRuns(cell.children, sink)).trim();
}

function tableBlock(table: Table, sink: BlockSink, n: number): Block {
  const [head, ...body] = table.children;
  const header = (head?.children ?? []).map((c) => cellText(c, sink));
  const rows = body.map((r) =>
    header.map((_, i) => (r.children[i] ? cellText(r.children[i]!, sink) : '')),
  );
  // widths follow the longest text of each column, within 1:4 of each other
  const longest = header.map((h, i) =>
    Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length), 1),
  );
  const max = Math.max(...longest);
  const model: TableModel = {
    id: `plan.${sink.sectionId}.${n}`,
    columns: header.map((h, i) => ({
      header: h,
      align: table.align?.[i] ?? 'left',
      width: Math.max(longest[i]!, max / 4),
    })),
    rows: rows.map((cells) => ({ cells })),
  };
  sink.parts.push({ text: header.join(' '), where: sink.locate(head ?? table) });
  body.forEach((r, i) => sink.parts.push({ text: rows[i]!.join(' '), where: sink.locate(r) }));
  return { kind: 'table', table: model };
}

/** Adds one block-level node of a section to the sink. */
export function addBlock(node: RootContent, sink: BlockSink): void {
  switch (node.type) {
    case 'paragraph': {
      const runs = mergeRuns(inlineRuns(node.children, sink));
      if (!runs.length) return;
      sink.blocks.push({ kind: 'paragraph', runs });
      sink.parts.push({ text: plain(runs), where: sink.locate(node) });
      return;
    }
    case 'list': {
      const items: Inline[][] = [];
      listItems(node, sink, items);
      sink.blocks.push(
        node.ordered
          ? { kind: 'bullets', items, start: node.start ?? 1 }
          : { kind: 'bullets', items },
      );
      return;
    }
    case 'heading': {
      const text = plain(inlineRuns(node.children, sink)).trim();
      sink.blocks.push({ kind: 'subheading', text });
      sink.parts.push({ text, where: sink.locate(node) });
      return;
    }
    case 'table':
      sink.blocks.push(
        tableBlock(node, sink, sink.blocks.filter((b) => b.kind === 'table').length + 1),
      );
      return;
    case 'html':
      if (!isCommentOnly(node.value)) sink.unsupported.push({ what: 'html', node });
      return;
    default:
      sink.unsupported.push({ what: node.type, node });
  }
}

/** The plain text of a section for the plan check: one part a line, blank lines between blocks. */
export function plainTextOf(parts: readonly PlanPart[]): string {
  return parts.map((p) => normalize(p.text)).join('\n\n');
}
