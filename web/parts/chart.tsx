/**
 * A ReviewChart drawn as inline SVG: grouped bars for units, lines with a dashed target for
 * percent. The numbers are the report's; the page only draws them.
 */
import type { ReviewChart } from '../../src/serve/types.js';
import { label, type Ui } from '../format.js';

const W = 900;
const H = 260;
const PAD = { left: 52, right: 16, top: 18, bottom: 34 };
const COLOURS = ['#2f5d8a', '#c07a2c', '#5b8c5a', '#8a4f7d', '#6b7280'];

/** A round upper bound and its tick step for values up to `max`. */
function scale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return { top: Math.ceil(max / step) * step, step };
}

function fmt(n: number, unit: ReviewChart['unit']): string {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return unit === 'percent' ? `${s}%` : s;
}

export function Chart({ chart, ui }: { chart: ReviewChart; ui: Ui }) {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const { top, step } = scale(Math.max(0, ...values, chart.target ?? 0));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = Math.max(1, chart.labels.length);
  const band = plotW / n;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(v);
  const every = Math.ceil(n / 12);
  return (
    <figure className="chart" data-chart={chart.id}>
      <figcaption>{chart.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={chart.title}>
        {ticks.map((v) => (
          <g key={v}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="tick" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {fmt(v, chart.unit)}
            </text>
          </g>
        ))}
        {chart.labels.map((l, i) =>
          i % every === 0 ? (
            <text
              key={i}
              className="tick"
              x={PAD.left + band * (i + 0.5)}
              y={H - PAD.bottom + 16}
              textAnchor="middle"
            >
              {l}
            </text>
          ) : null,
        )}
        {chart.unit === 'units'
          ? chart.series.map((s, si) => {
              const bw = (band * 0.72) / chart.series.length;
              return s.values.map((v, i) =>
                v === null ? null : (
                  <rect
                    key={`${si}-${i}`}
                    x={PAD.left + band * i + band * 0.14 + bw * si}
                    y={y(v)}
                    width={Math.max(1, bw - 1)}
                    height={Math.max(0, y(0) - y(v))}
                    fill={COLOURS[si % COLOURS.length]}
                  >
                    <title>{`${s.name} ${chart.labels[i] ?? ''}: ${fmt(v, chart.unit)}`}</title>
                  </rect>
                ),
              );
            })
          : chart.series.map((s, si) => {
              const pts = s.values
                .map((v, i) => (v === null ? null : `${PAD.left + band * (i + 0.5)},${y(v)}`))
                .filter((p): p is string => p !== null);
              return (
                <g key={si}>
                  <polyline
                    className="series-line"
                    points={pts.join(' ')}
                    stroke={COLOURS[si % COLOURS.length]}
                  />
                  {s.values.map((v, i) =>
                    v === null ? null : (
                      <circle
                        key={i}
                        cx={PAD.left + band * (i + 0.5)}
                        cy={y(v)}
                        r={3}
                        fill={COLOURS[si % COLOURS.length]}
                      >
                        <title>{`${s.name} ${chart.labels[i] ?? ''}: ${fmt(v, chart.unit)}`}</title>
                      </circle>
                    ),
                  )}
                </g>
              );
            })}
        {chart.target !== undefined ? (
          <g>
            <line
              className="target"
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(chart.target)}
              y2={y(chart.target)}
            />
            <text
              className="target-label"
              x={W - PAD.right}
              y={y(chart.target) - 5}
              textAnchor="end"
            >
              {label(ui, 'numbers.target', { value: fmt(chart.target, chart.unit) })}
            </text>
          </g>
        ) : null}
        <line className="axis" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      </svg>
      <ul className="legend">
        {chart.series.map((s, si) => (
          <li key={si}>
            <span className={`swatch swatch-${si % COLOURS.length}`} />
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
