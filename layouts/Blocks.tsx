/** The blocks of a section: paragraphs, bullets, quotes, facts, tables, charts, actions. */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { Block, Inline } from '../src/compose/model.js';
import { sanitize } from '../src/render/fonts.js';
import { NO_HYPHENATION_PENALTY, normalizeRunBoundaries } from '../src/render/linebreak.js';
import { hasLatePage, printLatePages } from '../src/render/late.js';
import type { MeasuredTable } from '../src/render/table.js';
import type { PageTally } from './Frame.js';
import { BarChart } from './Chart.js';
import { LineChart } from './LineChart.js';
import { chunkRowsOf, TableCanvas } from './TableCanvas.js';
import { CONTENT_WIDTH, styles } from './theme.js';

export function Runs({ runs }: { runs: Inline[] }) {
  const clean = normalizeRunBoundaries(runs.map((r) => ({ ...r, text: sanitize(r.text) })));
  return (
    <>
      {clean.map((r, i) =>
        r.bold ? (
          <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} key={i} style={styles.bold}>
            {r.text}
          </Text>
        ) : (
          r.text
        ),
      )}
    </>
  );
}

/**
 * Runs cut at explicit line breaks. A "\n" must never reach react-pdf's text: the Japanese font
 * has no glyph for it, and react-pdf would pull in non-embedded Helvetica for that one character.
 */
export function splitLines(runs: Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  for (const r of runs) {
    r.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ ...r, text: part });
    });
  }
  return lines;
}

/** Text with explicit line breaks as one <Text hyphenationPenalty={NO_HYPHENATION_PENALTY}> per line; margins of `style` on the block. */
export function Lines({ runs, style }: { runs: Inline[]; style: Style }) {
  const lines = splitLines(runs);
  if (lines.length === 1)
    return (
      <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={style}>
        <Runs runs={lines[0]!} />
      </Text>
    );
  const { marginBottom, marginTop, ...textStyle } = style;
  return (
    <View style={{ marginBottom, marginTop }}>
      {lines.map((l, i) => (
        <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} key={i} style={textStyle}>
          {l.length ? <Runs runs={l} /> : ' '}
        </Text>
      ))}
    </View>
  );
}

const plain = (text: string): Inline[] => [{ text }];

/** A table small enough to stay on one page: kept whole, caption and note with it. */
export function TableBlock({ table, tally }: { table: MeasuredTable; tally: PageTally }) {
  return (
    <View wrap={false} style={styles.block}>
      {table.caption ? (
        <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.caption}>
          {sanitize(table.caption)}
        </Text>
      ) : null}
      <TableCanvas
        table={table}
        rows={chunkRowsOf(table, 0, table.rows.length, true)}
        withHeader
        height={table.bodyHeight}
        tally={tally}
      />
      {table.note ? <Lines runs={plain(table.note)} style={styles.note} /> : null}
    </View>
  );
}

/**
 * A table of up to a few pages in the flow: react-pdf breaks it between rows (each row is an
 * unbreakable canvas) and repeats the fixed header row on every page it spans.
 */
export function FlowTable({ table, tally }: { table: MeasuredTable; tally: PageTally }) {
  const rows = chunkRowsOf(table, 0, table.rows.length, true);
  return (
    <View style={styles.block}>
      {table.caption ? (
        <Text
          hyphenationPenalty={NO_HYPHENATION_PENALTY}
          style={styles.caption}
          minPresenceAhead={table.header.height + (rows[0]?.height ?? 0)}
        >
          {sanitize(table.caption)}
        </Text>
      ) : null}
      <View>
        <View fixed>
          <TableCanvas
            table={table}
            rows={[]}
            withHeader
            height={table.header.height}
            tally={tally}
          />
        </View>
        {rows.map((r, i) => (
          <View key={i} wrap={false}>
            <TableCanvas
              table={table}
              rows={[r]}
              withHeader={false}
              height={r.height}
              tally={tally}
            />
          </View>
        ))}
      </View>
      {table.note ? <Lines runs={plain(table.note)} style={styles.note} /> : null}
    </View>
  );
}

/**
 * A text with late page numbers: laid out as printed for the anchor, printed for the real length
 * once react-pdf knows it (a `render` prop, called again with the page count after the layout).
 */
function LateText({ text, style, tally }: { text: string; style: Style; tally: PageTally }) {
  if (!hasLatePage(text))
    return (
      <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={style}>
        {sanitize(text)}
      </Text>
    );
  const measured = sanitize(printLatePages(text, tally.anchor));
  // a lineHeight on a text with a render prop breaks react-pdf's layout of the whole page
  const { lineHeight: _dropped, ...dynamicStyle } = style;
  return (
    <Text
      hyphenationPenalty={NO_HYPHENATION_PENALTY}
      style={dynamicStyle}
      render={({ totalPages }) => {
        if (totalPages === undefined) return measured;
        const printed = sanitize(printLatePages(text, totalPages));
        if (printed.length > measured.length) tally.misfit = 'text';
        return printed;
      }}
    />
  );
}

export function BlockView({
  block,
  table,
  split,
  tally,
}: {
  block: Block;
  table?: MeasuredTable;
  /** The table may break across pages (else it is kept whole). */
  split?: boolean;
  tally: PageTally;
}) {
  switch (block.kind) {
    case 'paragraph':
      return <Lines runs={block.runs} style={styles.paragraph} />;
    case 'bullets':
      return (
        <View style={{ marginBottom: 7 }}>
          {block.items.map((item, i) => (
            <View key={i} style={styles.bulletRow} wrap={false}>
              <Text
                hyphenationPenalty={NO_HYPHENATION_PENALTY}
                style={block.start === undefined ? styles.bulletMark : styles.numberMark}
              >
                {block.start === undefined ? '•' : `${block.start + i}.`}
              </Text>
              <View style={{ flex: 1 }}>
                <Lines runs={item} style={styles.bulletText} />
              </View>
            </View>
          ))}
        </View>
      );
    case 'subheading':
      return (
        <Text
          hyphenationPenalty={NO_HYPHENATION_PENALTY}
          style={styles.subheading}
          minPresenceAhead={24}
        >
          {sanitize(block.text)}
        </Text>
      );
    case 'quote':
      return (
        <View style={styles.quote}>
          <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.quoteLabel}>
            {sanitize(block.label)}
          </Text>
          <Lines runs={plain(block.text)} style={styles.quoteText} />
        </View>
      );
    case 'facts':
      return (
        <View style={styles.block} wrap={false}>
          {block.rows.map((r, i) => (
            <View key={i} style={styles.factRow}>
              <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.factLabel}>
                {sanitize(r.label)}
              </Text>
              <View style={{ flex: 1 }}>
                <Lines runs={plain(r.value)} style={styles.factValue} />
              </View>
            </View>
          ))}
        </View>
      );
    case 'table':
      if (!table) return null;
      return split ? (
        <FlowTable table={table} tally={tally} />
      ) : (
        <TableBlock table={table} tally={tally} />
      );
    case 'chart':
      return <BarChart chart={block.chart} width={CONTENT_WIDTH} />;
    case 'lineChart':
      return <LineChart chart={block.chart} width={CONTENT_WIDTH} />;
    case 'actions':
      return (
        <View style={styles.block}>
          {block.items.map((a, i) => (
            <View key={i} style={styles.actionRow} wrap={false}>
              <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.actionDate}>
                {sanitize(a.date)}
              </Text>
              <View style={styles.actionBody}>
                <Lines runs={plain(a.text)} style={styles.actionText} />
                {a.evidence ? (
                  <LateText text={a.evidence} style={styles.actionEvidence} tally={tally} />
                ) : null}
              </View>
            </View>
          ))}
        </View>
      );
    case 'placeholder':
      return (
        <View style={styles.placeholder}>
          <Lines runs={plain(block.text)} style={styles.placeholderText} />
        </View>
      );
  }
}
