/**
 * Running text set by src/render/typeset.ts (phrase-aware breaks, 両端揃え) and painted line by
 * line on canvases, so that what was measured is what is drawn. A paragraph becomes a few
 * unbreakable pieces for react-pdf's pagination: its first two lines together, its last two
 * together (no orphan or widow line), the lines between one by one.
 */
import { Canvas, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ReactElement } from 'react';
import type { Inline } from '../src/compose/model.js';
import { pdfFont } from '../src/render/fonts.js';
import type { SetLine } from '../src/render/typeset.js';
import { setRuns, type SetStyle } from './set-runs.js';
import type { Painter } from './TableCanvas.js';

/** A list marker painted before the first line, `indent` points left of the text. */
export interface Marker {
  text: string;
  color: string;
}

function paintLines(
  p: Painter,
  lines: SetLine[],
  style: SetStyle,
  indent = 0,
  marker?: Marker,
): void {
  const lh = style.size * style.leading;
  // react-pdf sets a line's glyphs at the top of its line box (leading below): so do we, so that
  // set text lines up with the texts react-pdf lays out beside it (a bullet, a date)
  const drop = 0;
  let bold: boolean | undefined;
  if (marker) {
    // painted with the lines (not as a text beside them), so that text extraction reads it first
    p.font(pdfFont(false)).fontSize(style.size).fillColor(marker.color);
    p.text(marker.text, 0, drop, { lineBreak: false });
    bold = false;
  }
  p.fillColor(style.color);
  lines.forEach((line, i) => {
    for (const piece of line.pieces) {
      if (piece.bold !== bold) {
        p.font(pdfFont(piece.bold)).fontSize(style.size);
        bold = piece.bold;
      }
      p.text(piece.text, indent + piece.x, i * lh + drop, {
        lineBreak: false,
        ...(piece.spacing ? { characterSpacing: piece.spacing } : {}),
      });
    }
  });
}

/** Set lines drawn on one canvas (never split across pages). */
export function LinesCanvas({
  lines,
  width,
  style,
  box,
  indent = 0,
  marker,
}: {
  lines: SetLine[];
  /** Width of the canvas (the lines' measure plus `indent`). */
  width: number;
  style: SetStyle;
  box?: Style;
  indent?: number;
  marker?: Marker;
}) {
  return (
    <Canvas
      {...({ wrap: false } as object)}
      style={{ width, height: lines.length * style.size * style.leading, ...box }}
      paint={(painter) => {
        paintLines(painter as unknown as Painter, lines, style, indent, marker);
        return null;
      }}
    />
  );
}

/** Line ranges of the pieces of a paragraph of `n` lines: first two and last two together. */
export function pieceRanges(n: number): [number, number][] {
  if (n <= 3) return [[0, n]];
  const out: [number, number][] = [[0, 2]];
  for (let i = 2; i < n - 2; i++) out.push([i, i + 1]);
  out.push([n - 2, n]);
  return out;
}

/**
 * A paragraph as pieces for the flow; `wrapPiece` may dress each piece (a quote's box, a
 * bullet's indent): it gets the piece, its index and the number of pieces.
 */
export function textPieces(
  lines: SetLine[],
  width: number,
  style: SetStyle,
  wrapPiece: (piece: ReactElement, index: number, count: number) => ReactElement = (p) => p,
  opts: { indent?: number; marker?: Marker } = {},
): ReactElement[] {
  const ranges = pieceRanges(lines.length);
  const indent = opts.indent ?? 0;
  return ranges.map(([a, b], i) =>
    wrapPiece(
      <LinesCanvas
        key={`l${a}`}
        lines={lines.slice(a, b)}
        width={width + indent}
        style={style}
        indent={indent}
        marker={i === 0 ? opts.marker : undefined}
      />,
      i,
      ranges.length,
    ),
  );
}

/** A plain block of set lines (flush left or justified) that stays in one piece. */
export function SetBlock({
  runs,
  width,
  style,
  justify = false,
  box,
}: {
  runs: Inline[];
  width: number;
  style: SetStyle;
  justify?: boolean;
  box?: Style;
}) {
  const lines = setRuns(runs, width, style, justify);
  return (
    <View style={box}>
      <LinesCanvas lines={lines} width={width} style={style} />
    </View>
  );
}
