/** check's problems as the page shows them: in one language, printed where, anchored. */
import { formatLocation, shownValue, type Problem } from '../errors.js';
import type { Lang } from '../i18n/catalogue.js';
import { anchorOf, type AnchorContext } from './anchor.js';
import type { ReviewFinding, ReviewState } from './types.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings in the order the CLI prints them (errors first, then check's own order). */
export function reviewFindings(
  problems: readonly Problem[],
  lang: Lang,
  ctx: AnchorContext,
): ReviewFinding[] {
  const sorted = [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return sorted.map((p, i) => {
    const hint = p.hint?.[lang];
    return {
      id: `f${i + 1}`,
      code: p.code,
      severity: p.severity,
      message: p.message[lang],
      ...(hint ? { hint } : {}),
      ...(p.expected !== undefined ? { expected: shownValue(p.expected, lang) } : {}),
      ...(p.found !== undefined ? { found: shownValue(p.found, lang) } : {}),
      where: p.where,
      whereText: formatLocation(p.where),
      anchor: anchorOf(p, ctx),
    };
  });
}

/** Errors, warnings and notes among the findings. */
export function countFindings(findings: readonly ReviewFinding[]): ReviewState['counts'] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
