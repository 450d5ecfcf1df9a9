/** The preview PDF's pages as images, loaded as they scroll into view. */
import type { ReviewState } from '../../src/serve/types.js';
import { label } from '../format.js';

export function PreviewView({ state }: { state: ReviewState }) {
  const ui = state.ui;
  return (
    <div className="view view-preview">
      <div className="view-head">
        <h2>{label(ui, 'nav.preview')}</h2>
      </div>
      {state.previewPages.length && state.previewPending ? (
        <p className="muted preview-updating" role="status">
          {label(ui, 'preview.updating')}
        </p>
      ) : null}
      {state.previewPages.length ? (
        <ol className="pages">
          {state.previewPages.map((url, i) => (
            <li key={url} className="page">
              <img
                src={url}
                loading="lazy"
                decoding="async"
                width={595}
                height={842}
                alt={label(ui, 'preview.page', { n: i + 1 })}
              />
              <span className="page-no">{label(ui, 'preview.page', { n: i + 1 })}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{label(ui, 'preview.empty')}</p>
      )}
    </div>
  );
}
