/**
 * The numbers: the per-ASIN reconciliation (cited ASINs first); choosing a number shows the
 * record files and rows it was counted from. Then the charts, and the findings on the numbers.
 */
import type { ReviewNumber, ReviewProduct, ReviewState } from '../../src/serve/types.js';
import { bySeverity, label, rowRanges } from '../format.js';
import { Chart } from '../parts/chart.js';
import { FindingList } from '../parts/finding.js';

export interface Picked {
  asin: string;
  key: string;
}

function Sources({
  product,
  number,
  ui,
}: {
  product: ReviewProduct;
  number: ReviewNumber;
  ui: Record<string, string>;
}) {
  return (
    <div className="sources" aria-live="polite">
      <h4>
        {label(ui, 'numbers.sources')}: {product.asin} · {number.label}{' '}
        <strong>{number.text}</strong>
      </h4>
      {number.sources.length ? (
        <ul className="source-list">
          {number.sources.map((s, i) => (
            <li key={i} className="source">
              <div className="source-head">
                <span className="mono source-file">{s.file}</span>
                {s.sheet ? (
                  <span className="source-sheet">
                    {label(ui, 'numbers.sheet')}: {s.sheet}
                  </span>
                ) : null}
                {s.jsonPath ? null : (
                  <span className="muted row-count">
                    {label(ui, 'numbers.count', { count: s.count })}
                  </span>
                )}
              </div>
              {s.jsonPath ? (
                <div className="source-rows">
                  {label(ui, 'numbers.jsonPath')} <code>{s.jsonPath}</code>
                </div>
              ) : (
                <div className="source-rows">
                  <span className="source-rows-label">{label(ui, 'numbers.rows')}</span>
                  <span className="mono">{rowRanges(s.rows)}</span>
                  {s.truncated ? <span className="more">{label(ui, 'numbers.more')}</span> : null}
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{label(ui, 'numbers.noSources')}</p>
      )}
    </div>
  );
}

export function NumbersView({
  state,
  picked,
  setPicked,
}: {
  state: ReviewState;
  picked: Picked | null;
  setPicked: (p: Picked) => void;
}) {
  const ui = state.ui;
  const products = [...state.products].sort((a, b) => Number(b.cited) - Number(a.cited));
  const columns: { key: string; label: string }[] = [];
  for (const p of products)
    for (const n of p.numbers)
      if (!columns.some((c) => c.key === n.key)) columns.push({ key: n.key, label: n.label });
  const pickedProduct = picked && products.find((p) => p.asin === picked.asin);
  const pickedNumber = pickedProduct?.numbers.find((n) => n.key === picked?.key);
  const findings = state.findings.filter((f) => f.anchor.kind === 'numbers').sort(bySeverity);
  return (
    <div className="view view-numbers">
      <div className="view-head">
        <h2>{label(ui, 'nav.numbers')}</h2>
      </div>
      <h3>{label(ui, 'numbers.table')}</h3>
      {products.length ? (
        <div className="table-wrap">
          <table className="numbers-table">
            <thead>
              <tr>
                <th scope="col">{label(ui, 'numbers.asin')}</th>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="num">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {products.map((p) => (
                <tr key={p.asin} className={p.cited ? 'cited' : 'not-cited'} data-asin={p.asin}>
                  <th scope="row">
                    <span className="mono">{p.asin}</span>
                    <span className={`tag ${p.cited ? 'tag-cited' : ''}`}>
                      {label(ui, p.cited ? 'numbers.cited' : 'numbers.notCited')}
                    </span>
                    {p.title ? <span className="product-title">{p.title}</span> : null}
                  </th>
                  {columns.map((c) => {
                    const n = p.numbers.find((x) => x.key === c.key);
                    if (!n)
                      return (
                        <td key={c.key} className="num muted">
                          —
                        </td>
                      );
                    const on = picked?.asin === p.asin && picked.key === n.key;
                    return (
                      <td key={c.key} className="num">
                        <button
                          type="button"
                          className={`number${on ? ' on' : ''}${n.value === null ? ' unknown' : ''}`}
                          aria-pressed={on}
                          data-key={n.key}
                          onClick={() => setPicked({ asin: p.asin, key: n.key })}
                          onFocus={() => setPicked({ asin: p.asin, key: n.key })}
                        >
                          {n.text}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{label(ui, 'numbers.empty')}</p>
      )}
      {pickedProduct && pickedNumber ? (
        <Sources product={pickedProduct} number={pickedNumber} ui={ui} />
      ) : (
        <p className="sources sources-empty muted">{label(ui, 'numbers.pick')}</p>
      )}
      {findings.length ? (
        <>
          <h3>{label(ui, 'numbers.findings')}</h3>
          <FindingList findings={findings} ui={ui} />
        </>
      ) : null}
      {state.charts.length ? (
        <>
          <h3>{label(ui, 'numbers.charts')}</h3>
          <div className="charts">
            {state.charts.map((c) => (
              <Chart key={c.id} chart={c} ui={ui} />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
