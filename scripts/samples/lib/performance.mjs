/**
 * Builds a performance sample case (late shipments, wrong items) from a definition (see
 * ../ja-performance.mjs): a simulated shipping log (the seller's own xlsx, Japanese headers),
 * letters and a photo as documents, and case.json whose narrative numbers are computed here with
 * the same rules as src/reconcile/performance (an order counts on its ship-by date; late when
 * shipped after it; cancelled orders not counted). Nothing touches the disk here.
 */
import { caseAndPlan } from './plan.mjs';
import { prng } from './prng.mjs';
import { addDays, daysBetween, eachDay } from './dates.mjs';
import { toXlsx } from './tables.mjs';
import { letterPdf } from './pdf.mjs';
import { photoPng } from './images.mjs';
import { Canvas } from './raster.mjs';

/** Simulates the orders: [{orderId, orderDate, expected, shipped?, cancelled, wrongItem, item}]. */
export function simulateLog(def, rnd) {
  const s = def.sim;
  const away = (d) => d >= s.away.from && d <= s.away.to;
  const orders = [];
  for (const day of eachDay(s.from, s.to)) {
    const n = s.perDay[Math.floor(rnd.next() * s.perDay.length)];
    for (let k = 0; k < n; k++) {
      const handling = day >= def.performance.fixDate ? s.handlingAfter : s.handlingBefore;
      const expected = addDays(day, handling);
      const digits = () => String(Math.floor(rnd.next() * 1e7)).padStart(7, '0');
      const o = {
        orderId: `503-${digits()}-${digits()}`,
        orderDate: day,
        expected,
        cancelled: false,
        wrongItem: false,
        item: s.items[Math.floor(rnd.next() * s.items.length)].no,
        seq: k,
      };
      // The owner ships the same day or the next, never while away: then on the day back.
      let ship = addDays(day, rnd.next() < 0.55 ? 0 : 1);
      if (away(ship) || away(day)) ship = s.backOn;
      o.shipped = ship;
      orders.push(o);
    }
  }
  for (const c of s.cancelled) {
    const o = orders.find((x) => x.orderDate === c.date && x.seq === 0);
    o.cancelled = true;
    delete o.shipped;
  }
  for (const w of s.wrongItems)
    orders.find((x) => x.orderDate === w && x.seq === 0).wrongItem = true;
  for (const l of s.lateBefore) {
    const o = orders.find((x) => x.orderDate === l && x.seq === 0);
    o.shipped = addDays(o.expected, 1);
  }
  return orders;
}

function count(rows, asOf) {
  let orders = 0;
  let late = 0;
  let wrong = 0;
  for (const r of rows) {
    if (r.cancelled) continue;
    orders += 1;
    if (r.shipped !== undefined ? r.shipped > r.expected : asOf > r.expected) late += 1;
    if (r.wrongItem) wrong += 1;
  }
  return { orders, late, wrong };
}

const pct = (part, whole) => `${((part / whole) * 100).toFixed(1)}%`;

/** The numbers the narrative quotes, computed like the reconciliation. */
export function logNumbers(orders, fixDate, asOf) {
  const before = count(
    orders.filter((o) => o.expected < fixDate),
    asOf,
  );
  const after = count(
    orders.filter((o) => o.expected >= fixDate),
    asOf,
  );
  const total = count(orders, asOf);
  const last = orders
    .map((o) => o.expected)
    .sort()
    .at(-1);
  const from30 = addDays(last, -29);
  const last30 = count(
    orders.filter((o) => o.expected >= from30 && o.expected <= last),
    asOf,
  );
  const unshipped = orders.filter((o) => !o.cancelled && o.shipped === undefined).length;
  return {
    before: {
      ...before,
      rate: pct(before.late, before.orders),
      wrongRate: pct(before.wrong, before.orders),
    },
    after: { ...after, rate: pct(after.late, after.orders) },
    total: { ...total, rate: pct(total.late, total.orders) },
    last30: { ...last30, rate: pct(last30.late, last30.orders), to: last },
    unshipped,
    span: { from: orders.map((o) => o.expected).sort()[0], to: last },
  };
}

/** A photo of shelves with a number label on every bin (480 × 320 px). */
export function shelfPhoto({ bins, tag }, rnd) {
  const W = 960;
  const H = 640;
  const c = new Canvas(W, H, [222, 218, 210]);
  for (let row = 0; row < 3; row++) {
    const y = 40 + row * 190;
    c.fillRect(30, y + 150, W - 60, 14, [120, 96, 70]); // shelf board
    for (let col = 0; col < 4; col++) {
      const b = bins[row * 4 + col];
      if (!b) continue;
      const x = 50 + col * 225;
      c.fillRect(x + 6, y + 16, 190, 134, [70, 60, 50], 0.25);
      c.fillRect(x, y + 10, 190, 136, b.tone);
      c.strokeRect(x, y + 10, 190, 136, [90, 90, 90], 2);
      c.fillRect(x + 35, y + 96, 120, 40, [252, 252, 246]);
      c.strokeRect(x + 35, y + 96, 120, 40, [30, 30, 30], 2);
      c.text(b.no, x + 95, y + 124, 20, [15, 15, 15], { bold: true, align: 'center' });
      c.text(b.name, x + 95, y + 50, 15, [40, 40, 40], { align: 'center' });
    }
  }
  c.fillRect(600, 590, 340, 40, [252, 252, 248]);
  c.text(tag, 612, 617, 16, [25, 25, 30], { bold: true });
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      const n = (rnd.next() - 0.5) * 6;
      for (let k = 0; k < 3; k++) c.px[i + k] = c.px[i + k] + n;
    }
  return c.downsample(2);
}

export async function buildPerformanceCase(def) {
  const rnd = prng(def.seed);
  const files = new Map();
  const orders = simulateLog(def, rnd);
  const numbers = logNumbers(orders, def.performance.fixDate, def.buildDate);
  const pendingShipped = orders.filter(
    (o) => !o.cancelled && o.shipped === def.sim.backOn && o.expected < def.sim.backOn,
  ).length;
  const itemName = new Map(def.sim.items.map((i) => [i.no, i.name]));
  files.set(
    def.log.file,
    await toXlsx({
      sheet: def.log.sheet,
      creator: def.seller.storeName,
      columns: [
        { header: '注文番号', key: 'orderId', width: 24, text: true },
        { header: '注文日', key: 'orderDate', width: 12, date: true, numFmt: 'yyyy/mm/dd' },
        { header: '出荷予定日', key: 'expected', width: 12, date: true, numFmt: 'yyyy/mm/dd' },
        { header: '出荷日', key: 'shipped', width: 12, date: true, numFmt: 'yyyy/mm/dd' },
        { header: 'ステータス', key: 'status', width: 12 },
        { header: '商品', key: 'item', width: 28 },
        { header: '誤発送', key: 'wrong', width: 8 },
      ],
      rows: orders.map((o) => ({
        orderId: o.orderId,
        orderDate: o.orderDate,
        expected: o.expected,
        shipped: o.shipped,
        status: o.cancelled ? 'キャンセル' : o.shipped ? '出荷済み' : '未出荷',
        item: `${o.item} ${itemName.get(o.item)}`,
        wrong: o.wrongItem ? '○' : '',
      })),
    }),
  );
  if (def.check) def.check(numbers); // the narrative's claims hold for the simulated log
  const ctx = { def, orders, numbers, pendingShipped, days: daysBetween };
  for (const l of def.letters(ctx)) files.set(l.file, (await letterPdf(l)).bytes);
  const photo = def.photo(ctx);
  files.set(photo.file, photoPng(shelfPhoto(photo, rnd)));
  files.set('README.md', Buffer.from(def.readme(ctx), 'utf8'));
  const split = await caseAndPlan(def.caseJson(ctx));
  files.set('case.json', split.caseJson);
  files.set('plan.md', split.plan);
  return {
    files,
    numbers: [],
    window: numbers.span,
    performance: numbers,
    legacyCaseJson: split.legacyCaseJson,
  };
}
