/**
 * The review page: a header (case, counts, build), the views' navigation, and the views. It
 * loads the state once, refetches it after a save, a build, when the tab comes back into view
 * and every 2 s while the preview's pages are not there yet or are being remade, and keeps every open editor's text
 * here so no refresh or view change loses it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BuildEvent, ReviewFinding, ReviewSection, ReviewState } from '../src/serve/types.js';
import { ApiError, fetchState, followBuild, saveSection, startBuild } from './api.js';
import type { EditorState } from './editing.js';
import { bySeverity, label, SEVERITIES, type Filter } from './format.js';
import { FindingList, SeverityIcon } from './parts/finding.js';
import { EvidenceView } from './views/evidence.js';
import { FindingsView } from './views/findings.js';
import { NumbersView, type Picked } from './views/numbers.js';
import { PlanView, type EditorActions } from './views/plan.js';
import { PreviewView } from './views/preview.js';
import { RevisionsView } from './views/revisions.js';

const VIEWS = ['plan', 'numbers', 'evidence', 'revisions', 'preview', 'findings'] as const;
type View = (typeof VIEWS)[number];

/** How often, and how many times, the page asks for the state while the preview is made. */
const PREVIEW_POLL_MS = 2000;
const PREVIEW_POLLS = 150;

function viewFromHash(): View {
  const h = location.hash.replace(/^#/, '');
  return (VIEWS as readonly string[]).includes(h) ? (h as View) : 'plan';
}

type Build =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; step: string; message: string; done: number; total: number }
  | { phase: 'done'; revision: string; message: string }
  | { phase: 'failed'; message: string; findings: ReviewFinding[] };

function viewCount(state: ReviewState, view: View): number {
  const kind = { plan: 'section', numbers: 'numbers', evidence: 'document' } as const;
  if (view === 'findings') return state.findings.length;
  if (view === 'plan' || view === 'numbers' || view === 'evidence')
    return state.findings.filter((f) => f.anchor.kind === kind[view]).length;
  return 0;
}

export function App() {
  const [state, setState] = useState<ReviewState | null>(null);
  const [fatal, setFatal] = useState<ApiError | null>(null);
  const [view, setView] = useState<View>(viewFromHash);
  const [filter, setFilter] = useState<Filter>({
    severities: { error: true, warning: true, info: true },
    code: '',
  });
  const [editors, setEditors] = useState<Record<string, EditorState>>({});
  const [savedSection, setSavedSection] = useState<string | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [build, setBuild] = useState<Build>({ phase: 'idle' });
  const editorsRef = useRef(editors);
  editorsRef.current = editors;

  const refresh = useCallback(async () => {
    try {
      const s = await fetchState();
      setState(s);
      setFatal(null);
      return s;
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, String((e as Error).message ?? e));
      setFatal(err);
      return null;
    }
  }, []);

  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');

  useEffect(() => {
    void refresh();
    const onHash = () => setView(viewFromHash());
    const onVisible = () => {
      setVisible(document.visibilityState === 'visible');
      if (document.visibilityState === 'visible') void refresh();
    };
    window.addEventListener('hashchange', onHash);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  // The server makes the preview itself (a child process after start and after each save): while
  // the state has no pages yet or a new preview is on its way, ask again every 2 s, only while
  // the tab is shown, for 5 minutes at most (a preview that fails would otherwise be asked for
  // forever).
  const waitingForPreview = !!state && (state.previewPages.length === 0 || state.previewPending);
  useEffect(() => {
    if (!waitingForPreview || !visible) return;
    let stopped = false;
    let tries = 0;
    let timer: number | undefined;
    const tick = async () => {
      const s = await fetchState().catch(() => null);
      if (stopped) return;
      if (s)
        setState((prev) =>
          prev && prev.stamp === s.stamp && prev.previewPending === s.previewPending ? prev : s,
        );
      if ((s && s.previewPages.length && !s.previewPending) || ++tries >= PREVIEW_POLLS) return;
      timer = window.setTimeout(() => void tick(), PREVIEW_POLL_MS);
    };
    timer = window.setTimeout(() => void tick(), PREVIEW_POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [waitingForPreview, visible]);

  useEffect(() => {
    if (!state) return;
    document.documentElement.lang = state.lang;
    document.title = `${state.caseName} — ${label(state.ui, 'title')}`;
  }, [state]);

  const go = (v: View) => {
    if (location.hash !== `#${v}`) location.hash = v;
    setView(v);
    window.scrollTo(0, 0);
  };

  const patch = (id: string, p: Partial<EditorState> | null) =>
    setEditors((all) => {
      const next = { ...all };
      if (p === null) delete next[id];
      else next[id] = { ...(all[id] as EditorState), ...p };
      return next;
    });

  const doSave = async (id: string, version: string) => {
    const ed = editorsRef.current[id];
    if (!ed) return;
    patch(id, { saving: true, error: undefined, refused: undefined, conflict: undefined });
    try {
      const res = await saveSection(id, { version, source: ed.text });
      if (res.kind === 'saved') {
        if (res.state) setState(res.state);
        else await refresh();
        patch(id, null);
        setSavedSection(id);
      } else if (res.kind === 'conflict') patch(id, { saving: false, conflict: res.conflict });
      else patch(id, { saving: false, refused: res.message });
    } catch (e) {
      patch(id, { saving: false, error: (e as Error).message });
    }
  };

  const actions: EditorActions = {
    open: (s: ReviewSection) => {
      setSavedSection(null);
      setEditors((all) => ({
        ...all,
        [s.id]: { text: s.source, version: s.version, saving: false },
      }));
    },
    change: (id, text) => patch(id, { text }),
    save: (id) => {
      const ed = editorsRef.current[id];
      if (ed) void doSave(id, ed.version);
    },
    cancel: (id) => patch(id, null),
    overwrite: (id) => {
      const ed = editorsRef.current[id];
      if (ed?.conflict) void doSave(id, ed.conflict.current.version);
    },
    useCurrent: (id) => {
      const ed = editorsRef.current[id];
      if (!ed?.conflict) return;
      patch(id, {
        earlier: ed.text,
        text: ed.conflict.current.source,
        version: ed.conflict.current.version,
        conflict: undefined,
      });
    },
  };

  const runBuild = async () => {
    setBuild({ phase: 'starting' });
    try {
      const { events } = await startBuild();
      followBuild(
        events,
        (e: BuildEvent) => {
          if (e.type === 'progress')
            setBuild({
              phase: 'running',
              step: e.step,
              message: e.message,
              done: e.done,
              total: e.total,
            });
          else if (e.type === 'done') {
            setBuild({ phase: 'done', revision: e.revision, message: e.message });
            void refresh();
          } else setBuild({ phase: 'failed', message: e.message, findings: e.findings });
        },
        () =>
          setBuild((b) =>
            b.phase === 'done' || b.phase === 'failed'
              ? b
              : { phase: 'failed', message: '', findings: [] },
          ),
      );
    } catch (e) {
      setBuild({ phase: 'failed', message: (e as Error).message, findings: [] });
    }
  };

  const show = (f: ReviewFinding) => {
    const a = f.anchor;
    if (a.kind === 'section') {
      go('plan');
      requestAnimationFrame(() => {
        const part =
          a.part !== undefined
            ? document.querySelector(
                `[data-section="${CSS.escape(a.section)}"] [data-part="${a.part}"]`,
              )
            : null;
        (part ?? document.getElementById(`section-${a.section}`))?.scrollIntoView({
          block: 'center',
        });
      });
    } else if (a.kind === 'numbers') go('numbers');
    else if (a.kind === 'document') go('evidence');
  };

  if (fatal && !state)
    return (
      <div className="fatal" role="alert" data-status={fatal.status}>
        <svg className="fatal-icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="7" />
          <path d="M8 4.5v4.5M8 11v.6" />
        </svg>
        <p className="fatal-message">{fatal.message}</p>
        {fatal.status ? <p className="fatal-status">HTTP {fatal.status}</p> : null}
      </div>
    );
  if (!state)
    return (
      <div className="loading" aria-busy="true">
        <span className="spinner" />
      </div>
    );

  const ui = state.ui;
  const building = build.phase === 'starting' || build.phase === 'running';
  return (
    <div className="app" data-stamp={state.stamp}>
      <div className="chrome">
        <header className="top">
          <div className="top-title">
            <span className="app-name">{label(ui, 'title')}</span>
            <h1>{state.caseName}</h1>
          </div>
          <div className="top-counts" aria-live="polite">
            {SEVERITIES.map((s) => (
              <button
                key={s}
                type="button"
                className={`count sev-${s}${state.counts[s] ? '' : ' zero'}`}
                data-severity={s}
                onClick={() => {
                  setFilter({
                    severities: {
                      error: s === 'error',
                      warning: s === 'warning',
                      info: s === 'info',
                    },
                    code: '',
                  });
                  go('findings');
                }}
              >
                <SeverityIcon severity={s} />
                <span className="count-n">{state.counts[s]}</span>
                <span className="count-label">{label(ui, `counts.${s}`)}</span>
              </button>
            ))}
          </div>
          <button
            type="button"
            className="primary build-button"
            onClick={() => void runBuild()}
            disabled={building}
          >
            {building ? label(ui, 'build.running') : label(ui, 'build.start')}
          </button>
        </header>
        {build.phase !== 'idle' ? (
          <div className={`build-bar build-${build.phase}`} role="status" aria-live="polite">
            {build.phase === 'starting' ? <span>{label(ui, 'build.running')}</span> : null}
            {build.phase === 'running' ? (
              <>
                <span className="build-message">{build.message}</span>
                <progress max={Math.max(1, build.total)} value={build.done} />
                <span className="build-count">
                  {label(ui, 'build.progress', { done: build.done, total: build.total })}
                </span>
              </>
            ) : null}
            {build.phase === 'done' ? (
              <>
                <span className="build-message">{build.message}</span>
                <button type="button" className="link" onClick={() => go('revisions')}>
                  {label(ui, 'build.showRevisions')}
                </button>
                <button type="button" className="link" onClick={() => setBuild({ phase: 'idle' })}>
                  {label(ui, 'build.close')}
                </button>
              </>
            ) : null}
            {build.phase === 'failed' ? (
              <div className="build-failed">
                <strong>{label(ui, 'build.failed')}</strong>
                {build.message ? <p>{build.message}</p> : null}
                <FindingList findings={[...build.findings].sort(bySeverity)} ui={ui} />
                <button type="button" className="link" onClick={() => setBuild({ phase: 'idle' })}>
                  {label(ui, 'build.close')}
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
      {fatal ? (
        <div className="lost" role="alert">
          {label(ui, 'lost')} <span className="muted">{fatal.message}</span>
        </div>
      ) : null}
      <div className="body">
        <nav className="side" aria-label={label(ui, 'nav.label')}>
          <ul>
            {VIEWS.map((v) => {
              const n = viewCount(state, v);
              return (
                <li key={v}>
                  <a
                    href={`#${v}`}
                    className={v === view ? 'on' : ''}
                    aria-current={v === view ? 'page' : undefined}
                    data-view={v}
                  >
                    <span>{label(ui, `nav.${v}`)}</span>
                    {n ? <span className="nav-count">{n}</span> : null}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <main className="main">
          {view === 'plan' ? (
            <PlanView
              state={state}
              filter={filter}
              setFilter={setFilter}
              editors={editors}
              actions={actions}
              savedSection={savedSection}
            />
          ) : null}
          {view === 'numbers' ? (
            <NumbersView state={state} picked={picked} setPicked={setPicked} />
          ) : null}
          {view === 'evidence' ? <EvidenceView state={state} /> : null}
          {view === 'revisions' ? (
            <RevisionsView state={state} fresh={build.phase === 'done' ? build.revision : null} />
          ) : null}
          {view === 'preview' ? <PreviewView state={state} /> : null}
          {view === 'findings' ? (
            <FindingsView state={state} filter={filter} setFilter={setFilter} onShow={show} />
          ) : null}
        </main>
      </div>
    </div>
  );
}
