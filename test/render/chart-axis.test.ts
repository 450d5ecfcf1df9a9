/** Chart axes: every scale readable at its own size (layouts/LineChart.tsx yAxis). */
import { describe, expect, it } from 'vitest';
import { yAxis } from '../../layouts/LineChart.js';

describe('line chart y axis', () => {
  it('spans the data and the target with a margin, not 0–100%', () => {
    const a = yAxis([0, 3.2, 5.9, 12.5], 4, 100);
    expect(a.low).toBeUndefined();
    expect(a.top).toBeGreaterThan(12.5);
    expect(a.top).toBeLessThanOrEqual(20);
    expect(a.ticks[0]).toBe(0);
    expect(a.ticks.at(-1)).toBe(a.top);
  });

  it('keeps a small target readable next to a 100% week: a broken axis', () => {
    const a = yAxis([0, 6.7, 92.3, 100, 15.4, 0], 4, 100);
    // the lower part spans about 2.5 times the target, on its own scale
    expect(a.low?.top).toBe(10);
    expect(a.ticks.filter((v) => v <= 10)).toEqual([0, 2, 4, 6, 8, 10]);
    // the upper part reaches the data, never above 100%
    expect(a.top).toBe(100);
    expect(a.ticks.filter((v) => v > 10)).toEqual([25, 50, 75, 100]);
  });

  it('never goes above the ceiling of a rate', () => {
    expect(yAxis([99], 4, 100).top).toBe(100);
    expect(yAxis([0], 4, 100).top).toBeGreaterThan(4);
  });
});
