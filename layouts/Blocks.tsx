/** The blocks of a section: paragraphs, bullets, quotes, facts, tables, charts, actions. */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ReactElement } from 'react';
import type { Block, Inline } from '../src/compose/model.js';
import { sanitize } from '../src/render/metrics.js';
import { NO_HYPHENATION_PENALTY, normalizeRunBoundaries } from '../src/render/linebreak.js';
import { hasLatePage, printLatePages } from '../src/render/late.js';
import type { MeasuredTable } from '../src/render/table.js';
import type { PageTally } from './Frame.js';
import { BarChart } from './Chart.js';
import { LineChart } from './LineChart.js';
import { chunkRowsOf, TableCanvas } from './TableCanvas.js';
import { LinesCanvas, textPieces } from './SetText.js';
import { setRuns, type SetStyle } from './set-runs.js';
import { COLOR, CONTENT_WIDTH, TABLE, TYPE, styles } from './theme.js';

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
const FIRST_ROWS = 3;

export function FlowTable({ table, tally }: { table: MeasuredTable; tally: PageTally }) {
  const rows = chunkRowsOf(table, 0, table.rows.length, true);
  return (
    <View style={styles.block}>
      {table.caption ? (
        <Text
          hyphenationPenalty={NO_HYPHENATION_PENALTY}
          style={styles.caption}
          minPresenceAhead={
            table.header.height + rows.slice(0, FIRST_ROWS).reduce((h, r) => h + r.height, 0)
          }
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
        {/* the first three rows stay together: a table never starts with one or two rows */}
        <View wrap={false}>
          <TableCanvas
            table={table}
            rows={rows.slice(0, FIRST_ROWS)}
            withHeader={false}
            height={rows.slice(0, FIRST_ROWS).reduce((h, r) => h + r.height, 0)}
            tally={tally}
          />
        </View>
        {rows.slice(FIRST_ROWS).map((r, i) => (
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

/** A block as the flow places it: unbreakable pieces, or one piece react-pdf may break. */
export interface FlowPieces {
  pieces: ReactElement[];
  /** The single piece breaks across pages itself (a flowing table): a heading cannot join it. */
  breakable?: boolean;
  /** Height a heading before a breakable piece keeps with it (caption, header, first rows). */
  presence?: number;
  /** The last piece stays with what follows (a subheading). */
  keepWithNext?: boolean;
}

const BODY: SetStyle = { size: TYPE.body, leading: TYPE.bodyLeading, color: COLOR.text };
const ACTION: SetStyle = { size: TYPE.body - 0.5, leading: 1.65, color: COLOR.text };
const QUOTE: SetStyle = { size: TYPE.body - 0.5, leading: 1.7, color: COLOR.text };
const BULLET_INDENT = 14;
const NUMBER_INDENT = 20;
const ACTION_DATE_WIDTH = 96;
const QUOTE_EDGE = { border: 2.5, padX: 11, padY: 7 };

/** Rows a heading keeps with a flowing table: up to three under its caption and header. */
function tablePresence(table: MeasuredTable): number {
  let h = (table.caption ? TABLE.captionHeight : 0) + table.header.height;
  for (const r of table.rows.slice(0, 3)) h += r.height;
  return h + 1;
}

function quotePieces(label: string, text: string): ReactElement[] {
  const width = CONTENT_WIDTH - QUOTE_EDGE.border - 2 * QUOTE_EDGE.padX;
  const lines = setRuns(plain(text), width, QUOTE);
  const side: Style = {
    backgroundColor: COLOR.quoteBg,
    borderLeftWidth: QUOTE_EDGE.border,
    borderLeftColor: COLOR.accent,
    paddingLeft: QUOTE_EDGE.padX,
    paddingRight: QUOTE_EDGE.padX,
  };
  return textPieces(lines, width, QUOTE, (piece, i, n) => (
    <View
      key={i}
      wrap={false}
      style={{
        ...side,
        // the pieces of the box overlap a little: adjacent fills leave a hairline seam
        ...(i === 0
          ? { paddingTop: QUOTE_EDGE.padY, marginTop: 4 }
          : { marginTop: -1, paddingTop: 1 }),
        ...(i === n - 1 ? { paddingBottom: QUOTE_EDGE.padY, marginBottom: 10 } : {}),
      }}
    >
      {i === 0 ? (
        <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.quoteLabel}>
          {sanitize(label)}
        </Text>
      ) : null}
      {piece}
    </View>
  ));
}

/** A bulleted list, or a numbered one from `start` (its numbers in the text colour). */
function bulletPieces(items: Inline[][], start?: number): ReactElement[] {
  const indent = start === undefined ? BULLET_INDENT : NUMBER_INDENT;
  const width = CONTENT_WIDTH - indent;
  const out: ReactElement[] = [];
  items.forEach((item, k) => {
    const marker =
      start === undefined
        ? { text: '•', color: COLOR.accent }
        : { text: `${start + k}.`, color: COLOR.text };
    const lines = setRuns(item, width, BODY);
    const bottom = k === items.length - 1 ? 10 : 3;
    out.push(
      ...textPieces(
        lines,
        width,
        BODY,
        (piece, i, n) =>
          i === n - 1 ? (
            <View key={`${k}-${i}`} wrap={false} style={{ marginBottom: bottom }}>
              {piece}
            </View>
          ) : (
            piece
          ),
        { indent, marker },
      ),
    );
  });
  return out;
}

/** The pieces of a block for the flow (layouts/Report.tsx joins a heading to the first). */
export function blockPieces(
  block: Block,
  opts: { table?: MeasuredTable; split?: boolean; tally: PageTally },
): FlowPieces {
  const { table, split, tally } = opts;
  switch (block.kind) {
    case 'paragraph': {
      const lines = setRuns(block.runs, CONTENT_WIDTH, BODY);
      return {
        pieces: textPieces(lines, CONTENT_WIDTH, BODY, (piece, i, n) =>
          i === n - 1 ? (
            <View key={i} wrap={false} style={{ marginBottom: 7 }}>
              {piece}
            </View>
          ) : (
            piece
          ),
        ),
      };
    }
    case 'bullets':
      return { pieces: bulletPieces(block.items, block.start) };
    case 'subheading':
      return {
        pieces: [
          <Text key="s" hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.subheading}>
            {sanitize(block.text)}
          </Text>,
        ],
        keepWithNext: true,
      };
    case 'quote':
      return { pieces: quotePieces(block.label, block.text) };
    case 'table':
      if (!table) return { pieces: [] };
      return split
        ? {
            pieces: [<FlowTable key="t" table={table} tally={tally} />],
            breakable: true,
            presence: tablePresence(table),
          }
        : { pieces: [<TableBlock key="t" table={table} tally={tally} />] };
    case 'actions':
      return {
        pieces: block.items.map((a, i) => (
          <View
            key={i}
            style={
              i === block.items.length - 1
                ? [styles.actionRow, { marginBottom: 10 }]
                : styles.actionRow
            }
            wrap={false}
          >
            <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.actionDate}>
              {sanitize(a.date)}
            </Text>
            <View style={styles.actionBody}>
              <LinesCanvas
                lines={setRuns(plain(a.text), CONTENT_WIDTH - ACTION_DATE_WIDTH, ACTION)}
                width={CONTENT_WIDTH - ACTION_DATE_WIDTH}
                style={ACTION}
              />
              {a.evidence ? (
                <LateText text={a.evidence} style={styles.actionEvidence} tally={tally} />
              ) : null}
            </View>
          </View>
        )),
      };
    default:
      return { pieces: [<BlockView key="b" block={block} tally={tally} />] };
  }
}

/** Blocks that stay whole: facts, charts, placeholders. */
function BlockView({ block, tally: _tally }: { block: Block; tally: PageTally }) {
  switch (block.kind) {
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
    case 'chart':
      return <BarChart chart={block.chart} width={CONTENT_WIDTH} />;
    case 'lineChart':
      return <LineChart chart={block.chart} width={CONTENT_WIDTH} />;
    case 'placeholder':
      return (
        <View style={styles.placeholder} wrap={false}>
          <Lines runs={plain(block.text)} style={styles.placeholderText} />
        </View>
      );
    default:
      return null;
  }
}
