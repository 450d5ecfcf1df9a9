/** The fixed JSON shape of `reconcile --json`, messages in one language. */
import type { Lang } from '../i18n/catalogue.js';
import { performanceJson } from './performance/json.js';
import type { Reconciliation } from './types.js';

export function reconciliationJson(rec: Reconciliation, lang: Lang) {
  return {
    notice: rec.notice,
    window: rec.window,
    products: rec.products.map((p) => ({
      asin: p.asin,
      skus: p.skus,
      cited: p.cited,
      invoiced: p.invoiced,
      received: p.received,
      sold: p.sold,
      returned: p.returned,
      qualityReturns: p.qualityReturns,
      counterfeitMentions: p.counterfeitMentions,
      returnRate: p.returnRate,
      coverage: p.coverage,
    })),
    // authenticity cases: where each number came from, and the traces of the cited ASINs
    ...(rec.sources ? { sources: rec.sources } : {}),
    ...(rec.trace
      ? {
          trace: rec.trace
            .filter((x) => x.cited)
            .map((x) => ({
              asin: x.asin,
              invoiced: x.invoiced,
              received: x.received,
              invoices: x.invoices.map((i) => ({
                invoice: i.invoice,
                date: i.date,
                supplier: i.supplierId ?? i.supplier,
                units: i.units,
                counted: i.counted,
                receipts: i.covers,
                remaining: i.remaining,
              })),
              ...(x.more ? { moreInvoices: x.more } : {}),
              receivedBeforeInvoiced: x.uncovered,
            })),
        }
      : {}),
    ...(rec.trace ? { rollForward: (rec.rollForward ?? []).filter((r) => r.cited) } : {}),
    ...(rec.complaintUnits
      ? {
          complaintUnits: rec.complaintUnits.map((u) => ({
            asin: u.asin,
            date: u.date,
            orderId: u.orderId,
            lpn: u.lpn ?? null,
            units: u.quantity,
            reason: u.reason,
            disposition: u.disposition ?? null,
            status: u.status ?? null,
            outcome: u.outcome,
            inspection: u.inspection ?? null,
          })),
        }
      : {}),
    ...(rec.ownStock ? { ownStock: rec.ownStock.filter((o) => o.cited) } : {}),
    findings: rec.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message[lang],
      ...(f.asin !== undefined ? { asin: f.asin } : {}),
      ...(f.invoice !== undefined ? { invoice: f.invoice } : {}),
      ...(f.supplier !== undefined ? { supplier: f.supplier } : {}),
      ...(f.file !== undefined ? { file: f.file } : {}),
    })),
    // performance cases only
    ...(rec.performance ? { performance: performanceJson(rec.performance) } : {}),
  };
}
