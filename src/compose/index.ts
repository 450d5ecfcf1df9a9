/**
 * compose: case + reconciliation → document model. Pure: no clock, no fs, no env. Every fixed
 * text comes from the catalogue in the report's language; numbers and dates are formatted here.
 */
import { sectionsFor } from '../case/sections.js';
import { formatList } from '../i18n/format.js';
import { makeContext, type ComposeContext } from './context.js';
import type { Block, ComposeInput, CoverModel, ReportModel, SectionModel } from './model.js';
import { GENERATED_MARKER, narrativeBlocks } from './narrative.js';
import { evidenceIndex } from './sections/evidence.js';
import { generatorsFor } from './sections/index.js';
import { summaryContent, summarySection } from './summary.js';

export type * from './model.js';
export { GENERATED_MARKER, narrativeBlocks, parseInline } from './narrative.js';

function cover(ctx: ComposeContext, input: ComposeInput): CoverModel {
  const { c, m } = ctx;
  const s = c.seller;
  const facts = [
    { label: m('report.cover.legalName'), value: s.legalName },
    { label: m('report.cover.storeName'), value: s.storeName },
    { label: m('report.cover.merchantId'), value: s.merchantId },
    { label: m('report.cover.marketplace'), value: c.marketplace },
    {
      label: m('report.cover.responsible'),
      value:
        ctx.lang === 'ja'
          ? `${s.responsiblePerson.name}（${s.responsiblePerson.role}）`
          : `${s.responsiblePerson.name} (${s.responsiblePerson.role})`,
    },
    { label: m('report.cover.noticeDate'), value: ctx.date(c.notice.receivedOn) },
    { label: m('report.cover.noticeType'), value: c.notice.type },
  ];
  if (c.notice.referenceId)
    facts.push({ label: m('report.cover.referenceId'), value: c.notice.referenceId });
  facts.push(
    {
      label: m('report.cover.citedAsins'),
      value: formatList(c.notice.citedAsins, ctx.lang) || m('report.none'),
    },
    { label: m('report.cover.revision'), value: input.revision },
    { label: m('report.cover.date'), value: ctx.date(input.buildDate) },
  );
  return {
    title: m(`report.cover.title.${c.kind}`),
    subtitle: m('report.cover.subtitle'),
    facts,
    draftNotice: input.draft ? m('report.cover.draft') : undefined,
  };
}

function isBlock(v: unknown): v is Block {
  return !!v && typeof v === 'object' && typeof (v as { kind?: unknown }).kind === 'string';
}

/**
 * The "changes since the previous submission" part. Its model belongs to the revisions stage;
 * accepted here: blocks, {title?, blocks}, {items: string[]}, or narrative text.
 */
function changesSection(ctx: ComposeContext, changes: unknown): SectionModel | undefined {
  if (changes === undefined || changes === null) return undefined;
  let blocks: Block[] = [];
  let title = ctx.m('report.changes.title');
  if (Array.isArray(changes) && changes.every(isBlock)) blocks = changes;
  else if (
    typeof changes === 'string' ||
    (Array.isArray(changes) && changes.every((x) => typeof x === 'string'))
  )
    blocks = narrativeBlocks(changes as string | string[]);
  else if (typeof changes === 'object') {
    const o = changes as { title?: unknown; blocks?: unknown; items?: unknown };
    if (typeof o.title === 'string') title = o.title;
    if (Array.isArray(o.blocks) && o.blocks.every(isBlock)) blocks = o.blocks;
    else if (Array.isArray(o.items))
      blocks = [{ kind: 'bullets', items: o.items.map((i) => [{ text: String(i) }]) }];
  }
  if (!blocks.length) return undefined;
  return { id: 'changes', number: '', title, blocks };
}

/**
 * The seller's text first, then the tables and charts made from the data, so that "下表" / "the
 * table below" is true; or the tables where the author put the marker {{tables}} (or {{表}}) on a
 * line of its own, the text after it following them.
 */
export function placeGenerated(narrative: Block[], generated: Block[]): Block[] {
  const at = narrative.findIndex(isGeneratedMarker);
  if (at < 0) return [...narrative, ...generated];
  return [...narrative.slice(0, at), ...generated, ...narrative.slice(at + 1)];
}

/** True for a paragraph that holds only the marker of the generated tables. */
export function isGeneratedMarker(b: Block): boolean {
  return b.kind === 'paragraph' && GENERATED_MARKER.test(b.runs.map((r) => r.text).join(''));
}

export function compose(input: ComposeInput): ReportModel {
  const ctx = makeContext(input);
  const { c, m } = ctx;
  const generators = generatorsFor(c.kind);
  const { plan } = ctx;
  const sections: SectionModel[] = sectionsFor(c.kind).map((id, i) => {
    const generated = generators[id]?.(ctx) ?? [];
    const written = plan.sections[id]?.blocks ?? [];
    const narrative: Block[] = written.length
      ? written
      : input.draft
        ? [{ kind: 'placeholder', text: m('report.draft.placeholder', { id }) }]
        : [];
    return {
      id,
      number: String(i + 1),
      title: m(`section.${id}`),
      blocks: placeGenerated(narrative, generated),
    };
  });
  const title = m(`report.cover.title.${c.kind}`);
  return {
    lang: ctx.lang,
    draft: input.draft,
    kind: c.kind,
    meta: {
      title: `${c.seller.storeName} — ${title}`,
      subject: `${c.notice.type} (${input.revision})`,
      author: c.seller.legalName,
      keywords: m('report.meta.keywords', { asins: c.notice.citedAsins.join(', ') }),
      date: input.buildDate,
    },
    header: {
      left: c.seller.storeName,
      right: m('report.header.revision', {
        revision: input.revision,
        date: ctx.date(input.buildDate),
      }),
    },
    cover: cover(ctx, input),
    labels: {
      contents: m('report.contents'),
      continued: m('report.continued'),
      draftWatermark: m('report.draft.watermark'),
      footer: m('report.footer', { page: '{page}', total: '{total}' }),
    },
    summary: summarySection(summaryContent(ctx)),
    changes: changesSection(ctx, input.changes),
    sections,
    evidenceIndex: evidenceIndex(ctx),
    appendedPages: input.appendedPages,
    pageOffset: input.pageOffset,
  };
}
