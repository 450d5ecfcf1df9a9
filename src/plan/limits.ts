/**
 * How much text a plan may hold, whichever file it came from: a paragraph longer than a few
 * pages, or a plan longer than any reviewer reads, is refused with exit 1 before it reaches the
 * renderer (a 120,000-character paragraph took 41 s to lay out; a 50 MB one did not finish in
 * 120 s at 4.2 GB).
 */
import { problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import type { Block, Inline } from '../compose/model.js';
import type { Plan } from './types.js';

const runsLength = (runs: Inline[]) => runs.reduce((n, r) => n + [...r.text].length, 0);

/** Lengths of the printed units of a block: a paragraph, each list item, each quote. */
function unitLengths(b: Block): number[] {
  switch (b.kind) {
    case 'paragraph':
      return [runsLength(b.runs)];
    case 'bullets':
      return b.items.map(runsLength);
    case 'subheading':
    case 'quote':
    case 'placeholder':
      return [[...b.text].length];
    default:
      return [];
  }
}

export const PLAN_LIMITS = {
  /** Characters of one paragraph, list item or table row (≈ 5 pages of Japanese). */
  partChars: 10_000,
  /** Characters of all sections together (≈ 100 pages). */
  totalChars: 200_000,
};

/** Parts of the plan that are too long, and the plan as a whole when it is. */
export function planLimitProblems(plan: Plan): Problem[] {
  const out: Problem[] = [];
  let total = 0;
  for (const s of Object.values(plan.sections)) {
    if (!s) continue;
    total += s.text.length;
    const longest = Math.max(0, ...s.blocks.flatMap(unitLengths));
    // the part that holds it names the line (plan.md, plan.docx) or the JSON path (case.json)
    const part = s.parts.find((p) => [...p.text].length >= longest);
    if (longest > PLAN_LIMITS.partChars)
      out.push(
        problem(
          'PLAN_PARAGRAPH_TOO_LONG',
          part?.where ?? s.where,
          t('plan.paragraphTooLong', { length: longest, max: PLAN_LIMITS.partChars }),
          {
            hint: t('plan.paragraphTooLong.hint'),
            expected: `<= ${PLAN_LIMITS.partChars}`,
            found: String(longest),
          },
        ),
      );
  }
  if (total > PLAN_LIMITS.totalChars)
    out.push(
      problem(
        'PLAN_TOO_LONG',
        { file: plan.file },
        t('plan.tooLong', { length: total, max: PLAN_LIMITS.totalChars }),
        {
          hint: t('plan.tooLong.hint'),
          expected: `<= ${PLAN_LIMITS.totalChars}`,
          found: String(total),
        },
      ),
    );
  return out;
}
