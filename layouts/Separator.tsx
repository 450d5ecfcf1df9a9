/**
 * The separator page of ours that comes before each original document: label, description,
 * original file name, SHA-256 and how many pages follow. All text arrives already localised.
 */
import { Page, Text, View, StyleSheet } from '@react-pdf/renderer';

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
  fontFamily: string;
}

const styles = StyleSheet.create({
  page: { paddingTop: 72, paddingBottom: 56, paddingHorizontal: 56 },
  title: { fontSize: 20, fontWeight: 700, marginBottom: 4 },
  subtitle: { fontSize: 12, marginBottom: 24, color: '#444444' },
  table: { borderTopWidth: 1, borderColor: '#999999' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: '#bbbbbb', paddingVertical: 5 },
  key: { width: 190, paddingRight: 8, fontSize: 9, lineHeight: 1.4, color: '#333333' },
  value: { flex: 1, fontSize: 10, lineHeight: 1.4 },
  code: { flex: 1, fontSize: 8, lineHeight: 1.4 },
  note: { marginTop: 14, fontSize: 10, lineHeight: 1.6 },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: 56,
    right: 56,
    fontSize: 9,
    textAlign: 'center',
    color: '#555555',
  },
});

export function Separator(p: SeparatorProps) {
  const [first, ...rest] = p.title;
  return (
    <Page size="A4" style={{ ...styles.page, fontFamily: p.fontFamily }}>
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
            <Text style={r.code ? styles.code : styles.value}>{r.value}</Text>
          </View>
        ))}
      </View>
      {p.notes.map((n, i) => (
        <Text key={i} style={styles.note}>
          {n}
        </Text>
      ))}
      <Text style={styles.footer} fixed>
        {p.footer}
      </Text>
    </Page>
  );
}
