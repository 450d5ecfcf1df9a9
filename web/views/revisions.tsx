/** The revision history: each build with its status, rejections, their points and answers. */
import type { ReviewState } from '../../src/serve/types.js';
import { label } from '../format.js';

export function RevisionsView({ state, fresh }: { state: ReviewState; fresh: string | null }) {
  const ui = state.ui;
  const revisions = [...state.revisions].reverse();
  return (
    <div className="view view-revisions">
      <div className="view-head">
        <h2>{label(ui, 'nav.revisions')}</h2>
      </div>
      {revisions.length ? (
        <ol className="revisions">
          {revisions.map((r) => (
            <li key={r.revision} className="revision" data-revision={r.revision}>
              <header>
                <h3>
                  <span className="muted">{label(ui, 'revisions.revision')}</span> {r.revision}
                </h3>
                {fresh === r.revision ? (
                  <span className="tag tag-new">{label(ui, 'revisions.new')}</span>
                ) : null}
                <span className="rev-status">
                  {r.statusDate
                    ? label(ui, 'revisions.statusDate', { status: r.status, date: r.statusDate })
                    : r.status}
                </span>
              </header>
              <p className="muted">
                {label(ui, 'revisions.built', { date: r.buildDate })}
                {r.pages !== null ? ` · ${label(ui, 'revisions.pages', { pages: r.pages })}` : ''}
              </p>
              {r.rejections.map((rej, i) => (
                <div key={i} className="rejection">
                  <h4>{label(ui, 'revisions.rejection', { date: rej.date })}</h4>
                  <ol className="points">
                    {rej.points.map((p, j) => (
                      <li key={j} className={p.answer ? 'point answered' : 'point unanswered'}>
                        <div className="point-text">
                          <span className="point-label">{label(ui, 'revisions.point')}</span>
                          {p.text}
                        </div>
                        {p.answer ? (
                          <div className="point-answer">
                            <span className="point-label">{label(ui, 'revisions.answer')}</span>
                            {p.answer}
                          </div>
                        ) : (
                          <div className="point-answer missing">
                            <span className="tag tag-warn">
                              {label(ui, 'revisions.unanswered')}
                            </span>
                          </div>
                        )}
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{label(ui, 'revisions.empty')}</p>
      )}
    </div>
  );
}
