/** Which plan file a build reads for the report's language, and what it says when it has none. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/case/load.js';
import { loadPlan } from '../../src/plan/load.js';
import { makeCaseDir, validCase } from '../helpers/valid-case.js';

describe('loadPlan for another report language', () => {
  it('warns that the Japanese text stays when plan.en.md is missing, and reads plan.en.md once written', async () => {
    const dir = makeCaseDir(validCase());
    const loaded = await loadCase(dir);
    const own = await loadPlan(loaded);
    expect(own.problems).toEqual([]);
    const en = await loadPlan(loaded, 'en');
    expect(en.plan.sections.rootCause!.text).toBe('rootCause の本文です。');
    expect(en.problems.map((p) => [p.code, p.severity, p.where.file])).toEqual([
      ['PLAN_OTHER_LANGUAGE', 'warning', 'plan.en.md'],
    ]);
    expect(en.problems[0]!.message.en).toContain('There is no plan.en.md');
    expect(en.problems[0]!.message.ja).toContain('plan.en.md がないため');

    writeFileSync(path.join(dir, 'plan.en.md'), '## Root cause\n\nNobody checked the invoices.\n');
    const written = await loadPlan(loaded, 'en');
    expect(written.plan.kind).toBe('plan.md');
    expect(written.problems.map((p) => p.code)).not.toContain('PLAN_OTHER_LANGUAGE');
  });
});
