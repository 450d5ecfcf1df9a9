/** compose on a performance case: the seven sections, the chart, the tables (pure, no PDF). */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import type { Block, LineChartModel, TableModel } from '../../src/compose/model.js';
import { PERFORMANCE_SECTIONS, type SectionId } from '../../src/case/sections.js';
import { planFromCase } from '../../src/plan/from-case.js';
import { order, perfCase, perfRec } from './builders.js';

// Fix on Thu 2026-09-17, numbers taken on 2026-10-01. Mondays: 09-07, 09-14, 09-21, 09-28.
const log = () => [
  order('2026-09-07', '2026-09-09'), // late
  order('2026-09-08', '2026-09-08', { wrongItem: true }),
  order('2026-09-10', '2026-09-12'), // late
  order('2026-09-15', '2026-09-15'),
  order('2026-09-18', '2026-09-18'),
  order('2026-09-22', '2026-09-21'),
  order('2026-09-29', '2026-09-29'),
];

function model(c = perfCase(), rows = log(), lang: 'ja' | 'en' = 'ja') {
  return compose({
    case: c,
    reconciliation: perfRec(c, rows, '2026-10-01'),
    lang,
    revision: 'rev-001',
    buildDate: '2026-10-01',
    draft: false,
  });
}

const blocks = (m: ReturnType<typeof model>, id: string): Block[] =>
  m.sections.find((s) => s.id === id)!.blocks;
/** The section's generated blocks: what follows the seller's text (written first). */
const generated = (m: ReturnType<typeof model>, id: string): Block[] => {
  const written = planFromCase(perfCase()).sections[id as SectionId]?.blocks.length ?? 0;
  return blocks(m, id).slice(written);
};
const tables = (bs: Block[]): TableModel[] =>
  bs.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const chart = (bs: Block[]): LineChartModel | undefined =>
  bs.flatMap((b) => (b.kind === 'lineChart' ? [b.chart] : []))[0];

describe('compose, performance case', () => {
  it('has the seven sections in order, each with the text first, then its generated content', () => {
    const m = model();
    expect(m.sections.map((s) => s.id)).toEqual([...PERFORMANCE_SECTIONS]);
    expect(generated(m, 'perfNotice')[0]!.kind).toBe('paragraph');
    expect(generated(m, 'perfNotice').some((b) => b.kind === 'quote')).toBe(true);
    expect(generated(m, 'perfActionsTaken')[0]!.kind).toBe('actions');
    expect(blocks(m, 'perfActionsTaken').at(-1)!.kind).toBe('actions');
  });

  it('draws the late shipment rate per week and over 30 days with the target and the fix date', () => {
    const c = chart(blocks(model(), 'metricHistory'))!;
    expect(c.percent).toBe(true);
    expect(c.target).toEqual({ y: 0.04, label: '目標 4%' });
    // 09-07 … 10-01 (the numbers are taken on 10-01, after the log's last date 09-29): x in
    // days from 09-07; the fix on 09-17 is day 10
    expect(c.xMax).toBe(24);
    expect(c.mark).toEqual({ x: 10, label: '改善日 9/17' });
    const [weekly, rolling, wrong] = c.series;
    // weeks of 09-07 (3 orders, 2 late), 09-14 (2, 0), 09-21 (1, 0), 09-28 (1, 0), mid-week
    expect(weekly!.points).toEqual([
      { x: 3, y: 2 / 3 },
      { x: 10, y: 0 },
      { x: 17, y: 0 },
      { x: 24, y: 0 },
    ]);
    expect(rolling!.dash).toBe('dashed');
    // the 30-day window ends on the day the numbers are taken: 10-01 = day 24
    expect(rolling!.points.at(-1)).toEqual({ x: 24, y: 2 / 7 });
    expect(wrong!.name).toBe('週ごとの誤発送率');
    expect(c.ticks.map((t) => t.label)).toEqual(['9/7', '9/14', '9/21', '9/28']);
    // in English a day reads "Sep 7", never "9/7" (a day/month order not all readers share)
    const en = chart(blocks(model(perfCase(), log(), 'en'), 'metricHistory'))!;
    expect(en.ticks.map((t) => t.label)).toEqual(['Sep 7', 'Sep 14', 'Sep 21', 'Sep 28']);
    expect(en.mark?.label).toBe('Fix Sep 17');
  });

  it('leaves the wrong-item line and columns out when the case has no wrong-item data', () => {
    const rows = log().map((r) => ({ ...r, wrongItem: false }));
    const bs = blocks(model(perfCase(), rows), 'metricHistory');
    expect(chart(bs)!.series).toHaveLength(2);
    expect(tables(bs)[0]!.columns).toHaveLength(4);
  });

  it('lists the weekly table with totals, weeks before the fix muted', () => {
    const t = tables(blocks(model(), 'metricHistory'))[0]!;
    expect(t.rows.map((r) => [r.cells[0], r.cells[1], r.cells[2], r.cells[3], r.tone])).toEqual([
      ['2026年9月7日', '3', '2', '66.7%', 'muted'],
      ['2026年9月14日', '2', '0', '0.0%', undefined],
      ['2026年9月21日', '1', '0', '0.0%', undefined],
      ['2026年9月28日', '1', '0', '0.0%', undefined],
    ]);
    expect(t.totals!.cells.slice(1)).toEqual(['7', '2', '28.6%', '1', '14.3%']);
  });

  it('proves the fix: unshipped count, before/after table', () => {
    const bs = generated(model(), 'immediateFix');
    expect(bs[0]).toEqual({
      kind: 'paragraph',
      runs: [
        {
          text: '2026年10月1日時点で、未出荷の注文は 0 件です。出荷予定日を過ぎた注文はすべて出荷し、出荷通知を送信済みです。',
          bold: true,
        },
      ],
    });
    const t = tables(bs);
    expect(t.map((x) => x.id)).toEqual(['immediateFix.beforeAfter']);
    expect(t[0]!.rows.map((r) => r.cells)).toEqual([
      ['改善前（2026年9月17日より前）', '4', '2', '50.0%', '1', '25.0%'],
      ['改善後（2026年9月17日以降）', '3', '0', '0.0%', '0', '0.0%'],
    ]);
  });

  it('lists unshipped orders, not the all-shipped sentence, when some are open', () => {
    const bs = generated(model(perfCase(), [...log(), order('2026-09-25')]), 'immediateFix');
    expect(JSON.stringify(bs[0])).toContain('まだ出荷していない注文が 1 件');
    const open = tables(bs).find((x) => x.id === 'immediateFix.unshipped')!;
    expect(open.rows).toHaveLength(1);
    expect(open.rows[0]!.cells[1]).toBe('2026年9月25日');
  });

  it('shows the deputy with contact and the handling time in the prevention', () => {
    const bs = generated(model(perfCase(), log(), 'en'), 'prevention');
    expect(bs[0]).toEqual({
      kind: 'facts',
      rows: [
        { label: "Stand-in who ships in the owner's absence", value: '佐藤 花子 (出荷代行担当)' },
        { label: "Stand-in's contact", value: '090-0000-0000' },
        { label: 'Handling time', value: '2 days' },
      ],
    });
  });

  it('says there are no records when there is no reconciliation', () => {
    const m = compose({
      case: perfCase(),
      lang: 'en',
      revision: 'rev-001',
      buildDate: '2026-10-01',
      draft: false,
    });
    expect(JSON.stringify(blocks(m, 'metricHistory'))).toContain('There are no records yet');
  });
});
