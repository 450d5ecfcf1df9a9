/**
 * `migrate`: moves the narrative out of case.json into plan.md, never overwriting. plan.md is
 * created only if it does not exist (hard link of a complete temporary file: atomic, no
 * clobber); case.json is then rewritten without `narrative` (temporary file + rename), and its
 * previous bytes are kept as case.before-migrate.json.
 */
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadCase, parseCaseJson } from '../case/load.js';
import { sectionsFor, type SectionId } from '../case/sections.js';
import { narrativeBlocks } from '../compose/narrative.js';
import { fail, problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { parsePlanMarkdown } from './markdown.js';
import { hasCaseNarrative } from './load.js';
import { blocksMarkdown, planFile, type PlanFileSection } from './write.js';
import type { Case } from '../case/schema.js';

export interface MigrateResult {
  /** plan.md, absolute. */
  file: string;
  sections: number;
  /** Sections whose Markdown would not print exactly as before (checked by reading it back). */
  warnings: Problem[];
}

/** case.json's narrative as plan.md text, and the sections that would not read back the same. */
export function narrativeMarkdown(c: Case): { text: string; changed: SectionId[]; count: number } {
  const bodies: Partial<Record<SectionId, PlanFileSection>> = {};
  let count = 0;
  for (const id of sectionsFor(c.kind)) {
    const blocks = narrativeBlocks(c.narrative[id]);
    if (blocks.length) count++;
    bodies[id] = { id, body: blocksMarkdown(blocks) };
  }
  const text = planFile(c.kind, c.language, bodies);
  const back = parsePlanMarkdown(text, { file: 'plan.md', kind: c.kind });
  const changed = sectionsFor(c.kind).filter(
    (id) => !isDeepStrictEqual(back.sections[id]?.blocks ?? [], narrativeBlocks(c.narrative[id])),
  );
  return { text, changed, count };
}

/** Writes `bytes` to `target` only if it does not exist yet, all at once. */
export async function writeNew(target: string, bytes: string | Buffer): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  await writeFile(tmp, bytes, { flag: 'wx' });
  try {
    await link(tmp, target);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

export async function migrateCase(dir: string): Promise<MigrateResult> {
  const loaded = await loadCase(dir);
  const c = loaded.data;
  const file = path.join(loaded.dir, 'plan.md');
  if (!hasCaseNarrative(c)) fail('MIGRATE_NOTHING', { file: 'case.json' }, t('migrate.nothing'));
  const { text, changed, count } = narrativeMarkdown(c);
  try {
    await writeNew(file, text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      fail('MIGRATE_EXISTS', { file: 'plan.md' }, t('migrate.exists', { file: 'plan.md' }), {
        hint: t('migrate.exists.hint', { file: 'plan.md' }),
      });
    throw e;
  }
  // case.json without its narrative; the bytes as they were are kept beside it
  const raw = parseCaseJson(loaded.bytes) as Record<string, unknown>;
  delete raw.narrative;
  const casePath = path.join(loaded.dir, 'case.json');
  await writeNew(path.join(loaded.dir, 'case.before-migrate.json'), loaded.bytes).catch((e) => {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  });
  const tmp = `${casePath}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(raw, null, 2)}\n`, { flag: 'wx' });
  await rename(tmp, casePath);
  const warnings = changed.map((id) =>
    problem('MIGRATE_CHANGED', { file: 'plan.md', section: id }, t('migrate.changed', { id }), {
      severity: 'warning',
      hint: t('migrate.changed.hint'),
    }),
  );
  return { file, sections: count, warnings };
}
