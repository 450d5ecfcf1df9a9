import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { caseSchema, isRealDate } from '../../src/case/schema.js';
import { jsonPathOf, schemaProblems, stripComments } from '../../src/case/load.js';
import { caseJsonSchemaText } from '../../src/case/json-schema.js';
import { caseTemplate } from '../../src/case/template.js';
import { validCase } from '../helpers/valid-case.js';

function problemsOf(data: unknown) {
  const r = caseSchema.safeParse(data);
  return r.success ? [] : schemaProblems(r.error, data, caseSchema);
}

describe('case.json schema v1', () => {
  it('accepts a complete case and fills defaults', () => {
    const r = caseSchema.parse(validCase());
    expect(r.documents).toEqual([]);
    expect(r.build.uploadLimitMiB).toBe(10);
    expect(r.records.headerAliases).toEqual({});
  });

  it('refuses impossible dates and names the JSON path', () => {
    const c = validCase();
    c.notice.receivedOn = '2026-02-30';
    const ps = problemsOf(c);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.jsonPath).toBe('$.notice.receivedOn');
    expect(ps[0]!.found).toBe('"2026-02-30"');
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
  });

  it('lists every problem at once with paths, expected and found', () => {
    const c = validCase();
    c.schemaVersion = 2;
    c.seller.email = 'not-an-email';
    c.products[0].skus = [];
    c.products[0].asin = 'b0lower';
    c.suppliers[0].kind = 'friend';
    delete c.seller.legalName;
    c.extra = true;
    const ps = problemsOf(c);
    const paths = ps.map((p) => p.where.jsonPath).sort();
    expect(paths).toEqual(
      [
        '$.extra',
        '$.products[0].asin',
        '$.products[0].skus',
        '$.schemaVersion',
        '$.seller.email',
        '$.seller.legalName',
        '$.suppliers[0].kind',
      ].sort(),
    );
    const unknown = ps.find((p) => p.where.jsonPath === '$.extra')!;
    expect(unknown.message.en).toContain('extra');
    const missing = ps.find((p) => p.where.jsonPath === '$.seller.legalName')!;
    expect(missing.found).toEqual({ ja: 'なし', en: 'nothing' });
    expect(missing.expected).toEqual({ ja: '文字列', en: 'a text' });
    expect(missing.hint?.ja).toContain('case.json');
    const kind = ps.find((p) => p.where.jsonPath === '$.suppliers[0].kind')!;
    expect(kind.expected).toContain('"wholesaler"');
    expect(kind.found).toBe('"friend"');
  });

  it("says every issue in the case's language, never in zod's English", () => {
    const c = validCase();
    c.schemaVersion = 2;
    c.seller.email = 'not-an-email';
    c.products[0].skus = [];
    c.products[0].title = '';
    c.products[0].asin = 5;
    c.narrative = { issue: 5, nonsense: 'x' };
    c.build = { uploadLimitMiB: 0 };
    delete c.seller.phone;
    const ps = problemsOf(c);
    expect(ps.length).toBe(9);
    for (const p of ps) {
      const words = [
        p.message.ja,
        p.hint?.ja ?? '',
        JSON.stringify(p.expected ?? ''),
        JSON.stringify(p.found ?? ''),
      ];
      for (const w of words)
        expect(w).not.toMatch(/Invalid|expected|received|Too small|Unrecognized/);
      expect(p.message.ja).toMatch(/[ぁ-んァ-ン一-龠]/);
      expect(p.message.en).not.toMatch(/[ぁ-んァ-ン一-龠]/);
    }
    const at = (path: string) => ps.find((p) => p.where.jsonPath === path)!;
    expect(at('$.products[0].asin').message).toEqual({
      ja: 'ここには文字列を書きます（数値が書かれています）。',
      en: 'This must be a text, not a number.',
    });
    expect(at('$.build.uploadLimitMiB').expected).toBe('> 0');
    expect(at('$.products[0].skus').message.en).toBe('At least 1 entry is needed.');
    expect(at('$.narrative.issue').expected).toEqual({
      ja: '文字列または配列 [ ]',
      en: 'a text or a list [ ]',
    });
    expect(at('$.narrative.nonsense').message.ja).toBe('不明なキー「nonsense」です。');
  });

  it('suggests the key a typo meant', () => {
    const c = validCase();
    c.suppliers[0].webiste = 'https://x.example';
    c.narrative = { rootCuase: 'x' };
    const ps = problemsOf(c);
    expect(ps.find((p) => p.where.jsonPath === '$.suppliers[0].webiste')!.hint!.en).toContain(
      'Did you mean "website"?',
    );
    expect(ps.find((p) => p.where.jsonPath === '$.narrative.rootCuase')!.hint!.ja).toContain(
      '「rootCause」',
    );
  });

  it('refuses wrong types inside nested objects (no silent drop of typos)', () => {
    const c = validCase();
    c.suppliers[0].webiste = 'https://x.example';
    c.notice.citedAsins = 'B0TEST0001';
    const paths = problemsOf(c).map((p) => p.where.jsonPath);
    expect(paths).toContain('$.suppliers[0].webiste');
    expect(paths).toContain('$.notice.citedAsins');
  });

  it('ignores "//" comment keys at any depth', () => {
    const c = validCase();
    c['//'] = 'comment';
    c.seller['//'] = 'comment';
    expect(caseSchema.safeParse(stripComments(c)).success).toBe(true);
  });

  it('formats JSON paths', () => {
    expect(jsonPathOf(['a', 0, 'b-c'])).toBe('$.a[0]["b-c"]');
  });

  it('scaffolds templates that validate, in both languages and kinds', () => {
    for (const lang of ['ja', 'en'] as const)
      for (const kind of ['authenticity', 'performance'] as const)
        expect(caseSchema.safeParse(stripComments(caseTemplate(lang, kind))).success).toBe(true);
  });

  it('publishes a JSON Schema that is up to date', () => {
    const committed = readFileSync(
      new URL('../../schema/case.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(caseJsonSchemaText());
    expect(JSON.parse(committed).properties.seller.properties.legalName.type).toBe('string');
  });
});
