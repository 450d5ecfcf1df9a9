/**
 * The composition root of `build`: load → validate → read records → reconcile → compose →
 * render → assemble → publish. Only this file calls the stages in order; the CLI parses and prints.
 */
import { EvidenceError, problem, type Problem } from './errors.js';
import { t, type Lang } from './i18n/catalogue.js';
import { loadCase, missingNarrative } from './case/load.js';
import { todayIso } from './dates.js';

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
  void buildDate(opts, c.build.date);
  throw new Error('build: render stage not wired yet');
}
