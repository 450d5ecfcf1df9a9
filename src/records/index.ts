/**
 * The record readers: every file under `<case>/records/` (recursively, in path order, dot-files
 * skipped) is read by its content — format by extension and zip signature, encoding by bytes,
 * report kind by headers — into the record model. All problems of all files come back at once.
 */
import path from 'node:path';
import { EvidenceError, problem, temporaryFolderFault, type Problem } from '../errors.js';
import { heapProblem, heldHeap, recordsHeapShare } from '../heap-guard.js';
import { t } from '../i18n/catalogue.js';
import type { LoadedCase } from '../case/load.js';
import { KINDS, normalizeHeader } from './aliases.js';
import { InvoiceLines } from './invoice-lines.js';
import { TableReader, type ReadContext } from './table.js';
import { readTextFile, type TextIssue } from './text.js';
import { listCaseFolder } from './list.js';
import { hashFile, inspectXlsx, readXlsxRows, type ZipIssue } from './xlsx.js';
import { emptyRecords, type FileFormat, type Records, type ReportKind } from './types.js';

export { emptyRecords };
export type { Records };

export interface ReadProgress {
  file: string;
  rows: number;
  done: boolean;
}

export interface ReadOptions {
  onProgress?: (p: ReadProgress) => void;
}

const TEXT_EXT: Record<string, ',' | '\t'> = {
  '.txt': '\t',
  '.tsv': '\t',
  '.tab': '\t',
  '.csv': ',',
};
const UNREADABLE_SHEETS = new Set(['.xls', '.xlsm', '.xlsb', '.ods', '.numbers']);

/** The heap the record rows held so far need (orders are held per SKU and day). */
function heldBytes(ctx: ReadContext): number {
  const r = ctx.records;
  return heldHeap(
    r.invoiceLines.length,
    r.returns.length +
      r.receipts.ledgerDetail.length +
      r.receipts.receivedInventory.length +
      r.ledgerSummary.length +
      r.shipments.length +
      r.reimbursements.length +
      r.shippingLog.length +
      ctx.orderDays.size,
  );
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function extraAliases(loaded: LoadedCase, problems: Problem[]): ReadContext['extraAliases'] {
  const out: ReadContext['extraAliases'] = {};
  const given = loaded.data.records?.headerAliases ?? {};
  for (const [kind, fields] of Object.entries(given)) {
    if (!Object.hasOwn(KINDS, kind)) {
      problems.push(
        problem(
          'CASE_HEADER_ALIAS',
          { file: 'case.json', jsonPath: `$.records.headerAliases.${kind}` },
          t('records.alias.kind', { kind, kinds: Object.keys(KINDS).join(', ') }),
        ),
      );
      continue;
    }
    const k = kind as ReportKind;
    for (const [field, names] of Object.entries(fields)) {
      if (!Object.hasOwn(KINDS[k].fields, field)) {
        problems.push(
          problem(
            'CASE_HEADER_ALIAS',
            { file: 'case.json', jsonPath: `$.records.headerAliases.${kind}.${field}` },
            t('records.alias.field', {
              kind,
              field,
              fields: Object.keys(KINDS[k].fields).join(', '),
            }),
          ),
        );
        continue;
      }
      (out[k] ??= {})[field] = names.map(normalizeHeader);
    }
  }
  return out;
}

function textIssueProblem(file: string, i: TextIssue): Problem {
  switch (i.kind) {
    case 'invalidByte':
      return problem(
        'RECORD_ENCODING',
        { file, line: i.line },
        t('records.encoding.invalid', { line: i.line, encoding: i.encoding, bytes: i.bytes }),
        {
          hint: t('records.encoding.invalid.hint'),
          expected: i.encoding,
          found: i.bytes || undefined,
        },
      );
    case 'mixed':
      return problem(
        'RECORD_MIXED_ENCODING',
        { file, line: i.line },
        t('records.encoding.mixed', { line: i.line, encoding: i.encoding }),
        { hint: t('records.encoding.mixed.hint'), expected: i.encoding },
      );
    case 'unterminatedQuote':
      return problem(
        'RECORD_QUOTE',
        { file, line: i.line },
        t('records.unterminatedQuote', { line: i.line }),
        { hint: t('records.unterminatedQuote.hint') },
      );
    case 'lineTooLong':
      return problem(
        'RECORD_FORMAT',
        { file, line: i.line },
        t('records.lineTooLong', { line: i.line }),
        {
          hint: t('records.binary.hint'),
        },
      );
    case 'binary':
      return problem('RECORD_FORMAT', { file }, t('records.binary'), {
        hint: t('records.binary.hint'),
      });
  }
}

function zipIssueProblem(file: string, z: ZipIssue): Problem {
  switch (z.kind) {
    case 'legacyXls':
      return problem('RECORD_FORMAT', { file }, t('records.legacyXls'), {
        hint: t('records.legacyXls.hint'),
      });
    case 'notZip':
      return problem(
        'RECORD_FORMAT',
        { file },
        t(z.looksLikeText ? 'records.notXlsx.text' : 'records.notXlsx'),
        { hint: t('records.notXlsx.hint'), expected: 'xlsx (zip)' },
      );
    case 'truncated':
      return problem('RECORD_TRUNCATED', { file }, t('records.truncated'), {
        hint: t('records.truncated.hint'),
      });
    case 'damaged':
      return problem(
        'RECORD_XLSX_DAMAGED',
        { file },
        t('records.xlsxDamaged', { detail: `${z.entry}: bad local header` }),
        { hint: t('records.truncated.hint') },
      );
    case 'bomb':
      return problem(
        'RECORD_ZIP_BOMB',
        { file },
        t('records.zipBomb', {
          entry: z.entry,
          uncompressed: Number.isFinite(z.uncompressed) ? z.uncompressed : '>4 GiB',
          compressed: z.compressed,
        }),
        { hint: t('records.zipBomb.hint') },
      );
    case 'hiddenEntry':
      return problem(
        z.name !== undefined ? 'RECORD_XLSX_HIDDEN' : 'RECORD_XLSX_DAMAGED',
        { file },
        t('records.xlsxHiddenEntry', { at: z.at, name: z.name ? ` (${z.name})` : '' }),
        { hint: t('records.xlsxLayout.hint'), expected: 'only the parts the zip directory lists' },
      );
    case 'entryMismatch':
      return problem(
        'RECORD_XLSX_DAMAGED',
        { file },
        t('records.xlsxEntryMismatch', { entry: z.entry, field: z.field }),
        { hint: t('records.xlsxLayout.hint') },
      );
    case 'duplicateEntry':
      return problem(
        'RECORD_XLSX_HIDDEN',
        { file },
        t('records.xlsxDuplicateEntry', { entry: z.entry }),
        { hint: t('records.xlsxLayout.hint') },
      );
    case 'orphanSheet':
      return problem(
        'RECORD_XLSX_HIDDEN',
        { file },
        t('records.xlsxOrphanSheet', { entry: z.entry }),
        { hint: t('records.xlsxLayout.hint') },
      );
    case 'unreadableSheet':
      return problem(
        'RECORD_XLSX_UNREADABLE_SHEET',
        { file, sheet: z.sheet },
        t('records.xlsxUnreadableSheet', { sheet: z.sheet, target: z.target }),
        { hint: t('records.xlsxLayout.hint') },
      );
    case 'sheetTooLarge':
      return problem(
        'RECORD_SHEET_TOO_LARGE',
        { file },
        t('records.sheetTooLarge', { entry: z.entry, ref: z.ref, cells: z.cells }),
        { hint: t('records.sheetTooLarge.hint') },
      );
  }
}

/**
 * Reads every file under `<case>/records/`. Never throws for bad input: every problem (bad
 * cells, unknown files, encodings, damaged workbooks) is returned, all at once.
 */
export async function readRecords(
  loaded: LoadedCase,
  opts: ReadOptions = {},
): Promise<{ records: Records; problems: Problem[] }> {
  const problems: Problem[] = [];
  const records = emptyRecords();
  const share = recordsHeapShare();
  const ctx: ReadContext = {
    records,
    orderDays: new Map(),
    orderRows: new Map(),
    orderRanges: new Map(),
    shipping: new Map(),
    extraAliases: extraAliases(loaded, problems),
    dateOrder: loaded.data.records?.dateOrder,
    caseKind: loaded.data.kind,
    productCodes: loaded.data.records?.productCodes ?? [],
    suppliers: loaded.data.suppliers ?? [],
    skuAsinConflicts: new Set(),
    problems,
  };
  const listed = await listCaseFolder(loaded.dir, 'records');
  problems.push(...listed.problems);
  const files = listed.files.sort((a, b) => byCodePoint(a.rel, b.rel));
  if (files.length === 0 && listed.problems.length === 0)
    problems.push(
      problem('RECORD_NONE', { file: 'records/' }, t('records.none'), {
        severity: 'warning',
        hint: t('records.none.hint'),
      }),
    );

  for (const { rel: relInRecords, abs } of files) {
    const file = `records/${relInRecords}`;
    const ext = path.extname(relInRecords).toLowerCase();
    const progress = (rows: number, done: boolean) => opts.onProgress?.({ file, rows, done });
    progress(0, false);
    if (Object.hasOwn(TEXT_EXT, ext)) {
      const table = new TableReader(ctx, { file, csv: TEXT_EXT[ext] === ',' });
      let n = 0;
      const res = await readTextFile(
        abs,
        TEXT_EXT[ext]!,
        (r) => {
          table.row(r.row, r.cells);
          if (++n % 10_000 === 0) {
            progress(n, false);
            const oom = heapProblem({ file }, n, share, heldBytes(ctx));
            if (oom) throw oom;
          }
        },
        (i) => table.add(textIssueProblem(file, i)),
      );
      table.end();
      if (table.kind)
        records.files.push({
          path: file,
          kind: table.kind,
          format: (res.delimiter === ',' ? 'csv' : 'tsv') as FileFormat,
          encoding: res.encoding,
          rows: table.rows,
          size: res.size,
          sha256: res.sha256,
        });
      progress(n, true);
    } else if (ext === '.xlsx') {
      const { sha256, size } = await hashFile(abs);
      const issue = await inspectXlsx(abs);
      if (issue) {
        problems.push(zipIssueProblem(file, issue));
        progress(0, true);
        continue;
      }
      let table: TableReader | undefined;
      const tables: TableReader[] = [];
      let n = 0;
      try {
        await readXlsxRows(
          abs,
          (sheet) => {
            table = new TableReader(ctx, { file, sheet });
            tables.push(table);
          },
          (r) => {
            table!.row(r.row, r.cells);
            if (++n % 10_000 === 0) {
              progress(n, false);
              const oom = heapProblem({ file, sheet: table!.info.sheet }, n, share, heldBytes(ctx));
              if (oom) throw oom;
            }
          },
          () => table!.end(),
        );
      } catch (e) {
        if (e instanceof EvidenceError) throw e; // out of memory
        // a missing or full temporary folder is the machine's fault, not the spreadsheet's
        const temp = temporaryFolderFault(e, { onlyTempWritten: true });
        if (temp) throw temp;
        table?.flushSuppressed();
        problems.push(
          problem(
            'RECORD_XLSX_DAMAGED',
            { file },
            t('records.xlsxDamaged', { detail: (e as Error).message }),
            {
              hint: t('records.truncated.hint'),
            },
          ),
        );
      }
      // the workbook is read more than once (checked, hashed, parsed): the same bytes each time,
      // or the manifest could name other bytes than the numbers came from
      if ((await hashFile(abs).catch(() => undefined))?.sha256 !== sha256) {
        problems.push(
          problem('RECORD_CHANGED', { file }, t('records.changed', { file }), {
            hint: t('records.changed.hint'),
          }),
        );
        progress(n, true);
        continue;
      }
      const known = tables.filter((x) => x.kind);
      for (const tb of known)
        records.files.push({
          path: file,
          kind: tb.kind!,
          format: 'xlsx',
          encoding: 'xlsx',
          rows: tb.rows,
          size,
          sha256,
          ...(tb.info.sheet !== undefined ? { sheet: tb.info.sheet } : {}),
        });
      if (known.length > 0) {
        // Sheets that are no report next to sheets that are: informational only.
        for (let i = problems.length - 1; i >= 0; i--) {
          const p = problems[i]!;
          if (
            p.where.file === file &&
            (p.code === 'RECORD_UNKNOWN_KIND' || p.code === 'RECORD_EMPTY')
          )
            problems[i] = { ...p, severity: 'info' };
        }
      } else if (
        tables.length > 0 &&
        !problems.some((p) => p.where.file === file && p.severity === 'error')
      ) {
        problems.push(
          problem('RECORD_EMPTY', { file }, t('records.empty'), { hint: t('records.empty.hint') }),
        );
      }
      progress(n, true);
    } else if (UNREADABLE_SHEETS.has(ext)) {
      problems.push(
        problem('RECORD_FORMAT', { file }, t('records.unsupportedSheet', { ext }), {
          hint: t('records.legacyXls.hint'),
        }),
      );
    } else {
      problems.push(
        problem('RECORD_IGNORED', { file }, t('records.ignored', { ext: ext || '-' }), {
          severity: 'warning',
          hint: t('records.ignored.hint'),
        }),
      );
    }
  }

  // reading is over: the invoice lines' lookup tables are let go
  if (records.invoiceLines instanceof InvoiceLines) records.invoiceLines.seal();
  if (ctx.orderRows?.size) records.orderRows = [...ctx.orderRows.values()];
  records.orders = [...ctx.orderDays.values()].sort(
    (a, b) =>
      byCodePoint(a.date, b.date) ||
      byCodePoint(a.sku, b.sku) ||
      byCodePoint(a.asin ?? '', b.asin ?? '') ||
      Number(a.cancelled) - Number(b.cancelled) ||
      byCodePoint(a.channel ?? '', b.channel ?? ''),
  );
  return { records, problems };
}
