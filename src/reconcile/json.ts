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
