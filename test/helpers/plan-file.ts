/** plan.md of a case folder in tests: each section's plain text, and adding a paragraph. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlanMarkdown } from '../../src/plan/markdown.js';

const kindOf = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as { kind: 'authenticity' }).kind;

/** Each section of `<dir>/plan.md` as plain text, one paragraph or list item a line. */
export function planText(dir: string): Record<string, string> {
  const parsed = parsePlanMarkdown(readFileSync(path.join(dir, 'plan.md'), 'utf8'), {
    file: 'plan.md',
    kind: kindOf(dir),
  });
  const out: Record<string, string> = {};
  for (const [id, s] of Object.entries(parsed.sections))
    out[id] = s!.parts.map((p) => p.text).join('\n');
  return out;
}

/** Adds a paragraph at the end of a section of `<dir>/plan.md`. */
export function appendToSection(dir: string, id: string, paragraph: string): void {
  const file = path.join(dir, 'plan.md');
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('## ') && l.includes(`{#${id}}`));
  if (start < 0) throw new Error(`no heading {#${id}} in ${file}`);
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
  lines.splice(end, 0, '', paragraph);
  writeFileSync(file, lines.join('\n'));
}
