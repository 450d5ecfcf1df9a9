/**
 * build as the seller runs it: a section without text stops a final build (nothing written);
 * --draft renders it as a visible placeholder under a DRAFT watermark; --lang overrides the case.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { AUTHENTICITY_SECTIONS } from '../../src/case/sections.js';
import { EvidenceError } from '../../src/errors.js';
import { tr } from '../../src/i18n/catalogue.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { fonts, pagesText, qpdfCheck, squash, tool } from './pdf-tools.js';

describe('build and drafts', () => {
  it('refuses a final build with a missing section and writes nothing', async () => {
    const c = validCase();
    c.narrative.apology = '';
    const dir = makeCaseDir(c);
    const err = await build(dir, { date: '2026-10-01' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EvidenceError);
    expect((err as EvidenceError).problems.map((p) => p.code)).toEqual(['NARRATIVE_MISSING']);
    expect((err as EvidenceError).problems[0]!.where.jsonPath).toBe('$.narrative.apology');
    expect(readdirSync(path.join(dir, 'submissions'))).toEqual([]);
  });

  it('renders a draft with a placeholder and a watermark, in the language asked for', async () => {
    const c = validCase();
    c.narrative.apology = '';
    const dir = makeCaseDir(c);
    const r = await build(dir, { date: '2026-10-01', draft: true, lang: 'en' });
    expect(existsSync(r.pdf)).toBe(true);
    expect(qpdfCheck(r.pdf).status).toBe(0);
    expect(fonts(r.pdf).every((f) => f.name.includes('NotoSansJP') && f.emb === 'yes')).toBe(true);
    const pages = pagesText(r.pdf);
    const all = squash(pages.join(''));
    for (const id of AUTHENTICITY_SECTIONS)
      expect(all).toContain(squash(tr('en', `section.${id}`)));
    expect(all).toContain(squash(tr('en', 'report.draft.placeholder', { id: 'apology' })));
    // the seller's Japanese narrative is printed as written
    expect(all).toContain('issueの本文です。');
    for (let p = 1; p <= r.pages; p++)
      expect(tool('pdftotext', ['-raw', '-f', String(p), '-l', String(p), r.pdf, '-'])).toContain(
        'DRAFT',
      );
  });
});
