/**
 * reconcile: the case and its records → per-ASIN numbers, detail tables and findings. Pure: no
 * clock, no files, no environment; the same input gives the same output, findings in a fixed
 * order (severity, then the order of the rules below, then ASIN, invoice, supplier, file, date).
 */
import type { Case } from '../case/schema.js';
import type { Records } from '../records/types.js';
import { buildContext, type Ctx } from './context.js';
import { reconcilePerformanceCase } from './performance/case.js';
import { monthlyRows, productNumbers } from './numbers.js';
import { buyerMismatch } from './rules/buyerMismatch.js';
import { counterfeitMention } from './rules/counterfeitMention.js';
import { documentMissing } from './rules/documentMissing.js';
import { documentType } from './rules/documentType.js';
import { invoiceNotFinal } from './rules/invoiceNotFinal.js';
import { invoiceOutsideWindow } from './rules/invoiceOutsideWindow.js';
import { invoiceShortfall } from './rules/invoiceShortfall.js';
import { noInvoice } from './rules/noInvoice.js';
import { receivedBeforeInvoiced } from './rules/receivedBeforeInvoiced.js';
import { supplierIncomplete } from './rules/supplierIncomplete.js';
import { supplierNotAccepted } from './rules/supplierNotAccepted.js';
import {
  businessReportRange,
  receiptsNotProvided,
  returnsNotProvided,
} from './rules/missingSources.js';
import { rollForwardGap } from './rules/rollForwardGap.js';
import { complaintNotInspected } from './rules/complaintNotInspected.js';
import { traceUnits } from './trace.js';
import { rollForward } from './rollForward.js';
import { complaintUnits } from './complaints.js';
import { ownStock } from './ownStock.js';
import type { Finding, Reconciliation } from './types.js';

export type Rule = (ctx: Ctx) => Finding[];

/** The finding rules, in the order their findings are listed (within a severity). */
export const RULES: readonly Rule[] = [
  receiptsNotProvided,
  returnsNotProvided,
  businessReportRange,
  invoiceShortfall,
  noInvoice,
  receivedBeforeInvoiced,
  invoiceOutsideWindow,
  invoiceNotFinal,
  supplierIncomplete,
  supplierNotAccepted,
  buyerMismatch,
  documentMissing,
  documentType,
  counterfeitMention,
  complaintNotInspected,
  rollForwardGap,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

const cmp = (a: string | undefined, b: string | undefined) =>
  (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;

const isMore = (f: Finding) => (f.code === 'MORE_FINDINGS' ? 1 : 0);

/**
 * Sorts findings by severity, rule, ASIN, invoice, supplier, file, date, message; the count of
 * a rule's findings not listed (MORE_FINDINGS) after that rule's listed ones.
 */
export function sortFindings(findings: { f: Finding; rule: number }[]): Finding[] {
  return findings
    .sort(
      (x, y) =>
        SEVERITY_ORDER[x.f.severity] - SEVERITY_ORDER[y.f.severity] ||
        x.rule - y.rule ||
        isMore(x.f) - isMore(y.f) ||
        cmp(x.f.asin, y.f.asin) ||
        cmp(x.f.invoice, y.f.invoice) ||
        cmp(x.f.supplier, y.f.supplier) ||
        cmp(x.f.file, y.f.file) ||
        cmp(x.f.date, y.f.date) ||
        cmp(x.f.message.en, y.f.message.en),
    )
    .map((x) => x.f);
}

/**
 * `asOf` (YYYY-MM-DD) is the day the numbers are taken at: the build or check date. Performance
 * cases need it (an order still unshipped after its ship-by date is late); without it they use
 * the last date of the shipping log. Authenticity cases ignore it.
 */
export function reconcile(c: Case, records: Records, asOf?: string): Reconciliation {
  if (c.kind === 'performance') return reconcilePerformanceCase(c, records, asOf);
  const base = buildContext(c, records);
  const rf = rollForward(base);
  const own = ownStock(base);
  // assigned onto base, not spread: a spread would read (and so make) the counted and excluded
  // tables, which only the detail below hands out, on first use
  const traces = traceUnits(base);
  const ctx: Ctx = Object.assign(base, {
    numbers: productNumbers(base),
    trace: traces.trace,
    invoicedBy: traces.invoicedBy,
    ...(rf ? { rollForward: rf } : {}),
    complaints: complaintUnits(base),
  });
  const findings = sortFindings(RULES.flatMap((rule, i) => rule(ctx).map((f) => ({ f, rule: i }))));
  return {
    notice: {
      receivedOn: c.notice.receivedOn,
      type: c.notice.type,
      citedAsins: [...c.notice.citedAsins],
    },
    window: ctx.window,
    receivedSource: ctx.receivedSource,
    products: ctx.numbers,
    findings,
    sources: ctx.sources,
    trace: ctx.trace,
    ...(ctx.rollForward ? { rollForward: ctx.rollForward } : {}),
    complaintUnits: ctx.complaints,
    ...(own ? { ownStock: own } : {}),
    detail: {
      get invoiceLines() {
        return ctx.counted;
      },
      get excludedInvoiceLines() {
        return ctx.excluded;
      },
      receipts: ctx.receipts,
      returns: ctx.returns,
      monthly: monthlyRows(base),
    },
  };
}

export { buildContext } from './context.js';
export { mentionsFake, isQualityReason } from './returns.js';
export { companyKey, foldText } from './normalise.js';
export type * from './types.js';
