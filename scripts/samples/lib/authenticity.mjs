/**
 * Builds a complete authenticity sample case from a definition (see ../ja-authenticity.mjs):
 * simulated records in Amazon's formats, supplier invoices (PDF, one scanned JPEG), delivery
 * notes, letters, a photo and case.json whose narrative numbers come from the same simulation.
 * Returns the files as {path → bytes} and the per-ASIN numbers; nothing touches the disk here.
 */
import { caseAndPlan } from './plan.mjs';
import { complaintReturns } from './complaints.mjs';
import { prng } from './prng.mjs';
import { simulate, windowNumbers } from './simulate.mjs';
import { addDays } from './dates.mjs';
import { allOrdersTsv, ledgerSummaryTsv, ledgerTsv, returnsTsv } from './reports.mjs';
import { encodeCp932, encodeWindows1252 } from './cp932.mjs';
import { toXlsx } from './tables.mjs';
import { invoicePdf, letterPdf } from './pdf.mjs';
import { exifBlock, photoPng, scanJpeg } from './images.mjs';
import { inspectionPhoto, paperInvoice } from './drawings.mjs';

function encode(text, encoding) {
  if (encoding === 'cp932') return encodeCp932(text);
  if (encoding === 'windows-1252') return encodeWindows1252(text);
  if (encoding === 'utf-8-bom') return Buffer.from(`\ufeff${text}`, 'utf8');
  return Buffer.from(text, 'utf8');
}

export async function buildAuthenticityCase(def) {
  const rnd = prng(def.seed);
  const files = new Map();
  const windowTo = def.notice.receivedOn;
  const windowFrom = addDays(windowTo, -365);
  const product = (asin) => def.products.find((p) => p.asin === asin);
  const supplier = (id) => def.suppliers.find((s) => s.id === id);

  // Invoice lines: the ASIN products plus the supplier's other goods on the same invoice.
  const invoices = def.invoices.map((inv) => ({
    ...inv,
    lines: inv.lines.map((l) => ({ ...l })),
  }));

  const sim = simulate({
    rnd,
    from: def.sim.from,
    to: def.sim.to,
    blocked: def.sim.blocked,
    products: def.products,
    invoices,
    fcs: def.sim.fcs,
    reasons: def.sim.reasons,
    comments: def.sim.comments,
    scriptedReturns: def.sim.scriptedReturns,
    returnsUntil: def.sim.returnsUntil,
    orderId: def.sim.orderId,
    buyer: def.sim.buyer,
    removal: def.sim.removal,
    shipmentRef: def.sim.shipmentRef,
    lpn: def.sim.lpn,
  });
  const numbers = windowNumbers({
    products: def.products,
    invoices,
    sim,
    from: windowFrom,
    to: windowTo,
    cited: def.notice.citedAsins,
  });
  const byAsin = Object.fromEntries(numbers.map((n) => [n.asin, n]));

  // Records.
  const money = def.currency === 'JPY' ? (n) => String(Math.round(n)) : (n) => n.toFixed(2);
  const reportMeta = {
    offset: def.offset,
    salesChannel: def.salesChannel,
    currency: def.currency,
    country: def.country,
    money,
    taxOf: def.taxOf,
    titleOf: (asin) => product(asin).reportTitle,
    orderIdHeader: def.records.returnsOrderIdHeader,
    product,
    date: def.records.ledgerDate ?? ((d) => d),
    removalFc: def.sim.removal?.fc ?? '',
  };
  const rec = def.records;
  files.set(rec.orders.file, encode(allOrdersTsv(sim.orders, reportMeta), rec.orders.encoding));
  files.set(rec.returns.file, encode(returnsTsv(sim.returns, reportMeta), rec.returns.encoding));
  files.set(rec.ledger.file, encode(ledgerTsv(sim, reportMeta), rec.ledger.encoding));
  if (rec.ledgerSummary)
    files.set(
      rec.ledgerSummary.file,
      encode(ledgerSummaryTsv(sim, reportMeta), rec.ledgerSummary.encoding),
    );
  const lineRows = [];
  for (const inv of invoices)
    for (const l of inv.lines) {
      if (!l.asin) continue;
      const p = product(l.asin);
      lineRows.push({
        invoiceNumber: inv.number,
        issueDate: inv.issueDate,
        supplier: supplier(inv.supplierId).name,
        productCode: l.code,
        productName: l.name,
        asin: l.asin,
        sku: p.sku,
        quantity: l.qty,
        unitPrice: l.price,
        amount: l.qty * l.price,
        buyerName: def.seller.legalName,
      });
    }
  files.set(
    rec.invoiceLines.file,
    await toXlsx({
      sheet: rec.invoiceLines.sheet,
      creator: def.seller.legalName,
      columns: rec.invoiceLines.columns,
      rows: lineRows,
    }),
  );

  // Supplier documents.
  const docInfo = [];
  for (const inv of invoices) {
    const s = supplier(inv.supplierId);
    const spec = {
      lang: def.lang,
      kind: 'invoice',
      number: inv.number,
      issueDate: inv.issueDate,
      issueDateText: def.formatDate(inv.issueDate),
      regNo: s.regNo,
      buyer: {
        name: def.seller.legalName,
        address: def.seller.invoiceAddress ?? def.seller.address,
      },
      supplier: {
        name: s.name,
        address: s.address,
        phone: s.phone,
        website: s.website,
        email: s.email,
        contact: s.contactPerson,
      },
      lines: inv.lines,
      taxRate: def.taxRate,
      currency: def.currency,
      notes: s.invoiceNotes,
      producer: s.producer,
      stamp: s.stamp,
    };
    if (inv.form === 'scan') {
      const canvas = paperInvoice(spec, rnd);
      const exif = exifBlock(inv.exif);
      files.set(inv.file, scanJpeg(canvas, exif));
      docInfo.push({ ...inv, pages: 1 });
    } else {
      const out = await invoicePdf(spec);
      files.set(inv.file, out.bytes);
      docInfo.push({ ...inv, pages: out.pages, total: out.total });
      const dn = (def.deliveryNotes ?? []).find((d) => d.invoice === inv.number);
      if (dn) {
        const note = await invoicePdf({
          ...spec,
          kind: 'delivery-note',
          number: dn.number,
          deliveryDateText: def.formatDate(dn.date),
          issueDate: dn.date,
          issueDateText: def.formatDate(dn.date),
          notes: dn.notes,
        });
        files.set(dn.file, note.bytes);
      }
    }
  }

  const ctx = {
    def,
    sim,
    // the returns `check` asks about (COMPLAINT_NOT_INSPECTED): the inspection must cover them
    complaints: await complaintReturns(sim.returns, {
      products: def.products,
      from: windowFrom,
      to: windowTo,
    }),
    numbers,
    byAsin,
    windowFrom,
    windowTo,
    invoices: docInfo,
    product,
    supplier,
  };
  for (const l of def.letters(ctx)) files.set(l.file, (await letterPdf(l)).bytes);
  const photo = def.photo(ctx);
  files.set(photo.file, photoPng(inspectionPhoto(photo, rnd)));

  files.set(
    'README.md',
    Buffer.from(readme(def, ctx, [...files.keys(), 'case.json', 'plan.md']), 'utf8'),
  );
  const split = await caseAndPlan(def.caseJson(ctx));
  files.set('case.json', split.caseJson);
  files.set('plan.md', split.plan);
  return {
    files,
    numbers,
    window: { from: windowFrom, to: windowTo },
    legacyCaseJson: split.legacyCaseJson,
  };
}

/** README.md of the case folder: what the case is, its files and the numbers to expect. */
function readme(def, ctx, paths) {
  const ja = def.lang === 'ja';
  const rows = ctx.numbers.map(
    (n) =>
      `| ${n.asin} | ${n.sku} | ${n.cited ? (ja ? '対象' : 'yes') : ''} | ${n.invoiced} | ${n.received} | ${n.sold} | ${n.returned} | ${n.qualityReturns} | ${n.counterfeitMentions} |`,
  );
  const list = (dir) =>
    paths
      .filter((p) => p.startsWith(`${dir}/`))
      .sort()
      .map((p) => `- \`${p}\``);
  const head = ja
    ? [
        `# サンプルケース: ${def.seller.legalName}（架空）`,
        '',
        `真贋調査を受けた架空の出品者のケースです。会社・人物・住所・電話番号・ドメインはすべて架空のものです。`,
        `\`case.json\`・\`plan.md\` と \`records/\`・\`documents/\` の中身は \`npm run samples\`（scripts/make-samples.mjs と scripts/samples/${def.id}.mjs）が毎回同じバイト列で生成します。直接編集せず、生成モジュールを変更してください。`,
        '',
        `通知の受領日: ${def.notice.receivedOn}。対象期間（受領日の前365日）: ${ctx.windowFrom} 〜 ${ctx.windowTo}。`,
        '',
        '## 照合で得られるはずの数値（対象期間内）',
        '',
        '| ASIN | SKU | 通知の対象 | 仕入 | FBA受領 | 販売 | 返品 | 品質返品 | 偽物への言及 |',
        '|---|---|---|---|---|---|---|---|---|',
      ]
    : [
        `# Sample case: ${def.seller.legalName} (fictitious)`,
        '',
        'A fictitious seller answering an inauthentic-item complaint. Every company, person, address, phone number and domain is invented.',
        `\`case.json\`, \`plan.md\`, \`records/\` and \`documents/\` are generated byte for byte by \`npm run samples\` (scripts/make-samples.mjs and scripts/samples/${def.id}.mjs). Do not edit them; change the module instead.`,
        '',
        `Notice received: ${def.notice.receivedOn}. Window (365 days before): ${ctx.windowFrom} to ${ctx.windowTo}.`,
        '',
        '## Numbers the reconciliation should find (inside the window)',
        '',
        '| ASIN | SKU | Cited | Invoiced | Received | Sold | Returned | Quality returns | Fake mentions |',
        '|---|---|---|---|---|---|---|---|---|',
      ];
  return [
    ...head,
    ...rows,
    '',
    ja ? '## ファイル' : '## Files',
    '',
    ...list('records'),
    '',
    ...list('documents'),
    '',
    ja
      ? '全注文レポートには架空の購入者情報（メールアドレス、氏名、郵便番号）が入っています。どの出力にも現れてはいけません。'
      : 'The All Orders report carries fictitious buyer data (e-mail, name, postal code). None of it may appear in any output.',
    '',
  ].join('\n');
}
