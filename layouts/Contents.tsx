/**
 * The contents: every part with the page it starts on. The numbers are `render` props: react-pdf
 * calls them once more after it has cut all pages, when every part's start is known.
 */
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../src/compose/model.js';
import { sanitize } from '../src/render/metrics.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import type { PageLayoutProps } from '@react-pdf/renderer';
import { COLOR, TYPE, styles } from './theme.js';

export interface ContentsEntry {
  id: string;
  number: string;
  title: string;
}

export function Contents({
  model,
  entries,
  pageOf,
  layout,
}: {
  model: ReportModel;
  entries: ContentsEntry[];
  pageOf: (id: string) => number | undefined;
  layout: (props: PageLayoutProps) => React.ReactNode;
}) {
  return (
    <Page size="A4" style={styles.page} layout={layout}>
      <View style={styles.sectionHead}>
        <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.sectionTitle}>
          {sanitize(model.labels.contents)}
        </Text>
      </View>
      {entries.map((e) => (
        <View
          key={e.id}
          wrap={false}
          style={{
            flexDirection: 'row',
            alignItems: 'flex-end',
            paddingTop: 4.2,
            paddingBottom: 4.2,
          }}
        >
          <Text
            hyphenationPenalty={NO_HYPHENATION_PENALTY}
            style={{
              width: 26,
              fontSize: TYPE.body,
              lineHeight: 1.5,
              fontWeight: 700,
              color: COLOR.accent,
            }}
          >
            {e.number}
          </Text>
          <Text
            hyphenationPenalty={NO_HYPHENATION_PENALTY}
            style={{ flexShrink: 1, fontSize: TYPE.body, lineHeight: 1.5, color: COLOR.ink }}
          >
            {sanitize(e.title)}
          </Text>
          <View
            style={{
              flexGrow: 1,
              minWidth: 12,
              borderBottomWidth: 0.8,
              borderBottomStyle: 'dotted',
              borderBottomColor: COLOR.faint,
              marginLeft: 6,
              marginRight: 6,
              marginBottom: 4.5,
            }}
          />
          <Text
            hyphenationPenalty={NO_HYPHENATION_PENALTY}
            style={{
              width: 28,
              textAlign: 'right',
              fontSize: TYPE.body,
              // no lineHeight: react-pdf drops a text with a render prop that has one
              marginBottom: 0.4,
              color: COLOR.ink,
            }}
            render={() => {
              const page = pageOf(e.id);
              return page === undefined ? '000' : String(page + (model.pageOffset ?? 0));
            }}
          />
        </View>
      ))}
    </Page>
  );
}
