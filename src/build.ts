/**
 * The composition root of `build`: load → validate → read records → reconcile → compose →
 * render → assemble → publish. Only this file calls the stages in order; the CLI parses and prints.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EvidenceError, problem, type Problem } from './errors.js';
import { t, type Lang } from './i18n/catalogue.js';
import { loadCase, missingNarrative } from './case/load.js';
import { todayIso } from './dates.js';
import { readRecords } from './records/index.js';
import { reconcile } from './reconcile/index.js';
import { compose } from './compose/index.js';
import { renderReport } from './render/index.js';

export interface BuildOptions {
  lang?: Lang;
  draft?: boolean;
  force?: boolean;
  /** Fixed build date YYYY-MM-DD (else case.build.date, SOURCE_DATE_EPOCH, today). */
  date?: string;
}

export interface BuildResult {
  revision: string;
  dir: string;
  pdf: string;
  pages: number;
  warnings: Problem[];
}

/** The build date: the option, else case.json build.date, else SOURCE_DATE_EPOCH, else today. */
export function buildDate(opts: BuildOptions, caseDate?: string): string {
  return opts.date ?? caseDate ?? todayIso();
}

export async function build(dir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const loaded = await loadCase(dir);
  const c = loaded.data;
  if (!opts.draft) {
    const missing = missingNarrative(c);
    if (missing.length)
      throw new EvidenceError(
        missing.map((id) =>
          problem(
            'NARRATIVE_MISSING',
            { file: 'case.json', jsonPath: `$.narrative.${id}`, section: id },
            t('case.narrative.missing', { title: t(`section.${id}`)[c.language] }),
            {
              hint: t('case.narrative.missing.hint', { id }),
            },
          ),
        ),
      );
  }
  const lang = opts.lang ?? c.language;
  const date = buildDate(opts, c.build.date);
  const warnings: Problem[] = [];

  // records → reconciliation (bad records are input errors; warnings travel with the result)
  const { records, problems } = await readRecords(loaded);
  if (problems.some((p) => p.severity === 'error')) throw new EvidenceError(problems);
  warnings.push(...problems);
  const reconciliation = reconcile(c, records);

  // the revision this build will write
  const { revision, revDir } = await claimRevision(loaded.dir);

  // compose → render
  const model = compose({
    case: c,
    reconciliation,
    lang,
    revision,
    buildDate: date,
    draft: !!opts.draft,
  });
  const rendered = await renderReport(model);

  // write once: a temp file in the same folder, then rename
  const pdf = path.join(revDir, 'submission.pdf');
  await writeOnce(pdf, rendered.pdf);
  return { revision, dir: revDir, pdf, pages: rendered.pages, warnings };
}

/** Claims the next free submissions/rev-NNN folder (mkdir is atomic: never reuses one). */
async function claimRevision(caseDir: string): Promise<{ revision: string; revDir: string }> {
  const sub = path.join(caseDir, 'submissions');
  await mkdir(sub, { recursive: true });
  const taken = (await readdir(sub))
    .map((n) => /^rev-(\d{3,})$/.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  for (let n = Math.max(0, ...taken) + 1; ; n++) {
    const revision = `rev-${String(n).padStart(3, '0')}`;
    const revDir = path.join(sub, revision);
    try {
      await mkdir(revDir);
      return { revision, revDir };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** Writes bytes to a temp file beside `file`, then renames it: never a half-written file. */
async function writeOnce(file: string, bytes: Buffer): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes, { flag: 'wx' });
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
