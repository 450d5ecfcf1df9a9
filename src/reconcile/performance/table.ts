/** A performance case's reconciliation as text for the terminal: rates, weeks, findings. */
import { t, type Lang } from '../../i18n/catalogue.js';
import { displayWidth } from '../../export/cells.js';
import type { Reconciliation } from '../types.js';
import type { PerformanceReconciliation, RateCount } from './types.js';

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

export const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))),
  );
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, widths[i]! - displayWidth(s)));
    return i === 0 ? s + fill : fill + s;
  };
  return [
    header.map(pad).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => r.map(pad).join('  ')),
  ];
}

const cells = (r: RateCount) => [
  String(r.orders),
  String(r.late),
  pct(r.lateRate),
  String(r.wrongItems),
  pct(r.wrongItemRate),
];

export function performanceText(
  rec: Reconciliation,
  p: PerformanceReconciliation,
  lang: Lang,
  colour = false,
): string {
  const paint = (code: string, s: string) => (colour ? `${code}${s}${RESET}` : s);
  const m = (key: string, params?: Record<string, string | number>) => t(key, params)[lang];
  const out: string[] = [];
  out.push(
    paint(
      BOLD,
      m('perf.text.title', {
        receivedOn: rec.notice.receivedOn,
        type: rec.notice.type,
        fixDate: p.fixDate,
        asOf: p.asOf,
      }),
    ),
  );
  out.push(
    p.span ? m('perf.text.span', { from: p.span.from, to: p.span.to }) : m('perf.noShippingLog'),
  );
  out.push('');
  const header = [
    '',
    m('perf.col.orders'),
    m('perf.col.late'),
    m('perf.col.lateRate'),
    m('perf.col.wrongItems'),
    m('perf.col.wrongItemRate'),
  ];
  const [head, rule, ...body] = table(header, [
    [m('perf.row.before', { fixDate: p.fixDate }), ...cells(p.before)],
    [m('perf.row.after', { fixDate: p.fixDate }), ...cells(p.after)],
    [m('perf.row.total'), ...cells(p.total)],
  ]);
  out.push(paint(BOLD, head!), rule!, ...body);
  out.push('');
  for (const w of [p.latest.days10, p.latest.days30])
    if (w)
      out.push(
        m('perf.text.rolling', {
          days: w.days,
          date: w.date,
          late: w.late,
          orders: w.orders,
          rate: pct(w.lateRate),
        }),
      );
  out.push(m('perf.text.target', { target: pct(p.target) }));
  out.push(m('perf.text.unshipped', { count: p.unshipped.length }));
  out.push('');
  const [wh, wr, ...wb] = table(
    [m('perf.col.week'), ...header.slice(1)],
    p.weekly.map((w) => [w.weekStart, ...cells(w)]),
  );
  out.push(paint(BOLD, wh!), wr!, ...wb);
  out.push('');
  if (rec.findings.length === 0) out.push(m('reconcile.noFindings'));
  else {
    out.push(paint(BOLD, m('reconcile.findings', { count: rec.findings.length })));
    for (const f of rec.findings) {
      const label = m(`severity.${f.severity}`);
      out.push(`${paint(COLOURS[f.severity], `${label} ${f.code}`)}: ${f.message[lang]}`);
    }
  }
  const count = (s: string) => rec.findings.filter((f) => f.severity === s).length;
  out.push('');
  out.push(
    m('reconcile.summary', {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    }),
  );
  return `${out.join('\n')}\n`;
}
