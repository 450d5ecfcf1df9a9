/** Column widths of a table too wide for the page: what may wrap gives up room first. */
import { describe, expect, it } from 'vitest';
import { fittedWidths } from '../../src/render/table.js';
import type { TableModel } from '../../src/compose/model.js';

const col = (header: string, width: number, nowrap = false) =>
  ({ header, width, nowrap, align: 'left' }) as TableModel['columns'][number];

// the en sample's complaint units (§5), shaded rows measured in bold
const table = {
  columns: [
    col('Returned', 1.1, true),
    col('ASIN', 1.1, true),
    col('Order ID', 1.5),
    col('LPN', 1.2, true),
    col('Disposition', 1.2),
    col('What happened', 1.3),
    col('Inspection', 1.2),
  ],
  rows: [
    {
      cells: [
        'May 13, 2026',
        'B0GK4T7R2A',
        '114-0422253-6722931',
        'LPN0XTQQD2MUE',
        'SELLABLE',
        'Back in sellable stock',
        'None',
      ],
    },
  ],
} as unknown as TableModel;

describe('fittedWidths', () => {
  it('keeps unbreakable columns whole and shrinks the others when the minimums do not fit', () => {
    const roomy = fittedWidths(table, 700);
    const narrow = fittedWidths(table, 440);
    expect(narrow.reduce((a, b) => a + b, 0)).toBeCloseTo(440, 3);
    // date, ASIN and LPN get what they get on a roomy page, less only its spare room
    for (const i of [0, 1, 3])
      expect(narrow[i]!).toBeGreaterThanOrEqual(fittedWidths(table, 515)[i]! - 1.5);
    // the wrapping columns paid for it, none below its header's longest word
    expect(narrow[2]!).toBeLessThan(roomy[2]!);
  });
});
