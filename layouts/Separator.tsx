/**
 * The separator page of ours that comes before each original document: label, description,
 * original file name, SHA-256 and how many pages follow. All text arrives already localised;
 * the look (margins, colours, type scale, footer) is the report's own, from theme.ts.
 */
import { Page, Text, View, StyleSheet } from '@react-pdf/renderer';
import { SetBlock } from './SetText.js';
import { COLOR, CONTENT_WIDTH, TYPE, styles as report } from './theme.js';

const KEY_WIDTH = 190;

export interface SeparatorRow {
  label: string;
  value: string;
  /** Long unspaced value (a hash): set smaller so that it fits one line. */
  code?: boolean;
}

export interface SeparatorProps {
  /** Title lines, primary language first. */
  title: string[];
  rows: SeparatorRow[];
  /** Paragraphs saying what follows (unaltered, image notes, redaction). */
  notes: string[];
  footer: string;
}

const styles = StyleSheet.create({
  title: { fontSize: TYPE.cover, fontWeight: 700, color: COLOR.accent, marginBottom: 4 },
  subtitle: { fontSize: TYPE.h2, lineHeight: 1.4, marginBottom: 24, color: COLOR.muted },
  table: { borderTopWidth: 1, borderColor: COLOR.ruleStrong },
  row: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderColor: COLOR.rule,
    paddingVertical: 5,
  },
  key: {
    width: KEY_WIDTH,
    paddingRight: 8,
    fontSize: TYPE.small,
    lineHeight: 1.4,
    color: COLOR.muted,
  },
  value: { flex: 1, fontSize: TYPE.body, lineHeight: 1.4, color: COLOR.ink },
  code: { flex: 1, fontSize: 7.6, lineHeight: 1.4, color: COLOR.ink },
  note: { marginTop: 14, fontSize: TYPE.body, lineHeight: 1.6 },
});

export function Separator(p: SeparatorProps) {
  const [first, ...rest] = p.title;
  return (
    <Page size="A4" style={report.page}>
      <Text style={styles.title}>{first}</Text>
      {rest.map((line, i) => (
        <Text key={i} style={styles.subtitle}>
          {line}
        </Text>
      ))}
      <View style={styles.table}>
        {p.rows.map((r, i) => (
          <View key={i} style={styles.row} wrap={false}>
            <Text style={styles.key}>{r.label}</Text>
            {r.value.includes('\n') ? (
              // set by the typesetter: a "\n" in a react-pdf text would pull in non-embedded
              // Helvetica, and texts stacked in a flexible column overlap
              <SetBlock
                runs={[{ text: r.value }]}
                width={CONTENT_WIDTH - KEY_WIDTH}
                style={{ size: TYPE.body, leading: 1.4, color: COLOR.ink }}
              />
            ) : (
              <Text style={r.code ? styles.code : styles.value}>{r.value}</Text>
            )}
          </View>
        ))}
      </View>
      {p.notes.map((n, i) => (
        <Text key={i} style={styles.note}>
          {n}
        </Text>
      ))}
      <Text style={report.footer} fixed>
        {p.footer}
      </Text>
    </Page>
  );
}
