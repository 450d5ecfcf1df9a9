/**
 * Late page numbers: the evidence pages the report cites are measured for a guessed length of
 * the report and printed for its real one, so that one layout is enough.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { latePage } from '../../src/compose/model.js';
import { metrics } from '../../src/render/metrics.js';
import { hasLatePage, printLatePages, roomEnough } from '../../src/render/late.js';
import { renderReport, type RenderResult } from '../../src/render/index.js';
import { reportInput } from './fixtures/report-case.js';
import { pagesText, squash, tempPdf } from './pdf-tools.js';

describe('late page numbers, one by one', () => {
  it('prints a number as so many pages after the end of the report', () => {
    const text = `A-1（${latePage(2)}ページ）、B-2（${latePage(14)}ページ）`;
    expect(hasLatePage(text)).toBe(true);
    expect(hasLatePage('A-1（19ページ）')).toBe(false);
    expect(printLatePages(text, 17)).toBe('A-1（19ページ）、B-2（31ページ）');
    expect(printLatePages(text, 98)).toBe('A-1（100ページ）、B-2（112ページ）');
  });

  it('keeps a layout only while no number gets more digits than it was measured with', () => {
    expect(roomEnough(17, 17, 500)).toBe(true);
    expect(roomEnough(12, 30, 40)).toBe(true); // 13…52 and 31…70
    expect(roomEnough(12, 30, 80)).toBe(false); // 92 against 110
    // both ends agree, a number in between does not: 91…95 against 96…100
    expect(roomEnough(90, 95, 20)).toBe(false);
    expect(roomEnough(3, 14, 2)).toBe(false);
    // a shorter report than measured for: fewer digits leave room over
    expect(roomEnough(821, 664, 380)).toBe(true);
    expect(roomEnough(95, 12, 20)).toBe(true);
  });

  it('relies on digits all as wide as each other in both faces of the font', () => {
    for (const bold of [false, true]) {
      const m = metrics(bold);
      const widths = new Set([...'0123456789'].map((d) => m.width(d)));
      expect(widths.size, bold ? 'bold' : 'regular').toBe(1);
    }
  });
});

describe('a report whose evidence numbers depend on its own length', () => {
  // the evidence fixture starts at page 19, i.e. it assumes a report of 17 pages
  const input = reportInput('ja', { reportPages: 17, appendedPages: 7 });
  const first = { 'A-1': 2, 'A-2': 4, 'A-3': 5, 'B-1': 6 } as const;
  let exact: RenderResult;
  let near: RenderResult;
  let over: RenderResult;
  let under: RenderResult;

  beforeAll(async () => {
    exact = await renderReport(compose(input), { anchor: 12 });
    near = await renderReport(compose(input), { anchor: exact.pages + 1 });
    over = await renderReport(compose(input), { anchor: 95 });
    under = await renderReport(compose(input), { anchor: 2 });
  }, 120_000);

  it('is laid out once when the guessed length gives numbers of the same width', () => {
    // the fixture's evidence numbers (report + 2 … report + 7) have two digits, like 12's
    expect(exact.pages + 2).toBeGreaterThanOrEqual(10);
    expect(exact.pages).toBeLessThan(12);
    expect(exact.layouts).toBe(1);
    expect(near.layouts).toBe(1);
    expect(Buffer.compare(near.pdf, exact.pdf)).toBe(0);
  });

  it('is laid out once when the guess was longer: the real numbers fit the room measured', () => {
    expect(over.layouts).toBe(1);
    expect(over.pages).toBe(exact.pages);
  });

  it('is laid out again when a guess gave numbers too few digits, with the exact result', () => {
    expect(under.layouts).toBe(2);
    expect(Buffer.compare(under.pdf, exact.pdf)).toBe(0);
  });

  for (const which of ['exact', 'over'] as const)
    it(`prints the pages where the documents really are, after the report (${which})`, () => {
      const result = which === 'exact' ? exact : over;
      const file = tempPdf(result.pdf);
      const pages = pagesText(file);
      const r = result.pages;
      const index = squash(pages[result.sectionStarts.evidenceIndex! - 1]!);
      for (const [label, after] of Object.entries(first)) {
        expect(index).toContain(label);
        expect(index).toContain(String(r + after));
      }
      expect(index).toContain(`${r + 2}–${r + 3}`);
      const all = squash(pages.join(''));
      expect(all).toContain(`A-1（${r + 2}ページ）`);
      expect(all).not.toMatch(/\uE000|\uE001/);
      // the footer adds the appended pages to the report's own
      expect(squash(pages[1]!)).toContain(`2/${r + 7}`);
    });
});
