/**
 * Splits a sample's case.json into the facts (case.json without `narrative`) and plan.md, the
 * way `evidence-pack migrate` does, with the same writer (from the built dist/, so that the
 * samples' plan.md is exactly what migrate would write).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const writer = path.join(root, 'dist', 'src', 'plan', 'migrate.js');

/** The dist files whose code decides plan.md's bytes (part of the samples' freshness stamp). */
export const PLAN_WRITER_FILES = [
  'dist/src/plan/migrate.js',
  'dist/src/plan/write.js',
  'dist/src/plan/headings.js',
  'dist/src/compose/narrative.js',
  'dist/src/case/sections.js',
  'dist/src/i18n/messages/case.js',
];

/** case.json and plan.md of a sample, as bytes. */
export async function caseAndPlan(caseJson) {
  if (!existsSync(writer))
    throw new Error(`${writer} is missing: run "npm run build" before generating the samples`);
  const { narrativeMarkdown } = await import(pathToFileURL(writer).href);
  const { narrative = {}, ...facts } = caseJson;
  const md = narrativeMarkdown({ ...caseJson, narrative });
  if (md.changed.length)
    throw new Error(`plan.md would not print as the narrative: ${md.changed.join(', ')}`);
  return {
    caseJson: Buffer.from(`${JSON.stringify(facts, null, 2)}\n`, 'utf8'),
    plan: Buffer.from(md.text, 'utf8'),
    /** The case.json of a case kept the old way (narrative inside), for the migrate tests. */
    legacyCaseJson: Buffer.from(`${JSON.stringify(caseJson, null, 2)}\n`, 'utf8'),
  };
}
