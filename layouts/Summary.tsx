/**
 * The summary page after the cover: the three answers, one line per cited ASIN, the documents.
 * Built from the report's own pieces (the typesetter's justified lines, the theme's colours and
 * bullet marks), set a size smaller than the sections so that it stays on one page; src/render/summary-fit.ts measures it
 * with the same numbers.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { SectionModel } from '../src/compose/model.js';
import { sanitize } from '../src/render/metrics.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import { LinesCanvas, SetBlock } from './SetText.js';
import { setRuns } from './set-runs.js';
import { SUMMARY, SUMMARY_TEXT } from './summary-style.js';
import { COLOR, CONTENT_WIDTH, TYPE } from './theme.js';

const styles = StyleSheet.create({
  subheading: {
    fontSize: SUMMARY.subSize,
    lineHeight: SUMMARY.subLeading,
    fontWeight: 700,
    color: COLOR.accent,
    marginTop: SUMMARY.subTop,
    marginBottom: SUMMARY.subBottom,
  },
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
            return (
              <SetBlock
                key={i}
                runs={b.runs}
                width={CONTENT_WIDTH}
                style={SUMMARY_TEXT}
                justify
                box={{ marginBottom: SUMMARY.paraBottom }}
              />
            );
          case 'bullets':
            return (
              <View key={i} style={{ marginBottom: SUMMARY.listBottom }}>
                {b.items.map((item, j) => (
                  <View key={j} style={{ marginBottom: SUMMARY.itemBottom }} wrap={false}>
                    <LinesCanvas
                      lines={setRuns(item, CONTENT_WIDTH - SUMMARY.indent, SUMMARY_TEXT)}
                      width={CONTENT_WIDTH}
                      style={SUMMARY_TEXT}
                      indent={SUMMARY.indent}
                      marker={{ text: '•', color: COLOR.accent }}
                    />
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
