/** Wrong-item orders show what was done for the buyer when the seller's log has a column for it. */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { readRecords } from '../../src/records/index.js';
import { makeCase } from '../records/helpers.js';
import { order, perfCase, perfRec, TODAY } from './builders.js';

const immediateFix = (rows: Parameters<typeof perfRec>[1]) => {
  const c = perfCase();
  const m = compose({
    case: c,
    reconciliation: perfRec(c, rows),
    lang: 'ja',
    revision: 'rev-001',
    buildDate: TODAY,
    draft: false,
  });
  return m.sections.find((s) => s.id === 'immediateFix')!.blocks;
};

describe('what was done for each buyer of a wrong item', () => {
  it("reads the remedy column of the seller's sheet (対応)", async () => {
    const c = await makeCase(
      {
        'records/出荷.csv': [
          '注文番号,出荷予定日,出荷日,誤出荷,対応',
          '249-1,2026/03/03,2026/03/02,,',
          '249-2,2026/03/03,2026/03/03,はい,正しい商品を翌日再送し、返品ラベルを送付',
        ].join('\n'),
      },
      { kind: 'performance' },
    );
    const { records } = await readRecords(c);
    expect(records.shippingLog.map((r) => [r.orderId, r.wrongItem, r.remedy])).toEqual([
      ['249-1', false, undefined],
      ['249-2', true, '正しい商品を翌日再送し、返品ラベルを送付'],
    ]);
  });

  it('lists each wrong-item order with its remedy, unrecorded ones marked', () => {
    const rows = [
      order('2026-09-08', '2026-09-08', { wrongItem: true, remedy: '正しい商品を再送' }),
      order('2026-09-09', '2026-09-09', { wrongItem: true }),
      order('2026-09-10', '2026-09-10', { remedy: '' }),
    ];
    const t = immediateFix(rows).flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    const w = t.find((x) => x.id === 'immediateFix.wrongItems')!;
    expect(w.caption).toBe('誤発送の注文と購入者への対応');
    expect(w.rows.map((r) => [r.cells[0], r.cells[2], r.tone])).toEqual([
      [rows[0]!.orderId, '正しい商品を再送', undefined],
      [rows[1]!.orderId, '（記録なし）', 'shortfall'],
    ]);
  });

  it('shows no such table when the log has no remedy column', () => {
    const rows = [order('2026-09-08', '2026-09-08', { wrongItem: true })];
    const ids = immediateFix(rows).flatMap((b) => (b.kind === 'table' ? [b.table.id] : []));
    expect(ids).not.toContain('immediateFix.wrongItems');
  });
});
