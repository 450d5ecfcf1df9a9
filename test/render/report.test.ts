/**
 * The report as a reviewer gets it: rendered from the fixed test case in Japanese and English,
 * then read back with pdftotext, pdffonts, pdfinfo and qpdf.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHENTICITY_SECTIONS } from '../../src/case/sections.js';
import { compose } from '../../src/compose/index.js';
import { narrativeText } from '../../src/compose/narrative.js';
import { tr } from '../../src/i18n/catalogue.js';
import { sanitize } from '../../src/render/metrics.js';
import { renderReport, type RenderResult } from '../../src/render/index.js';
import { reportCase, reportInput } from './fixtures/report-case.js';
import { compareWithReference, pagePng } from './images.js';
import {
  bodyText,
  fonts,
  pageCount,
  pagesText,
  pageText,
  qpdfCheck,
  squash,
  tempPdf,
  tool,
} from './pdf-tools.js';

describe('the report (Japanese)', () => {
  let r: RenderResult;
  let file: string;
  let pages: string[];

  beforeAll(async () => {
    r = await renderReport(compose(reportInput('ja')));
    file = tempPdf(r.pdf);
    pages = pagesText(file);
  });

  it('is a valid PDF with only the embedded, subset Noto Sans JP', () => {
    expect(qpdfCheck(file).status).toBe(0);
    const f = fonts(file);
    expect(f.length).toBeGreaterThanOrEqual(2);
    for (const x of f) {
      expect(x.name).toMatch(/^[A-Z]{6}\+NotoSansJP-(Regular|Bold)$/);
      expect(x.emb).toBe('yes');
      expect(x.sub).toBe('yes');
    }
    expect(pageCount(file)).toBe(r.pages);
  });

  it('has every section title, in order, each on the page its contents entry names', () => {
    const contents = pageText(file, r.sectionStarts.contents, true);
    let at = -1;
    for (const [i, id] of AUTHENTICITY_SECTIONS.entries()) {
      const title = tr('ja', `section.${id}`);
      const line = contents
        .split('\n')
        .find((l) => l.includes(title) && l.trim().startsWith(`${i + 1} `));
      expect(line, title).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line!)![1]);
      expect(page, title).toBe(r.sectionStarts[id]);
      // the heading is on that page
      expect(squash(pages[page - 1]!), title).toContain(squash(title));
      expect(page).toBeGreaterThanOrEqual(at);
      at = page;
    }
    const evLine = contents.split('\n').find((l) => l.includes('証拠書類一覧'))!;
    expect(Number(/(\d+)\s*$/.exec(evLine)![1])).toBe(r.sectionStarts.evidenceIndex);
    expect(squash(pages[r.sectionStarts.evidenceIndex! - 1]!)).toContain('証拠書類一覧');
  });

  it('returns the narrative text exactly, in reading order', () => {
    const c = reportCase('ja');
    const { header } = compose(reportInput('ja'));
    const all = squash(pages.map((p) => bodyText(p, [header.left, header.right])).join(''));
    let pos = 0;
    for (const id of AUTHENTICITY_SECTIONS) {
      // characters the font lacks (emoji) are printed as 〓
      const text = sanitize(narrativeText(c.narrative[id]), true)
        .replace(/\*\*/g, '')
        .replace(/^- /gm, '');
      for (const line of text.split('\n').filter((l) => l.trim())) {
        const at = all.indexOf(squash(line), pos);
        expect(at, `${id}: ${line}`).toBeGreaterThanOrEqual(0);
        pos = at;
      }
    }
  });

  it('prints every number of the §3 and §6 tables', () => {
    const s3 = squash(
      pages.slice(r.sectionStarts.sourcing! - 1, r.sectionStarts.returnComments).join(''),
    );
    for (const row of [
      ['B0SAMPLE01', '1,500', '1,480', '1,218', '123%', '充足'],
      ['B0SAMPLE02', '400', '400', '462', '87%', '不足62個'],
      ['B0SAMPLE03', '60', '60', '78', '77%', '不足18個'],
      ['1,960', '1,940', '1,758', '111%'],
    ])
      expect(s3).toContain(row.join(''));
    expect(s3).toContain('合計');
    expect(s3).toContain('INV-2026-00422026年2月10日株式会社みほん卸B0SAMPLE01800A-1（19ページ）');
    const s6 = squash(
      pages.slice(r.sectionStarts.returnRatio! - 1, r.sectionStarts.rootCause).join(''),
    );
    for (const row of [
      ['B0SAMPLE01', '1,218', '23', '1.9%'],
      ['B0SAMPLE02', '462', '18', '3.9%'],
      ['B0SAMPLE03', '78', '1', '1.3%'],
      ['1,758', '42', '2.4%'],
    ])
      expect(s6).toContain(row.join(''));
  });

  it('quotes the notice and the doubtful return comments', () => {
    const all = squash(pages.join(''));
    expect(all).toContain(squash(reportCase('ja').notice.text));
    expect(all).toContain('「箱のロゴが以前と違い、偽物ではないかと思いました。」');
    expect(all).toContain('証拠:A-1（19ページ）');
  });

  it('has the header and "page / total" on every page but the cover', () => {
    expect(squash(pages[0]!)).not.toMatch(/\d+\/\d+/);
    for (let p = 2; p <= r.pages; p++) {
      const t = squash(pages[p - 1]!);
      expect(t, `page ${p}`).toContain('サンプル商店本店');
      expect(t, `page ${p}`).toContain('rev-002（2026年9月30日）');
      expect(t, `page ${p}`).toContain(`${p}/${r.pages}`);
    }
  });

  it('returns the section starts and the outline for the assembly', () => {
    expect(r.sectionStarts.cover).toBe(1);
    // the contents follow the cover, and the one-page summary when there is one
    const contents = r.sectionStarts.summary ? 3 : 2;
    expect(r.sectionStarts.contents).toBe(contents);
    // bookmarks in page order: the summary (page 2) before the contents
    const bookmarks = r.outline.map((o) => o.page);
    expect(bookmarks).toEqual([...bookmarks].sort((a, b) => a - b));
    expect(r.outline).toContainEqual({ title: '目次', page: contents });
    if (r.sectionStarts.summary) expect(r.outline[0]).toEqual({ title: '要約', page: 2 });
    expect(r.outline.map((o) => o.title)).toContain('23. お詫び');
    expect(r.outline[r.outline.length - 1]).toEqual({
      title: '証拠書類一覧',
      page: r.sectionStarts.evidenceIndex,
    });
  });

  it('looks like the reference pages (cover, contents, a section, a table, a chart)', () => {
    const chartPage = pages.findIndex((p) => squash(p).includes('月別の返品数量')) + 1;
    const kinds: Record<string, number> = {
      cover: 1,
      contents: r.sectionStarts.contents!,
      section: r.sectionStarts.issue!,
      // the page with the first table of §3 (the section may start at the foot of a page)
      table: pages.findIndex((p) => squash(p).includes('ASIN別の数量の整合性')) + 1,
      chart: chartPage,
    };
    for (const [name, page] of Object.entries(kinds)) {
      const d = compareWithReference(`ja-${name}`, pagePng(file, page));
      expect(d.sameSize, name).toBe(true);
      expect(d.differing, name).toBeLessThan(0.005);
    }
    // and the comparison does see a different page
    if (!process.env.UPDATE_REFERENCE_IMAGES)
      expect(compareWithReference('ja-cover', pagePng(file, 2)).differing).toBeGreaterThan(0.01);
  });

  it('has fixed metadata without paths or user names', () => {
    const info = pageInfo(file);
    expect(info.Producer).toBe('evidence-pack');
    expect(info.Creator).toBe('evidence-pack');
    expect(info.CreationDate).toContain('2026');
    const meta = r.pdf.toString('latin1');
    expect(meta).not.toContain(process.cwd());
    expect(meta).not.toMatch(/\/(home|root|Users|tmp)\//);
  });
});

function pageInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of pageTextInfo(file).split('\n')) {
    const m = /^(\w+):\s+(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

function pageTextInfo(file: string): string {
  return tool('pdfinfo', [file]);
}

describe('the report (English draft, --lang en over a Japanese case)', () => {
  let r: RenderResult;
  let file: string;
  let pages: string[];
  let again: Buffer;

  beforeAll(async () => {
    const input = reportInput('ja', {
      lang: 'en',
      draft: true,
      appendedPages: 30,
      changes: {
        title: 'Changes since rev-001',
        blocks: [{ kind: 'bullets', items: [[{ text: 'Corrected the units of B0SAMPLE02.' }]] }],
      },
    });
    delete input.case.narrative.listings;
    const model = compose(input);
    r = await renderReport(model);
    again = (await renderReport(compose({ ...input }))).pdf;
    file = tempPdf(r.pdf);
    pages = pagesText(file);
  });

  it('is byte-identical when rendered again from the same input', () => {
    expect(Buffer.compare(r.pdf, again)).toBe(0);
  });

  it('uses English titles, dates and the footer total of the whole submission', () => {
    const all = squash(pages.join(''));
    for (const id of AUTHENTICITY_SECTIONS)
      expect(all).toContain(squash(tr('en', `section.${id}`)));
    expect(all).toContain('Sep15,2026');
    expect(squash(pages[2]!)).toContain(`3/${r.pages + 30}`);
  });

  it('puts the changes since the previous submission right after the contents', () => {
    expect(r.sectionStarts.changes).toBe(r.sectionStarts.contents! + 1);
    expect(r.sectionStarts.changes!).toBeLessThanOrEqual(r.sectionStarts.issue!);
    expect(squash(pages[r.sectionStarts.contents! - 1]!)).toContain('Changessincerev-001');
    expect(squash(pages[r.sectionStarts.changes! - 1]!)).toContain(
      'CorrectedtheunitsofB0SAMPLE02.',
    );
    expect(r.outline.find((o) => o.title === 'Changes since rev-001')).toEqual({
      title: 'Changes since rev-001',
      page: r.sectionStarts.changes,
    });
  });

  it('marks every page DRAFT and shows the missing section as a placeholder', () => {
    // the watermark is rotated: read it in content order
    for (let p = 1; p <= r.pages; p++)
      expect(tool('pdftotext', ['-raw', '-f', String(p), '-l', String(p), file, '-'])).toContain(
        'DRAFT',
      );
    const listings = squash(pages[r.sectionStarts.listings! - 1]!);
    expect(listings).toContain(squash(tr('en', 'report.draft.placeholder', { id: 'listings' })));
    expect(fonts(file).every((f) => f.name.includes('NotoSansJP') && f.emb === 'yes')).toBe(true);
  });
});
