/** §8 actions already taken: a dated list, each with its evidence reference. */
import { formatList } from '../../i18n/format.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

export function actionBlocks(ctx: ComposeContext): Block[] {
  const { c, m, lang } = ctx;
  if (!c.actionsTaken.length)
    return ctx.draft ? [{ kind: 'placeholder', text: m('report.actions.none') }] : [];
  const items = [...c.actionsTaken]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.i - y.i))
    .map(({ a }) => ({
      date: ctx.date(a.date),
      text: a.what,
      evidence: a.evidence.length
        ? m('report.actions.evidence', {
            refs: formatList(
              a.evidence.map((f) => ctx.ref(f)),
              lang,
            ),
          })
        : a.noEvidenceReason
          ? m('report.actions.noEvidence', { reason: a.noEvidenceReason })
          : '',
    }));
  return [{ kind: 'actions', items }];
}
