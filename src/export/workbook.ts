/**
 * The reconciliation as an Excel workbook a seller or consultant can open: per-ASIN summary,
 * invoice lines (counted and excluded, with the reason), receipts, returns with comments, the
 * monthly table and the findings. Header rows frozen, number formats, column widths; every text
 * cell is written as text (format "@") and neutralised (see cells.ts). The same input gives the
 * same bytes: document dates come from the input and the zip timestamps are fixed (zip.ts).
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PerformanceReconciliation, RateCount } from '../reconcile/performance/types.js';
import type { Case } from '../case/schema.js';
import { t, type Lang } from '../i18n/catalogue.js';
import type { Reconciliation } from '../reconcile/types.js';
import type { InvoiceLine, SourceRef } from '../records/types.js';
import { workbookLines, type WorkbookLines } from './workbook-lines.js';

export { MAX_WORKBOOK_LINES } from './workbook-lines.js';
import { reconciliationTitle, salesSource } from '../reconcile/table.js';
import { displayWidth, neutralise } from './cells.js';
import { fixZipTimestamps } from './zip.js';

type Kind = 'text' | 'int' | 'pct' | 'date' | 'long';
interface Col {
  key: string;
  kind: Kind;
}
type Value = string | number | null | undefined;

const FORMATS: Record<Kind, string> = {
  text: '@',
  long: '@',
  int: '#,##0',
  pct: '0.0%',
  date: 'yyyy-mm-dd',
};

/** A calendar day as the Date exceljs writes as that day (wall-clock values are UTC). */
function excelDate(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

const srcText = (s: SourceRef) => `${s.file}${s.sheet ? `:${s.sheet}` : ''}:${s.row}`;

/** Where an invoice-lines entry was: its row, or the runs of rows of the alike lines it holds. */
function linesText(l: InvoiceLine, lang: Lang): string {
  if (l.lines === undefined) return srcText(l.src);
  const runs = l.rows ?? [[l.src.row, l.src.row]];
  const listed = runs.reduce((n, [a, b]) => n + b - a + 1, 0);
  const where =
    `${l.src.file}${l.src.sheet ? `:${l.src.sheet}` : ''}:` +
    runs.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',') +
    (listed < l.lines ? ',…' : '');
  return t('reconcile.source.lines', { where, count: l.lines })[lang];
}

type Sheets = ExcelJS.stream.xlsx.WorkbookWriter;

/** A cell's value as written, or undefined for no value; `text` when written as text. */
function cellValue(
  col: Col,
  v: Value,
): { value: string | number | Date; text: boolean } | undefined {
  if (v === null || v === undefined || v === '')
    return col.kind === 'text' || col.kind === 'long' ? { value: '', text: false } : undefined;
  if (col.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))
    return { value: excelDate(v), text: false };
  if ((col.kind === 'int' || col.kind === 'pct') && typeof v === 'number')
    return { value: v, text: false };
  return { value: neutralise(String(v)), text: true };
}

/** The width a written value needs (characters). */
function valueWidth(value: string | number | Date): number {
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return String(value).length + 2;
  return Math.max(...value.split('\n').map(displayWidth));
}

/**
 * One sheet: a frozen, filtered header row, then the rows, then `notes` (one text cell each)
 * after an empty row. Written row by row into the zip as it goes (the streaming writer holds a
 * row until it is committed, not the whole sheet), so the columns' widths are measured first.
 */
function addSheet(
  wb: Sheets,
  lang: Lang,
  nameKey: string,
  cols: Col[],
  rows: Value[][],
  notes: string[] = [],
): void {
  const ws = wb.addWorksheet(t(nameKey)[lang], {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const header = cols.map((c) => neutralise(t(`reconcile.col.${c.key}`)[lang]));
  const widths = header.map((h) => displayWidth(h));
  for (const values of rows)
    cols.forEach((col, i) => {
      const w = cellValue(col, values[i]);
      if (w && w.value !== '') widths[i] = Math.max(widths[i]!, valueWidth(w.value));
    });
  ws.columns = cols.map((col, i) => ({
    // at least 10: exceljs leaves out a width of exactly 9 (its default) when it writes
    width: Math.min(col.kind === 'long' ? 80 : 40, Math.max(10, widths[i]! + 2)),
  }));
  if (rows.length)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  const hr = ws.addRow(header);
  hr.font = { bold: true };
  hr.eachCell((cell) => {
    cell.numFmt = '@';
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  hr.commit();
  for (const values of rows) {
    const row = ws.addRow([]);
    cols.forEach((col, i) => {
      const cell = row.getCell(i + 1);
      cell.numFmt = FORMATS[col.kind];
      const w = cellValue(col, values[i]);
      if (!w) return;
      cell.value = w.value;
      if (w.text) cell.numFmt = '@';
      if (col.kind === 'long' && w.value !== '')
        cell.alignment = { wrapText: true, vertical: 'top' };
    });
    row.commit();
  }
  if (notes.length) ws.addRow([]).commit();
  for (const note of notes) {
    const row = ws.addRow([]);
    const cell = row.getCell(1);
    cell.numFmt = '@';
    cell.value = neutralise(note);
    row.commit();
  }
  ws.commit();
}

const c = (key: string, kind: Kind = 'text'): Col => ({ key, kind });

/**
 * The workbook's bytes. `date` (YYYY-MM-DD, e.g. the build date) is written as the document's
 * created/modified date and the zip entries' time; default: case.json build.date, else the day
 * the notice was received.
 */
/** The sheets of a performance case: rates before and after the fix, weeks, unshipped orders. */
function addPerformanceSheets(wb: Sheets, lang: Lang, p: PerformanceReconciliation): void {
  const rates = (r: RateCount): Value[] => [
    r.orders,
    r.late,
    r.lateRate,
    r.wrongItems,
    r.wrongItemRate,
  ];
  const rateCols = [
    c('orders', 'int'),
    c('late', 'int'),
    c('lateRate', 'pct'),
    c('wrongItems', 'int'),
    c('wrongItemRate', 'pct'),
  ];
  addSheet(
    wb,
    lang,
    'reconcile.sheet.rates',
    [c('period'), ...rateCols],
    [
      [t('perf.row.before', { fixDate: p.fixDate })[lang], ...rates(p.before)],
      [t('perf.row.after', { fixDate: p.fixDate })[lang], ...rates(p.after)],
      [t('perf.row.total')[lang], ...rates(p.total)],
    ],
  );
  addSheet(
    wb,
    lang,
    'reconcile.sheet.weekly',
    [c('week', 'date'), ...rateCols],
    p.weekly.map((w) => [w.weekStart, ...rates(w)]),
  );
  addSheet(
    wb,
    lang,
    'reconcile.sheet.unshipped',
    [c('orderId'), c('expectedShipDate', 'date'), c('source')],
    p.unshipped.map((u) => [u.orderId, u.expectedShipDate, `${u.file}:${u.row}`]),
  );
}

export async function reconciliationWorkbook(
  rec: Reconciliation,
  cs: Case,
  lang: Lang,
  date: string = cs.build.date ?? rec.notice.receivedOn,
  /** The invoice-lines rows listed and the rest (given when made in another thread). */
  tables: WorkbookLines = workbookLines(rec),
): Promise<Buffer> {
  // written as a stream into memory: the zip holds each row compressed once it is committed
  // (the in-memory workbook took 350 MB to write a 20,000-line sheet; see MAX_WORKBOOK_LINES)
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const when = excelDate(date);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = 'evidence-pack';
  wb.lastModifiedBy = 'evidence-pack';
  wb.created = when;
  wb.modified = when;
  wb.title = neutralise(reconciliationTitle(rec, lang));
  const yes = t('reconcile.yes')[lang];

  /** The per-ASIN sheets of an authenticity case. */
  function addAuthenticitySheets() {
    addSheet(
      wb,
      lang,
      'reconcile.sheet.summary',
      [
        c('asin'),
        c('skus'),
        c('cited'),
        c('invoiced', 'int'),
        c('received', 'int'),
        c('sold', 'int'),
        c('returned', 'int'),
        c('qualityReturns', 'int'),
        c('counterfeitMentions', 'int'),
        c('returnRate', 'pct'),
        c('coverage', 'pct'),
      ],
      rec.products.map((p) => [
        p.asin,
        p.skus.join(', '),
        p.cited ? yes : '',
        p.invoiced,
        p.received,
        p.sold,
        p.returned,
        p.qualityReturns,
        p.counterfeitMentions,
        p.returnRate,
        p.coverage,
      ]),
      [
        reconciliationTitle(rec, lang),
        t('reconcile.source', {
          source: t(
            rec.sources?.fulfilment === 'merchant' && rec.receivedSource === 'none'
              ? 'reconcile.merchant'
              : `reconcile.source.${rec.receivedSource}`,
          )[lang],
        })[lang],
        ...(rec.sources ? [t('reconcile.sales', { source: salesSource(rec, lang) })[lang]] : []),
      ],
    );

    const supplierName = (id?: string) => cs.suppliers.find((x) => x.id === id)?.name;
    const status = (s: string) => t(`reconcile.status.${s}`)[lang];
    const { counted, excluded, rest } = tables;
    addSheet(
      wb,
      lang,
      'reconcile.sheet.invoices',
      [
        c('invoice'),
        c('issueDate', 'date'),
        c('supplier'),
        c('asin'),
        c('sku'),
        c('productCode'),
        c('productName'),
        c('quantity', 'int'),
        c('status'),
        c('counted'),
        c('document'),
        c('source'),
      ],
      [
        ...counted.map((l) => [
          l.invoiceNumber,
          l.issueDate,
          supplierName(l.supplierId) ?? l.supplier,
          l.asin,
          l.sku,
          l.productCode,
          l.productName,
          l.quantity,
          status(l.status),
          t('reconcile.counted.yes')[lang],
          l.documentFile,
          linesText(l, lang),
        ]),
        ...excluded.map((l) => [
          l.invoiceNumber,
          l.issueDate,
          l.supplier,
          l.asin,
          l.sku,
          l.productCode,
          l.productName,
          l.quantity,
          status(l.status),
          t(`reconcile.exclude.${l.reason}`)[lang],
          undefined,
          linesText(l, lang),
        ]),
        ...(rest.rows ? [[t('reconcile.lines.notListed', rest)[lang]]] : []),
      ],
    );

    addSheet(
      wb,
      lang,
      'reconcile.sheet.receipts',
      [
        c('date', 'date'),
        c('asin'),
        c('sku'),
        c('fnsku'),
        c('quantity', 'int'),
        c('reference'),
        c('source'),
      ],
      rec.detail.receipts.map((r) => [
        r.date,
        r.asin,
        r.sku,
        r.fnsku,
        r.quantity,
        r.reference,
        srcText(r.src),
      ]),
    );

    // invoice → shipment → receipt, one row per allocation (cited ASINs)
    const traceRows: Value[][] = [];
    for (const tr of (rec.trace ?? []).filter((x) => x.cited)) {
      for (const i of tr.invoices) {
        const inv = [tr.asin, i.invoice, i.date, supplierName(i.supplierId) ?? i.supplier, i.units];
        if (!i.covers.length) traceRows.push([...inv, undefined, undefined, null, i.remaining]);
        i.covers.forEach((r, k) =>
          traceRows.push([
            ...inv,
            r.shipment,
            r.date,
            r.units,
            k === i.covers.length - 1 ? i.remaining : null,
          ]),
        );
      }
      if (tr.more)
        traceRows.push([
          tr.asin,
          t('reconcile.trace.moreInvoices', { count: tr.more.invoices })[lang],
          undefined,
          undefined,
          tr.more.units,
          undefined,
          undefined,
          null,
          tr.more.remaining,
        ]);
      for (const u of tr.uncovered)
        traceRows.push([
          tr.asin,
          t('reconcile.col.uncovered')[lang],
          undefined,
          undefined,
          null,
          u.shipment,
          u.date,
          u.units,
          null,
        ]);
    }
    if (rec.trace)
      addSheet(
        wb,
        lang,
        'reconcile.sheet.trace',
        [
          c('asin'),
          c('invoice'),
          c('issueDate', 'date'),
          c('supplier'),
          c('units', 'int'),
          c('shipment'),
          c('receivedOn', 'date'),
          c('allocated', 'int'),
          c('remaining', 'int'),
        ],
        traceRows,
      );

    if (rec.rollForward?.some((r) => r.cited))
      addSheet(
        wb,
        lang,
        'reconcile.sheet.rollForward',
        [
          c('asin'),
          c('from'),
          c('to'),
          c('starting', 'int'),
          c('receipts', 'int'),
          c('customerShipments', 'int'),
          c('customerReturns', 'int'),
          c('removals', 'int'),
          c('disposals', 'int'),
          c('adjustments', 'int'),
          c('ending', 'int'),
          c('difference', 'int'),
        ],
        rec.rollForward
          .filter((r) => r.cited)
          .map((r) => [
            r.asin,
            r.from,
            r.to,
            r.starting,
            r.receipts,
            r.customerShipments,
            r.customerReturns,
            r.removals,
            r.disposals,
            r.adjustments,
            r.ending,
            r.difference,
          ]),
      );

    if (rec.ownStock?.some((o) => o.cited))
      addSheet(
        wb,
        lang,
        'reconcile.sheet.ownStock',
        [
          c('asin'),
          c('unitsIn', 'int'),
          c('unitsOut', 'int'),
          c('balance', 'int'),
          c('balanceOn', 'date'),
        ],
        rec.ownStock
          .filter((o) => o.cited)
          .map((o) => [o.asin, o.unitsIn, o.unitsOut, o.balance, o.balanceOn]),
      );

    addSheet(
      wb,
      lang,
      'reconcile.sheet.returns',
      [
        c('date', 'date'),
        c('asin'),
        c('sku'),
        c('fnsku'),
        c('orderId'),
        c('lpn'),
        c('quantity', 'int'),
        c('returnReason'),
        c('disposition'),
        c('quality'),
        c('counterfeit'),
        c('comment', 'long'),
        c('source'),
      ],
      rec.detail.returns.map((r) => [
        r.returnDate,
        r.asin,
        r.sku,
        r.fnsku,
        r.orderId,
        r.lpn,
        r.quantity,
        r.reason,
        r.disposition,
        r.quality ? yes : '',
        r.counterfeit ? yes : '',
        r.comment,
        srcText(r.src),
      ]),
    );

    if (rec.complaintUnits)
      addSheet(
        wb,
        lang,
        'reconcile.sheet.complaints',
        [
          c('date', 'date'),
          c('asin'),
          c('orderId'),
          c('lpn'),
          c('quantity', 'int'),
          c('returnReason'),
          c('disposition'),
          c('returnStatus'),
          c('outcome'),
          c('inspection'),
          c('source'),
        ],
        rec.complaintUnits.map((u) => [
          u.date,
          u.asin,
          u.orderId,
          u.lpn,
          u.quantity,
          u.reason,
          u.disposition,
          u.status,
          t(`reconcile.outcome.${u.outcome}`)[lang],
          u.inspection,
          srcText(u.src),
        ]),
      );

    addSheet(
      wb,
      lang,
      'reconcile.sheet.monthly',
      [c('month'), c('asin'), c('sold', 'int'), c('returned', 'int'), c('returnRate', 'pct')],
      rec.detail.monthly.map((m) => [
        m.month,
        m.asin,
        m.sold,
        m.returned,
        m.sold ? Math.round((m.returned / m.sold) * 10_000) / 10_000 : null,
      ]),
    );
  }

  if (rec.performance) addPerformanceSheets(wb, lang, rec.performance);
  else addAuthenticitySheets();

  addSheet(
    wb,
    lang,
    'reconcile.sheet.findings',
    [
      c('severity'),
      c('code'),
      c('asin'),
      c('invoice'),
      c('supplier'),
      c('file'),
      c('message', 'long'),
    ],
    rec.findings.map((f) => [
      t(`severity.${f.severity}`)[lang],
      f.code,
      f.asin,
      f.invoice,
      f.supplier,
      f.file === undefined
        ? undefined
        : `${f.file}${f.sheet ? `:${f.sheet}` : ''}${f.row !== undefined ? `:${f.row}` : ''}${f.jsonPath ? ` ${f.jsonPath}` : ''}`,
      f.message[lang],
    ]),
  );

  await wb.commit();
  const buf = Buffer.concat(chunks);
  fixZipTimestamps(buf, date);
  return buf;
}
