import { describe, expect, it } from 'vitest';
import { AUTHENTICITY_SECTIONS, PERFORMANCE_SECTIONS } from '../../src/case/sections.js';
import { caseSchema } from '../../src/case/schema.js';
import { compose } from '../../src/compose/index.js';
import type { BarChartModel, Block, ReportModel, TableModel } from '../../src/compose/model.js';
import { tr } from '../../src/i18n/catalogue.js';
import { reportCase, reportInput } from '../render/fixtures/report-case.js';

function tables(model: ReportModel, sectionId: string): TableModel[] {
  const s = model.sections.find((x) => x.id === sectionId)!;
  return s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}

function blocksOf(model: ReportModel, sectionId: string): Block[] {
  return model.sections.find((x) => x.id === sectionId)!.blocks;
}

describe('compose', () => {
  it('lists the sections of the kind in order, titled from the catalogue', () => {
    const ja = compose(reportInput('ja'));
    expect(ja.sections.map((s) => s.id)).toEqual([...AUTHENTICITY_SECTIONS]);
    expect(ja.sections.map((s) => s.number)).toEqual(
      AUTHENTICITY_SECTIONS.map((_, i) => String(i + 1)),
    );
    expect(ja.sections[0]!.title).toBe('この度の問題');
    expect(ja.sections[22]!.title).toBe('お詫び');
    const en = compose(reportInput('en'));
    expect(en.sections[0]!.title).toBe('The issue');
  });

  it('follows the lang option over the case language (catalogue text and date format)', () => {
    const model = compose({ ...reportInput('ja'), lang: 'en' });
    expect(model.sections[2]!.title).toBe('Purchasing and delivery');
    expect(model.cover.facts.find((f) => f.label === 'Notice received')!.value).toBe(
      'Sep 15, 2026',
    );
    const ja = compose(reportInput('ja'));
    expect(ja.cover.facts.find((f) => f.label === '通知の受領日')!.value).toBe('2026年9月15日');
  });

  it('puts seller, notice and revision on the cover', () => {
    const m = compose(reportInput('ja'));
    const values = m.cover.facts.map((f) => f.value);
    expect(values).toEqual(
      expect.arrayContaining([
        '株式会社サンプル商店',
        'サンプル商店 本店',
        'A2SAMPLE00001',
        'amazon.co.jp',
        '真贋調査',
        'B0SAMPLE01、B0SAMPLE02',
        'rev-002',
        '2026年9月30日',
      ]),
    );
    expect(m.header).toEqual({ left: 'サンプル商店 本店', right: 'rev-002（2026年9月30日）' });
    expect(m.meta.date).toBe('2026-09-30');
  });

  it('quotes the notice and lists the cited ASINs in §1', () => {
    const b = blocksOf(compose(reportInput('ja')), 'issue');
    const quote = b.find((x) => x.kind === 'quote');
    expect(quote).toMatchObject({ text: reportCase('ja').notice.text });
    const bullets = b.find((x) => x.kind === 'bullets') as Extract<Block, { kind: 'bullets' }>;
    expect(bullets.items.map((i) => i[0]!.text)).toEqual(['B0SAMPLE01', 'B0SAMPLE02']);
  });

  it('builds the §3 consistency table with separators, coverage, shortfalls and totals', () => {
    const [consistency, lines, excluded] = tables(compose(reportInput('ja')), 'sourcing');
    expect(consistency!.rows.map((r) => r.cells)).toEqual([
      ['B0SAMPLE01', '1,500', '1,480', '1,218', '123%', '充足'],
      ['B0SAMPLE02', '400', '400', '462', '87%', '不足 62個'],
      ['B0SAMPLE03', '60', '60', '78', '77%', '不足 18個'],
    ]);
    expect(consistency!.rows.map((r) => r.tone)).toEqual([undefined, 'shortfall', 'shortfall']);
    expect(consistency!.totals!.cells).toEqual(['合計', '1,960', '1,940', '1,758', '111%', '']);
    expect(consistency!.columns.filter((c) => c.align === 'right')).toHaveLength(4);
    // every counted invoice line points to its document by label and page
    expect(lines!.rows).toHaveLength(5);
    expect(lines!.rows[0]!.cells).toEqual([
      'INV-2026-0042',
      '2026年2月10日',
      '株式会社みほん卸',
      'B0SAMPLE01',
      '800',
      'A-1（19ページ）',
    ]);
    expect(lines!.rows[4]!.cells[5]).toBe('A-3（22ページ）');
    expect(lines!.totals!.cells[4]).toBe('1,960');
    expect(excluded!.rows[0]!.cells).toContain('確定請求書ではない');
  });

  it('refers to documents by file name before the evidence is laid out', () => {
    const [, lines] = tables(compose(reportInput('en', { evidence: [] })), 'sourcing');
    expect(lines!.rows[0]!.cells[5]).toBe('documents/INV-2026-0042.pdf');
    expect(compose(reportInput('en', { evidence: [] })).evidenceIndex).toBeUndefined();
  });

  it('quotes the doubtful return comments in §4', () => {
    const [t] = tables(compose(reportInput('ja')), 'returnComments');
    expect(t!.rows).toHaveLength(3);
    expect(t!.rows[0]!.cells[4]).toBe('「箱のロゴが以前と違い、偽物ではないかと思いました。」');
    expect(t!.rows[0]!.tone).toBe('shortfall');
    const [en] = tables(compose(reportInput('en')), 'returnComments');
    expect(en!.rows[1]!.cells[4]).toBe('“香りが弱い”');
  });

  it('gives §6 per-ASIN sold, returned, rate and a monthly chart', () => {
    const m = compose(reportInput('en'));
    const [t] = tables(m, 'returnRatio');
    expect(t!.rows.map((r) => r.cells.slice(0, 4))).toEqual([
      ['B0SAMPLE01', '1,218', '23', '1.9%'],
      ['B0SAMPLE02', '462', '18', '3.9%'],
      ['B0SAMPLE03', '78', '1', '1.3%'],
    ]);
    expect(t!.totals!.cells.slice(0, 4)).toEqual(['Total', '1,758', '42', '2.4%']);
    // sales and returns each on a chart of their own scale, every month labelled
    const charts = blocksOf(m, 'returnRatio').flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
    expect(charts.map((c) => c.id)).toEqual([
      'returnRatio.monthlySold',
      'returnRatio.monthlyReturned',
    ]);
    const [sold, returned] = charts as [BarChartModel, BarChartModel];
    expect(sold.categories).toHaveLength(12);
    expect(sold.categories).toEqual(returned.categories);
    expect(sold.series[0]!.values.reduce((a, b) => a + b, 0)).toBe(1758);
    expect(returned.series[0]!.values.reduce((a, b) => a + b, 0)).toBe(42);
    // the year under the first month and where it changes, never "Oct 25"
    expect(sold.categories.filter((c) => c.length > 1)).toEqual([
      [expect.stringMatching(/^Oct\*?$/), '2025'],
      ['Jan', '2026'],
    ]);
    expect(sold.categories.flat().join(' ')).not.toMatch(/\b[A-Z][a-z]{2} \d{2}\b/);
    const ja = blocksOf(compose(reportInput('ja')), 'returnRatio').flatMap((b) =>
      b.kind === 'chart' ? [b.chart] : [],
    );
    expect(ja[0]!.categories[0]![1]).toBe('2025年');
    // the window (2025-09-15 to 2026-09-15) ends mid-month: that month is starred and named
    expect(sold.categories.at(-1)).toEqual(['Sep*']);
    expect(sold.note).toBeUndefined();
    expect(returned.note).toBe('* Months counted in part only: Sep 2026 up to Sep 15.');
    expect(ja[1]!.note).toBe('* 期間の一部だけを数えた月です: 2026年9月は15日まで。');
  });

  it('lists §8 actions by date with their evidence references', () => {
    const b = blocksOf(compose(reportInput('ja')), 'actionsTaken');
    const actions = b.find((x) => x.kind === 'actions') as Extract<Block, { kind: 'actions' }>;
    expect(actions.items.map((a) => a.date)).toEqual([
      '2026年9月16日',
      '2026年9月18日',
      '2026年9月25日',
    ]);
    expect(actions.items[0]!.evidence).toBe('証拠なし: セラーセントラルの操作のため');
    expect(actions.items[1]!.evidence).toBe('証拠: A-1（19ページ）');
    expect(actions.items[2]!.evidence).toBe('証拠: B-1（23ページ）');
  });

  it('turns the narrative into paragraphs, bullets and bold', () => {
    const b = blocksOf(compose(reportInput('ja')), 'rootCause');
    expect(b[0]).toEqual({
      kind: 'paragraph',
      runs: [
        { text: '根本的な原因は、仕入先の' },
        { text: '正規流通経路を確認する手順', bold: true },
        { text: 'が社内になかったことです。' },
      ],
    });
    expect(b[1]!.kind).toBe('bullets');
    expect((b[1] as Extract<Block, { kind: 'bullets' }>).items).toHaveLength(3);
    const apology = blocksOf(compose(reportInput('ja')), 'apology');
    expect(apology).toHaveLength(1);
    expect((apology[0] as Extract<Block, { kind: 'paragraph' }>).runs[0]!.text).toContain('\n');
  });

  it('renders a visible placeholder for missing narrative in a draft', () => {
    const input = reportInput('ja', { draft: true });
    delete input.case.narrative.listings;
    const m = compose(input);
    const b = blocksOf(m, 'listings');
    expect(b).toEqual([
      { kind: 'placeholder', text: tr('ja', 'report.draft.placeholder', { id: 'listings' }) },
    ]);
    expect(m.draft).toBe(true);
    expect(m.cover.draftNotice).toBeTruthy();
  });

  it('builds the evidence index with page ranges and short hashes', () => {
    const ev = compose(reportInput('ja')).evidenceIndex!;
    const t = ev.blocks.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(t.table.rows[0]!.cells).toEqual([
      'A-1',
      '請求書',
      '株式会社みほん卸',
      'INV-2026-0042',
      '2026年2月10日',
      'B0SAMPLE01 × 800\nB0SAMPLE02 × 200',
      '19–20',
      'a3f1c2d4e5f6',
    ]);
  });

  it('puts the changes since the previous submission in their own part', () => {
    const m = compose(
      reportInput('ja', {
        changes: {
          title: '変更点',
          blocks: [{ kind: 'paragraph', runs: [{ text: '数量を修正' }] }],
        },
      }),
    );
    expect(m.changes).toMatchObject({ id: 'changes', title: '変更点' });
    expect(compose(reportInput('ja')).changes).toBeUndefined();
  });

  it('dispatches by kind: a performance case gets the performance sections', () => {
    const c = reportCase('ja');
    const perf = caseSchema.parse({
      ...c,
      kind: 'performance',
      narrative: Object.fromEntries(PERFORMANCE_SECTIONS.map((id) => [id, `${id} の本文。`])),
      performance: { fixDate: '2026-09-20' },
    });
    const m = compose({ ...reportInput('ja'), case: perf, reconciliation: undefined });
    expect(m.sections.map((s) => s.id)).toEqual([...PERFORMANCE_SECTIONS]);
    expect(m.cover.title).toBe(tr('ja', 'report.cover.title.performance'));
    expect(m.sections[0]!.blocks.some((b) => b.kind === 'quote')).toBe(true);
  });

  it('is pure: same input, same model; the input is not changed', () => {
    const input = reportInput('ja');
    const before = JSON.stringify(input);
    expect(compose(input)).toEqual(compose(reportInput('ja')));
    expect(JSON.stringify(input)).toBe(before);
  });

  it('works without a reconciliation (no records yet)', () => {
    const m = compose(reportInput('ja', { reconciliation: undefined }));
    const b = blocksOf(m, 'sourcing');
    // the seller's text first, then what the data gives: here, that there are no records yet
    expect(b.at(-1)).toEqual({ kind: 'paragraph', runs: [{ text: tr('ja', 'report.noRecords') }] });
  });
});
