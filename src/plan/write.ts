/**
 * Blocks → plan.md text: what `migrate` writes from case.json's narrative and what the samples
 * carry. Text is escaped so that the Markdown reads back to the same blocks.
 */
import { sectionsFor, type SectionId } from '../case/sections.js';
import type { Block, Inline } from '../compose/model.js';
import type { Lang } from '../i18n/catalogue.js';
import { headingFor } from './headings.js';

/** Escapes what Markdown would read as syntax inside a line of text. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~]/g, (c, at: number) =>
    // an underscore inside a word (NOT_AS_DESCRIBED) never starts emphasis
    c === '_' && /[A-Za-z0-9]/.test(text[at - 1] ?? '') && /[A-Za-z0-9]/.test(text[at + 1] ?? '')
      ? c
      : `\\${c}`,
  );
}

/** Escapes a line start that Markdown would read as a block (heading, list, quote, rule). */
function escapeLineStart(line: string): string {
  if (/^(#{1,6}(\s|$)|>|[+\-*](\s|$)|=+\s*$|-+\s*$)/.test(line)) return `\\${line}`;
  const m = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (m) return `${m[1]}\\${line.slice(m[1]!.length)}`;
  return line;
}

/** Runs → Markdown lines (bold as **…**; line breaks kept as new lines). */
export function runsMarkdown(runs: readonly Inline[]): string {
  const text = runs
    .map((r) => {
      const parts = r.text.split('\n').map(escapeInline);
      return r.bold ? parts.map((p) => (p ? `**${p}**` : p)).join('\n') : parts.join('\n');
    })
    .join('');
  return text
    .split('\n')
    .map((l) => escapeLineStart(l.trim()))
    .join('\n');
}

/** One block as Markdown; `marker` alternates so that two lists in a row stay two lists. */
function blockMarkdown(b: Block, marker: string): string | undefined {
  switch (b.kind) {
    case 'paragraph':
      return runsMarkdown(b.runs);
    case 'bullets':
      return b.items
        .map((item, i) =>
          b.start === undefined
            ? `${marker} ${runsMarkdown(item).replace(/\n/g, '\n  ')}`
            : `${b.start + i}. ${runsMarkdown(item).replace(/\n/g, '\n   ')}`,
        )
        .join('\n');
    case 'subheading':
      return `### ${escapeInline(b.text)}`;
    default:
      return undefined;
  }
}

/** A section's blocks as Markdown paragraphs separated by blank lines. */
export function blocksMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  let marker = '*';
  for (const b of blocks) {
    if (b.kind === 'bullets') marker = marker === '-' ? '*' : '-';
    else marker = '*';
    const md = blockMarkdown(b, marker);
    if (md !== undefined) out.push(md);
  }
  return out.join('\n\n');
}

export interface PlanFileSection {
  id: SectionId;
  /** Markdown body (may be empty). */
  body: string;
  /** Guidance printed as an HTML comment under the heading (never in the report). */
  guidance?: string;
}

/** A whole plan.md: a title comment, then one `##` heading per section in the kind's order. */
export function planFile(
  kind: 'authenticity' | 'performance',
  lang: Lang,
  bodies: Partial<Record<SectionId, PlanFileSection>>,
  header?: string,
): string {
  const parts: string[] = [];
  if (header) parts.push(`<!--\n${header.trim()}\n-->`);
  for (const id of sectionsFor(kind)) {
    const s = bodies[id];
    const lines = [`## ${headingFor(id, lang)}`];
    if (s?.guidance) lines.push('', `<!--\n${s.guidance.trim().replace(/--/g, '‐‐')}\n-->`);
    if (s?.body.trim()) lines.push('', s.body.trim());
    parts.push(lines.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
