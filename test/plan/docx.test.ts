import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/case/load.js';
import { EvidenceError, formatLocation } from '../../src/errors.js';
import { loadPlan } from '../../src/plan/load.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';
import { makeDocx, tableXml } from './docx-fixture.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/src/cli.js');

function caseWith(docx: Buffer): string {
  const c = validCase();
  delete c.narrative;
  return makeCaseDir(c, { 'plan.docx': docx });
}

describe('plan.docx', () => {
  it('reads one Heading 2 per section: paragraphs, bold, bullets, numbers, tables', async () => {
    const dir = caseWith(
      makeDocx([
        { style: 'Heading1', runs: ['改善計画書'] },
        { style: 'Heading2', runs: ['この度の問題'] },
        { runs: ['通知を', ['2026年9月15日', 'b'], 'に受けました。'] },
        { style: 'Heading2', runs: ['Root cause'] },
        { runs: ['確認の手順がありませんでした。'] },
        { runs: ['一つ目の原因'], list: 1 },
        { runs: ['二つ目の原因'], list: 1 },
        { style: 'Heading2', runs: ['社内の手順 {#actionsTaken}'] },
        { runs: ['在庫を返送'], list: 2 },
        { runs: ['仕入先に確認'], list: 2 },
        tableXml([
          ['ASIN', '個数'],
          ['B0TEST0001', '12'],
        ]),
      ]),
    );
    const { plan, problems } = await loadPlan(await loadCase(dir));
    expect(problems).toEqual([]);
    expect(plan.kind).toBe('plan.docx');
    expect(Object.keys(plan.sections)).toEqual(['issue', 'rootCause', 'actionsTaken']);
    expect(plan.sections.issue!.blocks).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: '通知を' },
          { text: '2026年9月15日', bold: true },
          { text: 'に受けました。' },
        ],
      },
    ]);
    expect(plan.sections.rootCause!.blocks[1]).toEqual({
      kind: 'bullets',
      items: [[{ text: '一つ目の原因' }], [{ text: '二つ目の原因' }]],
    });
    const actions = plan.sections.actionsTaken!.blocks;
    expect(actions[0]).toEqual({
      kind: 'bullets',
      start: 1,
      items: [[{ text: '在庫を返送' }], [{ text: '仕入先に確認' }]],
    });
    expect(actions[1]).toMatchObject({
      kind: 'table',
      table: { rows: [{ cells: ['B0TEST0001', '12'] }] },
    });
    // positions: the paragraph's number and the heading it is under
    expect(formatLocation(plan.sections.rootCause!.parts[1]!.where)).toBe(
      'plan.docx ¶6 «Root cause» [rootCause]',
    );
  });

  it('names the heading and paragraph of an unknown heading and of a marker left in', async () => {
    const dir = caseWith(
      makeDocx([
        { style: 'Heading2', runs: ['この度の問題'] },
        { runs: ['原因は【要記入】です。'] },
        { style: 'Heading2', runs: ['その他'] },
        { runs: ['x'] },
      ]),
    );
    const { problems } = await loadPlan(await loadCase(dir));
    expect(problems.map((p) => [p.code, formatLocation(p.where)])).toEqual([
      ['PLAN_HEADING_UNKNOWN', 'plan.docx ¶3 «その他»'],
      ['PLAN_TO_FILL', 'plan.docx ¶2 «この度の問題» [issue]'],
    ]);
  });

  it('refuses tracked changes and comments with the paragraph of the first', async () => {
    const dir = caseWith(
      makeDocx([
        { style: 'Heading2', runs: ['この度の問題'] },
        { runs: ['通知を受けました。'] },
        {
          runs: ['在庫を'],
          raw: '<w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:t>すべて</w:t></w:r></w:ins><w:del w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>一部</w:delText></w:r></w:del>',
        },
        { runs: ['確認します。'], raw: '<w:r><w:commentReference w:id="0"/></w:r>' },
      ]),
    );
    const err = await loadPlan(await loadCase(dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EvidenceError);
    const problems = (err as EvidenceError).problems;
    expect(problems.map((p) => [p.code, formatLocation(p.where)])).toEqual([
      ['PLAN_DOCX_TRACKED', 'plan.docx ¶3'],
      ['PLAN_DOCX_COMMENTS', 'plan.docx ¶4'],
    ]);
    expect(problems[0]!.message.ja).toBe('plan.docx に変更履歴が 2 箇所残っています。');
    expect(problems[1]!.hint!.en).toContain('Delete every comment');
  });

  it('check on the built CLI: exit 1 and the message for a damaged file', () => {
    const dir = caseWith(Buffer.from('PK\u0003\u0004 not really a zip'));
    const r = spawnSync(process.execPath, [CLI, 'check', dir, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { problems: { code: string; where: { file: string } }[] };
    expect(out.problems.find((p) => p.code === 'PLAN_DOCX_UNREADABLE')?.where.file).toBe(
      'plan.docx',
    );
  });
});
