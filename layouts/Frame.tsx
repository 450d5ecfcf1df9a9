/**
 * Page furniture: header (store, revision), footer "page / total", the DRAFT watermark.
 *
 * Header and footer are painted on a fixed <Canvas>, not laid out as text: a footer with a
 * `render` prop makes react-pdf lay every page out a second time once the page count is known,
 * which was a fifth of the time of a long table. Canvases paint in page order after the layout,
 * so a tally counts the pages; the page count comes from a probe on the first page, whose
 * `render` prop react-pdf calls with the total before anything is painted.
 */
import { Canvas, Text } from '@react-pdf/renderer';
import type { ReportModel } from '../src/compose/model.js';
import { metrics, pdfFont, sanitize } from '../src/render/fonts.js';
import { NO_HYPHENATION_PENALTY } from '../src/render/linebreak.js';
import type { Painter } from './TableCanvas.js';
import { COLOR, FURNITURE, MARGIN, PAGE, styles } from './theme.js';

/** What the pages learn while one document renders. */
export interface PageTally {
  /** Pages painted so far (react-pdf paints pages in order, each once). */
  painted: number;
  /** Pages of the document, set by the probe once the layout is done. */
  total?: number;
  /** The length of the report that late page numbers were measured for (src/render/late.ts). */
  anchor: number;
  /** Set when a late page number printed for `total` needs more room than it was given. */
  misfit?: string;
}

export function Watermark({ model }: { model: ReportModel }) {
  if (!model.draft) return null;
  return (
    <Text hyphenationPenalty={NO_HYPHENATION_PENALTY} fixed style={styles.watermark}>
      {sanitize(model.labels.draftWatermark)}
    </Text>
  );
}

/** `text` cut to `max` points at `size`, with an ellipsis when cut. */
function fit(text: string, size: number, max: number): string {
  const m = metrics(false);
  if (m.width(text) * size <= max) return text;
  const chars = [...text];
  while (chars.length && m.width(`${chars.join('')}…`) * size > max) chars.pop();
  return `${chars.join('')}…`;
}

function paintFurniture(p: Painter, model: ReportModel, page: number, total: number): void {
  const right = PAGE.width - MARGIN.right;
  const width = right - MARGIN.left;
  const m = metrics(false);
  const h = FURNITURE.header;
  const f = FURNITURE.footer;
  p.font(pdfFont(false)).fontSize(h.size).fillColor(COLOR.muted);
  const rightText = fit(sanitize(model.header.right), h.size, width / 2);
  const rightWidth = m.width(rightText) * h.size;
  const leftText = fit(sanitize(model.header.left), h.size, width - rightWidth - 12);
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

/**
 * Header and footer of every page, and the page counter (the watermark goes last on a page,
 * over the content). Every page of a document must carry one Frame: `blank` counts the page
 * without painting (the cover); `first` carries the probe that learns the page count.
 */
export function Frame({
  model,
  tally,
  first,
  blank,
}: {
  model: ReportModel;
  tally: PageTally;
  first?: boolean;
  blank?: boolean;
}) {
  const offset = model.pageOffset ?? 0;
  return (
    <>
      {first ? (
        <Text
          hyphenationPenalty={NO_HYPHENATION_PENALTY}
          style={{ position: 'absolute', top: 0, left: 0, fontSize: 1 }}
          render={({ totalPages }) => {
            if (totalPages !== undefined) tally.total = totalPages;
            return '';
          }}
        />
      ) : null}
      <Canvas
        fixed
        style={{ position: 'absolute', top: 0, left: 0, width: PAGE.width, height: 1 }}
        paint={(painter, availableWidth) => {
          // react-pdf may call paint once to measure a canvas (without sizes): not a page
          if (availableWidth === undefined) return null;
          tally.painted += 1;
          if (blank) return null;
          const total = (tally.total ?? 0) + (model.appendedPages ?? 0) + offset;
          paintFurniture(painter as unknown as Painter, model, tally.painted + offset, total);
          return null;
        }}
      />
    </>
  );
}
