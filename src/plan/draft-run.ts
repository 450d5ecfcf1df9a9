/**
 * `draft` on a case folder: reads case.json and the records, reconciles, and writes the draft
 * to plan.md — or, when plan.md, plan.docx or case.json's narrative already holds the text, to
 * plan.draft.md, leaving the seller's file as it is.
 */
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCase } from '../case/load.js';
import { readRecords } from '../records/index.js';
import { reconcile } from '../reconcile/index.js';
import { draftPlan, type DraftResult } from './draft.js';
import { hasCaseNarrative } from './load.js';
import { parsePlanMarkdown } from './markdown.js';
import type { Case } from '../case/schema.js';
import { writeNew } from './migrate.js';

const exists = async (p: string) => !!(await stat(p).catch(() => undefined));

/** A plan.md with headings and comments only (as init writes it): no text of the seller's. */
export function isScaffold(text: string, kind: Case['kind']): boolean {
  const parsed = parsePlanMarkdown(text, { file: 'plan.md', kind });
  return (
    parsed.problems.length === 0 &&
    Object.values(parsed.sections).every((s) => s!.blocks.length === 0)
  );
}

/** Replaces a file whole: temporary file, then rename. */
async function replace(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, text, { flag: 'wx' });
  await rename(tmp, file);
}

export async function draftCase(dir: string, today: string): Promise<DraftResult> {
  const loaded = await loadCase(dir);
  const c = loaded.data;
  const { records, problems } = await readRecords(loaded);
  const ok = !problems.some((p) => p.severity === 'error') && records.files.length > 0;
  const rec = ok ? reconcile(c, records, c.build.date ?? today) : undefined;
  const text = draftPlan(c, rec, today);
  const at = (name: string) => path.join(loaded.dir, name);
  let kept: string | undefined;
  for (const name of ['plan.md', 'plan.docx']) if (!kept && (await exists(at(name)))) kept = name;
  if (kept === 'plan.md' && isScaffold(await readFile(at('plan.md'), 'utf8'), c.kind)) {
    await replace(at('plan.md'), text);
    return { file: at('plan.md'), replaced: true };
  }
  if (!kept && hasCaseNarrative(c)) kept = 'case.json';
  if (!kept) {
    try {
      await writeNew(at('plan.md'), text);
      return { file: at('plan.md') };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      kept = 'plan.md'; // appeared meanwhile: still never overwritten
    }
  }
  // plan.draft.md is our own output: replaced whole (temporary file + rename)
  const file = at('plan.draft.md');
  await replace(file, text);
  return { file, kept };
}
