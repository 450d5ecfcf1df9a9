import { describe, expect, it } from 'vitest';
import { fired, goodCase, GOOD_PREVENTION } from './builders.js';

const inPrevention = (s: string) => goodCase({}, { qualityRules: `${GOOD_PREVENTION}${s}` });

describe('PLAN_VAGUE', () => {
  it.each([
    '今後は気をつけます。',
    '今後は気を付けて発送いたします。',
    '検品を徹底します。',
    '真贋確認に努めます。',
    '細心の注意を払って参ります。',
    '今後このようなことがないよう、十分に注意いたします。',
    '二度とこのような事態が起きないよう努力いたします。',
    '担当者が注意します。',
    '毎週、注意して確認します。',
    'ｷｦﾂｹﾏｽ とは書かず、気をつけます。',
    'We will be more careful in the future.',
    'We will try to avoid this.',
    'We will do our best to make sure this never happens again.',
    'Our staff will pay closer attention.',
    '検品体制を強化します。',
    '仕入の手順を改善してまいります。',
    'We will strengthen our processes.',
    'We will ensure compliance with all policies.',
    'We will check listings more thoroughly.',
  ])('fires on %s', (s) => {
    const ps = fired('PLAN_VAGUE', inPrevention(s));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.where).toEqual({
      file: 'case.json',
      jsonPath: '$.narrative.qualityRules',
      section: 'qualityRules',
    });
    expect(ps[0]!.message.ja).toContain(s.normalize('NFKC').slice(0, 8));
    expect(ps[0]!.severity).toBe('warning');
  });

  it.each([
    '毎週月曜に出荷担当者が検品記録を確認し、確認欄に署名します。',
    '出荷前に検品担当者がチェックリストで確認し、記録を徹底します。',
    '仕入の都度、山田が請求書を照合表に記録するよう努めます。',
    '出荷担当者が検品記録を確認します。',
    'Every Monday the shipping lead reviews the inspection log and signs it, so we will be more careful.',
    'Before each shipment the packer records the check in the checklist.',
    'We took the complaint seriously and removed all units.',
    '出荷前に出荷担当者がチェックリストで確認し、検品体制を強化します。',
    'Every Friday the owner reviews the supplier log and signs it to ensure compliance.',
  ])('does not fire on %s', (s) => {
    expect(fired('PLAN_VAGUE', inPrevention(s))).toEqual([]);
  });

  it('reads width variants (NFKC) and only plan sections', () => {
    expect(
      fired('PLAN_VAGUE', inPrevention('Ｗｅ ｗｉｌｌ ｂｅ ｍｏｒｅ ｃａｒｅｆｕｌ.')),
    ).toHaveLength(1);
    // The apology is not a plan section: an ordinary closing there is not flagged.
    expect(
      fired(
        'PLAN_VAGUE',
        goodCase(
          {},
          { apology: '今後このようなことがないよう努めます。大変申し訳ございませんでした。' },
        ),
      ),
    ).toEqual([]);
  });
});
