import { describe, expect, it } from 'vitest';
import { compose, placeGenerated } from '../../src/compose/index.js';
import type { Block } from '../../src/compose/model.js';
import { fired, goodCase, goodRec, GOOD_ROOT_CAUSE } from './builders.js';

const refs = (narrative: Record<string, unknown>, rec = goodRec()) =>
  fired('PLAN_TABLE_REFERENCE', goodCase({}, narrative), rec);

describe('PLAN_TABLE_REFERENCE', () => {
  it.each([
    ['sourcing', '仕入と受領の数量は下表のとおりです。請求書はすべて添付しました。'],
    ['sourcing', 'The table below lists every invoice. Each one is attached.'],
    ['sourcing', '仕入の経緯を説明します。\n{{表}}\n上表のとおり、請求数は販売数を上回ります。'],
    [
      'sourcing',
      'We explain the purchases first.\n{{tables}}\nAs the table above shows, every unit was invoiced.',
    ],
    ['rootCause', `${GOOD_ROOT_CAUSE}詳しくは「仕入と納品」の表をご覧ください。`],
  ])('does not fire when the words say where the table is: %s %j', (id, text) => {
    expect(refs({ [id]: text })).toEqual([]);
  });
  it.each([
    ['sourcing', '上表のとおり、請求数は販売数を上回ります。', 'refAbove'],
    ['sourcing', 'As the table above shows, every unit was invoiced.', 'refAbove'],
    [
      'sourcing',
      '仕入の経緯を説明します。\n{{表}}\n下表のとおり、請求数は販売数を上回ります。',
      'refBelow',
    ],
    ['sourcing', '仕入と受領の数量は別表のとおりです。', 'refSeparateHere'],
    ['rootCause', `${GOOD_ROOT_CAUSE}下表のとおり返品が増えました。`, 'refNone'],
    ['rootCause', `${GOOD_ROOT_CAUSE}See the chart below for the returns.`, 'refNone'],
  ])('fires when it contradicts where the table is: %s %j', (id, text, key) => {
    const ps = refs({ [id]: text });
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where.section).toBe(id);
    const sentence = text.split('\n').pop()!;
    expect(ps[0]!.message.ja + ps[0]!.message.en).toContain(sentence.slice(-12));
    const says: Record<string, string> = {
      refAbove: 'above, but it comes after the sentence',
      refBelow: 'below, but the sentence comes after it',
      refSeparateHere: 'the table or chart is in this section',
      refNone: 'but this section has none',
    };
    expect(ps[0]!.message.en).toContain(says[key]);
  });
  it('does not fire without the reconciliation (the tables are not known)', () => {
    expect(fired('PLAN_TABLE_REFERENCE', goodCase({}, { sourcing: '上表のとおりです。' }))).toEqual(
      [],
    );
  });
});

describe('compose: the text first, the tables after it or at the marker', () => {
  const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
  const table = { kind: 'placeholder', text: 'TABLE' } as Block;
  it('places generated blocks after the text, or at {{tables}} / {{表}}', () => {
    expect(placeGenerated([p('a'), p('b')], [table])).toEqual([p('a'), p('b'), table]);
    expect(placeGenerated([p('a'), p('{{表}}'), p('b')], [table])).toEqual([p('a'), table, p('b')]);
    expect(placeGenerated([p(' {{ tables }} '), p('b')], [table])).toEqual([table, p('b')]);
  });
  it("the sourcing section of a report: the seller's words, then the invoice table", () => {
    const c = goodCase(
      {},
      { sourcing: '仕入と受領の数量は下表のとおりです。請求書はすべて添付しました。' },
    );
    const model = compose({
      case: c,
      reconciliation: goodRec(),
      lang: 'ja',
      revision: 'rev-001',
      buildDate: '2026-10-01',
      draft: false,
    });
    const kinds = model.sections.find((s) => s.id === 'sourcing')!.blocks.map((b) => b.kind);
    expect(kinds[0]).toBe('paragraph');
    expect(kinds.indexOf('table')).toBeGreaterThan(0);
    const first = model.sections.find((s) => s.id === 'sourcing')!.blocks[0] as {
      runs: { text: string }[];
    };
    expect(first.runs[0]!.text).toContain('下表のとおり');
  });
});
