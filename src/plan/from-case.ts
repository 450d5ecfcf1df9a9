/** The narrative model of a case that keeps its text in case.json (`narrative`), as before plan.md. */
import type { Case } from '../case/schema.js';
import { sectionsFor } from '../case/sections.js';
import { narrativeBlocks, narrativeText as sourceText } from '../compose/narrative.js';
import { narrativeText as plainText } from '../plancheck/text.js';
import type { Plan, PlanSection } from './types.js';

export function planFromCase(c: Case): Plan {
  const sections: Plan['sections'] = {};
  for (const id of sectionsFor(c.kind)) {
    const n = c.narrative[id];
    if (n === undefined) continue;
    const where = { file: 'case.json', jsonPath: `$.narrative.${id}`, section: id };
    const text = plainText(n);
    const section: PlanSection = {
      id,
      blocks: narrativeBlocks(n),
      text,
      source: sourceText(n),
      where,
      parts: [{ text, where }],
    };
    sections[id] = section;
  }
  return { kind: 'case.json', file: 'case.json', sections };
}
