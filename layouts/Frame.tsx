/**
 * Page furniture: header (store, revision), footer "page / total", the DRAFT watermark, given
 * to every page as its `layout` (react-pdf's new pagination engine repeats a layout on each page
 * a Page wraps onto; a `fixed` element it repeats only where the content runs on).
 *
 * Header and footer are painted on a <Canvas>, not laid out as text: laying out two texts on
 * each of a long table's thousand pages was a fifth of its time.
 */
import { Canvas, Text, type PageLayoutProps } from '@react-pdf/renderer';
import { Children } from 'react';
import type { ReportModel } from '../src/compose/model.js';
import { pdfFont } from '../src/render/fonts.js';
import { fitWidth, metrics, sanitize } from '../src/render/metrics.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import type { Painter } from './TableCanvas.js';
import { COLOR, FURNITURE, MARGIN, PAGE, styles } from './theme.js';

/** What the pages learn while one document renders. */
export interface PageTally {
  /** Pages painted so far (react-pdf paints pages in order, each once). */
  painted: number;
  /** Pages of the document, set by the page layouts in the final round of pagination. */
  total?: number;
  /** The length of the report that late page numbers were measured for (src/render/late.ts). */
  anchor: number;
  /** Set when a late page number printed for `total` needs more room than it was given. */
  misfit?: string;
}

export function Watermark({ model }: { model: ReportModel }) {
  if (!model.draft) return null;
  return (
    <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} style={styles.watermark}>
      {sanitize(model.labels.draftWatermark)}
    </Text>
  );
}

function paintFurniture(p: Painter, model: ReportModel, page: number, total: number): void {
  const right = PAGE.width - MARGIN.right;
  const width = right - MARGIN.left;
  const m = metrics(false);
  const h = FURNITURE.header;
  const f = FURNITURE.footer;
  p.font(pdfFont(false)).fontSize(h.size).fillColor(COLOR.muted);
  const rightText = fitWidth(sanitize(model.header.right), h.size, width / 2);
  const rightWidth = m.width(rightText) * h.size;
  const leftText = fitWidth(sanitize(model.header.left), h.size, width - rightWidth - 12);
  p.text(leftText, MARGIN.left, h.textTop, { lineBreak: false });
  p.text(rightText, right - rightWidth, h.textTop, { lineBreak: false });
  p.moveTo(MARGIN.left, h.rule)
    .lineTo(right, h.rule)
    .lineWidth(0.6)
    .strokeColor(COLOR.rule)
    .stroke();
  const footer = model.labels.footer
    .replace('{page}', String(page))
    .replace('{total}', String(total));
  p.fontSize(f.size).text(footer, MARGIN.left + (width - m.width(footer) * f.size) / 2, f.textTop, {
    lineBreak: false,
  });
}

type OnPage = (id: string, page: number) => void;

/** The `part` ids of the report parts whose first elements are among a page's nodes. */
function partsOn(nodes: unknown[], out: string[] = []): string[] {
  for (const n of nodes) {
    const node = n as { props?: { part?: unknown; node?: unknown }; children?: unknown[] } | null;
    if (!node || typeof node !== 'object') continue;
    // react-pdf hands the layout its page's content as fragments holding the layout nodes
    const inner = (node.props?.node ?? node) as typeof node;
    if (typeof inner?.props?.part === 'string') out.push(inner.props.part);
    if (Array.isArray(inner?.children)) partsOn(inner.children, out);
  }
  return out;
}

/**
 * The layout of every page of the report (react-pdf's `layout` prop: one instance per output
 * page, told its page number, the content placed on it and, in the final round, the page count):
 * header and footer painted on a canvas, the content, the DRAFT watermark over it. `blank`
 * paints no header or footer (the cover). It tells `onPage` the page of `part` (the cover, the
 * contents) and of every element placed on the page that has a `part` prop (section headings):
 * the pages the contents print. Every page is counted as it is painted: the renderer checks.
 */
export function pageLayout(
  model: ReportModel,
  tally: PageTally,
  opts: { blank?: boolean; part?: string; onPage?: OnPage } = {},
) {
  const offset = model.pageOffset ?? 0;
  return function PageFrame({ children, pageNumber, totalPages, subPageNumber }: PageLayoutProps) {
    if (totalPages !== undefined) tally.total = totalPages;
    if (pageNumber !== undefined && opts.onPage) {
      if (opts.part && subPageNumber === 1) opts.onPage(opts.part, pageNumber);
      for (const id of partsOn(Children.toArray(children))) opts.onPage(id, pageNumber);
    }
    const page = (pageNumber ?? 0) + offset;
    const total = (totalPages ?? 0) + (model.appendedPages ?? 0) + offset;
    return (
      <>
        <Canvas
          style={{ position: 'absolute', top: 0, left: 0, width: PAGE.width, height: 1 }}
          paint={(painter, availableWidth) => {
            // react-pdf may call paint once to measure a canvas (without sizes): not a page
            if (availableWidth === undefined) return null;
            tally.painted += 1;
            if (!opts.blank) paintFurniture(painter as unknown as Painter, model, page, total);
            return null;
          }}
        />
        {children}
        <Watermark model={model} />
      </>
    );
  };
}
