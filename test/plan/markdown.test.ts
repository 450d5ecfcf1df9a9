import { describe, expect, it } from 'vitest';
import { parsePlanMarkdown } from '../../src/plan/markdown.js';
import { formatLocation } from '../../src/errors.js';

const parse = (text: string, kind: 'authenticity' | 'performance' = 'authenticity') =>
  parsePlanMarkdown(text, { file: 'plan.md', kind });

const at = (p: { where: Parameters<typeof formatLocation>[0] }) => formatLocation(p.where);

describe('plan.md headings', () => {
  it('matches a section by its Japanese title, its English title, a number or {#id}', () => {
    const r = parse(
      [
        '# 改善計画書',
        '',
        '## この度の問題',
        '通知を受けました。',
        '',
        '## Products concerned',
        'Two products.',
        '',
        '## 3. 仕入と納品',
        '仕入先は一社です。',
        '',
        '## 根本原因 {#rootCause}',
        '手順がありませんでした。',
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(Object.keys(r.sections)).toEqual(['issue', 'products', 'sourcing', 'rootCause']);
    expect(r.sections.rootCause!.text).toBe('手順がありませんでした。');
    expect(at(r.sections.rootCause!)).toBe('plan.md:12:1 [rootCause]');
  });

  it('reports unknown, duplicated and out-of-order headings at line:column', () => {
    const r = parse(
      [
        '## 問題の根本的な原因', // 1
        'a',
        '',
        '## 原因について', // 4: unknown
        'b',
        '',
        '## この度の問題', // 7: before rootCause in the report
        'c',
        '',
        '## Root cause', // 10: second rootCause heading
        'd',
        '',
        '## X {#nope}', // 13
      ].join('\n'),
    );
    expect(r.problems.map((p) => [p.code, at(p)])).toEqual([
      ['PLAN_HEADING_UNKNOWN', 'plan.md:4:1'],
      ['PLAN_HEADING_ORDER', 'plan.md:7:1'],
      ['PLAN_HEADING_DUPLICATE', 'plan.md:10:1'],
      ['PLAN_HEADING_UNKNOWN', 'plan.md:13:1'],
    ]);
    expect(r.problems[0]!.message.ja).toContain('原因について');
    expect(r.problems[0]!.hint!.en).toContain('## Root cause');
    expect(r.problems[2]!.message.en).toContain('plan.md:1:1');
    // the text under an unknown or second heading belongs to no section
    expect(r.sections.rootCause!.text).toBe('a');
  });

  it('refuses text before the first heading but allows a title and comments', () => {
    const ok = parse('<!-- メモ -->\n# 題\n\n## この度の問題\nx\n');
    expect(ok.problems).toEqual([]);
    const bad = parse('前書きです。\n\n## この度の問題\nx\n');
    expect(bad.problems.map((p) => [p.code, at(p)])).toEqual([
      ['PLAN_TEXT_OUTSIDE', 'plan.md:1:1'],
    ]);
  });

  it('uses the section ids of the case kind', () => {
    const r = parse('## 再発防止策 {#prevention}\nx\n', 'authenticity');
    expect(r.problems.map((p) => p.code)).toEqual(['PLAN_HEADING_UNKNOWN']);
    expect(parse('## x {#prevention}\ny\n', 'performance').problems).toEqual([]);
  });
});

describe('plan.md text', () => {
  it('prints paragraphs, bullets, numbered lists, bold, subheadings and tables; never comments', () => {
    const r = parse(
      [
        '## 問題の根本的な原因',
        '<!-- 審査担当者が見る点: 何が起きたか -->',
        '仕入先の確認が**不十分**でした。',
        '二行目です。<!-- 印刷しない -->',
        '',
        '- 一つ目',
        '- 二つ目',
        '',
        '3. 手順A',
        '4. 手順B',
        '',
        '### 補足',
        '',
        '| ASIN | 個数 |',
        '|:---|---:|',
        '| B0TEST0001 | **12** |',
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    const s = r.sections.rootCause!;
    expect(s.blocks).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: '仕入先の確認が' },
          { text: '不十分', bold: true },
          { text: 'でした。\n二行目です。' },
        ],
      },
      { kind: 'bullets', items: [[{ text: '一つ目' }], [{ text: '二つ目' }]] },
      { kind: 'bullets', start: 3, items: [[{ text: '手順A' }], [{ text: '手順B' }]] },
      { kind: 'subheading', text: '補足' },
      {
        kind: 'table',
        table: expect.objectContaining({
          id: 'plan.rootCause.1',
          columns: [
            expect.objectContaining({ header: 'ASIN', align: 'left' }),
            expect.objectContaining({ header: '個数', align: 'right' }),
          ],
          rows: [{ cells: ['B0TEST0001', '12'] }],
        }),
      },
    ]);
    expect(JSON.stringify(s)).not.toContain('審査担当者');
    expect(JSON.stringify(s)).not.toContain('印刷しない');
    expect(s.parts.map((p) => at(p))).toEqual([
      'plan.md:3:1 [rootCause]',
      'plan.md:6:1 [rootCause]',
      'plan.md:7:1 [rootCause]',
      'plan.md:9:1 [rootCause]',
      'plan.md:10:1 [rootCause]',
      'plan.md:12:1 [rootCause]',
      'plan.md:14:1 [rootCause]',
      'plan.md:16:1 [rootCause]',
    ]);
  });

  it('reports what cannot be printed, where it is', () => {
    const r = parse('## この度の問題\n\n```\ncode\n```\n\n> quote\n\n<div>x</div>\n');
    expect(r.problems.map((p) => [p.code, at(p)])).toEqual([
      ['PLAN_UNSUPPORTED', 'plan.md:3:1 [issue]'],
      ['PLAN_UNSUPPORTED', 'plan.md:7:1 [issue]'],
      ['PLAN_UNSUPPORTED', 'plan.md:9:1 [issue]'],
    ]);
  });

  it('finds 【要記入】 and 【TO FILL】 outside comments', () => {
    const r = parse(
      '## この度の問題\n<!-- 【要記入】 はここでは説明 -->\n原因は【要記入】です。\n\n- 担当: 【TO FILL】\n',
    );
    expect(r.problems.map((p) => [p.code, at(p)])).toEqual([
      ['PLAN_TO_FILL', 'plan.md:3:4 [issue]'],
      ['PLAN_TO_FILL', 'plan.md:5:7 [issue]'],
    ]);
  });
});
