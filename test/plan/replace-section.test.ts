import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionsFor, type SectionId } from '../../src/case/sections.js';
import { parsePlanMarkdown } from '../../src/plan/markdown.js';
import {
  replaceSection,
  sectionBreakingHeadings,
  sectionSources,
} from '../../src/plan/replace-section.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const samples = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(SAMPLES, d.name, 'plan.md')))
  .map((d) => {
    const dir = path.join(SAMPLES, d.name);
    const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as {
      kind: 'authenticity' | 'performance';
      language: 'ja' | 'en';
    };
    return {
      name: d.name,
      md: readFileSync(path.join(dir, 'plan.md'), 'utf8'),
      opts: { kind: c.kind, lang: c.language },
    };
  });

/** Each section's source as the plan stage reads it (comments blanked, lines trimmed). */
const parsedSources = (md: string, kind: 'authenticity' | 'performance') => {
  const parsed = parsePlanMarkdown(md, { file: 'plan.md', kind });
  return Object.fromEntries(Object.entries(parsed.sections).map(([id, s]) => [id, s!.source]));
};

describe('replaceSection on the samples', () => {
  it.each(samples)('$name: every section replaced by its own source gives the same bytes', (s) => {
    const sources = sectionSources(s.md, s.opts);
    expect(Object.keys(sources).length).toBeGreaterThan(5);
    for (const [id, source] of Object.entries(sources)) {
      expect(replaceSection(s.md, id as SectionId, source!, s.opts)).toBe(s.md);
    }
  });

  it.each(samples)('$name: replacing one section leaves every other byte-identical', (s) => {
    const before = parsedSources(s.md, s.opts.kind);
    for (const id of Object.keys(before)) {
      const out = replaceSection(s.md, id as SectionId, 'Replaced text.\n\n- one\n- two', s.opts);
      const after = parsedSources(out, s.opts.kind);
      expect(after[id]).toBe('Replaced text.\n\n- one\n- two');
      for (const other of Object.keys(before))
        if (other !== id) expect(after[other]).toBe(before[other]);
      // the text before and after the section is the same string
      const spans = parsePlanMarkdown(s.md, { file: 'plan.md', kind: s.opts.kind }).spans!;
      const span = spans[id as SectionId]!;
      expect(out.startsWith(s.md.slice(0, span.start))).toBe(true);
      expect(out.endsWith(s.md.slice(span.end))).toBe(true);
    }
  });
});

const opts = { kind: 'authenticity', lang: 'ja' } as const;

describe('replaceSection', () => {
  const md = [
    '# 改善計画書',
    '',
    '## この度の問題 {#issue}',
    '',
    '<!-- guidance -->',
    '',
    '通知を受けました。',
    '',
    '## 根本原因 {#rootCause}',
    '手順がありませんでした。',
    '',
  ].join('\n');

  it('keeps comments in a section as its source, so they survive a save', () => {
    const src = sectionSources(md, opts);
    expect(src.issue).toBe('<!-- guidance -->\n\n通知を受けました。');
    const out = replaceSection(md, 'issue', '<!-- guidance -->\n\n新しい文です。', opts);
    expect(out).toBe(md.replace('通知を受けました。', '新しい文です。'));
  });

  it('empty text keeps the heading', () => {
    const out = replaceSection(md, 'rootCause', '  \n', opts);
    expect(out).toBe(md.replace('手順がありませんでした。\n', ''));
    expect(sectionSources(out, opts).rootCause).toBe('');
    // and text goes back under it
    expect(replaceSection(out, 'rootCause', '戻しました。', opts)).toBe(
      md.replace('\n手順がありませんでした。', '\n\n戻しました。'),
    );
  });

  it('adds a missing section with its heading in the section order', () => {
    const out = replaceSection(md, 'sourcing', '仕入先は一社です。', opts);
    const parsed = parsePlanMarkdown(out, { file: 'plan.md', kind: 'authenticity' });
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(parsed.sections)).toEqual(['issue', 'sourcing', 'rootCause']);
    expect(parsed.sections.sourcing!.source).toBe('仕入先は一社です。');
    expect(out).toContain('## 仕入と納品 {#sourcing}\n\n仕入先は一社です。\n\n## 根本原因');
    // after the last one: at the end of the file
    const last = sectionsFor('authenticity').at(-1)!;
    const end = replaceSection(md, last, 'お詫び申し上げます。', { ...opts, lang: 'en' });
    expect(end.endsWith(`## Apology {#${last}}\n\nお詫び申し上げます。\n`)).toBe(true);
    expect(
      Object.keys(parsePlanMarkdown(end, { file: 'plan.md', kind: 'authenticity' }).sections),
    ).toEqual(['issue', 'rootCause', last]);
  });

  it('keeps a BOM and CRLF line ends', () => {
    const crlf = `\ufeff${md.replace(/\n/g, '\r\n')}`;
    const out = replaceSection(crlf, 'rootCause', '一行目\n二行目', opts);
    expect(out).toBe(crlf.replace('手順がありませんでした。', '一行目\r\n二行目'));
    expect(replaceSection(crlf, 'issue', sectionSources(crlf, opts).issue!, opts)).toBe(crlf);
  });

  it('finds headings that would start another section', () => {
    expect(sectionBreakingHeadings('a\n\n## 別の見出し\n\nb\n\n### 小見出し')).toEqual([
      { line: 3, text: '## 別の見出し' },
    ]);
    expect(sectionBreakingHeadings('Title\n=====')).toHaveLength(1);
    expect(sectionBreakingHeadings('### ok\n\ntext')).toEqual([]);
  });
});
