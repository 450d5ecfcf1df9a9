/**
 * A missing source is a finding, not a zero (errors in an authenticity case):
 * RECEIPTS_NOT_PROVIDED — an FBA seller gave no receipts report (Inventory Ledger or Received
 * Inventory), so units received are unknown and coverage cannot be judged;
 * RETURNS_NOT_PROVIDED — no FBA customer returns report, so return sections have no data.
 */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

export function receiptsNotProvided(ctx: Ctx): Finding[] {
  if (ctx.sources.fulfilment !== 'fba' || ctx.receivedSource !== 'none') return [];
  const cited = ctx.products.filter((p) => p.cited).map((p) => p.asin);
  return [
    finding(
      'RECEIPTS_NOT_PROVIDED',
      'error',
      { asins: cited.join(', ') || '-' },
      { file: 'records/' },
    ),
  ];
}

export function returnsNotProvided(ctx: Ctx): Finding[] {
  if (ctx.sources.returns !== 'none') return [];
  return [
    finding(
      'RETURNS_NOT_PROVIDED',
      'error',
      { from: ctx.window.from, to: ctx.window.to },
      { file: 'records/' },
    ),
  ];
}

/** BUSINESS_REPORT_RANGE: the only sales source is a Business Report not known to cover the window. */
export function businessReportRange(ctx: Ctx): Finding[] {
  const b = ctx.sources.businessReport;
  if (!b || b.covers) return [];
  const variant = b.from && b.to ? 'range' : 'unknown';
  return [
    finding(
      'BUSINESS_REPORT_RANGE',
      'error',
      {
        file: b.file,
        reportFrom: b.from ?? '',
        reportTo: b.to ?? '',
        from: ctx.window.from,
        to: ctx.window.to,
      },
      { file: b.file },
      { variant },
    ),
  ];
}
