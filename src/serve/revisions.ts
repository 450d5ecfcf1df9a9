/**
 * The revision history as the page shows it: `history`'s rows with Amazon's status in the case's
 * language, and each rejection's points with the case's answer to each (matched as `check`
 * matches them for REJECTION_UNANSWERED).
 */
import type { Case } from '../case/schema.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import { readLog } from '../publish/correspondence.js';
import { history } from '../publish/history.js';
import { matchAnswer } from '../publish/points.js';
import type { ReviewRevision } from './types.js';

export async function reviewRevisions(dir: string, c: Case, lang: Lang): Promise<ReviewRevision[]> {
  const [rows, log] = await Promise.all([history(dir), readLog(dir)]);
  return rows.map((r) => ({
    revision: r.revision,
    buildDate: r.buildDate,
    pages: r.pages,
    status: tr(lang, `publish.status.${r.status}`),
    statusDate: r.statusDate,
    rejections: log.events
      .filter((e) => e.revision === r.revision && e.type === 'rejected')
      .map((e) => ({
        date: e.date,
        points: e.points.map((p) => {
          const answer = matchAnswer(p, c.rejectionAnswers);
          return { text: p.text, ...(answer !== undefined ? { answer } : {}) };
        }),
      })),
  }));
}
