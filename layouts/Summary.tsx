/**
 * The summary page after the cover: the three answers, one line per cited ASIN, the documents.
 * Built from the report's own pieces (Lines, the theme's colours and bullet marks), set a size
 * smaller than the sections so that it stays on one page; src/render/summary-fit.ts measures it
 * with the same numbers.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { SectionModel } from '../src/compose/model.js';
import { sanitize } from '../src/render/fonts.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import { Lines } from './Blocks.js';
import { COLOR, TYPE } from './theme.js';

/** Type of the summary page (points); summary-fit.ts measures with these. */
export const SUMMARY = {
  size: 9,
  leading: 1.55,
  subSize: TYPE.body,
  subLeading: 1.4,
  subTop: 7,
  subBottom: 2,
  paraBottom: 4,
  itemBottom: 1.5,
  listBottom: 3,
  indent: 12,
} as const;

const styles = StyleSheet.create({
  subheading: {
    fontSize: SUMMARY.subSize,
    lineHeight: SUMMARY.subLeading,
    fontWeight: 700,
    color: COLOR.accent,
    marginTop: SUMMARY.subTop,
    marginBottom: SUMMARY.subBottom,
  },
  paragraph: {
    fontSize: SUMMARY.size,
    lineHeight: SUMMARY.leading,
    marginBottom: SUMMARY.paraBottom,
  },
  item: { flexDirection: 'row', marginBottom: SUMMARY.itemBottom },
  mark: {
    width: SUMMARY.indent,
    fontSize: SUMMARY.size,
    lineHeight: SUMMARY.leading,
    color: COLOR.accent,
  },
  itemText: { fontSize: SUMMARY.size, lineHeight: SUMMARY.leading },
});

export function SummaryBody({ section }: { section: SectionModel }) {
  return (
    <>
      {section.blocks.map((b, i) => {
        switch (b.kind) {
          case 'subheading':
            return (
              <Text key={i} hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.subheading}>
                {sanitize(b.text)}
              </Text>
            );
          case 'paragraph':
            return <Lines key={i} runs={b.runs} style={styles.paragraph} />;
          case 'bullets':
            return (
              <View key={i} style={{ marginBottom: SUMMARY.listBottom }}>
                {b.items.map((item, j) => (
                  <View key={j} style={styles.item} wrap={false}>
                    <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.mark}>
                      •
                    </Text>
                    <View style={{ flex: 1 }}>
                      <Lines runs={item} style={styles.itemText} />
                    </View>
                  </View>
                ))}
              </View>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
