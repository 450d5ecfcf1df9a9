/** Every finding in one list, grouped by severity, each with where it is and a way to go there. */
import type { ReviewFinding, ReviewState } from '../../src/serve/types.js';
import { label, passes, SEVERITIES, type Filter } from '../format.js';
import { Finding } from '../parts/finding.js';
import { FilterBar } from './plan.js';

export function FindingsView({
  state,
  filter,
  setFilter,
  onShow,
}: {
  state: ReviewState;
  filter: Filter;
  setFilter: (f: Filter) => void;
  onShow: (f: ReviewFinding) => void;
}) {
  const ui = state.ui;
  const shown = state.findings.filter((f) => passes(f, filter));
  return (
    <div className="view view-findings">
      <div className="view-head">
        <h2>{label(ui, 'nav.findings')}</h2>
      </div>
      <FilterBar
        state={state}
        filter={filter}
        setFilter={setFilter}
        shown={shown.length}
        total={state.findings.length}
      />
      {!state.findings.length ? (
        <p className="muted">{label(ui, 'finding.none')}</p>
      ) : !shown.length ? (
        <p className="muted">{label(ui, 'finding.noneFiltered')}</p>
      ) : (
        SEVERITIES.map((s) => {
          const group = shown.filter((f) => f.severity === s);
          return group.length ? (
            <div key={s} className="finding-group">
              <h3 className={`group-title sev-${s}`}>
                {label(ui, `severity.${s}`)} <span className="muted">{group.length}</span>
              </h3>
              {group.map((f) => (
                <Finding key={f.id} finding={f} ui={ui} showWhere onShow={onShow} />
              ))}
            </div>
          ) : null;
        })
      )}
    </div>
  );
}
