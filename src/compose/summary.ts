/**
 * The summary (要約 / Summary) right after the cover, and the same three answers as the appeal
 * form's text: the root cause(s), the actions taken (dated), the prevention (who and how often).
 * Each answer is the seller's own (case.json `summary`) or drawn from the sections that hold it
 * (PLAN_ROLES): their first paragraph, the headings or bullets that follow it, the dated actions,
 * and per prevention section the sentence that names who and how often. Pure.
 */
import { PLAN_ROLES, type SectionId } from '../case/sections.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import { WHEN, WHO } from '../plancheck/phrases.js';
import { matchesAny, normalize, splitSentences } from '../plancheck/text.js';
import type { ComposeContext } from './context.js';
import type { Block, Inline, SectionModel } from './model.js';
import { narrativeBlocks, narrativeText } from './narrative.js';

export const ANSWERS = ['rootCause', 'actionsTaken', 'prevention'] as const;
export type AnswerId = (typeof ANSWERS)[number];

export interface SummaryAnswer {
  id: AnswerId;
  title: string;
  /** The answer as blocks (paragraphs and bullets). */
  blocks: Block[];
  /** Where it came from: the case's summary block, or the report's sections. */
  source: 'case' | 'sections';
}

export interface SummaryContent {
  title: string;
  answers: SummaryAnswer[];
  /** One line per cited ASIN: invoiced vs sold and coverage. */
  asinTitle: string;
  asinLines: string[];
  /** How many documents are attached (and how many left out). */
  documents: string;
}

const runsText = (runs: Inline[]) => runs.map((r) => r.text).join('');

/** The seller's blocks of a section (plan.md, plan.docx or case.json). */
function writtenBlocks(ctx: ComposeContext, id: SectionId): Block[] {
  return ctx.plan.sections[id]?.blocks ?? [];
}

/** The lines of a section's paragraphs and list items, without marks. */
function writtenLines(ctx: ComposeContext, id: SectionId): string[] {
  return writtenBlocks(ctx, id).flatMap((b) =>
    b.kind === 'paragraph'
      ? runsText(b.runs).split('\n')
      : b.kind === 'bullets'
        ? b.items.flatMap((it) => runsText(it).split('\n'))
        : [],
  );
}

/** The first sentence of a text. */
function firstSentence(text: string): string {
  return splitSentences(text.replace(/\*\*/g, ''))[0] ?? '';
}

/**
 * A bold cause heading as a bullet: its first line without the number the seller put before it
 * ("**1. No inspection of returned units.**" would read "• 1. No inspection…").
 */
export function causeHeading(text: string): string {
  return text
    .split('\n')[0]!
    .trim()
    .replace(/^(?:\d{1,2}\s*[.)．）、]|[(（]\d{1,2}[)）]|[①-⑳])\s*/u, '');
}

/** Root cause: the first paragraph, then the bold headings or bullets that list the causes. */
function rootCauseBlocks(ctx: ComposeContext, ids: readonly SectionId[]): Block[] {
  const out: Block[] = [];
  for (const id of ids) {
    const blocks = writtenBlocks(ctx, id);
    const first = blocks.findIndex((b) => b.kind === 'paragraph');
    if (first < 0) continue;
    out.push(blocks[first]!);
    const items: Inline[][] = [];
    for (const b of blocks.slice(first + 1)) {
      if (b.kind === 'paragraph' && b.runs[0]?.bold)
        items.push([{ text: causeHeading(b.runs[0].text) }]);
      else if (b.kind === 'bullets' && !items.length)
        for (const it of b.items) items.push([{ text: firstSentence(runsText(it)) }]);
    }
    if (items.length) out.push({ kind: 'bullets', items });
  }
  return out;
}

/** Actions taken: the dated list of case.json actionsTaken, else the sections' first paragraphs. */
function actionsBlocks(ctx: ComposeContext, ids: readonly SectionId[]): Block[] {
  const { c } = ctx;
  if (c.actionsTaken.length)
    return [
      {
        kind: 'bullets',
        items: [...c.actionsTaken]
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
          .map((a) => [
            {
              text: ctx.m('summary.dated', { date: ctx.date(a.date), text: firstSentence(a.what) }),
            },
          ]),
      },
    ];
  return firstParagraphs(ctx, ids);
}

function firstParagraphs(ctx: ComposeContext, ids: readonly SectionId[]): Block[] {
  const out: Block[] = [];
  for (const id of ids) {
    const p = writtenBlocks(ctx, id).find((b) => b.kind === 'paragraph');
    if (p) out.push(p);
  }
  return out;
}

/**
 * Prevention: per section, the sentences that name who and how often (up to four when there is
 * one section, one each when there are several), else the section's first sentence.
 */
function preventionBlocks(ctx: ComposeContext, ids: readonly SectionId[]): Block[] {
  const items: Inline[][] = [];
  const written = ids.filter((id) => writtenBlocks(ctx, id).length);
  const per = written.length === 1 ? 4 : 1;
  for (const id of written) {
    const sentences = writtenLines(ctx, id).flatMap((l) => splitSentences(l));
    const specific = sentences.filter(
      (s) => matchesAny(normalize(s), WHO) && matchesAny(normalize(s), WHEN),
    );
    const chosen = (specific.length ? specific : sentences).slice(0, per);
    const title = ctx.m(`section.${id}`);
    for (const s of chosen)
      items.push(
        written.length === 1
          ? [{ text: s }]
          : [{ text: ctx.m('summary.labelled', { label: title }), bold: true }, { text: s }],
      );
  }
  return items.length ? [{ kind: 'bullets', items }] : [];
}

/** Longest derived paragraph and list item, in characters: a summary drawn from the report stays short. */
const PARAGRAPH_CHARS = 240;
const ITEM_CHARS = 160;

/**
 * `text` cut after its last whole sentence within `max` characters; a first sentence longer than
 * that is cut with … — in English after its last whole word ("Managing Membe…" read as a typo).
 */
export function clip(text: string, max: number, lang: 'ja' | 'en'): string {
  const sentences = splitSentences(text);
  let out = '';
  for (const s of sentences) {
    const next = out ? `${out}${lang === 'ja' ? '' : ' '}${s}` : s;
    if ([...next].length > max) break;
    out = next;
  }
  if (!out) {
    const chars = [...(sentences[0] ?? text)];
    if (chars.length <= max) return chars.join('');
    let cut = chars.slice(0, max - 1).join('');
    const space = cut.lastIndexOf(' ');
    if (lang === 'en' && space > max / 2) cut = cut.slice(0, space);
    out = `${cut.replace(/[\s,;:(–-]+$/u, '')}…`;
  }
  return out;
}

/** A derived answer kept short: paragraphs to their first sentences, list items clipped. */
function bounded(ctx: ComposeContext, blocks: Block[]): Block[] {
  return blocks.map((b): Block => {
    if (b.kind === 'paragraph') {
      const text = runsText(b.runs);
      const cut = clip(text, PARAGRAPH_CHARS, ctx.lang);
      return cut === text ? b : { kind: 'paragraph', runs: [{ text: cut }] };
    }
    if (b.kind === 'bullets')
      return {
        ...b,
        items: b.items.map((it) => {
          const text = runsText(it);
          if ([...text].length <= ITEM_CHARS) return it;
          const lead = it[0]?.bold ? [it[0]] : [];
          const rest = runsText(it.slice(lead.length));
          return [...lead, { text: clip(rest, ITEM_CHARS - [...runsText(lead)].length, ctx.lang) }];
        }),
      };
    return b;
  });
}

/** The seller's own answer from case.json `summary`, as blocks. */
function ownAnswer(ctx: ComposeContext, id: AnswerId): Block[] | undefined {
  const text = narrativeText(ctx.c.summary?.[id]);
  return text.trim() ? narrativeBlocks(text) : undefined;
}

export function summaryContent(ctx: ComposeContext): SummaryContent {
  const { c, m } = ctx;
  const roles = PLAN_ROLES[c.kind];
  const derive: Record<AnswerId, () => Block[]> = {
    rootCause: () => rootCauseBlocks(ctx, roles.rootCause),
    actionsTaken: () => actionsBlocks(ctx, roles.actionsTaken),
    prevention: () => preventionBlocks(ctx, roles.prevention),
  };
  const answers = ANSWERS.map((id): SummaryAnswer => {
    const own = ownAnswer(ctx, id);
    const blocks = own ?? bounded(ctx, derive[id]());
    return {
      id,
      title: m(`summary.answer.${id}`),
      blocks: blocks.length
        ? blocks
        : [{ kind: 'paragraph', runs: [{ text: m('summary.notWritten') }] }],
      source: own ? 'case' : 'sections',
    };
  });
  const numbers = new Map((ctx.rec?.products ?? []).map((p) => [p.asin, p]));
  const asinLines = ctx.rec
    ? c.notice.citedAsins.map((asin) => {
        const p = numbers.get(asin);
        if (!p) return m('summary.asin.none', { asin });
        return m('summary.asin', {
          asin,
          invoiced: formatNumber(p.invoiced),
          sold: formatNumber(p.sold),
          coverage: p.coverage === null ? m('report.none') : formatPercent(p.coverage),
        });
      })
    : [];
  const series = (kind: string) => (kind === 'invoice' || kind === 'delivery-note' ? 'A' : 'B');
  const a = ctx.evidence.filter((e) => series(e.kind) === 'A').length;
  // a case without invoices (performance) counts its documents without the split
  const key = a
    ? ctx.notSubmitted.length
      ? 'summary.documents.left'
      : 'summary.documents'
    : 'summary.documents.plain';
  const documents = m(key, {
    n: ctx.evidence.length,
    a,
    b: ctx.evidence.length - a,
    left: ctx.notSubmitted.length,
  });
  return {
    title: m('summary.title'),
    answers,
    asinTitle: m('summary.asins'),
    asinLines,
    documents,
  };
}

/** The summary as a report part (shown right after the cover). */
export function summarySection(content: SummaryContent): SectionModel {
  const blocks: Block[] = [];
  for (const a of content.answers) blocks.push({ kind: 'subheading', text: a.title }, ...a.blocks);
  if (content.asinLines.length)
    blocks.push(
      { kind: 'subheading', text: content.asinTitle },
      { kind: 'bullets', items: content.asinLines.map((l) => [{ text: l }]) },
    );
  blocks.push({ kind: 'paragraph', runs: [{ text: content.documents }] });
  return { id: 'summary', number: '', title: content.title, blocks };
}
