/**
 * Line chart drawn as SVG from the data (performance cases: late shipment rate per week and over
 * 30 days). Readable in black and white: series differ by dash pattern and markers; the target
 * is a heavy dash-dot line with its label, the fix date a vertical line with its label.
 */
import { G, Line, Polyline, Rect, Circle, Svg, Text, View } from '@react-pdf/renderer';
import type { LineChartModel } from '../src/compose/model.js';
import { formatNumber } from '../src/i18n/format.js';
import { FONT_FAMILY, sanitize } from '../src/render/fonts.js';
import { niceScale } from './Chart.js';
import { COLOR, styles } from './theme.js';

const DASH = { solid: undefined, dashed: '5 3', dotted: '1.2 2' } as const;
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
  const ys = chart.series.flatMap((s) => s.points.map((p) => p.y * scale));
  const max = Math.max(0, ...ys, (chart.target?.y ?? 0) * scale * 1.6);
  // rates: a round top with some headroom, never above 100%
  const nice = niceScale(chart.percent ? Math.min(max, 100) : max * 1.05);
  const step = nice.step;
  const yMax = chart.percent ? Math.min(nice.top, 100) : nice.top;
  const xSpan = Math.max(1, chart.xMax);
  const x = (d: number) => left + (d / xSpan) * plotW;
  const y = (v: number) => top + plotH - ((v * scale) / yMax) * plotH;
  const font = { fontFamily: FONT_FAMILY };
  const unit = chart.percent ? '%' : '';

  const grid = [];
  for (let v = 0; v <= yMax + 1e-9; v += step)
    grid.push(
      <G key={`g${v}`}>
        <Line
          x1={left}
          x2={left + plotW}
          y1={top + plotH - (v / yMax) * plotH}
          y2={top + plotH - (v / yMax) * plotH}
          stroke={v === 0 ? COLOR.ruleStrong : COLOR.rule}
          strokeWidth={v === 0 ? 0.8 : 0.4}
        />
        <Text
          x={left - 4}
          y={top + plotH - (v / yMax) * plotH + 2.5}
          textAnchor="end"
          style={{ ...font, fontSize: 6.5 }}
          fill={COLOR.muted}
        >
          {`${formatNumber(v, step < 1 ? 1 : 0)}${unit}`}
        </Text>
      </G>,
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
