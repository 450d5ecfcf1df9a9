/**
 * One table (a text file or one xlsx sheet): finds the header row, recognises the report kind
 * by its headers, maps the needed columns (and only those: buyer data is never looked at) and
 * turns every data row into the record model, collecting a problem for every bad cell.
 */
import { maskPersonal } from './mask.js';
import { problem, type Problem } from '../errors.js';
import { t, type Localized } from '../i18n/catalogue.js';
import {
  CANCELLED,
  CHANNELS,
  INVOICE_STATUS,
  KIND_ORDER,
  KINDS,
  RECEIPT_EVENTS,
  normalizeHeader,
  type FieldType,
  type KindSpec,
} from './aliases.js';
import {
  MAX_ORDER_RANGES,
  type OrderDay,
  type OrderRows,
  type Records,
  type ReportKind,
  type SourceRef,
} from './types.js';
import { readAsin } from './asin.js';
import { InvoiceLines } from './invoice-lines.js';
import {
  isBlank,
  parseDate,
  parseFlag,
  parseId,
  parseInteger,
  parseText,
  showCell,
  type Cell,
  type DateOrder,
  type Parsed,
} from './values.js';

/** What the whole run shares: the model being filled, options from case.json. */
export interface ReadContext {
  records: Records;
  /** Orders aggregated by (sku, asin, date, cancelled). */
  orderDays: Map<string, OrderDay>;
  /** Rows of each OrderDay per file (ranges capped per file, SKU and ASIN: `orderRanges`). */
  orderRows?: Map<string, OrderRows>;
  /** Ranges listed so far per (file, sheet, SKU, ASIN). */
  orderRanges?: Map<string, number>;
  /** Shipping log rows by order id (one row per order). */
  shipping: Map<string, Records['shippingLog'][number]>;
  /** Extra aliases per kind and field, already normalized. */
  extraAliases: Partial<Record<ReportKind, Record<string, string[]>>>;
  dateOrder?: DateOrder;
  caseKind: 'authenticity' | 'performance';
  /** case.json records.productCodes and suppliers, to map supplier product codes to ASINs. */
  productCodes: { supplierId?: string; code: string; asin: string }[];
  suppliers: { id: string; name: string }[];
  /** SKU → first ASIN seen and where, to report conflicts once. */
  skuAsinConflicts: Set<string>;
  problems: Problem[];
  /** One copy of each repeated text of the invoice lines (supplier, dates, ASINs, names). */
  strings?: Map<string, string>;
}

/** Distinct texts kept for sharing; past this, texts are kept as read (memory stays bounded). */
const MAX_SHARED_STRINGS = 200_000;
/** Date texts remembered per table: a few days repeat; order times (each its own) soon fill it. */
const MAX_DATES = 4096;

export const MAX_PROBLEMS_PER_FILE = 50;
const HEADER_SCAN_ROWS = 10;

const EXPECTED: Record<FieldType, Localized> = {
  id: t('records.expect.id'),
  text: t('records.expect.text'),
  int: t('records.expect.int'),
  sint: t('records.expect.sint'),
  date: t('records.expect.date'),
  flag: t('records.expect.flag'),
};

interface Match {
  kind: ReportKind;
  columns: Map<string, number>;
  matched: number;
  missing: string[];
  duplicates: { field: string; header: string }[];
  /** Columns not read because another name for the same field is more specific. */
  shadowed: { field: string; header: string; used: string }[];
}

/** Normalized alias → field and rank (lower is more specific; the seller's own names first). */
function aliasIndex(
  kind: ReportKind,
  extra: ReadContext['extraAliases'],
): Map<string, { field: string; rank: number }> {
  const m = new Map<string, { field: string; rank: number }>();
  // The seller's own names win over the built-in ones.
  for (const [field, names] of Object.entries(extra[kind] ?? {}))
    for (const a of names)
      if (!m.has(normalizeHeader(a))) m.set(normalizeHeader(a), { field, rank: -1 });
  for (const [field, f] of Object.entries(KINDS[kind].fields))
    f.aliases.forEach((a, rank) => {
      if (!m.has(normalizeHeader(a))) m.set(normalizeHeader(a), { field, rank });
    });
  return m;
}

function matchKind(kind: ReportKind, headers: string[], extra: ReadContext['extraAliases']): Match {
  const idx = aliasIndex(kind, extra);
  const spec = KINDS[kind];
  const columns = new Map<string, number>();
  const chosen = new Map<string, { rank: number; norm: string }>();
  const duplicates: Match['duplicates'] = [];
  const shadowed: Match['shadowed'] = [];
  headers.forEach((h, i) => {
    const norm = normalizeHeader(h);
    const hit = norm ? idx.get(norm) : undefined;
    if (!hit) return;
    const prev = chosen.get(hit.field);
    if (!prev) {
      columns.set(hit.field, i);
      chosen.set(hit.field, { rank: hit.rank, norm });
    } else if (prev.norm === norm) duplicates.push({ field: hit.field, header: h });
    else if (hit.rank < prev.rank) {
      // A more specific name (e.g. "Invoice Date" over "Date") takes the field.
      shadowed.push({ field: hit.field, header: headers[columns.get(hit.field)!] ?? '', used: h });
      columns.set(hit.field, i);
      chosen.set(hit.field, { rank: hit.rank, norm });
    } else
      shadowed.push({ field: hit.field, header: h, used: headers[columns.get(hit.field)!] ?? '' });
  });
  const missing = spec.required.filter((f) => !columns.has(f));
  if (spec.anyOf && !spec.anyOf.some((f) => columns.has(f))) missing.push(spec.anyOf.join('|'));
  return { kind, columns, matched: columns.size, missing, duplicates, shadowed };
}

/** The kind a header row is, or the closest one and what it lacks. */
export function recognise(
  headers: string[],
  extra: ReadContext['extraAliases'],
  caseKind: ReadContext['caseKind'],
): { match?: Match; closest: Match } {
  const all = KIND_ORDER.map((k) => matchKind(k, headers, extra));
  const full = all.filter((m) => m.missing.length === 0);
  const score = (m: Match) => m.matched - m.missing.length * 10;
  const closest = [...all].sort((a, b) => score(b) - score(a))[0]!;
  if (!full.length) return { closest };
  // An order report with latest-ship-date is a shipping log in a performance case.
  const pick = (k: ReportKind) => full.find((m) => m.kind === k);
  const orders = pick('allOrders');
  const log = pick('shippingLog');
  if (orders && log) return { match: caseKind === 'performance' ? log : orders, closest };
  const best = [...full].sort((a, b) => b.matched - a.matched)[0]!;
  return { match: best, closest };
}

/** A human description of a field for messages: its first alias. */
function fieldLabel(kind: ReportKind, field: string): string {
  return field
    .split('|')
    .map((f) => KINDS[kind].fields[f]?.aliases[0] ?? f)
    .join(' / ');
}

export interface TableInfo {
  file: string;
  sheet?: string;
  /** A comma-separated file (an unquoted "1,000" there splits into two cells). */
  csv?: boolean;
}

/** Reads one table row by row; `end()` says what it was. */
export class TableReader {
  kind?: ReportKind;
  rows = 0;
  private headerRow?: number;
  private headers: string[] = [];
  private columns = new Map<string, number>();
  private spec?: KindSpec;
  private candidates: { row: number; cells: Cell[] }[] = [];
  private gaveUp = false;
  private problemCount = 0;
  private suppressed = 0;
  /** Date cells already parsed (millions of lines repeat a few dates; the options are the table's). */
  private dates = new Map<string, Parsed<string>>();

  constructor(
    private readonly ctx: ReadContext,
    readonly info: TableInfo,
  ) {}

  private where(row?: number, column?: string) {
    return {
      file: this.info.file,
      ...(this.info.sheet !== undefined ? { sheet: this.info.sheet } : {}),
      ...(row !== undefined ? { row } : {}),
      ...(column !== undefined ? { column } : {}),
    };
  }

  /** Adds a problem, at most MAX_PROBLEMS_PER_FILE of them per table. */
  add(p: Problem): void {
    if (p.severity === 'error' && this.problemCount >= MAX_PROBLEMS_PER_FILE) {
      this.suppressed++;
      return;
    }
    if (p.severity === 'error') this.problemCount++;
    this.ctx.problems.push(p);
  }

  row(rowNo: number, cells: Cell[]): void {
    if (this.gaveUp) return;
    // ="00123": the CSV trick that keeps leading zeros when Excel opens the file.
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (typeof c === 'string' && c.startsWith('="') && c.endsWith('"') && c.length >= 3)
        cells[i] = c.slice(2, -1).replace(/""/g, '"');
    }
    if (cells.every(isBlank)) return;
    if (!this.spec) return this.tryHeader(rowNo, cells);
    // a text file row with more cells than headers: an unquoted comma ("1,000" in a CSV) shifted
    // the cells after it, so no cell of this row can be trusted
    if (this.info.sheet === undefined && cells.length > this.headers.length) {
      const extra = cells.slice(this.headers.length).filter((c) => this.info.csv || !isBlank(c));
      if (extra.length) {
        this.rows++;
        this.add(
          problem('RECORD_EXTRA_CELLS', this.where(rowNo), t('records.extraCells'), {
            hint: t('records.extraCells.hint'),
            expected: `${this.headers.length}`,
            found: `${this.headers.length + extra.length}`,
          }),
        );
        return;
      }
    }
    this.rows++;
    this.dataRow(rowNo, cells);
  }

  private tryHeader(rowNo: number, cells: Cell[]): void {
    const headers = cells.map((c) => (isBlank(c) ? '' : showCell(c).trim()));
    const { match } = recognise(headers, this.ctx.extraAliases, this.ctx.caseKind);
    if (!match) {
      this.candidates.push({ row: rowNo, cells });
      if (this.candidates.length >= HEADER_SCAN_ROWS) this.unknown();
      return;
    }
    this.kind = match.kind;
    this.spec = KINDS[match.kind];
    this.headers = headers;
    this.columns = match.columns;
    this.headerRow = rowNo;
    this.candidates = [];
    for (const d of match.duplicates)
      this.add(
        problem(
          'RECORD_DUPLICATE_HEADER',
          this.where(rowNo, d.header),
          t('records.duplicateHeader', { header: d.header }),
          { hint: t('records.duplicateHeader.hint') },
        ),
      );
    for (const d of match.shadowed)
      this.add(
        problem(
          'RECORD_COLUMN_IGNORED',
          this.where(rowNo, d.header),
          t('records.columnShadowed', { header: d.header, used: d.used }),
          { severity: 'info' },
        ),
      );
    // Any other header written twice is ambiguous too (but does not stop reading).
    const seen = new Map<string, string>();
    for (const h of headers) {
      if (!h) continue;
      const k = normalizeHeader(h);
      if (seen.has(k) && !match.duplicates.some((d) => d.header === h))
        this.add(
          problem(
            'RECORD_DUPLICATE_HEADER',
            this.where(rowNo, h),
            t('records.duplicateHeader', { header: h }),
            { severity: 'warning', hint: t('records.duplicateHeader.hint') },
          ),
        );
      seen.set(k, h);
    }
  }

  private unknown(): void {
    this.gaveUp = true;
    const first = this.candidates[0];
    if (!first) return;
    const headers = first.cells.map((c) => (isBlank(c) ? '' : showCell(c).trim()));
    const { closest } = recognise(headers, this.ctx.extraAliases, this.ctx.caseKind);
    const shown = headers.filter(Boolean).slice(0, 30).join(', ');
    this.add(
      problem(
        'RECORD_UNKNOWN_KIND',
        this.where(first.row),
        t('records.unknownKind', {
          headers: shown,
          kind: t(`records.kind.${closest.kind}`).en,
          kindJa: t(`records.kind.${closest.kind}`).ja,
          missing: closest.missing.map((f) => fieldLabel(closest.kind, f)).join(', '),
        }),
        { hint: t('records.unknownKind.hint', { kind: closest.kind }), found: shown },
      ),
    );
    this.candidates = [];
  }

  /** Parses one field of a row; undefined when absent/empty (optional) or bad (reported). */
  private field<T>(
    rowNo: number,
    cells: Cell[],
    field: string,
    opts: { required?: boolean } = {},
  ): T | undefined | null {
    const col = this.columns.get(field);
    if (col === undefined) return undefined;
    const c = cells[col];
    // a cell written as the one above it reads the same (any note on it was made then)
    const above = this.above[col];
    if (above !== undefined && c !== undefined && c !== null && above.cell === c)
      return above.value as T | undefined;
    const value = this.parseField<T>(rowNo, c, col, field, opts);
    if (value !== null) this.above[col] = { cell: c, value };
    return value;
  }

  /** The cell last read well in each column, and what it read as. */
  private above: ({ cell: Cell; value: unknown } | undefined)[] = [];

  private parseField<T>(
    rowNo: number,
    c: Cell,
    col: number,
    field: string,
    opts: { required?: boolean },
  ): T | undefined | null {
    const spec = this.spec!.fields[field]!;
    const header = this.headers[col] ?? field;
    if (isBlank(c) && spec.type !== 'flag') {
      if (opts.required) {
        this.add(
          problem(
            'RECORD_BAD_CELL',
            this.where(rowNo, header),
            t('records.cell.empty', { column: header }),
            {
              expected: EXPECTED[spec.type],
              found: '',
            },
          ),
        );
        return null;
      }
      return undefined;
    }
    let r: Parsed<unknown>;
    switch (spec.type) {
      case 'id':
        r = parseId(c);
        break;
      case 'text':
        r = parseText(c);
        break;
      case 'int':
        r = parseInteger(c);
        break;
      case 'sint':
        r = parseInteger(c, true);
        break;
      case 'flag':
        r = parseFlag(c);
        break;
      case 'date': {
        const known = typeof c === 'string' ? this.dates.get(c) : undefined;
        r =
          known ??
          parseDate(c, {
            order: this.spec!.dateOrder ?? this.ctx.dateOrder,
            monthOnly: this.kind === 'ledgerSummary',
          });
        if (!known && typeof c === 'string' && this.dates.size < MAX_DATES)
          this.dates.set(c, r as Parsed<string>);
        break;
      }
    }
    if (!r.ok) {
      this.add(
        problem(
          'RECORD_BAD_CELL',
          this.where(rowNo, header),
          t(r.reason, { column: header, found: r.found }),
          {
            expected: EXPECTED[spec.type],
            found: r.found,
            hint: t(`${r.reason}.hint`),
          },
        ),
      );
      return null;
    }
    if (spec.type === 'id' && field === 'asin' && typeof r.value === 'string' && r.value)
      return this.asin(rowNo, header, r.value) as T;
    if ((spec.type === 'int' || spec.type === 'sint') && typeof c === 'string')
      this.noteThousands(rowNo, header, c, r.value as number);
    return r.value as T;
  }

  /** The shared copy of a text (the first one read), while the table of copies has room. */
  private shared(x: string): string {
    const m = (this.ctx.strings ??= new Map());
    const hit = m.get(x);
    if (hit !== undefined) return hit;
    // a flat copy: a slice of a large parsed chunk would keep the whole chunk alive
    const flat = (' ' + x).slice(1);
    if (m.size < MAX_SHARED_STRINGS) m.set(flat, flat);
    return flat;
  }

  private asinNotes = new Set<string>();

  /** An ASIN cell as the ASIN it shows (lower case, invisible, full-width, look-alike letters). */
  private asin(rowNo: number, header: string, written: string): string {
    const a = readAsin(written);
    if (a.kind === 'asis') return a.asin;
    if (!this.asinNotes.has(written) && this.asinNotes.size < MAX_PROBLEMS_PER_FILE) {
      this.asinNotes.add(written);
      const shown = JSON.stringify(written).slice(1, -1);
      this.add(
        a.kind === 'normalised'
          ? problem(
              'RECORD_ASIN_NORMALISED',
              this.where(rowNo, header),
              t('records.asin.normalised', {
                found: shown,
                asin: a.asin,
                changes: a.changes.map((k) => t(`records.asin.change.${k}`).en).join(', '),
                changesJa: a.changes.map((k) => t(`records.asin.change.${k}`).ja).join('、'),
              }),
              { severity: 'warning', hint: t('records.asin.hint'), found: shown, expected: a.asin },
            )
          : problem(
              'RECORD_ASIN_INVALID',
              this.where(rowNo, header),
              t('records.asin.invalid', { found: shown }),
              {
                severity: 'warning',
                hint: t('records.asin.hint'),
                found: shown,
                expected: 'ASIN (10 letters A-Z and digits)',
              },
            ),
      );
    }
    return a.asin;
  }

  private thousandsNoted = new Set<string>();

  /** Says once per column that "1,000" was read as one thousand. */
  private noteThousands(rowNo: number, header: string, written: string, value: number): void {
    if (!/[,，]/.test(written) || this.thousandsNoted.has(header)) return;
    this.thousandsNoted.add(header);
    this.add(
      problem(
        'RECORD_THOUSANDS_SEPARATOR',
        this.where(rowNo, header),
        t('records.thousands', { column: header, found: written.trim(), value }),
        { severity: 'info' },
      ),
    );
  }

  /** True when a date cell is written as a month only (MM/YYYY or YYYY-MM). */
  private isMonth(cells: Cell[], field: string): boolean {
    const col = this.columns.get(field);
    const c = col === undefined ? undefined : cells[col];
    return typeof c === 'string' && /^\s*(\d{1,2}[/-]\d{4}|\d{4}[/-]\d{1,2})\s*$/.test(c);
  }

  private noteAsin(sku: string | undefined, asin: string | undefined, rowNo: number): void {
    if (!sku || !asin) return;
    const map = this.ctx.records.skuToAsin;
    const prev = map[sku];
    if (prev === undefined) map[sku] = asin;
    else if (prev !== asin && !this.ctx.skuAsinConflicts.has(sku)) {
      this.ctx.skuAsinConflicts.add(sku);
      this.add(
        problem(
          'RECORD_SKU_ASIN',
          this.where(rowNo),
          t('records.skuAsinConflict', { sku, asin, other: prev }),
          { severity: 'warning' },
        ),
      );
    }
  }

  /**
   * The ASIN of a supplier product code from case.json records.productCodes: a mapping without
   * supplierId, or one whose supplier is the one written (by id or exact name). Other cases are
   * left to the reconciliation, which matches supplier names more loosely.
   */
  private codeAsin(code: string, supplier: string): string | undefined {
    const written = supplier.normalize('NFKC').trim();
    const found = this.ctx.productCodes.filter((m) => {
      if (m.code.normalize('NFKC').trim() !== code.normalize('NFKC').trim()) return false;
      if (!m.supplierId) return true;
      const s = this.ctx.suppliers.find((x) => x.id === m.supplierId);
      return (
        m.supplierId === written || (s !== undefined && s.name.normalize('NFKC').trim() === written)
      );
    });
    const asins = new Set(found.map((m) => m.asin));
    return asins.size === 1 ? [...asins][0] : undefined;
  }

  /** Adds an order line's row to its OrderDay's runs in this file (bounded: see OrderRows). */
  private noteOrderRow(
    dayKey: string,
    src: SourceRef,
    day: Pick<OrderRows, 'sku' | 'asin' | 'date' | 'cancelled' | 'channel'>,
  ): void {
    const all = this.ctx.orderRows;
    if (!all) return;
    const where = `${src.file}\u0000${src.sheet ?? ''}`;
    const key = `${where}\u0000${dayKey}`;
    let entry = all.get(key);
    if (!entry) {
      entry = {
        file: src.file,
        ...(src.sheet !== undefined ? { sheet: src.sheet } : {}),
        sku: day.sku,
        ...(day.asin ? { asin: day.asin } : {}),
        date: day.date,
        cancelled: day.cancelled,
        ...(day.channel ? { channel: day.channel } : {}),
        rows: [],
        lines: 0,
      };
      all.set(key, entry);
    }
    entry.lines++;
    const last = entry.rows.at(-1);
    if (last && last[1] === src.row - 1) {
      last[1] = src.row;
      return;
    }
    const ranges = (this.ctx.orderRanges ??= new Map());
    const budget = `${where}\u0000${day.sku}\u0000${day.asin ?? ''}`;
    const used = ranges.get(budget) ?? 0;
    if (used >= MAX_ORDER_RANGES) return;
    ranges.set(budget, used + 1);
    entry.rows.push([src.row, src.row]);
  }

  private dataRow(rowNo: number, cells: Cell[]): void {
    const src: SourceRef = {
      file: this.info.file,
      ...(this.info.sheet !== undefined ? { sheet: this.info.sheet } : {}),
      row: rowNo,
    };
    const req = { required: true };
    const R = this.ctx.records;
    const get = <T>(f: string, required = false) =>
      this.field<T>(rowNo, cells, f, required ? req : {});
    const cancelledWord = (s: string | null | undefined) =>
      !!s && CANCELLED.includes(s.normalize('NFKC').trim().toLowerCase());
    switch (this.kind) {
      case 'allOrders': {
        const v = {
          orderId: get<string>('orderId', true),
          date: get<string>('purchaseDate', true),
          orderStatus: get<string>('orderStatus'),
          itemStatus: get<string>('itemStatus'),
          sku: get<string>('sku', true),
          asin: get<string>('asin'),
          quantity: get<number>('quantity', true),
          channel: get<string>('fulfillmentChannel'),
        };
        if (anyBad(v)) return;
        const cancelled = cancelledWord(v.orderStatus) || cancelledWord(v.itemStatus);
        const sku = v.sku as string;
        const asin = v.asin ?? undefined;
        const date = v.date as string;
        const channel = v.channel
          ? CHANNELS[v.channel.normalize('NFKC').trim().toLowerCase()]
          : undefined;
        const key = `${sku}\u0000${asin ?? ''}\u0000${date}\u0000${cancelled ? 1 : 0}\u0000${channel ?? ''}`;
        const day = this.ctx.orderDays.get(key);
        if (day) {
          day.quantity += v.quantity as number;
          day.lines++;
        } else
          this.ctx.orderDays.set(key, {
            sku,
            ...(asin ? { asin } : {}),
            date,
            cancelled,
            ...(channel ? { channel } : {}),
            quantity: v.quantity as number,
            lines: 1,
          });
        this.noteOrderRow(key, src, { sku, asin, date, cancelled, channel });
        this.noteAsin(sku, asin, rowNo);
        return;
      }
      case 'fbaReturns': {
        const v = {
          returnDate: get<string>('returnDate', true),
          orderId: get<string>('orderId', true),
          sku: get<string>('sku', true),
          asin: get<string>('asin'),
          fnsku: get<string>('fnsku'),
          quantity: get<number>('quantity', true),
          reason: get<string>('reason'),
          disposition: get<string>('disposition'),
          status: get<string>('status'),
          lpn: get<string>('lpn'),
          comment: get<string>('comment'),
        };
        if (anyBad(v)) return;
        R.returns.push({
          returnDate: v.returnDate!,
          orderId: v.orderId!,
          sku: v.sku!,
          ...(v.asin ? { asin: v.asin } : {}),
          ...(v.fnsku ? { fnsku: v.fnsku } : {}),
          quantity: v.quantity!,
          reason: v.reason ?? '',
          ...(v.disposition ? { disposition: v.disposition } : {}),
          ...(v.status ? { status: v.status } : {}),
          ...(v.lpn ? { lpn: v.lpn } : {}),
          // buyer names, phones, e-mails and postal codes typed in are masked (mask.ts)
          ...(v.comment ? { comment: maskPersonal(v.comment) } : {}),
          src,
        });
        this.noteAsin(v.sku!, v.asin ?? undefined, rowNo);
        return;
      }
      case 'ledgerDetail': {
        const v = {
          date: get<string>('date', true),
          fnsku: get<string>('fnsku'),
          asin: get<string>('asin'),
          sku: get<string>('sku'),
          eventType: get<string>('eventType', true),
          referenceId: get<string>('referenceId'),
          quantity: get<number>('quantity', true),
        };
        if (anyBad(v)) return;
        this.noteAsin(v.sku ?? undefined, v.asin ?? undefined, rowNo);
        const ev = normalizeHeader(v.eventType!);
        if (!RECEIPT_EVENTS.includes(ev)) return;
        R.receipts.ledgerDetail.push({
          date: v.date!,
          ...(v.sku ? { sku: v.sku } : {}),
          ...(v.asin ? { asin: v.asin } : {}),
          ...(v.fnsku ? { fnsku: v.fnsku } : {}),
          quantity: v.quantity!,
          ...(v.referenceId ? { reference: v.referenceId } : {}),
          src,
        });
        return;
      }
      case 'ledgerSummary': {
        const v = {
          date: get<string>('date', true),
          fnsku: get<string>('fnsku'),
          asin: get<string>('asin'),
          sku: get<string>('sku'),
          receipts: get<number>('receipts', true),
          customerShipments: get<number>('customerShipments', true),
          customerReturns: get<number>('customerReturns', true),
          disposition: get<string>('disposition'),
          location: get<string>('location'),
        };
        if (anyBad(v)) return;
        // The roll-forward's columns: a bad cell is reported and the row kept without it.
        const more: Partial<Record<(typeof ROLL_FIELDS)[number], number>> = {};
        for (const f of ROLL_FIELDS) {
          const n = get<number>(f);
          if (typeof n === 'number') more[f] = n;
        }
        this.noteAsin(v.sku ?? undefined, v.asin ?? undefined, rowNo);
        R.ledgerSummary.push({
          date: v.date!,
          ...(v.sku ? { sku: v.sku } : {}),
          ...(v.asin ? { asin: v.asin } : {}),
          ...(v.fnsku ? { fnsku: v.fnsku } : {}),
          receipts: v.receipts!,
          customerShipments: v.customerShipments!,
          customerReturns: v.customerReturns!,
          ...(v.disposition ? { disposition: v.disposition } : {}),
          ...(v.location ? { location: v.location } : {}),
          ...(this.isMonth(cells, 'date') ? { monthly: true } : {}),
          ...more,
          src,
        });
        return;
      }
      case 'ownStock': {
        const v = {
          date: get<string>('date', true),
          asin: get<string>('asin'),
          sku: get<string>('sku'),
          productCode: get<string>('productCode'),
          unitsIn: get<number>('unitsIn'),
          unitsOut: get<number>('unitsOut'),
          balance: get<number>('balance'),
        };
        if (anyBad(v)) return;
        this.noteAsin(v.sku ?? undefined, v.asin ?? undefined, rowNo);
        R.ownStock.push({
          date: v.date!,
          ...(v.asin ? { asin: v.asin } : {}),
          ...(v.sku ? { sku: v.sku } : {}),
          ...(v.productCode ? { productCode: v.productCode } : {}),
          unitsIn: v.unitsIn ?? 0,
          ...(typeof v.unitsOut === 'number' ? { unitsOut: v.unitsOut } : {}),
          ...(typeof v.balance === 'number' ? { balance: v.balance } : {}),
          src,
        });
        return;
      }
      case 'businessReport': {
        const v = {
          asin: get<string>('childAsin', true),
          sku: get<string>('sku'),
          unitsOrdered: get<number>('unitsOrdered', true),
        };
        if (anyBad(v)) return;
        this.noteAsin(v.sku ?? undefined, v.asin ?? undefined, rowNo);
        R.businessReport.push({
          asin: v.asin!,
          ...(v.sku ? { sku: v.sku } : {}),
          unitsOrdered: v.unitsOrdered!,
          src,
        });
        return;
      }
      case 'receivedInventory': {
        const v = {
          date: get<string>('date', true),
          fnsku: get<string>('fnsku'),
          sku: get<string>('sku', true),
          quantity: get<number>('quantity', true),
          reference: get<string>('reference'),
        };
        if (anyBad(v)) return;
        R.receipts.receivedInventory.push({
          date: v.date!,
          sku: v.sku!,
          ...(v.fnsku ? { fnsku: v.fnsku } : {}),
          quantity: v.quantity!,
          ...(v.reference ? { reference: v.reference } : {}),
          src,
        });
        return;
      }
      case 'fulfilledShipments': {
        const v = {
          orderId: get<string>('orderId', true),
          shipmentDate: get<string>('shipmentDate', true),
          sku: get<string>('sku', true),
          quantity: get<number>('quantity', true),
        };
        if (anyBad(v)) return;
        R.shipments.push({
          orderId: v.orderId!,
          shipmentDate: v.shipmentDate!,
          sku: v.sku!,
          quantity: v.quantity!,
          src,
        });
        return;
      }
      case 'reimbursements': {
        const v = {
          approvalDate: get<string>('approvalDate', true),
          reimbursementId: get<string>('reimbursementId', true),
          orderId: get<string>('orderId'),
          sku: get<string>('sku'),
          asin: get<string>('asin'),
          reason: get<string>('reason'),
          quantity: get<number>('quantity', true),
        };
        if (anyBad(v)) return;
        this.noteAsin(v.sku ?? undefined, v.asin ?? undefined, rowNo);
        R.reimbursements.push({
          approvalDate: v.approvalDate!,
          reimbursementId: v.reimbursementId!,
          ...(v.orderId ? { orderId: v.orderId } : {}),
          ...(v.sku ? { sku: v.sku } : {}),
          ...(v.asin ? { asin: v.asin } : {}),
          reason: v.reason ?? '',
          quantity: v.quantity!,
          src,
        });
        return;
      }
      case 'invoiceLines': {
        const v = {
          invoiceNumber: get<string>('invoiceNumber', true),
          issueDate: get<string>('issueDate', true),
          supplier: get<string>('supplier', true),
          asin: get<string>('asin'),
          sku: get<string>('sku'),
          productCode: get<string>('productCode'),
          productName: get<string>('productName'),
          quantity: get<number>('quantity', true),
          status: get<string>('status'),
          buyerName: get<string>('buyerName'),
        };
        if (anyBad(v)) return;
        if (!v.asin && !v.sku && !v.productCode) {
          const col = ['asin', 'sku', 'productCode']
            .map((f) => this.columns.get(f))
            .find((c) => c !== undefined);
          const header = col !== undefined ? this.headers[col] : 'ASIN';
          this.add(
            problem('RECORD_BAD_CELL', this.where(rowNo, header), t('records.cell.noProduct'), {
              expected: t('records.expect.product'),
              found: '',
            }),
          );
          return;
        }
        let status: InvoiceStatusValue = 'final';
        if (v.status) {
          const s = INVOICE_STATUS[v.status.normalize('NFKC').trim().toLowerCase()];
          if (!s) {
            const col = this.columns.get('status')!;
            this.add(
              problem(
                'RECORD_BAD_CELL',
                this.where(rowNo, this.headers[col]),
                t('records.cell.status', { found: v.status }),
                { expected: t('records.expect.status'), found: v.status },
              ),
            );
            return;
          }
          status = s;
        }
        this.noteAsin(v.sku ?? undefined, v.asin ?? undefined, rowNo);
        const asin =
          v.asin || (v.productCode ? this.codeAsin(v.productCode, v.supplier!) : undefined);
        // millions of lines repeat a few suppliers, dates and products: one copy of each text
        const one = (x: string) => this.shared(x);
        if (!(R.invoiceLines instanceof InvoiceLines))
          R.invoiceLines = InvoiceLines.of(R.invoiceLines);
        R.invoiceLines.add({
          // (each invoice number is kept once by the invoice lines: millions can be distinct)
          invoiceNumber: v.invoiceNumber!,
          issueDate: one(v.issueDate!),
          supplier: one(v.supplier!),
          ...(asin ? { asin: one(asin) } : {}),
          ...(v.sku ? { sku: one(v.sku) } : {}),
          ...(v.productCode ? { productCode: one(v.productCode) } : {}),
          ...(v.productName ? { productName: one(v.productName) } : {}),
          quantity: v.quantity!,
          status,
          ...(v.buyerName ? { buyerName: one(v.buyerName) } : {}),
          src,
        });
        return;
      }
      case 'shippingLog': {
        const v = {
          orderId: get<string>('orderId', true),
          orderDate: get<string>('orderDate'),
          expectedShipDate: get<string>('expectedShipDate', true),
          shippedDate: get<string>('shippedDate'),
          orderStatus: get<string>('orderStatus'),
          itemStatus: get<string>('itemStatus'),
          wrongItem: get<boolean>('wrongItem'),
          remedy: get<string>('remedy'),
        };
        if (anyBad(v)) return;
        const cancelled = cancelledWord(v.orderStatus) || cancelledWord(v.itemStatus);
        const id = v.orderId!;
        const prev = this.ctx.shipping.get(id);
        if (prev) {
          // A multi-item order: one row per order; cancelled only when every line is.
          prev.cancelled = prev.cancelled && cancelled;
          prev.wrongItem = prev.wrongItem || !!v.wrongItem;
          if (v.remedy && !prev.remedy) prev.remedy = v.remedy;
          if (v.shippedDate && (!prev.shippedDate || v.shippedDate > prev.shippedDate))
            prev.shippedDate = v.shippedDate;
          if (v.expectedShipDate! < prev.expectedShipDate)
            prev.expectedShipDate = v.expectedShipDate!;
          return;
        }
        const row = {
          orderId: id,
          orderDate: v.orderDate ?? v.expectedShipDate!,
          expectedShipDate: v.expectedShipDate!,
          ...(v.shippedDate ? { shippedDate: v.shippedDate } : {}),
          cancelled,
          wrongItem: !!v.wrongItem,
          ...(v.remedy ? { remedy: v.remedy } : {}),
          src,
        };
        this.ctx.shipping.set(id, row);
        R.shippingLog.push(row);
        return;
      }
    }
  }

  /** Called when the table ends: unknown kinds, header-only files, suppressed problems. */
  end(): void {
    if (!this.spec && !this.gaveUp) {
      if (this.candidates.length) this.unknown();
      // Nothing read because the file itself was refused (encoding, format): said already.
      else if (this.problemCount === 0)
        this.add(
          problem('RECORD_EMPTY', this.where(), t('records.empty'), {
            severity: this.info.sheet !== undefined ? 'info' : 'error',
            hint: t('records.empty.hint'),
          }),
        );
    } else if (this.spec && this.rows === 0) {
      this.add(
        problem(
          'RECORD_NO_ROWS',
          this.where(this.headerRow),
          t('records.headerOnly', {
            kind: t(`records.kind.${this.kind}`).en,
            kindJa: t(`records.kind.${this.kind}`).ja,
          }),
          { severity: 'warning' },
        ),
      );
    }
    this.flushSuppressed();
  }

  flushSuppressed(): void {
    if (this.suppressed > 0) {
      this.ctx.problems.push(
        problem(
          'RECORD_MORE_PROBLEMS',
          this.where(),
          t('records.moreProblems', { count: this.suppressed }),
          {
            hint: t('records.moreProblems.hint'),
          },
        ),
      );
      this.suppressed = 0;
    }
  }
}

/** True when a field of a row was bad (already reported): the row is left out. */
function anyBad(v: Record<string, unknown>): boolean {
  for (const k in v) if (v[k] === null) return true;
  return false;
}

/** Optional numeric columns of the ledger summary that the roll-forward uses. */
const ROLL_FIELDS = [
  'startingBalance',
  'endingBalance',
  'vendorReturns',
  'transfers',
  'found',
  'lost',
  'damaged',
  'disposed',
  'otherEvents',
  'unknownEvents',
] as const;

type InvoiceStatusValue = 'final' | 'quote' | 'proforma' | 'order-confirmation';
