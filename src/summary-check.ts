/**
 * The summary page and the appeal-form text, checked: SUMMARY_TOO_LONG (error) names the answer
 * that makes the summary overflow its one page; FORM_ANSWER_TOO_LONG (warning) an answer longer
 * than the form's character cap (case.json summary.formMaxChars, default 2,000).
 */
import type { Case } from './case/schema.js';
import { makeContext } from './compose/context.js';
import { formModel } from './compose/form.js';
import type { ComposeInput, EvidenceEntry } from './compose/model.js';
import { summaryContent, type SummaryContent } from './compose/summary.js';
import { problem, type Problem } from './errors.js';
import { t, tr, type Lang } from './i18n/catalogue.js';
import { answersTooLong, summaryFit } from './render/summary-fit.js';

/** The summary's content as the build would compose it. */
export function composeSummary(
  input: Omit<ComposeInput, 'revision' | 'buildDate'>,
): SummaryContent {
  return summaryContent(makeContext({ ...input, revision: '', buildDate: '' }));
}

/**
 * The evidence entries of the documents a build would attach, before their pages are known: the
 * summary counts and names them, and never prints a page number.
 */
export function unpagedEvidence(
  docs: readonly Pick<EvidenceEntry, 'label' | 'kind' | 'covers' | 'sha256' | 'file'>[],
): EvidenceEntry[] {
  return docs.map((d) => ({
    label: d.label,
    kind: d.kind,
    covers: d.covers,
    firstPage: 0,
    lastPage: 0,
    sha256: d.sha256,
    file: d.file,
  }));
}

export function summaryProblems(content: SummaryContent, c: Case, lang: Lang): Problem[] {
  const out: Problem[] = [];
  const fit = summaryFit(content);
  const lines = (pt: number) => Math.max(1, Math.round(pt / fit.line));
  for (const a of answersTooLong(fit))
    out.push(
      problem(
        'SUMMARY_TOO_LONG',
        { file: 'case.json', jsonPath: `$.summary.${a.id}`, section: 'summary' },
        t('summary.tooLong', {
          answerJa: tr('ja', `summary.answer.${a.id}`),
          answerEn: tr('en', `summary.answer.${a.id}`),
          over: lines(fit.total - fit.available),
          lines: lines(a.height),
          share: lines(a.share),
        }),
        {
          hint: t('summary.tooLong.hint', { id: a.id }),
          // in lines of the summary's text, as the message says
          expected: `<= ${lines(a.share)}`,
          found: String(lines(a.height)),
        },
      ),
    );
  const max = c.summary?.formMaxChars ?? 2000;
  for (const a of formModel(content, lang, max, [], '').answers) {
    if (a.characters <= max) continue;
    out.push(
      problem(
        'FORM_ANSWER_TOO_LONG',
        { file: 'case.json', jsonPath: `$.summary.${a.id}`, section: 'summary' },
        t('form.tooLong', {
          answerJa: tr('ja', `summary.answer.${a.id}`),
          answerEn: tr('en', `summary.answer.${a.id}`),
          chars: a.characters,
          max,
        }),
        {
          severity: 'warning',
          hint: t('form.tooLong.hint', { id: a.id }),
          expected: `<= ${max}`,
          found: String(a.characters),
        },
      ),
    );
  }
  return out;
}
