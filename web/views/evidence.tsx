/** The evidence index: each document with its status, text check and the findings on it. */
import type { ReviewDocument, ReviewState } from '../../src/serve/types.js';
import { bySeverity, label, type Ui } from '../format.js';
import { FindingList } from '../parts/finding.js';

const TEXT_KEY: Record<ReviewDocument['text'], string> = {
  checked: 'evidence.textChecked',
  mismatch: 'evidence.textMismatch',
  unverifiable: 'evidence.textUnverifiable',
  notChecked: 'evidence.textNotChecked',
};

function pages(d: ReviewDocument, ui: Ui): string | null {
  if (!d.pages) return null;
  const [from, to] = d.pages;
  return from === to
    ? label(ui, 'evidence.page', { from })
    : label(ui, 'evidence.pages', { from, to });
}

export function EvidenceView({ state }: { state: ReviewState }) {
  const ui = state.ui;
  return (
    <div className="view view-evidence">
      <div className="view-head">
        <h2>{label(ui, 'nav.evidence')}</h2>
      </div>
      {state.documents.length ? (
        <table className="evidence-table">
          <thead>
            <tr>
              <th>{label(ui, 'evidence.label')}</th>
              <th>{label(ui, 'evidence.file')}</th>
              <th>{label(ui, 'evidence.status')}</th>
              <th>{label(ui, 'evidence.text')}</th>
            </tr>
          </thead>
          <tbody>
            {state.documents.map((d) => {
              const findings = state.findings
                .filter((f) => f.anchor.kind === 'document' && f.anchor.file === d.file)
                .sort(bySeverity);
              return (
                <tr key={d.file} className={`doc doc-${d.status}`} data-file={d.file}>
                  <td className="doc-label">{d.label ?? '—'}</td>
                  <td>
                    <div className="mono doc-file">{d.file}</div>
                    <div className="doc-kind">{d.kindLabel}</div>
                    {d.description ? <div className="muted">{d.description}</div> : null}
                    <FindingList findings={findings} ui={ui} />
                  </td>
                  <td>
                    <span className={`status status-${d.status}`}>
                      {label(ui, `evidence.${d.status}`)}
                    </span>
                    {pages(d, ui) ? <div className="muted">{pages(d, ui)}</div> : null}
                    {d.reason ? <div className="doc-reason">{d.reason}</div> : null}
                  </td>
                  <td>
                    <span className={`text-status text-${d.text}`}>
                      {label(ui, TEXT_KEY[d.text])}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">{label(ui, 'evidence.empty')}</p>
      )}
      {(() => {
        const orphan = state.findings.filter(
          (f) =>
            f.anchor.kind === 'document' &&
            !state.documents.some((d) => f.anchor.kind === 'document' && d.file === f.anchor.file),
        );
        return orphan.length ? <FindingList findings={orphan.sort(bySeverity)} ui={ui} /> : null;
      })()}
    </div>
  );
}
