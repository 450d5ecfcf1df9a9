/**
 * The review page's HTTP server (node:http): binds 127.0.0.1 only, lets through requests the
 * guard allows, and answers the page's files, the state, section saves, builds with their
 * events, and the preview's pages. It reads and writes nothing outside the case folder but the
 * page's own files.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { EvidenceError, fail, formatProblem } from '../errors.js';
import { t, tr, type Lang } from '../i18n/catalogue.js';
import { cliLang } from '../output.js';
import { loadCase } from '../case/load.js';
import { BuildJobs, type RunBuild } from './build-jobs.js';
import { guard, newToken } from './guard.js';
import {
  BodyTooLarge,
  MAX_BODY_BYTES,
  readBody,
  send,
  sendError,
  sendJson,
  sendText,
  SECURITY_HEADERS,
} from './http.js';
import { PreviewImages } from './preview-image.js';
import { PreviewRefresher } from './preview-refresh.js';
import { processBuilds } from './build-process.js';
import { saveSection, saveSectionSchema } from './save.js';
import { serial } from './serial.js';
import { StateHolder } from './state-holder.js';
import { reviewFindings } from './findings.js';
import type { ReviewCache } from './state.js';
import type { BuildStarted, ReviewState } from './types.js';
import { defaultWebRoot, plainAssetName, readWebFile } from './static.js';

export interface ServeOptions {
  dir: string;
  /** --lang: the report's and the messages' language (default: the case's). */
  lang?: Lang;
  /** 0 (default): a free port. */
  port?: number;
  token?: string;
  /** The page's files (default: dist/web of this installation). */
  webRoot?: string;
  today?: () => string;
  /**
   * What the state stage keeps between states (default: a new one). Keyed by the inputs'
   * contents, so servers of copies of one case may share it (tests: one OCR of the sample).
   */
  cache?: ReviewCache;
  /**
   * Keep <case>/preview/preview.pdf current (a `preview --once` child process after start and
   * after each save); the command turns it on, tests mostly leave it off.
   */
  preview?: boolean;
  /** The build (default: the build command's function in a child process); tests may wrap it. */
  runBuild?: RunBuild;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT/?token=… : what the seller opens. */
  url: string;
  origin: string;
  port: number;
  token: string;
  server: Server;
  jobs: BuildJobs;
  close(): Promise<void>;
}

function listen(server: Server, port: number, lang: Lang): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      try {
        if (e.code === 'EADDRINUSE' || e.code === 'EACCES')
          fail('SERVE_PORT_BUSY', {}, t('serve.portBusy', { port }), {
            hint: t('serve.portBusy.hint'),
          });
        fail('SERVE_LISTEN', {}, t('serve.listenFailed', { port, reason: e.code ?? e.message }), {
          exitCode: 2,
        });
      } catch (err) {
        reject(err);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host: '127.0.0.1', exclusive: true });
  });
}

/** A problem of the case while serving (case.json broken in an editor): 422 with the problems. */
function sendProblems(res: ServerResponse, e: unknown, lang: Lang): void {
  if (e instanceof EvidenceError && e.exitCode === 1) {
    const first = e.problems[0];
    sendError(
      res,
      422,
      first ? first.message[lang] : tr(lang, 'cli.problems', { count: 0 }),
      e.problems.map((p) => formatProblem(p, lang)),
    );
    return;
  }
  const reason =
    e instanceof EvidenceError
      ? e.problems.map((p) => p.message[lang]).join(' / ')
      : String((e as Error)?.message ?? e);
  sendError(res, 500, tr(lang, 'serve.internal', { reason }));
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const dir = path.resolve(opts.dir);
  const lang = cliLang(opts.lang, { dir });
  // not a case folder (no or unreadable case.json): the CLI's usual problems, before any port;
  // a case with bad records or documents is served, its problems shown as findings
  await loadCase(dir);
  const token = opts.token ?? newToken();
  const webRoot = opts.webRoot ?? defaultWebRoot();
  const state = new StateHolder(dir, opts.lang, opts.today, opts.cache);
  const saves = serial();
  const images = new PreviewImages(dir);
  const previews = opts.preview ? new PreviewRefresher(dir, opts.lang) : undefined;
  // builds run in a child process (the build command's function): the server answers while the
  // renderer works
  const builds = opts.runBuild ? undefined : processBuilds();
  const jobs = new BuildJobs(
    {
      dir,
      lang,
      reportLang: opts.lang,
      findingsOf: (problems) =>
        // a build's stop: anchored by the section the problem names (the plan is not at hand)
        reviewFindings(problems, lang, {
          documents: new Map(),
          documentPaths: new Map(),
          findingAsins: new Map(),
        }),
    },
    opts.runBuild ?? builds!.run,
  );
  let port = opts.port ?? 0;
  /** The state as sent: with whether a new preview is on its way. */
  const served = (s: ReviewState): ReviewState => ({
    ...s,
    previewPending: previews?.pending ?? false,
  });

  const notFound = (res: ServerResponse, p: string) =>
    sendError(res, 404, tr(lang, 'serve.notFound', { path: p }));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = guard(req, { token, port, lang });
    if (verdict.kind === 'refuse') {
      if (verdict.status === 401 && !(req.url ?? '').startsWith('/api/'))
        sendText(res, 401, verdict.message);
      else sendError(res, verdict.status, verdict.message);
      return;
    }
    if (verdict.kind === 'redirect') {
      send(res, 303, '', 'text/plain; charset=utf-8', {
        Location: verdict.location,
        'Set-Cookie': verdict.cookie,
        'Cache-Control': 'no-store',
      });
      return;
    }
    const raw = (req.url ?? '/').split('?')[0]!;
    const method = req.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';
    const notAllowed = () =>
      sendError(res, 405, tr(lang, 'serve.methodNotAllowed', { method, path: raw }));

    if (raw === '/' || raw === '/index.html') {
      if (!read) return notAllowed();
      const file = await readWebFile(webRoot, 'index.html');
      if (!file) return notFound(res, raw);
      return send(res, 200, file.body, file.type, { 'Cache-Control': 'no-store' });
    }
    if (raw.startsWith('/assets/')) {
      if (!read) return notAllowed();
      const name = plainAssetName(raw);
      const file = name && (await readWebFile(webRoot, name));
      if (!file) return notFound(res, raw);
      return send(res, 200, file.body, file.type, { 'Cache-Control': 'no-cache' });
    }
    if (raw === '/api/state') {
      if (!read) return notAllowed();
      return sendJson(res, 200, served(await state.recent()));
    }
    const section = /^\/api\/sections\/([A-Za-z][A-Za-z0-9-]{0,63})$/.exec(raw);
    if (section) {
      if (method !== 'PUT') return notAllowed();
      return putSection(req, res, section[1]!);
    }
    if (raw === '/api/build') {
      if (method !== 'POST') return notAllowed();
      const job = jobs.start();
      if (!job) return sendError(res, 409, tr(lang, 'serve.buildRunning'));
      const started: BuildStarted = { job: job.id, events: `/api/build/${job.id}/events` };
      return sendJson(res, 202, started);
    }
    const events = /^\/api\/build\/([0-9a-f]{16})\/events$/.exec(raw);
    if (events) {
      if (!read) return notAllowed();
      return buildEvents(req, res, events[1]!);
    }
    const preview = /^\/api\/preview\/([1-9][0-9]{0,4})\.png$/.exec(raw);
    if (preview) {
      if (!read) return notAllowed();
      const image = await images.page(Number(preview[1]));
      if (image.kind === 'png')
        return send(res, 200, image.png, 'image/png', { 'Cache-Control': 'no-cache' });
      if (image.kind === 'noPoppler') return sendError(res, 503, tr(lang, 'serve.popplerMissing'));
      if (image.kind === 'missing') return sendError(res, 404, tr(lang, 'serve.previewMissing'));
      return sendError(res, 404, tr(lang, 'serve.previewPage', { page: preview[1] }));
    }
    return notFound(res, raw);
  }

  async function putSection(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return sendError(res, 415, tr(lang, 'serve.notJson'));
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return sendError(res, 413, tr(lang, 'serve.tooLarge', { max: MAX_BODY_BYTES }));
      }
      throw e;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (e) {
      return sendError(res, 400, tr(lang, 'serve.badJson', { reason: (e as Error).message }));
    }
    const parsed = saveSectionSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const at = ['$', ...issue.path.map(String)].join('.');
      return sendError(
        res,
        422,
        tr(lang, 'serve.badBody', { path: at, expected: '{"version": string, "source": string}' }),
        parsed.error.issues.map((i) => `${['$', ...i.path.map(String)].join('.')}: ${i.code}`),
      );
    }
    const outcome = await saves(() =>
      saveSection(
        { dir, lang, current: () => state.current(), fresh: () => state.fresh() },
        id,
        parsed.data,
      ),
    );
    if (outcome.status === 200) {
      previews?.schedule();
      return sendJson(res, 200, served(outcome.state));
    }
    if (outcome.status === 409) return sendJson(res, 409, outcome.conflict);
    return sendError(res, outcome.status, outcome.message);
  }

  function buildEvents(req: IncomingMessage, res: ServerResponse, id: string): void {
    const job = jobs.get(id);
    if (!job) return sendError(res, 404, tr(lang, 'serve.buildUnknown', { job: id }));
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    let n = 0;
    const write = (e: (typeof job.events)[number]) => {
      res.write(`id: ${++n}\ndata: ${JSON.stringify(e)}\n\n`);
      if (e.type !== 'progress') {
        job.listeners.delete(write);
        res.end();
      }
    };
    for (const e of job.events) write(e);
    if (job.finished) return;
    job.listeners.add(write);
    req.on('close', () => job.listeners.delete(write));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => sendProblems(res, e, lang));
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;
  await listen(server, port, lang);
  port = (server.address() as AddressInfo).port;

  const close = async () => {
    previews?.stop();
    builds?.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };
  try {
    // the first view is served from what this computed (records, reconciliation, documents)
    await state.fresh();
  } catch (e) {
    await close();
    throw e;
  }
  // after the first view has had its moment: the renderer takes a few seconds of one core
  previews?.schedule(1500);
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}/?token=${token}`, origin, port, token, server, jobs, close };
}
