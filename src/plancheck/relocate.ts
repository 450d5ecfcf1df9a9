/**
 * Rules point at a section as `$.narrative.<id>` of case.json; when the text was written in
 * plan.md or plan.docx, the problem is moved to that file: the paragraph whose sentence the
 * message quotes, else the section's heading.
 */
import type { Problem } from '../errors.js';
import type { Plan } from '../plan/types.js';
import type { SectionId } from '../case/sections.js';
import { normalize, splitSentences } from './text.js';

const NARRATIVE = /^\$\.narrative\.(\w+)$/;

export function relocate(p: Problem, plan: Plan): Problem {
  if (plan.kind === 'case.json') return p;
  const m = p.where.jsonPath ? NARRATIVE.exec(p.where.jsonPath) : null;
  if (!m) return p;
  const section = plan.sections[m[1] as SectionId];
  const said = normalize(`${p.message.ja}\n${p.message.en}\n${p.found ?? ''}`);
  let where = section?.where ?? { file: plan.file, section: m[1] };
  for (const part of section?.parts ?? []) {
    const quoted = splitSentences(normalize(part.text)).some((s) => {
      const head = [...s].slice(0, 12).join('');
      return head.length >= 6 && said.includes(head);
    });
    if (quoted) {
      where = part.where;
      break;
    }
  }
  return { ...p, where: { ...where, section: m[1] } };
}
