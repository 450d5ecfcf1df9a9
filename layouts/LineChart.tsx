/**
 * Line chart drawn as SVG from the data (performance cases: late shipment rate per week and over
 * 30 days). Readable in black and white: series differ by dash pattern and markers; the target
 * is a heavy dash-dot line with its label, the fix date a vertical line with its label.
 *
 * The y axis spans the data and the target with a margin. When the data reach far above the
 * target (a 100% week against a 4% target), one linear axis would flatten the target onto zero:
 * the axis is then broken, the lower part (0 to about 2.5 times the target) drawn on its own
 * scale over 60% of the height, the rest above it, with a break mark on the axis.
 */
import { G, Line, Polyline, Rect, Circle, Svg, Text, View } from '@react-pdf/renderer';
import type { LineChartModel } from '../src/compose/model.js';
import { formatNumber } from '../src/i18n/format.js';
import { FONT_FAMILY, sanitize } from '../src/render/metrics.js';
import { niceScale } from './Chart.js';
import { COLOR, styles } from './theme.js';

const DASH = { solid: undefined, dashed: '5 3', dotted: '1.2 2' } as const;
/** Share of the plot height given to the lower part of a broken axis. */
const LOW_SHARE = 0.6;

export interface YAxis {
  /** The top of the axis. */
  top: number;
  /** The lower part of a broken axis: 0 … low.top on its own scale (absent: one linear axis). */
  low?: { top: number };
  /** Values with a grid line and a label. */
  ticks: number[];
  decimals: number;
}

/**
 * The y axis for `values` and a `target`: one linear axis from 0 to a round value above both
 * with a margin, or, when the target would sit in the bottom sixth of it, a broken axis whose
 * lower part spans about 2.5 times the target.
 */
export function yAxis(values: number[], target: number | undefined, ceiling: number): YAxis {
  const max = Math.max(0, ...values);
  const linear = niceScale(Math.min(Math.max(max, target ?? 0) * 1.12, ceiling));
  const range = (from: number, to: number, step: number) => {
    const out: number[] = [];
    for (let v = from; v <= to + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
    return out;
  };
  const cap = (n: number) => Math.min(n, ceiling);
  if (!target || target * 6 >= linear.top) {
    const top = cap(linear.top);
    return {
      top,
      ticks: range(0, top, linear.step),
      decimals: linear.step < 1 ? 1 : 0,
    };
  }
  const low = niceScale(target * 2.5);
  const high = niceScale(cap(max * 1.05), 4);
  const top = cap(high.top);
  // round values of the upper part, not too near the seam for their labels
  const upper = range(high.step, top, high.step).filter((v) => v >= low.top + high.step / 2);
  return {
    top,
    low: { top: low.top },
    ticks: [...range(0, low.top, low.step), ...upper],
    decimals: low.step < 1 ? 1 : 0,
  };
}
const WIDTH = { solid: 1.4, dashed: 1.1, dotted: 1.3 } as const;

export function LineChart({ chart, width }: { chart: LineChartModel; width: number }) {
  const height = 210;
  const left = 40;
  const right = 10;
  const top = 34;
  const bottom = 24;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const scale = chart.percent ? 100 : 1;
  const axis = yAxis(
    chart.series.flatMap((s) => s.points.map((p) => p.y * scale)),
    chart.target ? chart.target.y * scale : undefined,
    chart.percent ? 100 : Infinity,
  );
  const xSpan = Math.max(1, chart.xMax);
  const x = (d: number) => left + (d / xSpan) * plotW;
  /** A value on the axis (already scaled) as a y coordinate. */
  const ya = (v: number) => {
    if (!axis.low || v <= axis.low.top)
      return top + plotH - (v / (axis.low?.top ?? axis.top)) * plotH * (axis.low ? LOW_SHARE : 1);
    const lowY = top + plotH * (1 - LOW_SHARE);
    return lowY - ((v - axis.low.top) / (axis.top - axis.low.top)) * plotH * (1 - LOW_SHARE);
  };
  const y = (v: number) => ya(v * scale);
  const font = { fontFamily: FONT_FAMILY };
  const unit = chart.percent ? '%' : '';

  const grid = axis.ticks.map((v) => (
    <G key={`g${v}`}>
      <Line
        x1={left}
        x2={left + plotW}
        y1={ya(v)}
        y2={ya(v)}
        stroke={v === 0 ? COLOR.ruleStrong : COLOR.rule}
        strokeWidth={v === 0 ? 0.8 : 0.4}
      />
      <Text
        x={left - 4}
        y={ya(v) + 2.5}
        textAnchor="end"
        style={{ ...font, fontSize: 6.5 }}
        fill={COLOR.muted}
      >
        {`${formatNumber(v, axis.decimals)}${unit}`}
      </Text>
    </G>
  ));
  // the break of a broken axis: two short slanted strokes across the axis at the seam
  const seam = axis.low ? ya(axis.low.top) : undefined;
  const breakMark =
    seam === undefined ? null : (
      <G>
        <Rect x={left - 3} y={seam - 2.5} width={6} height={5} fill="#FFFFFF" />
        <Line
          x1={left - 4}
          y1={seam - 0.5}
          x2={left + 4}
          y2={seam - 3}
          stroke={COLOR.ink}
          strokeWidth={0.6}
        />
        <Line
          x1={left - 4}
          y1={seam + 3}
          x2={left + 4}
          y2={seam + 0.5}
          stroke={COLOR.ink}
          strokeWidth={0.6}
        />
      </G>
    );

  const ticks = chart.ticks.map((t, i) => (
    <G key={`t${i}`}>
      <Line
        x1={x(t.x)}
        x2={x(t.x)}
        y1={top + plotH}
        y2={top + plotH + 3}
        stroke={COLOR.ruleStrong}
        strokeWidth={0.5}
      />
      <Text
        x={x(t.x)}
        y={top + plotH + 12}
        textAnchor="middle"
        style={{ ...font, fontSize: 6.5 }}
        fill={COLOR.text}
      >
        {sanitize(t.label)}
      </Text>
    </G>
  ));

  const lines = chart.series.map((s, si) => {
    // a line breaks where a point is missing (no orders): consecutive runs only
    const runs: { x: number; y: number }[][] = [];
    let prev: number | undefined;
    for (const p of s.points) {
      if (prev === undefined || p.x !== prev + (s.marker ? p.x - prev : 1)) runs.push([]);
      runs[runs.length - 1]!.push(p);
      prev = p.x;
    }
    return (
      <G key={`s${si}`}>
        {runs.map((run, ri) =>
          run.length > 1 ? (
            <Polyline
              key={`r${ri}`}
              points={run.map((p) => `${x(p.x).toFixed(2)},${y(p.y).toFixed(2)}`).join(' ')}
              fill="none"
              stroke={COLOR.ink}
              strokeWidth={WIDTH[s.dash]}
              strokeDasharray={DASH[s.dash]}
            />
          ) : null,
        )}
        {s.marker
          ? s.points.map((p, pi) =>
              s.marker === 'square' ? (
                <Rect
                  key={`m${pi}`}
                  x={x(p.x) - 2.2}
                  y={y(p.y) - 2.2}
                  width={4.4}
                  height={4.4}
                  fill={COLOR.ink}
                />
              ) : (
                <Circle
                  key={`m${pi}`}
                  cx={x(p.x)}
                  cy={y(p.y)}
                  r={2.3}
                  fill="#FFFFFF"
                  stroke={COLOR.ink}
                  strokeWidth={0.9}
                />
              ),
            )
          : null}
      </G>
    );
  });

  const target = chart.target ? (
    <G>
      <Line
        x1={left}
        x2={left + plotW}
        y1={y(chart.target.y)}
        y2={y(chart.target.y)}
        stroke={COLOR.ink}
        strokeWidth={1.6}
        strokeDasharray="7 2 1.5 2"
      />
      <Text
        x={left + plotW - 2}
        y={y(chart.target.y) - 3}
        textAnchor="end"
        style={{ ...font, fontSize: 7 }}
        fill={COLOR.ink}
      >
        {sanitize(chart.target.label)}
      </Text>
    </G>
  ) : null;

  const mark = chart.mark ? (
    <G>
      <Line
        x1={x(chart.mark.x)}
        x2={x(chart.mark.x)}
        y1={top - 4}
        y2={top + plotH}
        stroke={COLOR.ink}
        strokeWidth={0.9}
        strokeDasharray="3 2"
      />
      <Text x={x(chart.mark.x) + 3} y={top + 4} style={{ ...font, fontSize: 7 }} fill={COLOR.ink}>
        {sanitize(chart.mark.label)}
      </Text>
    </G>
  ) : null;

  const legend = chart.series.map((s, si) => {
    const lx = left + si * 150;
    return (
      <G key={`l${si}`}>
        <Line
          x1={lx}
          x2={lx + 20}
          y1={10}
          y2={10}
          stroke={COLOR.ink}
          strokeWidth={WIDTH[s.dash]}
          strokeDasharray={DASH[s.dash]}
        />
        {s.marker === 'square' ? (
          <Rect x={lx + 7.8} y={7.8} width={4.4} height={4.4} fill={COLOR.ink} />
        ) : s.marker === 'circle' ? (
          <Circle
            cx={lx + 10}
            cy={10}
            r={2.3}
            fill="#FFFFFF"
            stroke={COLOR.ink}
            strokeWidth={0.9}
          />
        ) : null}
        <Text x={lx + 24} y={12.5} style={{ ...font, fontSize: 7 }} fill={COLOR.text}>
          {sanitize(s.name)}
        </Text>
      </G>
    );
  });

  return (
    <View wrap={false} style={styles.block}>
      <Text style={styles.caption}>{sanitize(chart.title)}</Text>
      <Svg width={width} height={height}>
        {grid}
        {breakMark}
        {ticks}
        {target}
        {mark}
        {lines}
        {legend}
      </Svg>
      {chart.note ? <Text style={styles.note}>{sanitize(chart.note)}</Text> : null}
    </View>
  );
}
