// The hostile-input corpus: every item is a case folder made from the valid base case with one
// thing broken, plus what the CLI must answer. `node scripts/hostile/corpus.mjs <dir>` writes
// them all for a look by hand; test/hostile/ runs the built CLI against each.
import { mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { writeBaseCase, invoiceLinesTsv, ordersTsv, INVOICE_HEADERS } from './base-case.mjs';
import { badXrefPdf, bombPdf, pageTreeLoopPdf, validPdf, zeroPagePdf } from './pdf-bytes.mjs';
import { animatedGif, exifJpeg, foreign, interlacedPng } from './images.mjs';
import { makeZip, xlsxEntries } from './zip.mjs';
import { encodeCp932 } from '../samples/lib/cp932.mjs';
import { round2Items } from './round2.mjs';
import { items as recordsRound2Items } from './round2-records.mjs';
import { RETURNS_HEADER } from '../samples/lib/reports.mjs';

const INV = 'documents/invoice-0001.pdf';

/** Replaces the base invoice document with `bytes` written under `name`. */
function swapDocument(name, bytes, extra = {}) {
  return (dir) => {
    rmSync(path.join(dir, INV));
    writeFileSync(path.join(dir, name), bytes);
    writeBaseCaseJson(dir, (c) => {
      c.documents[0] = { ...c.documents[0], file: name, ...extra };
      c.actionsTaken[0].evidence = [name];
    });
  };
}

/** Adds one more document (e.g. a photo) next to the valid invoice. */
function addDocument(name, bytes, kind = 'photo') {
  return (dir) => {
    writeFileSync(path.join(dir, name), bytes);
    writeBaseCaseJson(dir, (c) => {
      c.documents.push({ file: name, kind, description: 'test image' });
    });
  };
}

function writeBaseCaseJson(dir, mutate) {
  const file = path.join(dir, 'case.json');
  const c = JSON.parse(readFileSync(file, 'utf8'));
  mutate(c);
  writeFileSync(file, `${JSON.stringify(c, null, 2)}\n`);
}

function mutateCase(mutate) {
  return (dir) => writeBaseCaseJson(dir, mutate);
}

function record(name, bytes) {
  return (dir) => writeFileSync(path.join(dir, 'records', name), bytes);
}

async function xlsxBuffer(rows, patch) {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('請求明細');
  for (const r of rows) ws.addRow(r);
  if (patch) patch(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheetXml(rowsXml, dimension = 'A1:B2') {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${rowsXml}</sheetData></worksheet>`;
}

/**
 * Items. `command` is what the suite runs; `exit` the expected exit code; `mention` strings the
 * output must contain (file names, locations). Items with `exit: 0` are hostile inputs the tool
 * must handle correctly (checked further in the suite by id).
 */
export const items = [
  // ---- PDFs --------------------------------------------------------------------------------
  {
    id: 'pdf-encrypted-empty-password',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/encrypted-empty.pdf'],
    make: async (dir) => {
      const plain = path.join(dir, 'plain.tmp.pdf');
      writeFileSync(plain, validPdf());
      await swapDocument('documents/encrypted-empty.pdf', Buffer.alloc(0))(dir);
      execFileSync('qpdf', [
        '--encrypt',
        '',
        'owner-secret',
        '256',
        '--',
        plain,
        path.join(dir, 'documents/encrypted-empty.pdf'),
      ]);
      rmSync(plain);
    },
  },
  {
    id: 'pdf-encrypted-user-password',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/encrypted-user.pdf'],
    make: async (dir) => {
      const plain = path.join(dir, 'plain.tmp.pdf');
      writeFileSync(plain, validPdf());
      await swapDocument('documents/encrypted-user.pdf', Buffer.alloc(0))(dir);
      execFileSync('qpdf', [
        '--encrypt',
        'user-secret',
        'owner-secret',
        '256',
        '--',
        plain,
        path.join(dir, 'documents/encrypted-user.pdf'),
      ]);
      rmSync(plain);
    },
  },
  {
    id: 'pdf-truncated',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/truncated.pdf'],
    make: (dir) => {
      const b = validPdf();
      return swapDocument(
        'documents/truncated.pdf',
        b.subarray(0, Math.floor(b.length * 0.6)),
      )(dir);
    },
  },
  {
    id: 'pdf-bad-xref',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/bad-xref.pdf'],
    make: swapDocument('documents/bad-xref.pdf', badXrefPdf()),
  },
  {
    id: 'pdf-page-tree-loop',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/loop.pdf'],
    make: swapDocument('documents/loop.pdf', pageTreeLoopPdf()),
  },
  {
    id: 'pdf-zero-pages',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/zero-pages.pdf'],
    make: swapDocument('documents/zero-pages.pdf', zeroPagePdf()),
  },
  {
    id: 'pdf-decompression-bomb',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/bomb.pdf'],
    make: swapDocument('documents/bomb.pdf', bombPdf(512)),
  },
  {
    id: 'pdf-html-renamed',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/page.pdf'],
    make: swapDocument(
      'documents/page.pdf',
      Buffer.from('<!DOCTYPE html><html><body>Invoice</body></html>'),
    ),
  },
  {
    id: 'pdf-zip-renamed',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/archive.pdf'],
    make: swapDocument(
      'documents/archive.pdf',
      makeZip([{ name: 'invoice.pdf', data: validPdf() }]),
    ),
  },
  {
    id: 'pdf-empty-file',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/empty.pdf'],
    make: swapDocument('documents/empty.pdf', Buffer.alloc(0)),
  },
  {
    id: 'pdf-is-a-jpeg',
    area: 'pdf',
    command: 'build',
    exit: 1,
    mention: ['documents/photo.pdf'],
    make: swapDocument('documents/photo.pdf', exifJpeg(1)),
  },
  // ---- images -------------------------------------------------------------------------------
  {
    id: 'image-exif-orientation-6-gps',
    area: 'image',
    command: 'build',
    exit: 0,
    make: addDocument('documents/scan-rotated.jpg', exifJpeg(6)),
  },
  {
    id: 'image-interlaced-png',
    area: 'image',
    command: 'build',
    exit: 0,
    make: addDocument('documents/interlaced.png', interlacedPng()),
  },
  {
    id: 'image-animated-gif',
    area: 'image',
    command: 'build',
    exit: 0,
    make: addDocument('documents/animated.gif', animatedGif()),
  },
  {
    id: 'image-heic-renamed-jpg',
    area: 'image',
    command: 'build',
    exit: 1,
    mention: ['documents/iphone.jpg'],
    make: addDocument('documents/iphone.jpg', foreign.heic()),
  },
  {
    id: 'image-webp-renamed-png',
    area: 'image',
    command: 'build',
    exit: 1,
    mention: ['documents/web.png'],
    make: addDocument('documents/web.png', foreign.webp()),
  },
  {
    id: 'image-tiff-renamed-jpg',
    area: 'image',
    command: 'build',
    exit: 1,
    mention: ['documents/scan.jpg'],
    make: addDocument('documents/scan.jpg', foreign.tiff()),
  },
  {
    id: 'image-heic-extension',
    area: 'image',
    command: 'build',
    exit: 1,
    mention: ['documents/photo.heic'],
    make: addDocument('documents/photo.heic', foreign.heic()),
  },
  {
    id: 'image-truncated-jpeg',
    area: 'image',
    command: 'build',
    exit: 1,
    mention: ['documents/cut.jpg'],
    make: (dir) => {
      const b = exifJpeg(1);
      return addDocument('documents/cut.jpg', b.subarray(0, Math.floor(b.length / 2)))(dir);
    },
  },
  // ---- spreadsheets -------------------------------------------------------------------------
  {
    id: 'xlsx-zip-bomb',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/bomb.xlsx'],
    make: record(
      'bomb.xlsx',
      makeZip(
        xlsxEntries(
          Buffer.concat([
            Buffer.from(sheetXml('').replace('</sheetData>', ''), 'utf8'),
            Buffer.alloc(400 * 1024 * 1024, 0x20),
            Buffer.from('</sheetData></worksheet>', 'utf8'),
          ]),
        ),
      ),
    ),
  },
  {
    id: 'xlsx-cell-at-XFD1048576',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/far-cell.xlsx'],
    make: async (dir) =>
      record(
        'far-cell.xlsx',
        await xlsxBuffer(
          [
            INVOICE_HEADERS,
            ['INV-0001', '2026-03-01', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', 10, ''],
          ],
          (ws) => {
            ws.getCell('XFD1048576').value = 'x';
          },
        ),
      )(dir),
  },
  {
    id: 'xlsx-truncated',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/cut.xlsx'],
    make: async (dir) => {
      const b = await xlsxBuffer([
        INVOICE_HEADERS,
        ['INV-0001', '2026-03-01', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', 10, ''],
      ]);
      return record('cut.xlsx', b.subarray(0, Math.floor(b.length / 2)))(dir);
    },
  },
  {
    id: 'xlsx-is-csv',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/lines.xlsx'],
    make: record(
      'lines.xlsx',
      Buffer.from(
        '請求書番号,発行日,仕入先,ASIN,数量\nINV-0001,2026-03-01,テスト卸株式会社,B0HOSTILE1,10\n',
      ),
    ),
  },
  {
    id: 'sjis-invalid-bytes',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/returns-sjis.txt'],
    make: record(
      'returns-sjis.txt',
      Buffer.concat([
        Buffer.from(`${RETURNS_HEADER.join('\t')}\n`),
        Buffer.from(
          '2026-05-01T10:00:00+09:00\t250-0000000-000000\t00123-A\tB0HOSTILE1\tX00HOSTILE\t',
        ),
        encodeCp932('テスト用タンブラー'),
        Buffer.from('\t1\tNRT1\tSELLABLE\tUNWANTED_ITEM\tUnit returned to inventory\tLPN1\t'),
        Buffer.from([0x82, 0xa0, 0x81, 0x20, 0xfd]),
        Buffer.from('\n'),
      ]),
    ),
  },
  {
    id: 'mixed-encodings',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/mixed.txt'],
    make: record(
      'mixed.txt',
      Buffer.concat([
        Buffer.from(`${INVOICE_HEADERS.join('\t')}\n`, 'utf8'),
        Buffer.from('INV-0001\t2026-03-01\tテスト卸株式会社\tB0HOSTILE1\t00123-A\t10\t\n', 'utf8'),
        encodeCp932('INV-0001\t2026-03-01\tテスト卸株式会社\tB0HOSTILE1\t00123-A\t10\t\n'),
      ]),
    ),
  },
  {
    id: 'records-header-only',
    area: 'records',
    command: 'build',
    exit: 0,
    make: record('returns-empty.txt', `${RETURNS_HEADER.join('\t')}\n`),
  },
  {
    id: 'records-duplicated-headers',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/dup.txt'],
    make: record(
      'dup.txt',
      `請求書番号\t発行日\t仕入先\tASIN\t数量\t数量\nINV-0001\t2026-03-01\tテスト卸株式会社\tB0HOSTILE1\t10\t20\n`,
    ),
  },
  {
    id: 'records-unknown-kind',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/notes.txt'],
    make: record('notes.txt', 'memo\tdate\nhello\t2026-01-01\n'),
  },
  {
    id: 'records-bad-quantity',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/invoice-lines-2.txt', '1.5'],
    make: record(
      'invoice-lines-2.txt',
      invoiceLinesTsv([
        ['INV-0001', '2026-03-01', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', '1.5', ''],
      ]),
    ),
  },
  {
    id: 'records-impossible-date',
    area: 'records',
    command: 'build',
    exit: 1,
    mention: ['records/invoice-lines-3.txt', '2026-02-30'],
    make: record(
      'invoice-lines-3.txt',
      invoiceLinesTsv([
        ['INV-0001', '2026-02-30', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', '3', ''],
      ]),
    ),
  },
  {
    // a 20-digit invoice number (Excel would turn it into 1.23457E+19) must come out exactly
    id: 'records-20-digit-ids',
    area: 'records',
    command: 'reconcile-xlsx',
    exit: 0,
    expectInOutput: ['12345678901234567890'],
    make: (dir) => {
      writeFileSync(
        path.join(dir, 'records/invoice-lines.txt'),
        invoiceLinesTsv([
          [
            '12345678901234567890',
            '2026-03-01',
            'テスト卸株式会社',
            'B0HOSTILE1',
            '00123-A',
            '10',
            '',
          ],
        ]),
      );
      writeBaseCaseJson(dir, (c) => {
        c.documents[0].invoiceNumber = '12345678901234567890';
      });
    },
  },
  {
    // text cells exceljs or a spreadsheet would coerce: "0012" (→ 12), "1e3" (→ 1000)
    id: 'records-coercible-values',
    area: 'records',
    command: 'reconcile-xlsx',
    exit: 0,
    expectInOutput: ['0012', '1e3'],
    make: async (dir) => {
      rmSync(path.join(dir, 'records/invoice-lines.txt'));
      await record(
        'coerce.xlsx',
        await xlsxBuffer([
          INVOICE_HEADERS,
          ['0012', '2026-03-01', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', 6, ''],
          ['1e3', '2026-03-02', 'テスト卸株式会社', 'B0HOSTILE1', '00123-A', 4, ''],
        ]),
      )(dir);
      writeFileSync(path.join(dir, 'documents/invoice-1e3.pdf'), validPdf('INVOICE 1e3'));
      writeBaseCaseJson(dir, (c) => {
        c.documents[0].invoiceNumber = '0012';
        c.documents.push({
          file: 'documents/invoice-1e3.pdf',
          kind: 'invoice',
          invoiceNumber: '1e3',
          supplierId: 'S1',
          issueDate: '2026-03-02',
        });
      });
    },
  },
  // ---- case.json ------------------------------------------------------------------------------
  {
    id: 'case-path-parent',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['$.documents[1].file'],
    make: mutateCase((c) => c.documents.push({ file: '../../etc/passwd', kind: 'other' })),
  },
  {
    id: 'case-path-absolute',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['$.documents[1].file'],
    make: mutateCase((c) => c.documents.push({ file: '/etc/passwd', kind: 'other' })),
  },
  {
    id: 'case-path-windows',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['$.documents[1].file'],
    make: mutateCase((c) =>
      c.documents.push({ file: 'documents\\invoice-0001.pdf', kind: 'other' }),
    ),
  },
  {
    id: 'case-symlink-outside',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['$.documents[1].file'],
    make: (dir) => {
      symlinkSync('/etc/hostname', path.join(dir, 'documents/link.pdf'));
      writeBaseCaseJson(dir, (c) =>
        c.documents.push({ file: 'documents/link.pdf', kind: 'other' }),
      );
    },
  },
  {
    id: 'case-nul-byte',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['case.json'],
    make: (dir) => {
      const f = path.join(dir, 'case.json');
      writeFileSync(
        f,
        Buffer.concat([
          Buffer.from(readFileSync(f, 'utf8').replace('"ja"', '"j')),
          Buffer.from([0]),
          Buffer.from('"'),
        ]),
      );
    },
  },
  {
    id: 'case-nfd-file-name',
    area: 'case',
    command: 'build',
    exit: 0,
    make: (dir) => {
      const nfc = 'documents/請求書ダウンロード.pdf';
      writeFileSync(path.join(dir, nfc.normalize('NFD')), validPdf('INVOICE NFD'));
      writeBaseCaseJson(dir, (c) => c.documents.push({ file: nfc, kind: 'delivery-note' }));
    },
  },
  {
    id: 'case-missing-file',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['$.documents[1].file', 'documents/nope.pdf'],
    make: mutateCase((c) => c.documents.push({ file: 'documents/nope.pdf', kind: 'invoice' })),
  },
  {
    id: 'case-impossible-date',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['$.notice.receivedOn'],
    make: mutateCase((c) => {
      c.notice.receivedOn = '2026-02-30';
    }),
  },
  {
    id: 'case-wrong-types',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['$.products[0].skus', '$.seller.phone', '$.actionsTaken[0].date'],
    make: mutateCase((c) => {
      c.products[0].skus = '00123-A';
      c.seller.phone = 3000000;
      c.actionsTaken[0].date = 20260820;
    }),
  },
  {
    id: 'case-not-json',
    area: 'case',
    command: 'build',
    exit: 1,
    mention: ['case.json'],
    make: (dir) => writeFileSync(path.join(dir, 'case.json'), '{ "schemaVersion": 1, '),
  },
  // ---- exports: formula injection ---------------------------------------------------------------
  {
    id: 'export-formula-injection',
    area: 'export',
    command: 'reconcile-xlsx',
    exit: 0,
    make: (dir) => {
      writeBaseCaseJson(dir, (c) => {
        c.products[0].title = '=HYPERLINK("http://evil.example","x")';
        c.products[0].brand = '＋cmd';
      });
      // The supplier's product name and the buyers' comments come from files we do not control.
      const headers = RETURNS_HEADER;
      const row = (date, comment) =>
        [
          '2026-05-01T10:00:00+09:00',
          '250-0000000-000001',
          '00123-A',
          'B0HOSTILE1',
          'X00HOSTILE',
          '@SUM(1+1)',
          '1',
          'NRT1',
          'SELLABLE',
          'NOT_AS_DESCRIBED',
          'Unit returned to inventory',
          'LPN1',
          comment,
        ].map((v, i) => (i === 0 ? date : v));
      writeFileSync(
        path.join(dir, 'records/returns.txt'),
        `${[
          headers,
          row('2026-05-01T10:00:00+09:00', '=1+2 偽物です'),
          row('2026-05-02T10:00:00+09:00', '-2+3 fake'),
          row('2026-05-03T10:00:00+09:00', '＠cmd コピー品'),
        ]
          .map((r) => r.join('\t'))
          .join('\n')}\n`,
      );
    },
  },
  // ---- privacy -----------------------------------------------------------------------------------
  { id: 'privacy-buyer-data', area: 'privacy', command: 'build', exit: 0, make: () => {} },
];

/** Writes item `it` as a case folder at `dir`. */
export async function makeItem(it, dir) {
  writeBaseCase(dir);
  await it.make(dir);
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'hostile-corpus';
  const all = [...items, ...round2Items, ...recordsRound2Items];
  for (const it of all) {
    const dir = path.join(out, it.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await makeItem(it, dir);
  }
  console.log(`${all.length} items written to ${out}`);
}
