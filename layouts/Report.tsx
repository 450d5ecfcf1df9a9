/** The whole report as react-pdf elements, from the page plan (src/render/plan.ts). */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReportModel, SectionModel } from '../src/compose/model.js';
import { sanitize } from '../src/render/fonts.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import type { PagePlan } from '../src/render/plan.js';
import { BlockView, Lines } from './Blocks.js';
import { Contents, type ContentsEntry } from './Contents.js';
import { Cover } from './Cover.js';
import { Frame, Watermark, type PageTally } from './Frame.js';
import { chunkRowsOf, TableCanvas } from './TableCanvas.js';
import { styles } from './theme.js';

type OnPage = (id: string, page: number) => void;

function bookmarkTitle(s: SectionModel): string {
  return s.number ? `${s.number}. ${s.title}` : s.title;
}

function SectionHeading({ section, onPage }: { section: SectionModel; onPage: OnPage }) {
  return (
    <View
      wrap={false}
      minPresenceAhead={70}
      style={styles.sectionHead}
      // bookmark works on any element at run time; the types only list it on <Page>
      {...({ bookmark: { title: sanitize(bookmarkTitle(section)), fit: true } } as object)}
    >
      <Text
        hyphenationPenalty={NO_HYPHENATION_PENALTY}
        style={{ position: 'absolute', top: 0, left: 0, fontSize: 1 }}
        render={({ pageNumber }) => {
          onPage(section.id, pageNumber);
          return '';
        }}
      />
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
            return <Cover key={i} model={model} onPage={onPage} tally={tally} />;
          case 'contents':
            return (
              <Contents
                key={i}
                model={model}
                entries={contents}
                onPage={onPage}
                pageOf={pageOf}
                tally={tally}
                first={i === 0}
              />
            );
          case 'flow':
            return (
              <Page key={i} size="A4" style={styles.page}>
                <Frame model={model} tally={tally} first={i === 0} />
                {p.items.map((it, j) =>
                  it.kind === 'heading' ? (
                    <SectionHeading key={j} section={it.section} onPage={onPage} />
                  ) : (
                    <BlockView
                      key={j}
                      block={it.block}
                      table={it.table}
                      split={it.split}
                      tally={tally}
                    />
                  ),
                )}
                <Watermark model={model} />
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
              <Page key={i} size="A4" style={styles.page} wrap={false}>
                <Frame model={model} tally={tally} first={i === 0} />
                {p.heading ? <SectionHeading section={p.heading} onPage={onPage} /> : null}
                <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.caption}>
                  {sanitize(caption)}
                </Text>
                <TableCanvas
                  table={t}
                  rows={chunkRowsOf(t, p.chunk.from, p.chunk.to, p.chunk.totals)}
                  withHeader
                  height={p.chunk.height}
                  tally={tally}
                />
                {p.last && t.note ? <Lines runs={[{ text: t.note }]} style={styles.note} /> : null}
                <Watermark model={model} />
              </Page>
            );
          }
        }
      })}
    </Document>
  );
}
