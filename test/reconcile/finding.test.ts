/**
 * Findings of cases whose lines each name their own invoice: the first ones listed, the rest
 * counted exactly (MORE_FINDINGS), never left out silently.
 */
import { describe, expect, it } from 'vitest';
import {
  invoiceList,
  MAX_LISTED_FINDINGS,
  MAX_NAMED_INVOICES,
} from '../../src/reconcile/finding.js';
import { reconcile } from '../../src/reconcile/index.js';
import { aCase, doc, line, order, receipt, records, ret } from './builders.js';

const N = MAX_LISTED_FINDINGS + 50;
const inv = (i: number) => `INV-${String(i).padStart(4, '0')}`;

describe('findings of a rule past MAX_LISTED_FINDINGS', () => {
  it('lists the first ones, then one finding counting the rest, after them', () => {
    // one invoice with its document, N without: N DOCUMENT_MISSING, each an error
    const c = aCase({ documents: [doc('INV-DOC')] });
    const r = records({
      orders: [order({ quantity: 1 })],
      returns: [ret()],
      receipts: { ledgerDetail: [receipt({ date: '2025-04-20' })], receivedInventory: [] },
      invoiceLines: [
        line({ invoiceNumber: 'INV-DOC' }),
        ...Array.from({ length: N }, (_, i) => line({ invoiceNumber: inv(i) })),
      ],
    });
    const fs = reconcile(c, r).findings;
    const missing = fs.filter((f) => f.code === 'DOCUMENT_MISSING');
    expect(missing).toHaveLength(MAX_LISTED_FINDINGS);
    expect(missing.map((f) => f.invoice)).toEqual(
      Array.from({ length: MAX_LISTED_FINDINGS }, (_, i) => inv(i)),
    );
    const more = fs.filter((f) => f.code === 'MORE_FINDINGS');
    expect(more).toHaveLength(1);
    expect(more[0]).toMatchObject({ severity: 'error' });
    expect(more[0]!.message.en).toBe(
      `50 more findings of the same kind (DOCUMENT_MISSING) are not listed here; the first ${MAX_LISTED_FINDINGS} are.`,
    );
    // right after the rule's listed findings
    expect(fs.indexOf(more[0]!)).toBe(fs.indexOf(missing.at(-1)!) + 1);
  });

  it('names at most MAX_NAMED_INVOICES invoices in one message, and how many more', () => {
    const many = Array.from({ length: MAX_NAMED_INVOICES + 5 }, (_, i) => inv(i));
    expect(invoiceList([...many, inv(0)])).toBe(
      `${many.slice(0, MAX_NAMED_INVOICES).join(', ')} … (+5)`,
    );
    expect(invoiceList(['A', 'B', 'A'])).toBe('A, B');
  });
});
