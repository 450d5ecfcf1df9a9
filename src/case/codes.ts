/**
 * The identifiers a reviewer matches an invoice line to a listing with: per ASIN, the seller's
 * SKUs, the JAN / EAN / UPC and the supplier product codes case.json maps to it
 * (records.productCodes), optionally only those of one supplier.
 */
import type { Case } from './schema.js';

export interface ProductCodes {
  asin: string;
  skus: string[];
  jan?: string;
  /** Supplier product codes, each with the supplier id when case.json names one. */
  codes: { code: string; supplierId?: string }[];
}

/** The codes of `asin`; with `supplierId`, only that supplier's codes and those naming none. */
export function productCodesOf(c: Case, asin: string, supplierId?: string): ProductCodes {
  const p = c.products.find((x) => x.asin === asin);
  const seen = new Set<string>();
  const codes: ProductCodes['codes'] = [];
  for (const pc of c.records.productCodes) {
    if (pc.asin !== asin) continue;
    if (supplierId !== undefined && pc.supplierId !== undefined && pc.supplierId !== supplierId)
      continue;
    const key = `${pc.supplierId ?? ''}\u0000${pc.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    codes.push({
      code: pc.code,
      ...(pc.supplierId !== undefined ? { supplierId: pc.supplierId } : {}),
    });
  }
  return { asin, skus: p?.skus ?? [], ...(p?.jan ? { jan: p.jan } : {}), codes };
}
