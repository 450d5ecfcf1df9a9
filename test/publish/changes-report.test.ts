import { describe, expect, it } from 'vitest';
import type { ChangesModel } from '../../src/publish/changes.js';
import { changesReport } from '../../src/publish/changes-report.js';

const model: ChangesModel = {
  previous: { revision: 'rev-001', date: '2026-09-21', submitted: true },
  response: {
    kind: 'rejected',
    date: '2026-10-02',
    message: '1. 請求書の数量が不足しています。\n2. 根本原因が不明確です。',
    points: [
      { n: 1, text: '請求書の数量が不足しています。', answer: '請求書を追加しました。' },
      { n: 2, text: '根本原因が不明確です。' },
    ],
  },
  sections: [{ id: 'rootCause', change: 'changed', before: 'a', after: 'b' }],
  documentsAdded: [{ file: 'documents/inv-2.pdf', kind: 'invoice', label: 'A-2' }],
  documentsRemoved: [],
  documentsChanged: [],
  numbers: [{ asin: 'B0AAAAAAA1', field: 'coverage', before: 0.8, after: 1.25 }],
  findingsResolved: [
    { code: 'INVOICE_SHORTFALL', severity: 'error', message: { ja: '数量不足', en: 'Shortfall' } },
  ],
  findingsNew: [],
  actionsAdded: [{ date: '2026-10-03', what: '仕入先を変更' }],
  nothingChanged: false,
};

describe('changesReport', () => {
  it('quotes every point with its answer and lists the changes, in Japanese', () => {
    const r = changesReport(model, 'ja');
    expect(r.title).toBe('前回提出からの変更点');
    const text = JSON.stringify(r.blocks);
    expect(r.blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [{ text: '前回の提出：rev-001（2026年9月21日 提出）', bold: true }],
    });
    expect(r.blocks).toContainEqual({
      kind: 'quote',
      label: '指摘 1',
      text: '請求書の数量が不足しています。',
    });
    expect(text).toContain('請求書を追加しました。');
    expect(text).toContain('（未回答）');
    expect(text).toContain('内容を変更したセクション');
    expect(text).toContain('A-2');
    const table = r.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' && table.table.rows[0]!.cells).toEqual([
      'B0AAAAAAA1',
      '請求書の充足率',
      '80.0%',
      '125.0%',
    ]);
    expect(text).toContain('数量不足');
    expect(text).toContain('2026年10月3日');
  });

  it('writes English and the correspondence history when given', () => {
    const r = changesReport(model, 'en', [
      {
        seq: 1,
        type: 'submitted',
        revision: 'rev-001',
        date: '2026-09-21',
        message: '',
        points: [],
        prev: '',
      },
    ]);
    expect(r.title).toBe('Changes since the previous submission');
    const text = JSON.stringify(r.blocks);
    expect(text).toContain("Amazon's response (rejected on Oct 2, 2026) and our answers");
    expect(text).toContain('(not answered)');
    expect(text).toContain('Correspondence with Amazon');
    expect(text).toContain('rev-001 submitted');
  });

  it('says that nothing but the answers changed', () => {
    const quiet: ChangesModel = {
      ...model,
      sections: [],
      documentsAdded: [],
      numbers: [],
      findingsResolved: [],
      actionsAdded: [],
      nothingChanged: true,
    };
    expect(JSON.stringify(changesReport(quiet, 'en').blocks)).toContain(
      'Apart from the answers above, nothing changed since the previous submission.',
    );
    const { response: _r, ...noResponse } = quiet;
    expect(JSON.stringify(changesReport(noResponse, 'ja').blocks)).toContain(
      '前回から内容の変更はありません。',
    );
  });
});
