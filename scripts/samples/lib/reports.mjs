/** Amazon report files in their real column order (amazon-appeals.md §3). */
import { stamp } from './dates.mjs';
import { toTsv } from './tables.mjs';

export const ALL_ORDERS_HEADER = [
  'amazon-order-id',
  'merchant-order-id',
  'purchase-date',
  'last-updated-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'order-channel',
  'ship-service-level',
  'product-name',
  'sku',
  'asin',
  'item-status',
  'quantity',
  'currency',
  'item-price',
  'item-tax',
  'shipping-price',
  'shipping-tax',
  'gift-wrap-price',
  'gift-wrap-tax',
  'item-promotion-discount',
  'ship-promotion-discount',
  'ship-city',
  'ship-state',
  'ship-postal-code',
  'ship-country',
  'promotion-ids',
  'is-business-order',
  'purchase-order-number',
  'price-designation',
  // Buyer columns some report variants carry: they must never reach an output.
  'buyer-email',
  'recipient-name',
];

/** m: {offset, salesChannel, currency, country, titleOf(asin), taxOf(price)} */
export function allOrdersTsv(orders, m) {
  const rows = orders.map((o) => {
    const cancelled = o.status === 'Cancelled';
    const price = cancelled ? '' : m.money(o.price * o.qty);
    return [
      o.orderId,
      '',
      stamp(o.date, o.time, m.offset),
      stamp(o.date, Math.min(o.time + 3600 * 9, 86399), m.offset),
      o.status,
      'Amazon',
      m.salesChannel,
      '',
      o.qty === 2 ? 'Expedited' : 'Standard',
      m.titleOf(o.asin),
      o.sku,
      o.asin,
      cancelled ? 'Cancelled' : 'Shipped',
      o.qty,
      m.currency,
      price,
      cancelled ? '' : m.money(m.taxOf(o.price * o.qty)),
      cancelled ? '' : m.money(0),
      cancelled ? '' : m.money(0),
      '',
      '',
      '',
      '',
      o.buyer.city,
      o.buyer.state,
      o.buyer.postal,
      m.country,
      '',
      'false',
      '',
      '',
      o.buyer.email,
      o.buyer.name,
    ];
  });
  return toTsv(ALL_ORDERS_HEADER, rows);
}

export const RETURNS_HEADER = [
  'return-date',
  'order-id',
  'sku',
  'asin',
  'fnsku',
  'product-name',
  'quantity',
  'fulfillment-center-id',
  'detailed-disposition',
  'reason',
  'status',
  'license-plate-number',
  'customer-comments',
];

export function returnsTsv(returns, m) {
  const header =
    m.orderIdHeader === 'amazon-order-id'
      ? RETURNS_HEADER.map((h) => (h === 'order-id' ? 'amazon-order-id' : h))
      : RETURNS_HEADER;
  const rows = returns.map((r) => [
    stamp(r.date, r.time, m.offset),
    r.orderId,
    r.sku,
    r.asin,
    r.fnsku,
    m.titleOf(r.asin),
    r.qty,
    r.fc,
    r.disposition,
    r.reason,
    r.status,
    r.lpn,
    r.comment,
  ]);
  return toTsv(header, rows);
}

export const LEDGER_HEADER = [
  'Date',
  'FNSKU',
  'ASIN',
  'MSKU',
  'Title',
  'Event Type',
  'Reference ID',
  'Quantity',
  'Fulfillment Center',
  'Disposition',
  'Reason',
  'Country',
  'Reconciled Quantity',
  'Unreconciled Quantity',
];

/** Inventory Ledger (detail): receipts, customer shipments, customer returns and removals. */
export function ledgerTsv(sim, m) {
  const ev = [];
  const p = (asin) => m.product(asin);
  for (const r of sim.receipts)
    ev.push([r.date, 0, p(r.asin), 'Receipts', r.shipmentId, r.qty, r.fc, 'SELLABLE', '']);
  for (const s of sim.shipments)
    ev.push([s.date, 1, p(s.asin), 'Shipments', s.ref, -s.qty, s.fc, 'SELLABLE', '']);
  for (const r of sim.returns)
    ev.push([r.date, 2, p(r.asin), 'CustomerReturns', r.orderId, r.qty, r.fc, r.disposition, '']);
  for (const r of sim.removals)
    ev.push([r.date, 3, p(r.asin), 'VendorReturns', r.ref, -r.qty, m.removalFc, r.disposition, '']);
  ev.sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] - b[1]));
  const rows = ev.map(([date, , prod, type, ref, qty, fc, disp, reason]) => [
    m.date(date),
    prod.fnsku,
    prod.asin,
    prod.sku,
    prod.reportTitle,
    type,
    ref,
    qty,
    fc,
    disp,
    reason,
    m.country,
    qty,
    0,
  ]);
  return toTsv(LEDGER_HEADER, rows);
}

export const LEDGER_SUMMARY_HEADER = [
  'Date',
  'FNSKU',
  'ASIN',
  'MSKU',
  'Title',
  'Disposition',
  'Starting Warehouse Balance',
  'In Transit Between Warehouses',
  'Receipts',
  'Customer Shipments',
  'Customer Returns',
  'Vendor Returns',
  'Warehouse Transfer In/Out',
  'Found',
  'Lost',
  'Damaged',
  'Disposed',
  'Other Events',
  'Ending Warehouse Balance',
  'Unknown Events',
  'Location',
];

/**
 * Inventory Ledger (summary), monthly (MM/YYYY), one row per product, disposition and month
 * from the first event of that series: the same events as the detail view, balances carried
 * from month to month, so the roll-forward ties by construction.
 */
export function ledgerSummaryTsv(sim, m) {
  const series = new Map(); // asin|disposition -> Map(month -> movements)
  const add = (asin, disp, date, field, qty) => {
    const k = `${asin}|${disp}`;
    if (!series.has(k)) series.set(k, new Map());
    const months = series.get(k);
    const mo = date.slice(0, 7);
    if (!months.has(mo)) months.set(mo, { receipts: 0, shipments: 0, returns: 0, removals: 0 });
    months.get(mo)[field] += qty;
  };
  for (const r of sim.receipts) add(r.asin, 'SELLABLE', r.date, 'receipts', r.qty);
  for (const s of sim.shipments) add(s.asin, 'SELLABLE', s.date, 'shipments', -s.qty);
  for (const r of sim.returns) add(r.asin, r.disposition, r.date, 'returns', r.qty);
  for (const r of sim.removals) add(r.asin, r.disposition, r.date, 'removals', -r.qty);
  const allMonths = [...new Set([...series.values()].flatMap((ms) => [...ms.keys()]))].sort();
  const last = allMonths[allMonths.length - 1];
  const rows = [];
  for (const k of [...series.keys()].sort()) {
    const [asin, disp] = k.split('|');
    const prod = m.product(asin);
    const months = series.get(k);
    const first = [...months.keys()].sort()[0];
    let balance = 0;
    for (const mo of allMonths) {
      if (mo < first || mo > last) continue;
      const v = months.get(mo) ?? { receipts: 0, shipments: 0, returns: 0, removals: 0 };
      const start = balance;
      balance = start + v.receipts + v.shipments + v.returns + v.removals;
      rows.push([
        `${mo.slice(5, 7)}/${mo.slice(0, 4)}`,
        prod.fnsku,
        prod.asin,
        prod.sku,
        prod.reportTitle,
        disp,
        start,
        0,
        v.receipts,
        v.shipments,
        v.returns,
        v.removals,
        0,
        0,
        0,
        0,
        0,
        0,
        balance,
        0,
        m.country,
      ]);
    }
  }
  rows.sort((a, b) => {
    const ka = `${a[0].slice(3)}-${a[0].slice(0, 2)} ${a[2]} ${a[5]}`;
    const kb = `${b[0].slice(3)}-${b[0].slice(0, 2)} ${b[2]} ${b[5]}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return toTsv(LEDGER_SUMMARY_HEADER, rows);
}
