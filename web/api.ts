/**
 * The page's calls to the server (src/serve/): the state, a section's save, a build and its
 * events. The token travels as the cookie the server set on the first load; every call is
 * same-origin.
 */
import type {
  BuildEvent,
  ReviewState,
  SaveConflict,
  SaveSectionRequest,
} from '../src/serve/types.js';

/** A refused or failed call: the HTTP status and the server's message (in the case's language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The server's message from an error response: JSON `{ message }` or its plain text. */
async function errorOf(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  let message = text.trim();
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    if (typeof body.message === 'string') message = body.message;
    else if (typeof body.error === 'string') message = body.error;
  } catch {
    // plain text
  }
  return new ApiError(res.status, message || `HTTP ${res.status}`);
}

let first = true;

/**
 * The state. The first call takes the response index.html preloaded (its request starts beside
 * the script's, not after it); later calls always ask the server.
 */
export async function fetchState(): Promise<ReviewState> {
  const init: RequestInit = first
    ? { credentials: 'same-origin' }
    : { cache: 'no-store', credentials: 'same-origin' };
  first = false;
  const res = await fetch('/api/state', init);
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as ReviewState;
}

export type SaveResult =
  | { kind: 'saved'; state?: ReviewState }
  | { kind: 'conflict'; conflict: SaveConflict }
  | { kind: 'refused'; message: string };

/** PUT /api/sections/:id: 200 saved, 409 conflict, 422 refused (a Word plan); else throws. */
export async function saveSection(id: string, body: SaveSectionRequest): Promise<SaveResult> {
  const res = await fetch(`/api/sections/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (res.status === 409) return { kind: 'conflict', conflict: (await res.json()) as SaveConflict };
  if (res.status === 422) return { kind: 'refused', message: (await errorOf(res)).message };
  if (!res.ok) throw await errorOf(res);
  const json = (await res.json().catch(() => null)) as Partial<ReviewState> | null;
  // The server may answer with the new state; else the page fetches it.
  return json && typeof json.stamp === 'string' && Array.isArray(json.sections)
    ? { kind: 'saved', state: json as ReviewState }
    : { kind: 'saved' };
}

/** POST /api/build: the job's id and the URL of its events. */
export async function startBuild(): Promise<{ job: string; events: string }> {
  const res = await fetch('/api/build', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: '{}',
  });
  if (!res.ok) throw await errorOf(res);
  const body = (await res.json()) as { job?: unknown; id?: unknown; events?: unknown };
  const job = String(body.job ?? body.id ?? '');
  const events =
    typeof body.events === 'string' ? body.events : `/api/build/${encodeURIComponent(job)}/events`;
  return { job, events };
}

/**
 * Follows a build's Server-Sent Events until `done` or `failed`. Events may come unnamed
 * (`message`) or named after their type; each carries one BuildEvent as JSON.
 */
export function followBuild(
  url: string,
  onEvent: (e: BuildEvent) => void,
  onLost: () => void,
): () => void {
  const source = new EventSource(url);
  let finished = false;
  const handle = (msg: MessageEvent<string>) => {
    let event: BuildEvent;
    try {
      event = JSON.parse(msg.data) as BuildEvent;
    } catch {
      return;
    }
    if (event.type === 'done' || event.type === 'failed') {
      finished = true;
      source.close();
    }
    onEvent(event);
  };
  source.onmessage = handle;
  for (const type of ['progress', 'done', 'failed'])
    source.addEventListener(type, handle as EventListener);
  source.onerror = () => {
    if (finished) return;
    // The stream ended without an end event (server stopped): stop retrying.
    source.close();
    onLost();
  };
  return () => {
    finished = true;
    source.close();
  };
}
