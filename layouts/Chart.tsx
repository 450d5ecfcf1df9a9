/**
 * Grouped bar chart drawn as SVG from the data: light grid, value labels on the bars, a legend
 * when there is more than one series, every category labelled when the labels fit (a second
 * label line, e.g. the year, under the first). Series are told apart without colour (dark,
 * light, white with hatching) for black-and-white print.
 */
import { G, Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { BarChartModel } from '../src/compose/model.js';
import { formatNumber } from '../src/i18n/format.js';
import { FONT_FAMILY, metrics, sanitize } from '../src/render/metrics.js';
import { COLOR, SERIES_FILL, styles } from './theme.js';

/** A round axis maximum and step: 0, 50, 100 … covering `max`. */
export function niceScale(max: number, ticks = 5): { top: number; step: number } {
  if (max <= 0) return { top: ticks, step: 1 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
  return { top: Math.ceil(max / step) * step, step };
}

/** Diagonal hatching lines inside a rectangle. */
function hatch(x: number, y: number, w: number, h: number, key: string) {
  const lines = [];
  for (let k = -h; k < w; k += 3.2) {
    const s = Math.max(0, -k);
    const e = Math.min(h, w - k);
    if (s >= e) continue;
    lines.push(
      <Line
        key={`${key}-${k}`}
        x1={x + k + s}
        y1={y + h - s}
        x2={x + k + e}
        y2={y + h - e}
        stroke={COLOR.ink}
        strokeWidth={0.35}
      />,
    );
  }
  return lines;
}

export function BarChart({ chart, width }: { chart: BarChartModel; width: number }) {
  const height = chart.height ?? 190;
  const twoLines = chart.categories.some((c) => c.length > 1);
  const legendShown = chart.series.length > 1;
  const left = 40;
  const right = 6;
  const top = legendShown ? 26 : 16;
  const bottom = twoLines ? 32 : 22;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values));
  const { top: yMax, step } = niceScale(max * 1.08);
  const n = chart.categories.length || 1;
  const groupW = plotW / n;
  const gap = Math.min(groupW * 0.28, 18);
  const barW = Math.max(1.5, (groupW - gap) / chart.series.length);
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const showValues = barW >= 9;
  const labelSize = 6.8;
  const widest = Math.max(
    0,
    ...chart.categories.map((c) => metrics().width(sanitize(c[0] ?? '')) * labelSize),
  );
  const labelEvery = Math.max(1, Math.ceil((widest + 4) / groupW));
  const font = { fontFamily: FONT_FAMILY };
  const grid = [];
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    grid.push(
      <G key={`g${v}`}>
        <Line
          x1={left}
          x2={left + plotW}
          y1={y(v)}
          y2={y(v)}
          stroke={v === 0 ? COLOR.ruleStrong : COLOR.rule}
          strokeWidth={v === 0 ? 0.8 : 0.4}
        />
        <Text
          x={left - 4}
          y={y(v) + 2.5}
          textAnchor="end"
          style={{ ...font, fontSize: 6.5 }}
          fill={COLOR.muted}
        >
          {formatNumber(v, step < 1 ? 1 : 0)}
        </Text>
      </G>,
    );
  }
  const bars = chart.categories.flatMap((cat, ci) => {
    const gx = left + ci * groupW + gap / 2;
    const items = chart.series.map((s, si) => {
      const v = s.values[ci] ?? 0;
      const bx = gx + si * barW;
      const by = y(v);
      const bh = top + plotH - by;
      const fill = SERIES_FILL[si % SERIES_FILL.length]!;
      return (
        <G key={`b${ci}-${si}`}>
          <Rect
            x={bx}
            y={by}
            width={barW - 0.8}
            height={bh}
            fill={fill}
            stroke={COLOR.ink}
            strokeWidth={0.4}
          />
          {si === 2 && bh > 0 ? hatch(bx, by, barW - 0.8, bh, `h${ci}`) : null}
          {showValues ? (
            <Text
              x={bx + (barW - 0.8) / 2}
              y={by - 2.5}
              textAnchor="middle"
              style={{ ...font, fontSize: 6 }}
              fill={COLOR.ink}
            >
              {formatNumber(v)}
            </Text>
          ) : null}
        </G>
      );
    });
    if (ci % labelEvery === 0 || cat.length > 1)
      cat.forEach((line, li) =>
        items.push(
          <Text
            key={`c${ci}-${li}`}
            x={left + ci * groupW + groupW / 2}
            y={top + plotH + 12 + li * 9}
            textAnchor="middle"
            style={{ ...font, fontSize: li === 0 ? labelSize : 6.2 }}
            fill={li === 0 ? COLOR.text : COLOR.muted}
          >
            {sanitize(line)}
          </Text>,
        ),
      );
    return items;
  });
  const legend = (legendShown ? chart.series : []).map((s, si) => {
    const lx = left + si * 78;
    return (
      <G key={`l${si}`}>
        <Rect
          x={lx}
          y={6}
          width={10}
          height={8}
          fill={SERIES_FILL[si % SERIES_FILL.length]!}
          stroke={COLOR.ink}
          strokeWidth={0.4}
        />
        {si === 2 ? hatch(lx, 6, 10, 8, 'lh') : null}
        <Text x={lx + 14} y={13} style={{ ...font, fontSize: 7 }} fill={COLOR.text}>
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
        {bars}
        {legend}
        <Text
          x={width - right}
          y={legendShown ? 13 : 8}
          textAnchor="end"
          style={{ ...font, fontSize: 6.5 }}
          fill={COLOR.muted}
        >
          {sanitize(`(${chart.unit})`)}
        </Text>
      </Svg>
      {chart.note ? <Text style={styles.note}>{sanitize(chart.note)}</Text> : null}
    </View>
  );
}
