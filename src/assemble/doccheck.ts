/**
 * Documents say what case.json says: the text of each document (its text layer, or OCR for scans)
 * must contain its number, its supplier's name (or an alias), the issue date in some usual
 * notation and, for invoices and delivery notes, the ASIN, SKU or supplier product code of every
 * invoice line put on it, with the quantity the line says. A miss names the document, the value
 * expected and the nearest thing the page does say. Codes:
 *
 * - DOC_TEXT_NUMBER, DOC_TEXT_SUPPLIER, DOC_TEXT_DATE, DOC_TEXT_PRODUCT, DOC_TEXT_QUANTITY:
 *   errors on a text layer; warnings when the text was read by OCR (OCR misreads);
 * - DOC_TEXT_UNVERIFIABLE (warning): no text layer and no OCR (tesseract with Japanese), or OCR
 *   found no text.
 *
 * Pure: the texts come in (doctext.ts reads them once per run).
 */
import { problem, type Problem, type Severity } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import type { Case } from '../case/schema.js';
import type { Reconciliation } from '../reconcile/types.js';
import type { InvoiceLine } from '../records/types.js';
import { scanLines } from '../reconcile/lines.js';
import type { DocText } from './doctext.js';
import {
  codeTokens,
  compact,
  coreName,
  datesInText,
  nearestDate,
  nearestSubstring,
  nearestToken,
  numbersOnLine,
} from './textmatch.js';

/** What a document is checked against (from case.json and the invoice lines). */
export interface DocFacts {
  file: string;
  jsonPath: string;
  kind: Case['documents'][number]['kind'];
  invoiceNumber?: string;
  supplierId?: string;
  issueDate?: string;
}

/** True when a document has anything to check (a photo or an unlabelled file has not). */
export function hasFacts(d: DocFacts): boolean {
  if (d.kind === 'photo') return false;
  return d.invoiceNumber !== undefined || d.supplierId !== undefined || d.issueDate !== undefined;
}

/** case.json documents as the facts to check, with their paths. */
export function docFacts(c: Case): DocFacts[] {
  return c.documents.map((d, i) => ({
    file: d.file,
    jsonPath: `$.documents[${i}]`,
    kind: d.kind,
    invoiceNumber: d.invoiceNumber,
    supplierId: d.supplierId,
    issueDate: d.issueDate,
  }));
}

/** OCR reads "0" for "O", drops a stroke …: a value counts as found a little apart. */
function ocrTolerance(len: number): number {
  return Math.max(1, Math.floor(len / 6));
}

/**
 * An OCR reading close enough to a value: a few characters apart, and punctuation aside —
 * OCR drops or garbles hyphens and dots ("AV-PT20W" read as "AvPr20W" on a 110 dpi scan).
 */
function ocrNear(value: string, hay: string): boolean {
  if (nearestSubstring(value, hay).distance <= ocrTolerance([...value].length)) return true;
  const bare = (x: string) => x.replace(/[-./_]/g, '');
  const b = bare(value);
  return b.length >= 4 && nearestSubstring(b, bare(hay)).distance <= ocrTolerance([...b].length);
}

/**
 * The invoice lines each invoice or delivery note carries: those naming its file, else those with
 * its number. One pass over each table for all documents (a pass per document took documents ×
 * lines: 80 documents of a 2.6-million-line case), keeping only the lines a document asks for.
 */
function linesByDocument(
  docs: readonly DocFacts[],
  rec: Reconciliation | undefined,
): Map<DocFacts, InvoiceLine[]> {
  const out = new Map<DocFacts, InvoiceLine[]>();
  if (!rec) return out;
  const carriers = docs.filter((d) => d.kind === 'invoice' || d.kind === 'delivery-note');
  if (!carriers.length) return out;
  const files = new Set(carriers.map((d) => d.file.normalize('NFC')));
  const numbers = new Set(
    carriers.flatMap((d) => (d.invoiceNumber === undefined ? [] : [compact(d.invoiceNumber)])),
  );
  const byFile = new Map<string, InvoiceLine[]>();
  const byNumber = new Map<string, InvoiceLine[]>();
  const add = (m: Map<string, InvoiceLine[]>, k: string, l: InvoiceLine) => {
    const list = m.get(k);
    if (list) list.push(l);
    else m.set(k, [l]);
  };
  const counted = rec.detail.invoiceLines;
  scanLines(counted, (l, i) => {
    const file = l.documentFile?.normalize('NFC');
    if (file !== undefined && files.has(file)) add(byFile, file, counted.at(i)!);
    if (file === undefined && numbers.size) {
      const n = compact(l.invoiceNumber);
      if (numbers.has(n)) add(byNumber, n, counted.at(i)!);
    }
  });
  // lines not counted (by number only), after the counted ones as before
  const excluded = rec.detail.excludedInvoiceLines;
  const byNumberExcluded = new Map<string, InvoiceLine[]>();
  if (numbers.size)
    scanLines(excluded, (l, i) => {
      const n = compact(l.invoiceNumber);
      if (numbers.has(n)) add(byNumberExcluded, n, excluded.at(i)!);
    });
  for (const d of carriers) {
    const own = byFile.get(d.file.normalize('NFC'));
    if (own?.length) out.set(d, own);
    else if (d.invoiceNumber !== undefined) {
      const n = compact(d.invoiceNumber);
      out.set(d, [...(byNumber.get(n) ?? []), ...(byNumberExcluded.get(n) ?? [])]);
    }
  }
  return out;
}

/** The identifiers an invoice line may be written with on the page. */
function identifiers(l: InvoiceLine, c: Case): string[] {
  const ids = [l.productCode, l.sku, l.asin];
  const asin = (l as { asin?: string }).asin;
  const product = c.products.find((p) => p.asin === asin);
  if (product) ids.push(...product.skus, product.asin);
  return [...new Set(ids.filter((x): x is string => !!x && x.trim() !== ''))];
}

export function documentTextProblems(
  c: Case,
  rec: Reconciliation | undefined,
  docs: readonly DocFacts[],
  texts: ReadonlyMap<string, DocText>,
): Problem[] {
  const out: Problem[] = [];
  const carried = linesByDocument(docs.filter(hasFacts), rec);
  for (const d of docs) {
    if (!hasFacts(d)) continue;
    const dt = texts.get(d.file);
    if (!dt) continue;
    const where = { file: d.file, jsonPath: d.jsonPath };
    if (dt.source === 'none') {
      out.push(
        problem(
          'DOC_TEXT_UNVERIFIABLE',
          where,
          t(`doccheck.unverifiable.${dt.reason ?? 'failed'}`, { file: d.file }),
          { severity: 'warning', hint: t(`doccheck.unverifiable.${dt.reason ?? 'failed'}.hint`) },
        ),
      );
      continue;
    }
    const ocr = dt.source === 'ocr';
    const severity: Severity = ocr ? 'warning' : 'error';
    const via = t(ocr ? 'doccheck.via.ocr' : 'doccheck.via.text');
    const text = dt.text;
    const flat = compact(text);
    const tokens = codeTokens(text);
    const found = (value: string): boolean => {
      const v = compact(value);
      if (!v) return true;
      // a number alone must stand alone ("004512" is not the middle of a phone number)
      if (/^\d+$/.test(v)) return new RegExp(`(?<!\\d)${v}(?!\\d)`).test(flat);
      if (flat.includes(v)) return true;
      return ocr && ocrNear(v, flat);
    };
    const miss = (
      code: string,
      key: string,
      field: string,
      expected: string,
      nearest: string | undefined,
    ) =>
      out.push(
        problem(
          code,
          { ...where, jsonPath: `${d.jsonPath}${field}` },
          t(`doccheck.${key}`, {
            file: d.file,
            expected,
            nearest: nearest ?? '-',
            viaJa: via.ja,
            viaEn: via.en,
          }),
          {
            severity,
            hint: t(`doccheck.${key}.hint`, { expected, nearest: nearest ?? '-' }),
            expected,
            found: nearest ?? '-',
          },
        ),
      );

    if (d.invoiceNumber !== undefined && !found(d.invoiceNumber))
      miss(
        'DOC_TEXT_NUMBER',
        'number',
        '.invoiceNumber',
        d.invoiceNumber,
        nearestToken(d.invoiceNumber, tokens),
      );

    const supplier = c.suppliers.find((s) => s.id === d.supplierId);
    if (supplier) {
      const names = [supplier.name, ...supplier.aliases].filter((n) => n.trim() !== '');
      const ok = names.some((n) => found(n) || (coreName(n).length >= 2 && found(coreName(n))));
      if (!ok) {
        const want = coreName(supplier.name) || compact(supplier.name);
        const near = nearestSubstring(want, flat);
        miss(
          'DOC_TEXT_SUPPLIER',
          'supplier',
          '.supplierId',
          supplier.name,
          near.distance <= [...want].length / 2 ? near.found : undefined,
        );
      }
    }

    if (d.issueDate !== undefined) {
      const dates = datesInText(text);
      if (!dates.includes(d.issueDate))
        miss('DOC_TEXT_DATE', 'date', '.issueDate', d.issueDate, nearestDate(d.issueDate, dates));
    }

    const lines = text.normalize('NFKC').split(/\r?\n|\f/);
    const flatLines = lines.map(compact);
    for (const l of carried.get(d) ?? []) {
      const ids = identifiers(l, c);
      if (!ids.length) continue;
      const hit = ids.find(found);
      if (!hit) {
        const near = ids
          .map((id) => nearestToken(id, tokens))
          .find((x): x is string => x !== undefined);
        miss('DOC_TEXT_PRODUCT', 'product', '', ids.join(' / '), near);
        continue;
      }
      // the quantity written on the rows that name the product (and the wrapped line after)
      const v = compact(hit);
      const rows: number[] = [];
      flatLines.forEach((fl, i) => {
        if (!fl.includes(v) && !(ocr && fl && ocrNear(v, fl))) return;
        rows.push(i);
      });
      if (!rows.length) continue; // the code spans two lines: nothing to compare the quantity with
      const numbers = rows.flatMap((i) =>
        numbersOnLine(lines[i]!.replace(new RegExp(escape(hit), 'gi'), ' ')),
      );
      if (numbers.length && !numbers.includes(l.quantity)) {
        const others = [...new Set(numbers.filter((n) => n !== 0))];
        const near = others.length
          ? others.reduce((a, b) => (Math.abs(b - l.quantity) < Math.abs(a - l.quantity) ? b : a))
          : undefined;
        out.push(
          problem(
            'DOC_TEXT_QUANTITY',
            where,
            t('doccheck.quantity', {
              file: d.file,
              code: hit,
              expected: l.quantity,
              found: others.join(', ') || '-',
              invoice: l.invoiceNumber,
              row: `${l.src.file}${l.src.sheet ? `:${l.src.sheet}` : ''}:${l.src.row}`,
              viaJa: via.ja,
              viaEn: via.en,
            }),
            {
              severity,
              hint: t('doccheck.quantity.hint'),
              expected: String(l.quantity),
              found: near !== undefined ? String(near) : '-',
            },
          ),
        );
      }
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
