/** One finding as a card: severity (colour, icon and word), message, hint, code and where. */
import type { ReviewFinding } from '../../src/serve/types.js';
import { label, type Ui } from '../format.js';

export function SeverityIcon({ severity }: { severity: ReviewFinding['severity'] }) {
  if (severity === 'error')
    return (
      <svg className="sev-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" />
        <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" />
      </svg>
    );
  if (severity === 'warning')
    return (
      <svg className="sev-icon" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 1.5l7 13H1z" />
        <path d="M8 6.2v4M8 12v.6" />
      </svg>
    );
  return (
    <svg className="sev-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="7" />
      <path d="M8 7.2v4.6M8 4.4v.6" />
    </svg>
  );
}

export function SeverityBadge({ severity, ui }: { severity: ReviewFinding['severity']; ui: Ui }) {
  return (
    <span className={`sev-badge sev-${severity}`}>
      <SeverityIcon severity={severity} />
      {label(ui, `severity.${severity}`)}
    </span>
  );
}

export function Finding({
  finding,
  ui,
  showWhere,
  onShow,
}: {
  finding: ReviewFinding;
  ui: Ui;
  showWhere?: boolean;
  onShow?: (f: ReviewFinding) => void;
}) {
  return (
    <article
      className={`finding sev-${finding.severity}`}
      data-code={finding.code}
      data-finding={finding.id}
    >
      <header className="finding-head">
        <SeverityBadge severity={finding.severity} ui={ui} />
        <code className="finding-code">{finding.code}</code>
      </header>
      <p className="finding-message">{finding.message}</p>
      {finding.expected || finding.found ? (
        <dl className="finding-ef">
          {finding.expected ? (
            <>
              <dt>{label(ui, 'finding.expected')}</dt>
              <dd>{finding.expected}</dd>
            </>
          ) : null}
          {finding.found ? (
            <>
              <dt>{label(ui, 'finding.found')}</dt>
              <dd>{finding.found}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {finding.hint ? (
        <p className="finding-hint">
          <span className="finding-hint-label">{label(ui, 'finding.hint')}</span>
          {finding.hint}
        </p>
      ) : null}
      {showWhere ? (
        <footer className="finding-where">
          <span>{finding.whereText}</span>
          {onShow ? (
            <button type="button" className="link" onClick={() => onShow(finding)}>
              {label(ui, 'findings.open')}
            </button>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}

export function FindingList({ findings, ui }: { findings: ReviewFinding[]; ui: Ui }) {
  if (!findings.length) return null;
  return (
    <div className="finding-list">
      {findings.map((f) => (
        <Finding key={f.id} finding={f} ui={ui} />
      ))}
    </div>
  );
}
