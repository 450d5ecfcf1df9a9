/**
 * The whole report as react-pdf elements, from the page plan (src/render/plan.ts). Every page
 * has a `layout` (layouts/Frame.tsx), which puts the document on react-pdf's new pagination
 * engine (react-pdf 4.9, opt-in): it measures the content once and packs it into pages, where the
 * old one laid out all the rest of a flowing page again at every page break (a fifth of the
 * sample's build).
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReportModel, SectionModel } from '../src/compose/model.js';
import { sanitize } from '../src/render/metrics.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import type { FlowItem, PagePlan } from '../src/render/plan.js';
import { cloneElement, type ReactElement } from 'react';
import { blockPieces, Lines } from './Blocks.js';
import { Contents, type ContentsEntry } from './Contents.js';
import { Cover } from './Cover.js';
import { SummaryBody } from './Summary.js';
import { pageLayout, type PageTally } from './Frame.js';
import { chunkRowsOf, TableCanvas } from './TableCanvas.js';
import { styles } from './theme.js';

type OnPage = (id: string, page: number) => void;

function bookmarkTitle(s: SectionModel): string {
  return s.number ? `${s.number}. ${s.title}` : s.title;
}

function SectionHeading({ section, presence }: { section: SectionModel; presence?: number }) {
  return (
    <View
      wrap={false}
      // before a table that breaks across pages: its caption, header and first rows stay with
      // the heading (other blocks join the heading in one unbreakable piece: flowItems)
      {...(presence ? { minPresenceAhead: presence } : {})}
      style={styles.sectionHead}
      // `part` marks where the section starts (the page layout reports it); bookmark works on
      // any element at run time: the types list both on other elements only
      {...({
        part: section.id,
        bookmark: { title: sanitize(bookmarkTitle(section)), fit: true },
      } as object)}
    >
      {section.number ? (
        <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.sectionNumber}>
          {section.number}
        </Text>
      ) : null}
      <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.sectionTitle}>
        {sanitize(section.title)}
      </Text>
    </View>
  );
}

/**
 * The flow of a page plan's items as unbreakable pieces: every block cut into pieces
 * (layouts/Blocks.tsx), a heading (or subheading) joined with the first piece after it, so that
 * it never ends a page and keeps at least two lines of what follows. React-pdf's engine then
 * fills each page with whole pieces; a block moves on only when its next piece does not fit.
 */
function flowItems(items: FlowItem[], tally: PageTally): ReactElement[] {
  const out: ReactElement[] = [];
  let held: ReactElement[] = [];
  let key = 0;
  // pieces of different blocks come with the same keys: each gets one of its own here
  const keyed = (el: ReactElement) => cloneElement(el, { key: `p${key++}` });
  const place = (el: ReactElement) => {
    if (!held.length) {
      out.push(keyed(el));
      return;
    }
    out.push(
      <View key={`g${key++}`} wrap={false}>
        {held}
        {keyed(el)}
      </View>,
    );
    held = [];
  };
  for (const it of items) {
    if (it.kind === 'heading') {
      held.push(<SectionHeading key={`h${key++}`} section={it.section} />);
      continue;
    }
    const f = blockPieces(it.block, { table: it.table, split: it.split, tally });
    if (f.breakable) {
      // a heading cannot join a table that breaks: it keeps the table's first rows instead
      if (held.length && f.presence) {
        const last = held[held.length - 1]!;
        if (last.type === SectionHeading)
          held[held.length - 1] = (
            <SectionHeading
              key={`h${key++}`}
              section={(last.props as { section: SectionModel }).section}
              presence={f.presence}
            />
          );
      }
      out.push(...held.map(keyed));
      held = [];
      out.push(...f.pieces.map(keyed));
      continue;
    }
    f.pieces.forEach((p, i) => {
      if (f.keepWithNext && i === f.pieces.length - 1) held.push(keyed(p));
      else place(p);
    });
  }
  out.push(...held.map(keyed));
  return out;
}

export interface ReportProps {
  model: ReportModel;
  plan: PagePlan[];
  contents: ContentsEntry[];
  onPage: OnPage;
  /** The page a part starts on, once the layout has found it (for the contents). */
  pageOf: (id: string) => number | undefined;
  /** Counts the pages as they are painted (one tally per render). */
  tally: PageTally;
}

export function Report({ model, plan, contents, onPage, pageOf, tally }: ReportProps) {
  const frame = pageLayout(model, tally, { onPage });
  const cover = pageLayout(model, tally, { blank: true, part: 'cover', onPage });
  const contentsFrame = pageLayout(model, tally, { part: 'contents', onPage });
  const date = new Date(`${model.meta.date}T00:00:00Z`);
  return (
    <Document
      title={sanitize(model.meta.title)}
      author={sanitize(model.meta.author)}
      subject={sanitize(model.meta.subject)}
      keywords={sanitize(model.meta.keywords)}
      creator="evidence-pack"
      producer="evidence-pack"
      language={model.lang}
      pageMode="useOutlines"
      creationDate={date}
      modificationDate={date}
    >
      {plan.map((p, i) => {
        switch (p.kind) {
          case 'cover':
            return <Cover key={i} model={model} layout={cover} />;
          case 'contents':
            return (
              <Contents
                key={i}
                model={model}
                entries={contents}
                pageOf={pageOf}
                layout={contentsFrame}
              />
            );
          case 'summary':
            return (
              <Page key={i} size="A4" style={styles.page} layout={frame}>
                <SectionHeading section={p.section} />
                <SummaryBody section={p.section} />
              </Page>
            );
          case 'flow':
            return (
              <Page key={i} size="A4" style={styles.page} layout={frame}>
                {flowItems(p.items, tally)}
              </Page>
            );
          case 'table': {
            const t = p.table;
            const caption = t.caption
              ? p.index === 0
                ? t.caption
                : `${t.caption} ${model.labels.continued}`
              : p.index === 0
                ? ''
                : model.labels.continued;
            return (
              <Page key={i} size="A4" style={styles.page} wrap={false} layout={frame}>
                {p.heading ? <SectionHeading section={p.heading} /> : null}
                <TableCanvas
                  table={t}
                  rows={chunkRowsOf(t, p.chunk.from, p.chunk.to, p.chunk.totals)}
                  withHeader
                  height={p.chunk.height}
                  tally={tally}
                  caption={caption}
                />
                {p.last && t.note ? <Lines runs={[{ text: t.note }]} style={styles.note} /> : null}
              </Page>
            );
          }
        }
      })}
    </Document>
  );
}
