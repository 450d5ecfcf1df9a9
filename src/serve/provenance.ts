/**
 * Where each number of the reconciliation came from: the record rows behind it, selected as the
 * reconciliation selects them (its own detail tables, and for units sold the order lines the
 * reader kept the rows of, filtered like reconcile's `soldUnits`: not cancelled, in the window,
 * of the product's ASIN, directly or through its SKU).
 */
import type { Case } from '../case/schema.js';
import { buildContext } from '../reconcile/index.js';
import type { Reconciliation } from '../reconcile/types.js';
import { isLate } from '../reconcile/performance/rates.js';
import { lineCount, type Records } from '../records/types.js';
import type { NumberSource } from './types.js';
import { rangeSources, rowSources } from './sources.js';

export interface ProductSources {
  invoiced: NumberSource[];
  received: NumberSource[];
  sold: NumberSource[];
  returned: NumberSource[];
  qualityReturns: NumberSource[];
  counterfeitMentions: NumberSource[];
}

/** Sources of every product's numbers, by ASIN. */
export function productSources(
  c: Case,
  records: Records,
  rec: Reconciliation,
): Map<string, ProductSources> {
  const ctx = buildContext(c, records);
  const out = new Map<string, ProductSources>();
  const of = (asin: string) => {
    let s = out.get(asin);
    if (!s) {
      s = {
        invoiced: [],
        received: [],
        sold: [],
        returned: [],
        qualityReturns: [],
        counterfeitMentions: [],
      };
      out.set(asin, s);
    }
    return s;
  };
  const group = <T>(items: Iterable<T>, asinOf: (x: T) => string | undefined) => {
    const by = new Map<string, T[]>();
    for (const x of items) {
      const a = asinOf(x);
      if (a === undefined) continue;
      const list = by.get(a) ?? [];
      list.push(x);
      by.set(a, list);
    }
    return by;
  };
  for (const p of rec.products) of(p.asin);
  for (const [a, lines] of group(rec.detail.invoiceLines, (l) => l.asin))
    of(a).invoiced = rangeSources(
      lines.map((l) => ({
        file: l.src.file,
        ...(l.src.sheet !== undefined ? { sheet: l.src.sheet } : {}),
        rows: l.rows ?? [[l.src.row, l.src.row]],
        count: lineCount(l),
      })),
    );
  for (const [a, rows] of group(rec.detail.receipts, (r) => r.asin))
    of(a).received = rowSources(rows.map((r) => r.src));
  for (const [a, rows] of group(rec.detail.returns, (r) => r.asin)) {
    const s = of(a);
    s.returned = rowSources(rows.map((r) => r.src));
    s.qualityReturns = rowSources(rows.filter((r) => r.quality).map((r) => r.src));
    s.counterfeitMentions = rowSources(rows.filter((r) => r.counterfeit).map((r) => r.src));
  }
  if (ctx.sources.sales === 'businessReport') {
    const file = ctx.sources.businessReport?.file;
    const rows = records.businessReport.filter((r) => r.src.file === file);
    const asin = (r: (typeof rows)[number]) => {
      const a = ctx.asinOf({ asin: r.asin, sku: r.sku });
      return ctx.isProduct(a) ? a : undefined;
    };
    for (const [a, list] of group(rows, asin)) of(a).sold = rowSources(list.map((r) => r.src));
  } else if (ctx.sources.sales === 'orders') {
    const counted = (records.orderRows ?? []).filter(
      (o) => !o.cancelled && ctx.inWindow(o.date) && ctx.isProduct(ctx.asinOf(o)),
    );
    for (const [a, list] of group(counted, (o) => ctx.asinOf(o)))
      of(a).sold = rangeSources(
        list.map((o) => ({
          file: o.file,
          ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
          rows: o.rows,
          count: o.lines,
        })),
      );
  }
  return out;
}

export interface PerformanceSources {
  orders: NumberSource[];
  late: NumberSource[];
  wrongItems: NumberSource[];
}

/** Rows of the shipping log behind the performance totals (cancelled orders are not counted). */
export function performanceSources(records: Records, asOf: string): PerformanceSources {
  const rows = records.shippingLog.filter((r) => !r.cancelled);
  return {
    orders: rowSources(rows.map((r) => r.src)),
    late: rowSources(rows.filter((r) => isLate(r, asOf)).map((r) => r.src)),
    wrongItems: rowSources(rows.filter((r) => r.wrongItem).map((r) => r.src)),
  };
}
