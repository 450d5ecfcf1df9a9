/**
 * render: document model → PDF bytes of our own pages, via the React layouts in layouts/.
 * Two passes: the first finds the page each part starts on, the second prints those numbers in
 * the contents (a third runs only if the numbers moved). Deterministic: fixed dates, producer
 * and creator, no paths or user names in the metadata.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import type { ReportModel, TableModel } from '../compose/model.js';
import type { ContentsEntry } from '../../layouts/Contents.js';
import { Report } from '../../layouts/Report.js';
import type { PageTally } from '../../layouts/Frame.js';
import { loadFonts } from './fonts.js';
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
}

function contentsEntries(model: ReportModel): ContentsEntry[] {
  const parts = [
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

async function renderOnce(
  model: ReportModel,
  plan: PagePlan[],
  contents: ContentsEntry[],
): Promise<{ pdf: Buffer; starts: Record<string, number> }> {
  const starts: Record<string, number> = {};
  const onPage = (id: string, page: number) => {
    // render callbacks run again for the final layout; the last call is the page it landed on
    starts[id] = page;
  };
  const tally: PageTally = { painted: 0 };
  const pdf = Buffer.from(
    await renderToBuffer(createElement(Report, { model, plan, contents, onPage, tally }) as never),
  );
  const pages = countPages(pdf);
  // the footers count pages as they are painted: every page must have painted its frame once
  if (tally.painted !== pages || tally.total !== pages)
    throw new Error(
      `page furniture painted ${tally.painted} of ${pages} pages (probe counted ${tally.total})`,
    );
  return { pdf, starts };
}

function sameStarts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** Section starts of recent renders (a first guess only: every render checks its own). */
const recentStarts = new Map<string, Record<string, number>>();

/**
 * Renders the report. With `singlePass` the contents are not settled: one pass, whose section
 * starts become the next render's first guess (the assembly's first, guessed render).
 */
export async function renderReport(
  model: ReportModel,
  opts: { singlePass?: boolean } = {},
): Promise<RenderResult> {
  await loadFonts();
  const plan = planPages(model);
  const base = contentsEntries(model);
  const offset = model.pageOffset ?? 0;
  const withPages = (starts: Record<string, number>) =>
    base.map((e) => ({
      ...e,
      page: starts[e.id] !== undefined ? starts[e.id]! + offset : undefined,
    }));
  // The contents need the pages the parts start on. A first pass finds them (or takes them from
  // the last render of the same report: the assembly renders again with final page numbers);
  // passes repeat until the numbers printed are the numbers found.
  const key = `${model.lang}|${model.meta.title}|${base.map((e) => e.id).join(',')}`;
  const guess = recentStarts.get(key);
  let pass = await renderOnce(model, plan, guess ? withPages(guess) : base);
  if (!opts.singlePass && (!guess || !sameStarts(pass.starts, guess)))
    for (let i = 0; i < 3; i++) {
      const next = await renderOnce(model, plan, withPages(pass.starts));
      const stable = sameStarts(next.starts, pass.starts);
      pass = next;
      if (stable) break;
    }
  recentStarts.delete(key);
  recentStarts.set(key, pass.starts);
  if (recentStarts.size > 8) recentStarts.delete(recentStarts.keys().next().value!);
  const titles = [
    { id: 'contents', title: model.labels.contents },
    ...base.map((e) => ({ id: e.id, title: e.number ? `${e.number}. ${e.title}` : e.title })),
  ];
  const outline = titles
    .filter((t) => pass.starts[t.id] !== undefined)
    .map((t) => ({ title: t.title, page: pass.starts[t.id]! }));
  return { pdf: pass.pdf, pages: countPages(pass.pdf), sectionStarts: pass.starts, outline };
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
  const { pdf } = await renderOnce(model, plan, []);
  return { pdf, pages: countPages(pdf) };
}
