/**
 * The guess of the report's length before any layout (the first anchor of the late page
 * numbers): close to the real length, and growing with the content.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { guessPages } from '../../src/render/guess.js';
import { renderReport, syntheticTable } from '../../src/render/index.js';
import { reportInput } from './fixtures/report-case.js';

describe('the guessed length of a report', () => {
  it('is near the real length of the test report', async () => {
    const model = compose(reportInput('ja'));
    const real = (await renderReport(model)).pages;
    const guess = guessPages(model);
    expect(guess).toBeGreaterThanOrEqual(Math.floor(real * 0.7));
    expect(guess).toBeLessThanOrEqual(Math.ceil(real * 1.6));
  }, 60_000);

  it('grows with the rows of a table: a page for every 20 to 60 rows', () => {
    const model = compose(reportInput('ja'));
    const base = guessPages(model);
    const section = model.sections.find((s) => s.id === 'sourcing')!;
    section.blocks.push({ kind: 'table', table: syntheticTable(3000) });
    const grown = guessPages(model);
    expect(grown - base).toBeGreaterThan(3000 / 60);
    expect(grown - base).toBeLessThan(3000 / 20);
  });
});
