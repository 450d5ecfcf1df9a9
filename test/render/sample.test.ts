/**
 * The samples built end to end (`build`), in Japanese and in English, read back as a reviewer
 * would: every section title, every number of the §3 and §6 tables, the narrative in reading
 * order, the contents' page numbers, fonts all embedded, qpdf --check.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { loadCase } from '../../src/case/load.js';
import { sectionsFor } from '../../src/case/sections.js';
import { compose } from '../../src/compose/index.js';
import type { TableModel } from '../../src/compose/model.js';
import { planText } from '../helpers/plan-file.js';
import { tr } from '../../src/i18n/catalogue.js';
import { readRecords } from '../../src/records/index.js';
import { reconcile } from '../../src/reconcile/index.js';
import { bodyText, fonts, pagesText, qpdfCheck, squash, tool } from './pdf-tools.js';

const DATE = '2026-11-10';

function copy(sample: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ep-report-sample-')), 'case');
  cpSync(sample, dir, { recursive: true });
  rmSync(path.join(dir, 'submissions'), { recursive: true, force: true });
  return dir;
}

for (const name of ['ja-authenticity', 'en-authenticity']) {
  const sample = path.resolve('samples', name);
  describe.skipIf(!existsSync(sample))(`sample ${name}`, () => {
    it('builds a complete report that reads back exactly', async () => {
      const dir = copy(sample);
      const r = await build(dir, { date: DATE });
      expect(path.relative(dir, r.pdf)).toBe(path.join('submissions', 'rev-001', 'submission.pdf'));
      expect(qpdfCheck(r.pdf).status).toBe(0);
      for (const f of fonts(r.pdf)) expect(f.emb, f.name).toBe('yes');
      const pages = pagesText(r.pdf);
      expect(pages.length).toBe(r.pages);

      // the same model the build rendered, for the expected text and numbers
      const loaded = await loadCase(dir);
      const c = loaded.data;
      const rec = reconcile(c, (await readRecords(loaded)).records);
      const model = compose({
        case: c,
        reconciliation: rec,
        lang: c.language,
        revision: r.revision,
        buildDate: DATE,
        draft: false,
      });

      // our pages use only the embedded Noto Sans JP
      const contentsPage = pages.findIndex((p) =>
        squash(p).includes(squash(tr(c.language, 'report.contents'))),
      );
      // after the cover, and the summary page when the case has one
      expect(contentsPage).toBeGreaterThanOrEqual(1);
      expect(contentsPage).toBeLessThanOrEqual(2);
      const evidencePage = pages.findIndex(
        (p, i) =>
          i > contentsPage && squash(p).includes(squash(tr(c.language, 'report.evidence.title'))),
      );
      const ours = tool('pdffonts', ['-l', String(evidencePage + 1), r.pdf])
        .split('\n')
        .slice(2)
        .filter(Boolean);
      for (const line of ours) expect(line).toMatch(/NotoSansJP.*\syes\s+yes\s/);

      // every section title, on the page the contents names
      const at = String(contentsPage + 1);
      const contents = tool('pdftotext', ['-layout', '-f', at, '-l', at, r.pdf, '-']).split('\n');
      for (const [i, id] of sectionsFor(c.kind).entries()) {
        const title = tr(c.language, `section.${id}`);
        const line = contents.find((l) => l.trim().startsWith(`${i + 1} `) && l.includes(title));
        expect(line, title).toBeDefined();
        const page = Number(/(\d+)\s*$/.exec(line!)![1]);
        expect(squash(pages[page - 1]!), `${title} on page ${page}`).toContain(squash(title));
      }

      // every number of the §3 and §6 tables
      const header = [model.header.left, model.header.right];
      const all = squash(
        pages
          .slice(0, evidencePage + 1)
          .map((p) => bodyText(p, header))
          .join(''),
      );
      const tablesOf = (id: string) =>
        model.sections
          .find((s) => s.id === id)!
          .blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
      const check = (t: TableModel) => {
        for (const row of t.rows) expect(all, t.id).toContain(squash(row.cells.join('')));
        if (t.totals)
          expect(all, `${t.id} totals`).toContain(squash(t.totals.cells.slice(1).join('')));
      };
      check(tablesOf('sourcing')[0]!);
      check(tablesOf('returnRatio')[0]!);
      expect(rec.products.length).toBeGreaterThan(1);

      // the narrative, in reading order
      let pos = 0;
      const written = planText(dir);
      for (const id of sectionsFor(c.kind)) {
        const text = written[id] ?? '';
        for (const l of text.split('\n').filter((x) => x.trim())) {
          const at = all.indexOf(squash(l), pos);
          expect(at, `${id}: ${l}`).toBeGreaterThanOrEqual(0);
          pos = at;
        }
      }
    });
  });
}
