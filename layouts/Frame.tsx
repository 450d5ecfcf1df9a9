/** Page furniture: header (store, revision), footer "page / total", the DRAFT watermark. */
import { Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../src/compose/model.js';
import { sanitize } from '../src/render/fonts.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import { styles } from './theme.js';

export function Watermark({ model }: { model: ReportModel }) {
  if (!model.draft) return null;
  return (
    <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} fixed style={styles.watermark}>
      {sanitize(model.labels.draftWatermark)}
    </Text>
  );
}

/** Header and footer (the watermark goes last on a page, over the content); never set lineHeight on the page or an ancestor of the footer. */
export function Frame({ model }: { model: ReportModel }) {
  const offset = model.pageOffset ?? 0;
  return (
    <>
      <View fixed style={styles.header}>
        <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.headerText}>
          {sanitize(model.header.left)}
        </Text>
        <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.headerText}>
          {sanitize(model.header.right)}
        </Text>
      </View>
      <Text
        hyphenationPenalty={NO_HYPHENATION_PENALTY}
        fixed
        style={styles.footer}
        render={({ pageNumber, totalPages }) =>
          model.labels.footer
            .replace('{page}', String(pageNumber + offset))
            .replace('{total}', String(model.totalPagesOverride ?? (totalPages ?? 0) + offset))
        }
      />
    </>
  );
}
