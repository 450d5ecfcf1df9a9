// Hostile input, round 2 (issue 17), the records and case-file classes: spreadsheets read as
// Excel reads them (4), nothing skipped without a word (5), exit codes that blame the right
// party (8), a clean --json (10) and silent acceptances (12). Same item shape as corpus.mjs,
// plus `args` (extra CLI arguments), `env`, `json` (parse stdout as the one JSON document) and
// `check(result, dir)` for items that must give a correct result. Run by test/hostile/round2-records.test.ts.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { INVOICE_HEADERS, invoiceLinesTsv, writeBaseCase } from './base-case.mjs';
import { makeZip, xlsxEntries } from './zip.mjs';
import { writeBigInvoiceXlsx } from './big-xlsx.mjs';

function editCase(dir, mutate) {
  const file = path.join(dir, 'case.json');
  const c = JSON.parse(readFileSync(file, 'utf8'));
  mutate(c);
  writeFileSync(file, `${JSON.stringify(c, null, 2)}\n`);
}

/** Replaces the text of case.json (for what JSON.stringify cannot write: duplicates, depth). */
function editCaseText(dir, edit) {
  const file = path.join(dir, 'case.json');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Sheet XML with inline strings (numbers for numbers). */
function sheet(rows) {
  const cols = 'ABCDEFGHIJ';
  const body = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r
          .map((v, j) => {
            const ref = `${cols[j]}${i + 1}`;
            return typeof v === 'number'
              ? `<c r="${ref}"><v>${v}</v></c>`
              : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
          })
          .join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

const invoiceRows = (n, units, prefix = 'INV-H') =>
  Array.from({ length: n }, (_, i) => [
    `${prefix}${i + 1}`,
    '2026-03-01',
    'テスト卸株式会社',
    'B0HOSTILE1',
    '00123-A',
    units,
    '',
  ]);

/** A one-sheet invoice workbook (the visible 10 units of the base case move into it). */
function visibleEntries() {
  return xlsxEntries(sheet([INVOICE_HEADERS, ...invoiceRows(1, 10, 'INV-000')]));
}

/** Zip bytes whose central directory leaves out the entries at `hidden` (indexes). */
export function zipHiding(entries, hidden) {
  const full = makeZip(entries);
  const eocd = full.length - 22;
  const cdOffset = full.readUInt32LE(eocd + 16);
  const cd = full.subarray(cdOffset, eocd);
  const keep = [];
  let p = 0;
  for (let i = 0; i < entries.length; i++) {
    const len = 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    if (!hidden.includes(i)) keep.push(cd.subarray(p, p + len));
    p += len;
  }
  const newCd = Buffer.concat(keep);
  const end = Buffer.from(full.subarray(eocd));
  end.writeUInt16LE(keep.length, 8);
  end.writeUInt16LE(keep.length, 10);
  end.writeUInt32LE(newCd.length, 12);
  return Buffer.concat([full.subarray(0, cdOffset), newCd, end]);
}

const hiddenSheet = {
  name: 'xl/worksheets/sheet2.xml',
  data: Buffer.from(sheet([INVOICE_HEADERS, ...invoiceRows(1, 5000)])),
};

/** The base case with its invoice lines in records/invoices.xlsx (bytes given). */
function invoicesXlsx(bytes) {
  return (dir) => {
    rmSync(path.join(dir, 'records/invoice-lines.txt'));
    writeFileSync(path.join(dir, 'records/invoices.xlsx'), bytes);
  };
}

/**
 * A 40×30 GIF whose only frame holds no pixels (a clear code, then the end code): omggif decodes
 * it and writes "Warning, gif stream shorter than expected." with console.log.
 */
export function shortGif() {
  const head = Buffer.from('GIF89a', 'latin1');
  const screen = Buffer.from([40, 0, 30, 0, 0x80, 0, 0]); // global palette of 2 colours
  const palette = Buffer.from([0, 0, 0, 255, 255, 255]);
  const image = Buffer.from([0x2c, 0, 0, 0, 0, 40, 0, 30, 0, 0]);
  const data = Buffer.from([2, 1, 0x2c, 0]); // min code size 2; codes 4 (clear), 5 (end)
  return Buffer.concat([head, screen, palette, image, data, Buffer.from([0x3b])]);
}

/** Adds a photo next to the invoice. */
function addPhoto(name, bytes) {
  return (dir) => {
    writeFileSync(path.join(dir, 'documents', name), bytes);
    editCase(dir, (c) =>
      c.documents.push({ file: `documents/${name}`, kind: 'photo', description: '検品写真' }),
    );
  };
}

/** The base case's invoice line with the ASIN written as `asin`. */
function invoiceAsin(asin) {
  return (dir) =>
    writeFileSync(
      path.join(dir, 'records/invoice-lines.txt'),
      invoiceLinesTsv([['INV-0001', '2026-03-01', 'テスト卸株式会社', asin, '00123-A', '10', '']]),
    );
}

/** The invoice lines as a CSV whose quantity cell is written `quantity` (quotes and all). */
function invoiceCsv(quantity) {
  return (dir) => {
    rmSync(path.join(dir, 'records/invoice-lines.txt'));
    writeFileSync(
      path.join(dir, 'records/invoice-lines.csv'),
      `${INVOICE_HEADERS.join(',')}\nINV-0001,2026-03-01,テスト卸株式会社,B0HOSTILE1,00123-A,${quantity},\n`,
    );
  };
}

/** The base case with its invoice PDF renamed to documents/<name>. */
function renameDocument(name) {
  return (dir) => {
    renameSync(path.join(dir, 'documents/invoice-0001.pdf'), path.join(dir, 'documents', name));
    editCase(dir, (c) => {
      c.documents[0].file = `documents/${name}`;
      c.actionsTaken[0].evidence = [`documents/${name}`];
    });
  };
}

/** The base case with its order report moved to data/orders.txt, then `then(dir)`. */
function moveOrders(then) {
  return (dir) => {
    mkdirSync(path.join(dir, 'data'));
    renameSync(path.join(dir, 'records/All Orders Report.txt'), path.join(dir, 'data/orders.txt'));
    then(dir);
  };
}

export const items = [
  // ---- 4. spreadsheets read as Excel reads them --------------------------------------------
  {
    id: 'r2-xlsx-hidden-sheet-not-in-directory',
    area: 'records',
    class: 4,
    command: 'reconcile',
    exit: 1,
    mention: ['records/invoices.xlsx', 'RECORD_XLSX_HIDDEN'],
    // 10 units visible in Excel; a second sheet with 5,000 more only in the local entries
    make: invoicesXlsx(zipHiding([...visibleEntries(), hiddenSheet], [5])),
  },
  {
    id: 'r2-xlsx-hidden-entry-before-first',
    area: 'records',
    class: 4,
    command: 'reconcile',
    exit: 1,
    mention: ['records/invoices.xlsx', 'RECORD_XLSX_HIDDEN'],
    make: invoicesXlsx(zipHiding([hiddenSheet, ...visibleEntries()], [0])),
  },
  {
    id: 'r2-xlsx-sheet-part-not-in-workbook',
    area: 'records',
    class: 4,
    command: 'reconcile',
    exit: 1,
    mention: ['records/invoices.xlsx', 'xl/worksheets/sheet2.xml'],
    // listed by the directory (unzip -l shows it) but no sheet of workbook.xml points to it
    make: invoicesXlsx(makeZip([...visibleEntries(), hiddenSheet])),
  },
  {
    id: 'r2-xlsx-duplicate-directory-entry',
    area: 'records',
    class: 4,
    command: 'reconcile',
    exit: 1,
    mention: ['records/invoices.xlsx', 'xl/worksheets/sheet1.xml'],
    make: invoicesXlsx(
      makeZip([...visibleEntries(), { ...hiddenSheet, name: 'xl/worksheets/sheet1.xml' }]),
    ),
  },
  {
    id: 'r2-xlsx-sheet-exceljs-cannot-find',
    area: 'records',
    class: 4,
    command: 'reconcile',
    exit: 1,
    mention: ['records/invoices.xlsx', 'xl/worksheets/data.xml'],
    // Excel shows this sheet; a reader that takes sheetN.xml names only would skip it
    make: invoicesXlsx(
      makeZip(
        visibleEntries().map((e) =>
          e.name === 'xl/worksheets/sheet1.xml'
            ? { ...e, name: 'xl/worksheets/data.xml' }
            : e.name === 'xl/_rels/workbook.xml.rels'
              ? {
                  ...e,
                  data: Buffer.from(
                    e.data.toString().replace('worksheets/sheet1.xml', 'worksheets/data.xml'),
                  ),
                }
              : e,
        ),
      ),
    ),
  },
  {
    id: 'r2-xlsx-many-invoice-lines',
    area: 'records',
    class: 4,
    command: 'reconcile',
    args: ['--json'],
    json: true,
    exit: 0,
    // 100,000 lines of the one invoice the case has: read whole, well under 1 GB
    products: { B0HOSTILE1: { invoiced: 100_000 } },
    make: async (dir) => {
      rmSync(path.join(dir, 'records/invoice-lines.txt'));
      await writeBigInvoiceXlsx(path.join(dir, 'records/invoices.xlsx'), 100_000, {
        invoiceOf: () => 'INV-0001',
      });
    },
  },
  {
    id: 'r2-xlsx-distinct-invoices',
    area: 'records',
    class: 4,
    command: 'reconcile',
    args: ['--json'],
    json: true,
    // 300,000 lines, each its own invoice without an original: the first 100 DOCUMENT_MISSING
    // listed, the rest counted in one MORE_FINDINGS (before, one finding per invoice: 600,000
    // lines gave 252 MB of JSON in 3 GB, 2.6 million crashed V8 at 4.3 GB)
    exit: 1,
    products: { B0HOSTILE1: { invoiced: 300_000 } },
    mention: ['DOCUMENT_MISSING', 'MORE_FINDINGS', '299900'],
    make: async (dir) => {
      rmSync(path.join(dir, 'records/invoice-lines.txt'));
      await writeBigInvoiceXlsx(path.join(dir, 'records/invoices.xlsx'), 300_000);
    },
  },
  {
    id: 'r2-xlsx-out-of-memory',
    area: 'records',
    class: 4,
    command: 'reconcile',
    // 150,000 lines, each of its own invoice (alike lines would be held as one entry), with a
    // 40 MB heap: before, V8's crash (signal 6, a C++ stack, no word of which file); now exit 2
    // naming the file and the rows read. (Since the sheet is scanned as bytes, invoice numbers
    // are numbered in a table of their own and lines are held in columns, 150,000 lines fit in
    // 60 MB, and the heap guard counts 250 bytes a line, not 500.)
    env: () => ({ NODE_OPTIONS: '--max-old-space-size=40' }),
    exit: 2,
    mention: ['records/invoices.xlsx', 'OUT_OF_MEMORY'],
    make: async (dir) => {
      rmSync(path.join(dir, 'records/invoice-lines.txt'));
      await writeBigInvoiceXlsx(path.join(dir, 'records/invoices.xlsx'), 150_000);
    },
  },
  {
    id: 'r2-xlsx-japanese-across-chunk-boundaries',
    area: 'records',
    class: 4,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    // 60,000 lines with the supplier's product code in Japanese, mapped to the ASIN in case.json.
    // exceljs decodes each chunk of a part on its own: before, codes cut by a chunk boundary
    // came out as "タンブラ��３５０", matched no ASIN, and their units silently vanished.
    products: { B0HOSTILE1: { invoiced: 60_000 } },
    make: async (dir) => {
      rmSync(path.join(dir, 'records/invoice-lines.txt'));
      editCase(dir, (c) => {
        c.records = { productCodes: [{ code: 'タンブラー３５０ミリ', asin: 'B0HOSTILE1' }] };
      });
      await writeBigInvoiceXlsx(path.join(dir, 'records/invoices.xlsx'), 60_000, {
        invoiceOf: () => 'INV-0001',
        asin: 'タンブラー３５０ミリ',
        headers: INVOICE_HEADERS.map((h) => (h === 'ASIN' ? '商品コード' : h)),
      });
    },
  },
  // ---- 5. nothing skipped without a word --------------------------------------------------
  {
    id: 'r2-records-link-to-file-inside',
    area: 'records',
    class: 5,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    // read through: before, the link was skipped silently and the appeal said 0 sold
    products: { B0HOSTILE1: { sold: 3, invoiced: 10 } },
    make: moveOrders((dir) =>
      symlinkSync('../data/orders.txt', path.join(dir, 'records/All Orders Report.txt')),
    ),
  },
  {
    id: 'r2-records-link-to-folder-inside',
    area: 'records',
    class: 5,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    products: { B0HOSTILE1: { sold: 3, invoiced: 10 } },
    make: moveOrders((dir) => symlinkSync('../data', path.join(dir, 'records/amazon'))),
  },
  {
    id: 'r2-records-link-twice-to-one-file',
    area: 'records',
    class: 5,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    // two links to one report: read once (a warning names both), never counted twice
    products: { B0HOSTILE1: { sold: 3 } },
    stderr: ['RECORD_LINK_DUPLICATE', 'records/b.txt', 'records/a.txt'],
    make: moveOrders((dir) => {
      symlinkSync('../data/orders.txt', path.join(dir, 'records/a.txt'));
      symlinkSync('../data/orders.txt', path.join(dir, 'records/b.txt'));
    }),
  },
  {
    id: 'r2-records-link-outside-case',
    area: 'records',
    class: 5,
    command: 'reconcile',
    exit: 1,
    mention: ['records/orders.txt', 'RECORD_LINK'],
    make: (dir) => {
      const outside = path.join(path.dirname(dir), `${path.basename(dir)}-outside.txt`);
      renameSync(path.join(dir, 'records/All Orders Report.txt'), outside);
      symlinkSync(outside, path.join(dir, 'records/orders.txt'));
    },
  },
  {
    id: 'r2-records-broken-link',
    area: 'records',
    class: 5,
    command: 'reconcile',
    exit: 1,
    mention: ['records/returns.txt', 'RECORD_LINK'],
    make: (dir) => symlinkSync('../data/returns.txt', path.join(dir, 'records/returns.txt')),
  },
  {
    id: 'r2-records-fifo',
    area: 'records',
    class: 5,
    command: 'reconcile',
    exit: 1,
    mention: ['records/orders-pipe.txt', 'RECORD_NOT_FILE'],
    make: (dir) => execFileSync('mkfifo', [path.join(dir, 'records/orders-pipe.txt')]),
  },
  {
    id: 'r2-records-folder-is-link-outside',
    area: 'records',
    class: 5,
    command: 'reconcile',
    exit: 1,
    mention: ['records/', 'RECORD_LINK'],
    make: (dir) => {
      const outside = `${dir}-records`;
      renameSync(path.join(dir, 'records'), outside);
      symlinkSync(outside, path.join(dir, 'records'));
    },
  },
  {
    id: 'r2-submissions-file-replaced-by-fifo-and-link',
    area: 'submissions',
    class: 5,
    command: 'verify',
    exit: 1, // before: verify opened the FIFO and waited forever; the link was followed
    mention: ['submissions/rev-001/reconciliation.xlsx', 'VERIFY_NOT_FILE', 'upload/'],
    make: (dir) => {
      execFileSync(process.execPath, [path.resolve('dist/src/cli.js'), 'build', dir], {
        stdio: 'ignore',
      });
      const rev = path.join(dir, 'submissions/rev-001');
      renameSync(path.join(rev, 'reconciliation.xlsx'), path.join(dir, 'copy.xlsx'));
      symlinkSync('../../copy.xlsx', path.join(rev, 'reconciliation.xlsx'));
      const doc = readdirSync(path.join(rev, 'upload')).find((n) => n.startsWith('A-'));
      rmSync(path.join(rev, 'upload', doc));
      execFileSync('mkfifo', [path.join(rev, 'upload', doc)]);
    },
  },
  // ---- 8. exit codes that blame the right party ---------------------------------------------
  {
    id: 'r2-case-header-alias-constructor',
    area: 'case',
    class: 8,
    command: 'check',
    exit: 1, // before: exit 2, "Cannot use 'in' operator to search for 'sku' in undefined"
    mention: ['$.records.headerAliases.constructor', 'CASE_HEADER_ALIAS'],
    make: (dir) =>
      editCase(dir, (c) => (c.records = { headerAliases: { constructor: { sku: ['品番'] } } })),
  },
  {
    id: 'r2-case-header-alias-field-tostring',
    area: 'case',
    class: 8,
    command: 'check',
    exit: 1, // before: accepted without a word
    mention: ['$.records.headerAliases.allOrders.toString', 'CASE_HEADER_ALIAS'],
    make: (dir) =>
      editCase(dir, (c) => (c.records = { headerAliases: { allOrders: { toString: ['品番'] } } })),
  },
  {
    id: 'r2-case-header-alias-proto',
    area: 'case',
    class: 8,
    command: 'check',
    exit: 1, // before: silently dropped
    mention: ['$.records.headerAliases.__proto__', 'CASE_JSON_KEY'],
    make: (dir) =>
      editCaseText(dir, (t) =>
        t.replace(
          '"schemaVersion": 1,',
          '"schemaVersion": 1,\n  "records": {"headerAliases": {"__proto__": {"sku": ["品番"]}}},',
        ),
      ),
  },
  {
    id: 'r2-case-json-100000-deep',
    area: 'case',
    class: 8,
    command: 'check',
    exit: 1, // before: exit 2, "Maximum call stack size exceeded"
    mention: ['case.json', 'CASE_JSON_DEPTH'],
    make: (dir) =>
      editCaseText(dir, (t) =>
        t.replace('"build":', `"extra": ${'['.repeat(100_000)}${']'.repeat(100_000)},\n  "build":`),
      ),
  },
  {
    id: 'r2-case-50mb-narrative',
    area: 'case',
    class: 8,
    command: 'build',
    exit: 1, // before: no answer in 120 s, 4.2 GB
    mention: ['case.json', 'CASE_TOO_BIG'],
    make: (dir) => editCase(dir, (c) => (c.narrative.rootCause = ['原因'.repeat(25_000_000)])),
  },
  {
    id: 'r2-case-1m-character-string',
    area: 'case',
    class: 8,
    command: 'build',
    exit: 1,
    mention: ['$.narrative.rootCause[0]', 'CASE_TEXT_TOO_LONG'],
    make: (dir) => editCase(dir, (c) => (c.narrative.rootCause = ['原因'.repeat(500_000)])),
  },
  {
    id: 'r2-case-120000-character-paragraph',
    area: 'case',
    class: 8,
    command: 'build',
    exit: 1, // before: 41 s to lay it out
    mention: ['$.narrative.rootCause[0]', 'CASE_TEXT_TOO_LONG'],
    make: (dir) =>
      editCase(dir, (c) => (c.narrative.rootCause = ['仕入記録を照合しました。'.repeat(10_000)])),
  },
  {
    id: 'r2-plan-paragraph-of-many-lines',
    area: 'case',
    class: 8,
    command: 'build',
    exit: 1,
    // 12 lines of 1,200 characters with single newlines: one paragraph of 14,400 characters
    mention: ['$.narrative.rootCause', 'PLAN_PARAGRAPH_TOO_LONG'],
    make: (dir) =>
      editCase(
        dir,
        (c) => (c.narrative.rootCause = Array(12).fill('仕入記録を照合しました。'.repeat(100))),
      ),
  },
  {
    id: 'r2-upload-name-longer-than-file-system-allows',
    area: 'upload',
    class: 8,
    command: 'build',
    exit: 0, // before: exit 2, ENAMETOOLONG writing upload/A-1_請…請.pdf (255 bytes + label)
    uploadNames: { count: 2 },
    make: renameDocument(`${'請'.repeat(83)}.pdf`),
  },
  {
    id: 'r2-temp-folder-missing',
    area: 'environment',
    class: 8,
    // build works in TMPDIR (private copies of the documents); reading a workbook no longer
    // does (exceljs buffered a sheet that came before its shared strings there)
    command: 'build',
    env: () => ({ TMPDIR: '/nonexistent-evidence-pack-tmp' }),
    exit: 2, // before: exit 1, RECORD_XLSX_DAMAGED blamed on the seller's spreadsheet
    mention: ['TEMP_DIR', '/nonexistent-evidence-pack-tmp'],
    make: invoicesXlsx(makeZip(visibleEntries())),
  },
  {
    id: 'r2-temp-folder-is-a-file',
    area: 'environment',
    class: 8,
    command: 'build',
    env: (dir) => ({ TMPDIR: path.join(dir, 'case.json') }),
    exit: 2,
    mention: ['TEMP_DIR', 'case.json'],
    make: invoicesXlsx(makeZip(visibleEntries())),
  },
  // ---- 10. clean --json ---------------------------------------------------------------------
  {
    id: 'r2-json-gif-decoder-warning',
    area: 'output',
    class: 10,
    command: 'build',
    args: ['--json'],
    json: true,
    // before: exit 0, stdout began "Warning, gif stream shorter than expected." before the JSON,
    // and the photo was attached blank; now refused as damaged, the JSON alone on stdout
    exit: 1,
    mention: ['documents/photo-short.gif', 'IMAGE_CORRUPT'],
    make: addPhoto('photo-short.gif', shortGif()),
  },
  {
    id: 'r2-json-gif-decoder-warning-check',
    area: 'output',
    class: 10,
    command: 'check',
    args: ['--json'],
    json: true,
    exit: 1,
    mention: ['documents/photo-short.gif', 'IMAGE_CORRUPT'],
    make: addPhoto('photo-short.gif', shortGif()),
  },
  // ---- 12. silent acceptances -------------------------------------------------------------
  {
    id: 'r2-upload-name-bidi-controls',
    area: 'upload',
    class: 12,
    command: 'build',
    exit: 0,
    // U+202E makes "請求書‮fdp.exe" show as "請求書exe.pdf"; U+2066/U+2069 isolate, U+200F RLM
    uploadNames: { count: 2 },
    make: renameDocument('請求書\u2066\u202efdp.exe\u2069\u200f.pdf'),
  },
  {
    id: 'r2-case-duplicate-key',
    area: 'case',
    class: 12,
    command: 'check',
    exit: 1, // before: the second legalName won without a word
    mention: ['$.seller.legalName', 'CASE_JSON_DUPLICATE_KEY', '7, 8'],
    make: (dir) =>
      editCaseText(dir, (t) =>
        t.replace('"storeName"', '"legalName": "別会社株式会社",\n    "storeName"'),
      ),
  },
  {
    id: 'r2-case-duplicate-key-nested',
    area: 'case',
    class: 12,
    command: 'check',
    exit: 1,
    mention: ['$.products[0].asin', 'CASE_JSON_DUPLICATE_KEY'],
    make: (dir) =>
      editCaseText(dir, (t) =>
        t.replace('"asin": "B0HOSTILE1",', '"asin": "B0HOSTILE1",\n      "asin": "B0HOSTILE2",'),
      ),
  },
  {
    id: 'r2-records-asin-lower-case',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 0, // before: the lines counted for no ASIN, invoiced 0
    products: { B0HOSTILE1: { invoiced: 10 } },
    stderr: ['RECORD_ASIN_NORMALISED', 'b0hostile1'],
    make: invoiceAsin('b0hostile1'),
  },
  {
    id: 'r2-records-asin-zero-width-space',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    products: { B0HOSTILE1: { invoiced: 10 } },
    stderr: ['RECORD_ASIN_NORMALISED', 'records/invoice-lines.txt'],
    make: invoiceAsin('B0HOST\u200bILE1\ufeff'),
  },
  {
    id: 'r2-records-asin-cyrillic-look-alike',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    products: { B0HOSTILE1: { invoiced: 10 } },
    stderr: ['RECORD_ASIN_NORMALISED', '\u0412\u0030HOSTILE1'],
    make: invoiceAsin('\u0412\u0030HOSTILE1'), // Cyrillic Ve
  },
  {
    id: 'r2-records-asin-full-width',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    products: { B0HOSTILE1: { invoiced: 10 } },
    stderr: ['RECORD_ASIN_NORMALISED'],
    make: invoiceAsin('Ｂ０ＨＯＳＴＩＬＥ１'),
  },
  {
    id: 'r2-records-asin-lower-case-in-orders',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 0, // before: sold 0 for the cited ASIN
    products: { B0HOSTILE1: { sold: 3 } },
    stderr: ['RECORD_ASIN_NORMALISED', 'records/All Orders Report.txt'],
    make: (dir) => {
      const f = path.join(dir, 'records/All Orders Report.txt');
      writeFileSync(f, readFileSync(f, 'utf8').replaceAll('\tB0HOSTILE1\t', '\tb0hostile1\t'));
    },
  },
  {
    id: 'r2-records-asin-not-an-asin',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 1, // the cited ASIN has no invoice: said, and the odd value reported, not matched
    mention: ['RECORD_ASIN_INVALID', 'B0HOSTILE'],
    make: invoiceAsin('B0HOSTILE'),
  },
  {
    id: 'r2-records-thousands-tsv',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    products: { B0HOSTILE1: { invoiced: 1000 } },
    stderr: ['RECORD_THOUSANDS_SEPARATOR', '1,000'],
    make: (dir) =>
      writeFileSync(
        path.join(dir, 'records/invoice-lines.txt'),
        invoiceLinesTsv([
          ['INV-0001', '2026-03-01', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', '1,000', ''],
        ]),
      ),
  },
  {
    id: 'r2-records-thousands-csv-quoted',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    products: { B0HOSTILE1: { invoiced: 1000 } },
    stderr: ['RECORD_THOUSANDS_SEPARATOR'],
    make: invoiceCsv('"1,000"'),
  },
  {
    id: 'r2-records-thousands-csv-unquoted',
    area: 'records',
    class: 12,
    command: 'reconcile',
    exit: 1, // before: read as 1 unit, "000" went into the status column
    mention: ['records/invoice-lines.csv', 'RECORD_EXTRA_CELLS'],
    make: invoiceCsv('1,000'),
  },
  {
    id: 'r2-records-thousands-xlsx-text-cell',
    area: 'records',
    class: 12,
    command: 'reconcile',
    args: ['--json'],
    exit: 0,
    products: { B0HOSTILE1: { invoiced: 1000 } },
    stderr: ['RECORD_THOUSANDS_SEPARATOR'],
    make: invoicesXlsx(
      makeZip(xlsxEntries(sheet([INVOICE_HEADERS, ...invoiceRows(1, '1,000', 'INV-000')]))),
    ),
  },
];

/** Writes item `it` as a case folder at `dir` (the base case, then the item's change). */
export async function makeItem(it, dir) {
  writeBaseCase(dir);
  await it.make(dir);
}

/** The arguments, environment and command line of an item for the CLI. */
export function itemRun(it, dir) {
  const args = typeof it.args === 'function' ? it.args(dir) : (it.args ?? []);
  return { argv: [it.command, dir, ...args], env: it.env?.(dir) ?? {} };
}

// `node scripts/hostile/round2-records.mjs [id-prefix …]`: each item's exit code, wall time and
// peak memory on the built CLI (EP_CLI=path/to/cli.js to measure another build, e.g. before).
if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const prefixes = process.argv.slice(2);
  const cli = path.resolve(process.env.EP_CLI ?? 'dist/src/cli.js');
  for (const it of items.filter(
    (i) => !prefixes.length || prefixes.some((p) => i.id.startsWith(p)),
  )) {
    const root = mkdtempSync(path.join(tmpdir(), 'ep-r2-measure-'));
    const dir = path.join(root, it.id);
    await makeItem(it, dir);
    const { argv, env } = itemRun(it, dir);
    const r = spawnSync('/usr/bin/time', ['-v', 'timeout', '120', process.execPath, cli, ...argv], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'ja_JP.UTF-8', ...env },
      maxBuffer: 256 << 20,
    });
    const err = r.stderr ?? '';
    const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? 0);
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(err)?.[1] ?? '?';
    const signal = /Command terminated by signal (\d+)/.exec(err)?.[1];
    const code = /Exit status: (\d+)/.exec(err)?.[1] ?? String(r.status);
    const first = `${r.stdout}\n${err}`.split('\n').find((l) => /(error|エラー) [A-Z_]+:/.test(l));
    console.log(
      [
        `c${it.class}`,
        it.id.padEnd(44),
        `exit ${signal ? `signal ${signal}` : code}`.padEnd(14),
        wall.padStart(8),
        `${Math.round(rss / 1024)} MB`.padStart(8),
        (first ?? '').trim().slice(0, 100),
      ].join(' '),
    );
    rmSync(root, { recursive: true, force: true });
  }
}
