/** For `check`: one warning per point of Amazon's last rejection not answered in case.json. */
import { problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { readLog, type CorrespondenceEvent } from './correspondence.js';
import { matchAnswer } from './points.js';

/** The rejection still to answer: the latest one, unless Amazon accepted a revision after it. */
export function openRejection(
  events: readonly CorrespondenceEvent[],
): CorrespondenceEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'accepted') return undefined;
    if (e.type === 'rejected') return e;
  }
  return undefined;
}

/** Warnings for the points of the open rejection that no `rejectionAnswers` entry answers. */
export function unansweredProblems(
  events: readonly CorrespondenceEvent[],
  answers: readonly { point: string; answer: string }[],
): Problem[] {
  const rej = openRejection(events);
  if (!rej) return [];
  return rej.points
    .filter((p) => matchAnswer(p, answers) === undefined)
    .map((p) => {
      const point = p.text.length > 200 ? `${p.text.slice(0, 199)}…` : p.text;
      return problem(
        'REJECTION_UNANSWERED',
        { file: 'case.json', jsonPath: '$.rejectionAnswers' },
        t('publish.rejection.unanswered', { n: p.n, point, date: rej.date }),
        { severity: 'warning', hint: t('publish.rejection.unanswered.hint', { n: p.n }) },
      );
    });
}

/** Reads the case's correspondence log and returns the unanswered-point warnings. */
export async function rejectionProblems(
  caseDir: string,
  answers: readonly { point: string; answer: string }[],
): Promise<Problem[]> {
  const log = await readLog(caseDir);
  return [
    ...log.problems.map((p) => ({ ...p, severity: 'warning' as const })),
    ...unansweredProblems(log.events, answers),
  ];
}
