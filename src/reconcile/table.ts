/** The reconciliation as a readable table for the terminal (colour only when asked). */
import { t, type Lang } from '../i18n/catalogue.js';
import { displayWidth } from '../export/cells.js';
import type { Reconciliation } from './types.js';

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

/** "Reconciliation: notice 2026-03-01 (…), window …": the heading of every form of the result. */
export function reconciliationTitle(rec: Reconciliation, lang: Lang): string {
  return t('reconcile.title', {
    receivedOn: rec.notice.receivedOn,
    type: rec.notice.type,
    from: rec.window.from,
    to: rec.window.to,
  })[lang];
}

/** Where units sold came from, in words. */
export function salesSource(rec: Reconciliation, lang: Lang): string {
  const s = rec.sources!;
  const b = s.businessReport;
  if (s.sales === 'businessReport' && b)
    return t('reconcile.sales.businessReport', { file: b.file, from: b.from, to: b.to })[lang];
  return t(`reconcile.sales.${s.sales}`)[lang];
}

/** The per-ASIN table, the source of received units and the findings, as lines of text. */
export function reconciliationText(rec: Reconciliation, lang: Lang, colour = false): string {
  const paint = (code: string, s: string) => (colour ? `${code}${s}${RESET}` : s);
  const out: string[] = [];
  out.push(paint(BOLD, reconciliationTitle(rec, lang)));
  const merchant = rec.sources?.fulfilment === 'merchant' && rec.receivedSource === 'none';
  out.push(
    t('reconcile.source', {
      source: t(merchant ? 'reconcile.merchant' : `reconcile.source.${rec.receivedSource}`)[lang],
    })[lang],
  );
  if (rec.sources) out.push(t('reconcile.sales', { source: salesSource(rec, lang) })[lang]);
  out.push('');
  const keys = [
    'asin',
    'cited',
    'invoiced',
    'received',
    'sold',
    'returned',
    'qualityReturns',
    'counterfeitMentions',
    'returnRate',
    'coverage',
  ];
  const header = keys.map((k) => t(`reconcile.col.${k}`)[lang]);
  const yes = t('reconcile.yes')[lang];
  const rows = rec.products.map((p) => [
    p.asin,
    p.cited ? yes : '',
    String(p.invoiced),
    p.received === null ? (merchant ? '-' : t('reconcile.unknown')[lang]) : String(p.received),
    String(p.sold),
    String(p.returned),
    String(p.qualityReturns),
    String(p.counterfeitMentions),
    pct(p.returnRate),
    pct(p.coverage),
  ]);
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))),
  );
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i > 1)).join('  ');
  out.push(paint(BOLD, line(header)));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(line(r));
  out.push('');
  if (rec.findings.length === 0) out.push(t('reconcile.noFindings')[lang]);
  else {
    out.push(paint(BOLD, t('reconcile.findings', { count: rec.findings.length })[lang]));
    for (const f of rec.findings) {
      const label = t(`severity.${f.severity}`)[lang];
      out.push(`${paint(COLOURS[f.severity], `${label} ${f.code}`)}: ${f.message[lang]}`);
    }
  }
  const count = (s: string) => rec.findings.filter((f) => f.severity === s).length;
  out.push('');
  out.push(
    t('reconcile.summary', {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    })[lang],
  );
  return `${out.join('\n')}\n`;
}
