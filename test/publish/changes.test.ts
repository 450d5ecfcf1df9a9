import { describe, expect, it } from 'vitest';
import { changesSince } from '../../src/publish/changes.js';
import type { CorrespondenceEvent } from '../../src/publish/correspondence.js';
import { splitPoints } from '../../src/publish/points.js';
import type { RevisionSnapshot } from '../../src/publish/snapshot.js';
import type { Case } from '../../src/case/schema.js';

function snap(over: Partial<RevisionSnapshot> & { case?: Partial<Case> }): RevisionSnapshot {
  const { case: c, ...rest } = over;
  return {
    format: 'evidence-pack/inputs@1',
    revision: 'rev-001',
    buildDate: '2026-09-20',
    language: 'ja',
    inputsKey: 'k1',
    case: {
      narrative: { issue: '通知を受けました。', rootCause: '原因A' },
      rejectionAnswers: [],
      actionsTaken: [{ date: '2026-09-01', what: '出品停止', evidence: [] }],
      ...c,
    } as Case,
    products: [
      {
        asin: 'B0AAAAAAA1',
        cited: true,
        invoiced: 100,
        received: 100,
        sold: 120,
        returned: 3,
        qualityReturns: 1,
        counterfeitMentions: 1,
        returnRate: 0.025,
        coverage: 0.8333,
      },
    ],
    findings: [
      {
        code: 'INVOICE_SHORTFALL',
        severity: 'error',
        asin: 'B0AAAAAAA1',
        message: { ja: '不足', en: 'shortfall' },
      },
    ],
    documents: [
      { file: 'documents/inv-1.pdf', kind: 'invoice', sha256: 'a', size: 1, label: 'A-1' },
    ],
    ...rest,
  };
}

const message =
  '以下の点をご確認ください。\n\n1. 請求書の数量が不足しています。\n2. 根本原因が不明確です。';
const events: CorrespondenceEvent[] = [
  {
    seq: 1,
    type: 'submitted',
    revision: 'rev-001',
    date: '2026-09-21',
    message: '',
    points: [],
    prev: '0',
  },
  {
    seq: 2,
    type: 'rejected',
    revision: 'rev-001',
    date: '2026-10-02',
    message,
    points: splitPoints(message),
    prev: 'x',
  },
];

describe('changesSince', () => {
  it('quotes the rejection point by point with the answers and lists every change', () => {
    const prev = snap({});
    const cur = snap({
      revision: 'rev-002',
      buildDate: '2026-10-05',
      case: {
        narrative: {
          issue: '通知を受けました。',
          rootCause: '原因B（具体的に）',
          apology: 'お詫び',
        },
        rejectionAnswers: [{ point: '1', answer: '請求書を追加しました。' }],
        actionsTaken: [
          { date: '2026-09-01', what: '出品停止', evidence: [] },
          { date: '2026-10-03', what: '仕入先を変更', evidence: [] },
        ],
      },
      products: [{ ...prev.products[0]!, invoiced: 150, coverage: 1.25 }],
      findings: [],
      documents: [
        prev.documents[0]!,
        { file: 'documents/inv-2.pdf', kind: 'invoice', sha256: 'b', size: 1, label: 'A-2' },
      ],
    });
    const ch = changesSince(prev, cur, events, ['issue', 'rootCause', 'apology']);
    expect(ch.previous).toEqual({ revision: 'rev-001', date: '2026-09-21', submitted: true });
    expect(ch.response?.kind).toBe('rejected');
    expect(ch.response?.date).toBe('2026-10-02');
    expect(ch.response?.points).toEqual([
      { n: 1, text: '請求書の数量が不足しています。', answer: '請求書を追加しました。' },
      { n: 2, text: '根本原因が不明確です。' },
    ]);
    expect(ch.sections.map((s) => [s.id, s.change])).toEqual([
      ['rootCause', 'changed'],
      ['apology', 'added'],
    ]);
    expect(ch.documentsAdded).toEqual([
      { file: 'documents/inv-2.pdf', kind: 'invoice', label: 'A-2' },
    ]);
    expect(ch.documentsRemoved).toEqual([]);
    expect(ch.numbers).toEqual([
      { asin: 'B0AAAAAAA1', field: 'invoiced', before: 100, after: 150 },
      { asin: 'B0AAAAAAA1', field: 'coverage', before: 0.8333, after: 1.25 },
    ]);
    expect(ch.findingsResolved.map((f) => f.code)).toEqual(['INVOICE_SHORTFALL']);
    expect(ch.findingsNew).toEqual([]);
    expect(ch.actionsAdded).toEqual([{ date: '2026-10-03', what: '仕入先を変更' }]);
    expect(ch.nothingChanged).toBe(false);
  });

  it('quotes a rejection even when the submission itself was not recorded', () => {
    const ch = changesSince(snap({}), snap({ revision: 'rev-002' }), [events[1]!]);
    expect(ch.previous).toEqual({ revision: 'rev-001', date: '2026-09-20', submitted: false });
    expect(ch.response?.points).toHaveLength(2);
  });

  it('says nothing changed, and uses the build date when nothing was submitted', () => {
    const ch = changesSince(snap({}), snap({ revision: 'rev-002' }), []);
    expect(ch.nothingChanged).toBe(true);
    expect(ch.response).toBeUndefined();
    expect(ch.previous).toEqual({ revision: 'rev-001', date: '2026-09-20', submitted: false });
  });
});
