/**
 * render: document model → PDF bytes of our own pages, via the React layouts in layouts/.
 * One layout: the contents print their page numbers from `render` props that react-pdf calls in
 * its last round of pagination, when every part has been placed once; the evidence page numbers
 * (which depend on the report's own length) are measured for a guessed length and printed for
 * the real one (late.ts). Only when a printed number needs more room than it was measured with
 * is the report laid out again.
 * Deterministic: fixed dates, producer and creator, no paths or user names in the metadata.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import type { ReportModel, TableModel } from '../compose/model.js';
import type { ContentsEntry } from '../../layouts/Contents.js';
import type { PageTally } from '../../layouts/Frame.js';
import { Report } from '../../layouts/Report.js';
import { loadFonts } from './fonts.js';
import { guessPages } from './guess.js';
import { roomEnough } from './late.js';
import { planPages, tablePages, type PagePlan } from './plan.js';
import { measureTable } from './table.js';
import { CONTENT_WIDTH } from '../../layouts/theme.js';

export interface RenderResult {
  pdf: Buffer;
  /** Number of pages of our PDF. */
  pages: number;
  /** 1-based page (of our PDF) where each part starts: cover, contents, changes, section ids, evidenceIndex. */
  sectionStarts: Record<string, number>;
  /** Bookmarks to build after assembly: contents, changes, every section, evidence index. */
  outline: { title: string; page: number }[];
  /** Layouts it took (1 unless the first guess of the report's length was too far off). */
  layouts: number;
}

function contentsEntries(model: ReportModel): ContentsEntry[] {
  const parts = [
    ...(model.summary ? [model.summary] : []),
    ...(model.changes ? [model.changes] : []),
    ...model.sections,
    ...(model.evidenceIndex ? [model.evidenceIndex] : []),
  ];
  return parts.map((s) => ({ id: s.id, number: s.number, title: s.title }));
}

/** Counts the page objects of a PDF written by react-pdf (pdfkit writes them uncompressed). */
export function countPages(pdf: Buffer): number {
  const m = pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g);
  return m ? m.length : 0;
}

interface Pass {
  pdf: Buffer;
  pages: number;
  starts: Record<string, number>;
  tally: PageTally;
}

async function renderOnce(
  model: ReportModel,
  plan: PagePlan[],
  contents: ContentsEntry[],
  anchor: number,
): Promise<Pass> {
  const starts: Record<string, number> = {};
  // the page layouts report where each part landed, round after round of react-pdf's pagination;
  // the contents print their numbers in the last round, when every part has landed once
  const onPage = (id: string, page: number) => {
    starts[id] = page;
  };
  const pageOf = (id: string) => starts[id];
  const tally: PageTally = { painted: 0, anchor };
  const pdf = Buffer.from(
    await renderToBuffer(
      createElement(Report, { model, plan, contents, onPage, pageOf, tally }) as never,
    ),
  );
  const pages = countPages(pdf);
  // every page must have painted its frame once
  if (tally.painted !== pages)
    throw new Error(`page furniture painted ${tally.painted} of ${pages} pages`);
  // the last round of pagination printed the page count of the round before: were a late number
  // to change the length between them, the report is laid out again
  if (tally.total !== pages) tally.misfit = `length ${tally.total} then ${pages}`;
  return { pdf, pages, starts, tally };
}

/**
 * Renders the report. `anchor` sets the first guess of its length (tests; by default a guess
 * from the amount of content).
 */
export async function renderReport(
  model: ReportModel,
  opts: { anchor?: number } = {},
): Promise<RenderResult> {
  await loadFonts();
  const contents = contentsEntries(model);
  let anchor = opts.anchor ?? guessPages(model);
  let pass: Pass | undefined;
  let layouts = 0;
  while (layouts < 4) {
    pass = await renderOnce(model, planPages(model, anchor), contents, anchor);
    layouts++;
    if (!pass.tally.misfit && roomEnough(anchor, pass.pages, model.appendedPages ?? 0)) break;
    anchor = pass.pages;
    pass = undefined;
  }
  if (!pass) throw new Error(`the report's length did not settle after ${layouts} layouts`);
  // bookmarks in page order: the summary (after the cover), the contents, then the parts
  const titles = [
    { id: 'contents', title: model.labels.contents },
    ...contents.map((e) => ({ id: e.id, title: e.number ? `${e.number}. ${e.title}` : e.title })),
  ].sort((a, b) => Number(b.id === 'summary') - Number(a.id === 'summary'));
  const outline = titles
    .filter((t) => pass.starts[t.id] !== undefined)
    .map((t) => ({ title: t.title, page: pass.starts[t.id]! }));
  return { pdf: pass.pdf, pages: pass.pages, sectionStarts: pass.starts, outline, layouts };
}

const SUPPLIERS = [
  '株式会社サンプル卸',
  '有限会社テスト商事',
  'Example Wholesale Inc.',
  '合同会社みほん流通',
];

/** A synthetic invoice-line table of `rows` rows (for the benchmark and the long-table test). */
export function syntheticTable(rows: number): TableModel {
  const out = [];
  let qty = 0;
  for (let i = 0; i < rows; i++) {
    const q = ((i * 7) % 23) + 1;
    qty += q;
    const d = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    out.push({
      cells: [
        `INV-2026-${String(i + 1).padStart(5, '0')}`,
        d,
        SUPPLIERS[i % SUPPLIERS.length]!,
        `B0${String(1000000 + ((i * 37) % 9000000)).padStart(8, '0')}`,
        String(q),
        i % 9 === 0
          ? `A-${(i % 40) + 1}（${(i % 300) + 30}ページ）、検品記録と納品書の写しを添付`
          : `A-${(i % 40) + 1}（${(i % 300) + 30}ページ）`,
      ],
    });
  }
  return {
    id: 'bench',
    caption: `請求書明細（${rows}行）`,
    columns: [
      { header: '請求書番号', align: 'left', width: 1.3, nowrap: true },
      { header: '発行日', align: 'left', width: 1.0 },
      { header: '仕入先', align: 'left', width: 1.6 },
      { header: 'ASIN', align: 'left', width: 1.2, nowrap: true },
      { header: '数量', align: 'right', width: 0.6 },
      { header: '書類', align: 'left', width: 1.6 },
    ],
    rows: out,
    totals: { cells: ['合計', '', '', '', String(qty), ''], tone: 'total' },
  };
}

/**
 * Renders one table alone on table pages (header and footer included), for `npm run bench`:
 * time and memory of the table renderer at 1k / 5k / 20k rows.
 */
export async function renderTableBenchmark(
  rows: number | TableModel,
): Promise<{ pdf: Buffer; pages: number }> {
  await loadFonts();
  const table = typeof rows === 'number' ? syntheticTable(rows) : rows;
  const model: ReportModel = {
    lang: 'ja',
    draft: false,
    kind: 'authenticity',
    meta: { title: 'bench', subject: 'bench', author: 'bench', keywords: '', date: '2026-01-01' },
    header: { left: 'benchmark', right: 'rev-000' },
    cover: { title: '', subtitle: '', facts: [] },
    labels: {
      contents: '目次',
      continued: '（続き）',
      draftWatermark: 'DRAFT',
      footer: '{page} / {total}',
    },
    sections: [],
  };
  const measured = measureTable(table, CONTENT_WIDTH);
  const plan: PagePlan[] = tablePages(measured).map(({ chunk, last }, index) => ({
    kind: 'table',
    table: measured,
    chunk,
    index,
    last,
  }));
  const { pdf, pages } = await renderOnce(model, plan, [], 0);
  return { pdf, pages };
}
