/**
 * plan.md with one section's text replaced, every other byte left as it was: what the review
 * page's save writes. The section is found by the heading positions of markdown.ts (the same
 * sections check and build read); a section without a heading yet gets one, placed in the kind's
 * section order. Pure: text in, text out.
 */
import { sectionsFor, type SectionId } from '../case/sections.js';
import type { Lang } from '../i18n/catalogue.js';
import { headingFor } from './headings.js';
import { parseMarkdownTree, parsePlanMarkdown, type SectionSpan } from './markdown.js';

export interface ReplaceOptions {
  kind: 'authenticity' | 'performance';
  /** Language of a heading that has to be added (the plan's language). */
  lang: Lang;
}

interface Normalised {
  bom: boolean;
  crlf: boolean;
  text: string;
}

/** BOM off and line ends as \n (what markdown.ts parses), remembering both to put them back. */
function normalise(markdown: string): Normalised {
  const bom = markdown.charCodeAt(0) === 0xfeff;
  const body = bom ? markdown.slice(1) : markdown;
  const crlf = body.includes('\r\n');
  return { bom, crlf, text: body.replace(/\r\n?/g, '\n') };
}

function restore(n: Normalised, text: string): string {
  return `${n.bom ? '\ufeff' : ''}${n.crlf ? text.replace(/\n/g, '\r\n') : text}`;
}

/** Blank lines and spaces around the text between `start` and `end`: [lead, core, trail]. */
function split(text: string, span: SectionSpan): [string, string, string] {
  const region = text.slice(span.start, span.end);
  const core = region.trim();
  if (!core) return [region, '', ''];
  const lead = region.slice(0, region.indexOf(core));
  return [lead, core, region.slice(lead.length + core.length)];
}

/** Where each section of `markdown` is (offsets into the normalised text). */
function spansOf(text: string, opts: ReplaceOptions): Partial<Record<SectionId, SectionSpan>> {
  return parsePlanMarkdown(text, { file: 'plan.md', kind: opts.kind }).spans ?? {};
}

/**
 * Each section's text as written: everything between its heading and the next one, blank lines
 * around it trimmed, comments kept. `replaceSection(md, id, sectionSources(md)[id])` is `md`.
 */
export function sectionSources(
  markdown: string,
  opts: ReplaceOptions,
): Partial<Record<SectionId, string>> {
  const n = normalise(markdown);
  const out: Partial<Record<SectionId, string>> = {};
  for (const [id, span] of Object.entries(spansOf(n.text, opts)))
    out[id as SectionId] = split(n.text, span!)[1];
  return out;
}

/** Headings of level 1 or 2 in a section's new text: they would start another section. */
export function sectionBreakingHeadings(source: string): { line: number; text: string }[] {
  const tree = parseMarkdownTree(source.replace(/\r\n?/g, '\n'));
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  return tree.children
    .filter((n) => n.type === 'heading' && n.depth <= 2)
    .map((n) => {
      const line = n.position?.start.line ?? 1;
      return { line, text: (lines[line - 1] ?? '').trim() };
    });
}

/**
 * `markdown` with the text of section `id` replaced by `newSource` (blank lines around it
 * trimmed; empty removes the text and keeps the heading). The heading, every other section,
 * comments outside the section, the BOM and the line ends (\n or \r\n) are kept byte for byte.
 */
export function replaceSection(
  markdown: string,
  id: SectionId,
  newSource: string,
  opts: ReplaceOptions,
): string {
  const n = normalise(markdown);
  const text = n.text;
  const body = newSource.replace(/\r\n?/g, '\n').trim();
  const spans = spansOf(text, opts);
  const span = spans[id];
  if (span) {
    const [lead, core, trail] = split(text, span);
    const before = text.slice(0, span.start);
    const after = text.slice(span.end);
    let middle: string;
    if (!body) middle = after ? '\n\n' : '\n';
    else if (core) middle = `${lead}${body}${trail}`;
    else middle = `\n\n${body}${after ? '\n\n' : '\n'}`;
    return restore(n, `${before}${middle}${after}`);
  }
  // no heading yet: before the heading of the next section in the kind's order that has one
  const order = sectionsFor(opts.kind);
  const next = order
    .slice(order.indexOf(id) + 1)
    .map((s) => spans[s])
    .find((s) => s !== undefined);
  const heading = `## ${headingFor(id, opts.lang)}`;
  const block = body ? `${heading}\n\n${body}` : heading;
  if (next) {
    const at = next.heading;
    return restore(n, `${text.slice(0, at)}${block}\n\n${text.slice(at)}`);
  }
  const head = text.replace(/\s*$/, '');
  return restore(n, `${head}${head ? '\n\n' : ''}${block}\n`);
}
