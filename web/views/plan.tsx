/**
 * The plan: every section in order, each paragraph, list item or table row with the findings
 * anchored to it beside it, section-level findings at the section's head, and an editor per
 * editable section (Markdown source, save with the version it started from, conflict panel).
 */
import type { ReviewFinding, ReviewSection, ReviewState } from '../../src/serve/types.js';
import type { EditorState } from '../editing.js';
import { bySeverity, label, passes, SEVERITIES, type Filter, type Ui } from '../format.js';
import { FindingList } from '../parts/finding.js';

export interface EditorActions {
  open(section: ReviewSection): void;
  change(id: string, text: string): void;
  save(id: string): void;
  cancel(id: string): void;
  /** After a conflict: save the seller's text over the file's (with the file's version). */
  overwrite(id: string): void;
  /** After a conflict: load the file's text into the editor (the seller's kept aside). */
  useCurrent(id: string): void;
}

export function FilterBar({
  state,
  filter,
  setFilter,
  shown,
  total,
}: {
  state: ReviewState;
  filter: Filter;
  setFilter: (f: Filter) => void;
  shown: number;
  total: number;
}) {
  const ui = state.ui;
  const codes = [...new Set(state.findings.map((f) => f.code))].sort();
  return (
    <div className="filter-bar" role="group" aria-label={label(ui, 'filter.severity')}>
      <fieldset className="filter-sev">
        <legend>{label(ui, 'filter.severity')}</legend>
        {SEVERITIES.map((s) => (
          <label key={s} className={`chk sev-${s}`}>
            <input
              type="checkbox"
              name={`sev-${s}`}
              checked={filter.severities[s]}
              onChange={(e) =>
                setFilter({
                  ...filter,
                  severities: { ...filter.severities, [s]: e.target.checked },
                })
              }
            />
            {label(ui, `severity.${s}`)}
            <span className="chk-count">{state.counts[s]}</span>
          </label>
        ))}
      </fieldset>
      <label className="filter-code">
        <span>{label(ui, 'filter.code')}</span>
        <select
          name="code"
          value={filter.code}
          onChange={(e) => setFilter({ ...filter, code: e.target.value })}
        >
          <option value="">{label(ui, 'filter.allCodes')}</option>
          {codes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <span className="filter-shown">{label(ui, 'filter.shown', { shown, total })}</span>
    </div>
  );
}

function Editor({
  section,
  editor,
  ui,
  actions,
}: {
  section: ReviewSection;
  editor: EditorState;
  ui: Ui;
  actions: EditorActions;
}) {
  const id = `editor-${section.id}`;
  const rows = Math.min(28, Math.max(8, editor.text.split('\n').length + 2));
  return (
    <div className="editor">
      <label htmlFor={id} className="editor-label">
        {label(ui, 'edit.label', { title: section.title })}
      </label>
      <textarea
        id={id}
        className="editor-text"
        value={editor.text}
        rows={rows}
        spellCheck={false}
        onChange={(e) => actions.change(section.id, e.target.value)}
        disabled={editor.saving}
      />
      {editor.conflict ? (
        <div className="conflict" role="alert">
          <h4>{label(ui, 'conflict.title')}</h4>
          <p>{editor.conflict.message || label(ui, 'conflict.explain')}</p>
          {editor.conflict.message ? <p>{label(ui, 'conflict.explain')}</p> : null}
          <div className="conflict-cols">
            <div>
              <h5>{label(ui, 'conflict.current')}</h5>
              <pre className="conflict-text conflict-current">{editor.conflict.current.source}</pre>
            </div>
            <div>
              <h5>{label(ui, 'conflict.yours')}</h5>
              <pre className="conflict-text conflict-yours">{editor.text}</pre>
            </div>
          </div>
          <div className="actions">
            <button type="button" onClick={() => actions.useCurrent(section.id)}>
              {label(ui, 'conflict.useCurrent')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => actions.overwrite(section.id)}
              disabled={editor.saving}
            >
              {label(ui, 'conflict.overwrite')}
            </button>
          </div>
        </div>
      ) : null}
      {editor.refused ? (
        <div className="notice notice-error" role="alert">
          <strong>{label(ui, 'edit.refused')}</strong>
          <p>{editor.refused}</p>
        </div>
      ) : null}
      {editor.error ? (
        <div className="notice notice-error" role="alert">
          <strong>{label(ui, 'edit.failed')}</strong>
          <p>{editor.error}</p>
        </div>
      ) : null}
      {editor.earlier !== undefined ? (
        <details className="earlier" open>
          <summary>{label(ui, 'conflict.earlier')}</summary>
          <pre className="conflict-text">{editor.earlier}</pre>
        </details>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => actions.save(section.id)}
          disabled={editor.saving || !!editor.conflict}
        >
          {editor.saving ? label(ui, 'edit.saving') : label(ui, 'edit.save')}
        </button>
        <button type="button" onClick={() => actions.cancel(section.id)} disabled={editor.saving}>
          {label(ui, 'edit.cancel')}
        </button>
      </div>
    </div>
  );
}

function Section({
  section,
  findings,
  filter,
  editor,
  ui,
  actions,
  saved,
}: {
  section: ReviewSection;
  findings: ReviewFinding[];
  filter: Filter;
  editor: EditorState | undefined;
  ui: Ui;
  actions: EditorActions;
  saved: boolean;
}) {
  const partIndexes = new Set(section.parts.map((p) => p.index));
  const visible = findings.filter((f) => passes(f, filter)).sort(bySeverity);
  const partOf = (f: ReviewFinding) =>
    f.anchor.kind === 'section' && f.anchor.part !== undefined && partIndexes.has(f.anchor.part)
      ? f.anchor.part
      : undefined;
  const head = visible.filter((f) => partOf(f) === undefined);
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of findings) count[f.severity]++;
  return (
    <section className="plan-section" id={`section-${section.id}`} data-section={section.id}>
      <header className="plan-section-head">
        <h3>{section.title}</h3>
        <div className="section-counts">
          {SEVERITIES.filter((s) => count[s] > 0).map((s) => (
            <span key={s} className={`mini-count sev-${s}`} title={label(ui, `severity.${s}`)}>
              {count[s]}
            </span>
          ))}
        </div>
        {section.editable ? (
          editor ? null : (
            <button type="button" className="edit-button" onClick={() => actions.open(section)}>
              {label(ui, 'edit.open')}
            </button>
          )
        ) : (
          <span className="not-editable" title={section.notEditableReason}>
            {label(ui, 'edit.notEditable')}
          </span>
        )}
      </header>
      {!section.editable && section.notEditableReason ? (
        <p className="not-editable-reason">{section.notEditableReason}</p>
      ) : null}
      {saved ? (
        <p className="notice notice-ok" role="status">
          {label(ui, 'edit.saved')}
        </p>
      ) : null}
      {head.length ? (
        <div className="section-findings">
          <h4 className="section-findings-title">{label(ui, 'section.findings')}</h4>
          <FindingList findings={head} ui={ui} />
        </div>
      ) : null}
      {editor ? (
        <Editor section={section} editor={editor} ui={ui} actions={actions} />
      ) : section.parts.length ? (
        <ol className="parts">
          {section.parts.map((p) => {
            const mine = visible.filter((f) => partOf(f) === p.index);
            return (
              <li
                key={p.index}
                className={`part${mine.length ? ` has-findings sev-${mine[0]!.severity}` : ''}`}
                data-part={p.index}
              >
                <div className="part-text">
                  <p>{p.text}</p>
                  {p.line !== undefined ? (
                    <span className="part-line">{label(ui, 'section.line', { line: p.line })}</span>
                  ) : null}
                </div>
                <div className="part-findings">
                  <FindingList findings={mine} ui={ui} />
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">{label(ui, 'section.empty')}</p>
      )}
    </section>
  );
}

export function PlanView({
  state,
  filter,
  setFilter,
  editors,
  actions,
  savedSection,
}: {
  state: ReviewState;
  filter: Filter;
  setFilter: (f: Filter) => void;
  editors: Record<string, EditorState>;
  actions: EditorActions;
  savedSection: string | null;
}) {
  const ui = state.ui;
  const sectionFindings = state.findings.filter((f) => f.anchor.kind === 'section');
  const shown = sectionFindings.filter((f) => passes(f, filter)).length;
  return (
    <div className="view view-plan">
      <div className="view-head">
        <h2>{label(ui, 'nav.plan')}</h2>
        <span className="muted">{label(ui, 'planFile', { file: state.planFile })}</span>
      </div>
      <FilterBar
        state={state}
        filter={filter}
        setFilter={setFilter}
        shown={shown}
        total={sectionFindings.length}
      />
      {state.sections.map((s) => (
        <Section
          key={s.id}
          section={s}
          findings={sectionFindings.filter(
            (f) => f.anchor.kind === 'section' && f.anchor.section === s.id,
          )}
          filter={filter}
          editor={editors[s.id]}
          ui={ui}
          actions={actions}
          saved={savedSection === s.id}
        />
      ))}
    </div>
  );
}
