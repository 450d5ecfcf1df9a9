/** The cover: what the report is, whose it is, which notice it answers, which revision. */
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../src/compose/model.js';
import { sanitize } from '../src/render/metrics.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import type { PageLayoutProps } from '@react-pdf/renderer';
import { COLOR, MARGIN, PAGE, TYPE, styles } from './theme.js';

export function Cover({
  model,
  layout,
}: {
  model: ReportModel;
  layout: (props: PageLayoutProps) => React.ReactNode;
}) {
  const c = model.cover;
  return (
    <Page size="A4" style={styles.page} layout={layout}>
      <View
        style={{
          position: 'absolute',
          top: 0,
          left: 0,
          width: PAGE.width,
          height: 10,
          backgroundColor: COLOR.accent,
        }}
      />
      <View style={{ marginTop: 70 }}>
        <Text
          hyphenationPenalty={NO_HYPHENATION_PENALTY}
          style={{
            fontSize: 10,
            lineHeight: 1.4,
            color: COLOR.accent,
            fontWeight: 700,
            marginBottom: 10,
          }}
        >
          {sanitize(c.subtitle)}
        </Text>
        <Text
          hyphenationPenalty={NO_HYPHENATION_PENALTY}
          style={{ fontSize: TYPE.cover, lineHeight: 1.35, fontWeight: 700, color: COLOR.ink }}
        >
          {sanitize(c.title)}
        </Text>
        <View
          style={{
            width: 64,
            height: 3,
            backgroundColor: COLOR.accent,
            marginTop: 16,
            marginBottom: 34,
          }}
        />
      </View>
      <View>
        {c.facts.map((f, i) => (
          <View
            key={i}
            style={{
              flexDirection: 'row',
              borderBottomWidth: 0.6,
              borderBottomColor: COLOR.rule,
              paddingTop: 7,
              paddingBottom: 7,
            }}
          >
            <Text
              hyphenationPenalty={NO_HYPHENATION_PENALTY}
              style={{ width: 150, fontSize: 9, lineHeight: 1.5, color: COLOR.muted }}
            >
              {sanitize(f.label)}
            </Text>
            <Text
              hyphenationPenalty={NO_HYPHENATION_PENALTY}
              style={{ flex: 1, fontSize: 10.5, lineHeight: 1.5, color: COLOR.ink }}
            >
              {sanitize(f.value)}
            </Text>
          </View>
        ))}
      </View>
      {c.draftNotice ? (
        <View style={{ ...styles.placeholder, marginTop: 26 }}>
          <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.placeholderText}>
            {sanitize(c.draftNotice)}
          </Text>
        </View>
      ) : null}
      <Text
        hyphenationPenalty={NO_HYPHENATION_PENALTY}
        style={{
          position: 'absolute',
          bottom: MARGIN.bottom - 20,
          left: MARGIN.left,
          right: MARGIN.right,
          fontSize: 8.5,
          lineHeight: 1.4,
          color: COLOR.muted,
        }}
      >
        {sanitize(`${model.header.left}  ·  ${model.header.right}`)}
      </Text>
    </Page>
  );
}
