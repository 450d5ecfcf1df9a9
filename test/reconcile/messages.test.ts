/** The reconcile messages: both languages filled, the same placeholders in each. */
import { describe, expect, it } from 'vitest';
import { messageKeys, t } from '../../src/i18n/catalogue.js';

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\b)/g)].map((m) => m[1]).sort();

describe('reconcile messages', () => {
  const keys = messageKeys().filter((k) => k.startsWith('reconcile.'));
  it('exist for every finding code and variant', () => {
    for (const k of [
      'reconcile.INVOICE_SHORTFALL',
      'reconcile.NO_INVOICE',
      'reconcile.RECEIVED_BEFORE_INVOICED.shipment',
      'reconcile.RECEIVED_BEFORE_INVOICED.shipment.more',
      'reconcile.RECEIVED_BEFORE_INVOICED.noShipment',
      'reconcile.RECEIVED_BEFORE_INVOICED.noShipment.more',
      'reconcile.RECEIPTS_NOT_PROVIDED',
      'reconcile.RETURNS_NOT_PROVIDED',
      'reconcile.BUSINESS_REPORT_RANGE.range',
      'reconcile.BUSINESS_REPORT_RANGE.unknown',
      'reconcile.ROLL_FORWARD_GAP',
      'reconcile.COMPLAINT_NOT_INSPECTED.lpn',
      'reconcile.COMPLAINT_NOT_INSPECTED.noLpn',
      'reconcile.INVOICE_OUTSIDE_WINDOW.before',
      'reconcile.INVOICE_OUTSIDE_WINDOW.after',
      'reconcile.INVOICE_NOT_FINAL.quote',
      'reconcile.INVOICE_NOT_FINAL.proforma',
      'reconcile.INVOICE_NOT_FINAL.order-confirmation',
      'reconcile.SUPPLIER_INCOMPLETE',
      'reconcile.SUPPLIER_INCOMPLETE.unknown',
      'reconcile.SUPPLIER_NOT_ACCEPTED.retailer',
      'reconcile.SUPPLIER_NOT_ACCEPTED.marketplace',
      'reconcile.BUYER_MISMATCH',
      'reconcile.DOCUMENT_MISSING',
      'reconcile.DOCUMENT_TYPE',
      'reconcile.COUNTERFEIT_MENTION',
      'reconcile.MORE_FINDINGS',
    ])
      expect(keys).toContain(k);
  });
  it.each(keys)('%s has both languages and the same placeholders', (k) => {
    const m = t(k);
    expect(m.ja.trim()).not.toBe('');
    expect(m.en.trim()).not.toBe('');
    expect(placeholders(m.ja)).toEqual(placeholders(m.en));
  });
});
