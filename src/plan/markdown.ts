/**
 * plan.md → sections: one `##` heading per section in the kind's order, matched by its title in
 * either language or by `{#id}`. Parsed with mdast-util-from-markdown and the GFM table
 * extension; every problem points at file:line:column (or, for Word, the heading and paragraph).
 */
import type { Heading, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { sectionsFor, type SectionId } from '../case/sections.js';
import { problem, type Location, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { addBlock, inlineRuns, isCommentOnly, plainTextOf, type BlockSink } from './blocks.js';
import { matchHeading } from './headings.js';
import type { PlanSection } from './types.js';

/** Markers `draft` leaves where only the seller can write; check and build refuse them. */
export const TO_FILL = ['【要記入】', '【TO FILL】'] as const;

export interface ParseOptions {
  /** File name as printed: plan.md, plan.en.md, plan.docx. */
  file: string;
  kind: 'authenticity' | 'performance';
  /** Where a node is; default: file:line:column. */
  locate?: (node: { position?: RootContent['position'] }, section?: SectionId) => Location;
}

export interface ParsedPlan {
  sections: Partial<Record<SectionId, PlanSection>>;
  problems: Problem[];
  /** Where each section sits in the source (Markdown only): what replace-section.ts edits. */
  spans?: Partial<Record<SectionId, SectionSpan>>;
}

/** Offsets into the parsed source (BOM removed, line ends \n) of one section. */
export interface SectionSpan {
  /** Start of the `##` heading. */
  heading: number;
  /** Just after the heading: where the section's text starts. */
  start: number;
  /** Where the section's text ends: the next `#`/`##` heading, or the end of the file. */
  end: number;
}

export function parseMarkdownTree(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
}

const headingText = (h: Heading) =>
  inlineRuns(h.children, {
    blocks: [],
    parts: [],
    unsupported: [],
    locate: () => ({}),
    sectionId: '',
  })
    .map((r) => r.text)
    .join('')
    .trim();

/** Text with HTML comments blanked out (newlines kept, so positions stay). */
export function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** `【要記入】` / `【TO FILL】` left in the text (outside comments), with their positions. */
export function toFillMarkers(text: string): { line: number; column: number; marker: string }[] {
  const out: { line: number; column: number; marker: string }[] = [];
  const lines = blankComments(text).split('\n');
  lines.forEach((l, i) => {
    for (const marker of TO_FILL) {
      let at = l.indexOf(marker);
      while (at >= 0) {
        out.push({ line: i + 1, column: at + 1, marker });
        at = l.indexOf(marker, at + marker.length);
      }
    }
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

export function parsePlanMarkdown(text: string, opts: ParseOptions): ParsedPlan {
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const parsed = parsePlanTree(parseMarkdownTree(source), source, opts);
  for (const m of toFillMarkers(source))
    parsed.problems.push(
      problem(
        'PLAN_TO_FILL',
        {
          file: opts.file,
          line: m.line,
          column: String(m.column),
          section: sectionAtLine(parsed.sections, m.line),
        },
        t('plan.toFill', { marker: m.marker }),
        { hint: t('plan.toFill.hint', { marker: m.marker }) },
      ),
    );
  return parsed;
}

/**
 * A Markdown tree (from plan.md, or built from a Word file) → sections. `source` is the text the
 * positions' offsets point into (absent for Word: a section's source is then its plain text).
 */
export function parsePlanTree(
  tree: Root,
  source: string | undefined,
  opts: ParseOptions,
): ParsedPlan {
  const order = sectionsFor(opts.kind);
  const locate =
    opts.locate ??
    ((node: { position?: RootContent['position'] }, section?: SectionId): Location => {
      const where: Location = { file: opts.file };
      if (node.position) {
        where.line = node.position.start.line;
        where.column = String(node.position.start.column);
      }
      if (section) where.section = section;
      return where;
    });
  const problems: Problem[] = [];
  const sections: Partial<Record<SectionId, PlanSection>> = {};
  const spans: Partial<Record<SectionId, SectionSpan>> = {};
  const seenAt = new Map<SectionId, Location>();
  let current: { id: SectionId; sink: BlockSink; start: number; heading: Heading } | undefined;
  let skipping = false; // after an unknown heading, its text belongs to no section
  let lastIndex = -1;
  let titleSeen = false;
  const titles = order.map((id) => `## ${t(`section.${id}`).ja} / ## ${t(`section.${id}`).en}`);

  const close = (end: number) => {
    if (!current) return;
    const { id, sink } = current;
    for (const u of sink.unsupported)
      problems.push(
        problem('PLAN_UNSUPPORTED', locate(u.node, id), t('plan.unsupported', { what: u.what }), {
          hint: t('plan.unsupported.hint'),
        }),
      );
    sections[id] = {
      id,
      blocks: sink.blocks,
      text: plainTextOf(sink.parts),
      source:
        source === undefined
          ? sink.parts.map((p) => p.text).join('\n\n')
          : blankComments(source.slice(current.start, end))
              .split('\n')
              .map((l) => l.trimEnd())
              .join('\n')
              .trim(),
      where: locate(current.heading, id),
      parts: sink.parts,
    };
    if (source !== undefined)
      spans[id] = {
        heading: current.heading.position?.start.offset ?? 0,
        start: current.start,
        end,
      };
    current = undefined;
  };

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const text = headingText(node);
      if (node.depth === 1 && !current && !titleSeen && lastIndex < 0) {
        titleSeen = true; // a document title before the first section is allowed
        continue;
      }
      close(node.position?.start.offset ?? source?.length ?? 0);
      const match = matchHeading(text, opts.kind);
      const where = locate(node);
      if (node.depth === 1 || !match.ok) {
        skipping = true;
        problems.push(
          node.depth === 1
            ? problem('PLAN_HEADING_LEVEL', where, t('plan.heading.level', { heading: text }), {
                hint: t('plan.heading.level.hint'),
              })
            : match.ok === false && match.reason === 'unknownId'
              ? problem(
                  'PLAN_HEADING_UNKNOWN',
                  where,
                  t('plan.heading.unknownId', { heading: text, id: match.id }),
                  { hint: t('plan.heading.unknownId.hint', { ids: order.join(', ') }) },
                )
              : problem(
                  'PLAN_HEADING_UNKNOWN',
                  where,
                  t('plan.heading.unknown', { heading: text }),
                  {
                    hint: t('plan.heading.unknown.hint', { titles: titles.join('\n      ') }),
                    found: `## ${text}`,
                  },
                ),
        );
        continue;
      }
      const id = match.id;
      const index = order.indexOf(id);
      const title = t(`section.${id}`);
      const titleParams = { titleJa: title.ja, titleEn: title.en, heading: text };
      if (seenAt.has(id)) {
        skipping = true;
        const first = seenAt.get(id)!;
        problems.push(
          problem(
            'PLAN_HEADING_DUPLICATE',
            where,
            t('plan.heading.duplicate', { ...titleParams, first: formatAt(first) }),
            { hint: t('plan.heading.duplicate.hint') },
          ),
        );
        continue;
      }
      seenAt.set(id, where);
      if (index < lastIndex) {
        const before = order[lastIndex]!;
        const b = t(`section.${before}`);
        problems.push(
          problem(
            'PLAN_HEADING_ORDER',
            where,
            t('plan.heading.order', { ...titleParams, afterJa: b.ja, afterEn: b.en }),
            { hint: t('plan.heading.order.hint') },
          ),
        );
      } else lastIndex = index;
      skipping = false;
      current = {
        id,
        heading: node,
        start: node.position?.end.offset ?? 0,
        sink: {
          blocks: [],
          parts: [],
          unsupported: [],
          locate: (n) => locate(n, id),
          sectionId: id,
        },
      };
      continue;
    }
    if (current) {
      addBlock(node, current.sink);
      continue;
    }
    if (node.type === 'html' && isCommentOnly(node.value)) continue;
    if (skipping) continue; // already reported with its heading
    problems.push(
      problem('PLAN_TEXT_OUTSIDE', locate(node), t('plan.textOutside'), {
        hint: t('plan.textOutside.hint'),
      }),
    );
    skipping = true;
  }
  close(source?.length ?? 0);

  return source === undefined ? { sections, problems } : { sections, problems, spans };
}

function sectionAtLine(
  sections: Partial<Record<SectionId, PlanSection>>,
  line: number,
): SectionId | undefined {
  let best: SectionId | undefined;
  let bestLine = 0;
  for (const s of Object.values(sections)) {
    const l = s!.where.line ?? 0;
    if (l <= line && l >= bestLine) {
      best = s!.id;
      bestLine = l;
    }
  }
  return best;
}

function formatAt(w: Location): string {
  if (w.line !== undefined) return `${w.file}:${w.line}:${w.column ?? 1}`;
  if (w.paragraph !== undefined) return `${w.file} ¶${w.paragraph}`;
  return w.file ?? '';
}
