/**
 * Renders all separator pages in one react-pdf document (one page per appended document), so
 * fonts are loaded once; the assembly copies page i in front of document i.
 */
import { Document, renderToBuffer } from '@react-pdf/renderer';
import { Separator, type SeparatorRow } from '../../layouts/Separator.js';
import { tr, type Lang, LANGS } from '../i18n/catalogue.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { registerFonts } from '../render/fonts.js';
import { sanitize } from '../render/metrics.js';
import type { EvidenceDoc } from './types.js';
import type { ProductCodes } from '../case/codes.js';

export interface SeparatorInput {
  doc: EvidenceDoc;
  /** 1-based page of the separator in the combined PDF. */
  page: number;
  total: number;
  /** Pages of the document in the combined PDF. */
  firstPage: number;
  lastPage: number;
}

/** Both languages, primary first, joined as "primary / other" (other only when different). */
function both(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  const parts = order.map((l) => tr(l, key, params));
  return parts[0] === parts[1] ? parts[0]! : parts.join(' / ');
}

/** One line per ASIN: "B0… = 品番 TB-450SV, JAN 4901…, SKU HK-1" in the page's language. */
function codesLines(lang: Lang, codes: ProductCodes[]): string[] {
  return codes.map((pc) => {
    const ids = [
      ...pc.codes.map((x) => tr(lang, 'codes.code', { code: x.code })),
      ...(pc.jan ? [tr(lang, 'codes.jan', { jan: pc.jan })] : []),
      ...(pc.skus.length ? [tr(lang, 'codes.sku', { skus: pc.skus.join(', ') })] : []),
    ];
    return sanitize(`${pc.asin} = ${ids.join(', ')}`);
  });
}

function rowsOf(lang: Lang, s: SeparatorInput): SeparatorRow[] {
  const d = s.doc;
  const rows: SeparatorRow[] = [
    { label: both(lang, 'assemble.sep.kind'), value: both(lang, `assemble.kind.${d.kind}`) },
  ];
  if (d.description)
    rows.push({ label: both(lang, 'assemble.sep.description'), value: sanitize(d.description) });
  if (d.supplier)
    rows.push({ label: both(lang, 'assemble.sep.supplier'), value: sanitize(d.supplier) });
  if (d.invoiceNumber)
    rows.push({
      label: both(lang, 'assemble.sep.invoiceNumber'),
      value: sanitize(d.invoiceNumber),
    });
  if (d.date)
    rows.push({ label: both(lang, 'assemble.sep.date'), value: formatDate(d.date, lang) });
  if (d.covers.length)
    rows.push({
      label: both(lang, 'assemble.sep.covers'),
      value: d.covers.map((c) => `${c.asin} × ${formatNumber(c.quantity)}`).join(', '),
    });
  // one row per ASIN (a line break inside a value has no glyph in the font)
  codesLines(lang, d.codes ?? []).forEach((value, i) =>
    rows.push({ label: i === 0 ? both(lang, 'assemble.sep.codes') : '', value }),
  );
  rows.push({ label: both(lang, 'assemble.sep.file'), value: sanitize(d.name) });
  rows.push({ label: both(lang, 'assemble.sep.sha256'), value: d.sha256, code: true });
  rows.push({
    label: both(lang, 'assemble.sep.pages'),
    value: s.firstPage === s.lastPage ? `${s.firstPage}` : `${s.firstPage}–${s.lastPage}`,
  });
  return rows;
}

/** Pages (1-based, within the document) that carry redaction boxes. */
export function redactedPages(d: EvidenceDoc): number[] {
  return [...new Set(d.redactions.map((r) => r.page))].sort((a, b) => a - b);
}

function notesOf(lang: Lang, d: EvidenceDoc): string[] {
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  const notes: string[] = [];
  for (const l of order) {
    if (d.content === 'pdf') notes.push(tr(l, 'assemble.sep.pdf', { n: d.pages }));
    else notes.push(tr(l, 'assemble.sep.image'));
    if (d.image?.animatedFrames)
      notes.push(tr(l, 'assemble.sep.animated', { frames: d.image.animatedFrames }));
    if (d.highlights) notes.push(tr(l, 'assemble.sep.highlighted', { n: d.highlights }));
    if (d.activeRemoved?.length)
      notes.push(
        tr(l, 'assemble.sep.active', {
          kinds: d.activeRemoved
            .map((k) => tr(l, `assemble.active.${k}`))
            .join(l === 'ja' ? '、' : ', '),
        }),
      );
    const rp = redactedPages(d);
    if (rp.length)
      notes.push(
        d.content === 'pdf'
          ? tr(l, 'assemble.sep.redacted', { pages: rp.join(', '), count: rp.length })
          : tr(l, 'assemble.sep.redactedImage'),
      );
  }
  return notes;
}

/** One PDF with one separator page per input, in order. */
export async function renderSeparators(lang: Lang, items: SeparatorInput[]): Promise<Buffer> {
  registerFonts();
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  const fixedDate = new Date(Date.UTC(2000, 0, 1));
  return renderToBuffer(
    <Document
      producer="evidence-pack"
      creator="evidence-pack"
      creationDate={fixedDate}
      modificationDate={fixedDate}
    >
      {items.map((s, i) => (
        <Separator
          key={i}
          title={order.map((l) => tr(l, 'assemble.sep.title', { label: s.doc.label }))}
          rows={rowsOf(lang, s)}
          notes={notesOf(lang, s.doc)}
          footer={tr(lang, 'assemble.footer.page', { page: s.page, total: s.total })}
        />
      ))}
    </Document>,
  );
}
