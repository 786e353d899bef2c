// `warrant serve`: a local preview of one or more cases. node:http on
// 127.0.0.1; each case page shows the diagram with the findings beside it and
// the report below. The case's files and their directories are watched; a
// save re-renders the case (debounced) and pushes the new page body to open
// pages over Server-Sent Events, which swap it in without a reload. A broken
// save shows the loader's diagnostics (file:line:col) instead of the diagram,
// and the next good save brings the diagram back. With several cases, the
// index page lists them and is pushed a new list when a case changes. Nothing here reaches the
// network beyond the loopback socket it listens on. Every request passes the
// guards first (./guards/): any web page the user visits can send requests to
// this port, so a malformed one is refused with a 4xx, a Host that is not this
// server (DNS rebinding) or an event stream asked for by another origin gets a
// 403, and the event streams are capped with slow readers dropped.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { type CaseView, viewCase } from '../node/case-view.js';
import { reportScript } from '../node/web-assets.js';
import { renderReportHtml } from '../render/report/html.js';
import {
  contentSecurityPolicy,
  DIAGRAM_ID_PREFIX,
  escapeHtml as h,
  renderPage,
  reportBody,
  reportTitle,
} from '../render/report/index.js';
import { createEventStreams, type EventStreams, type StreamLimits, type StreamStats } from './guards/event-streams.js';
import { hostPolicy } from './guards/host.js';
import { lastResort } from './guards/last-resort.js';
import { guardedRequest, responseSink, sendRefusal } from './guards/node-http.js';
import { checkOrigin } from './guards/origin.js';
import { isRefusal } from './guards/refusal.js';
import { type GuardPolicy, guardRequest, originHeaders } from './guards/request-guard.js';
import type { RequestTarget } from './guards/request-target.js';
import { securityHeaders } from './guards/security-headers.js';

export const DEFAULT_PORT = 4100;
export type { StreamLimits, StreamStats } from './guards/event-streams.js';
export { allowedHostError } from './guards/host.js';

export interface PreviewOptions {
  /** Case roots as displayed (relative to cwd when inside it). */
  roots: string[];
  cwd: string;
  asOf: string;
  version: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Quiet time after the last file event before re-rendering (ms). */
  debounceMs?: number;
  maxBytes?: number;
  /** A line for the terminal (a case reloaded, a broken save). */
  log?: (line: string) => void;
  /** Host names answered besides the bound address and loopback (--allow-host), with an optional port. */
  allowHosts?: string[];
  /** The event-stream cap, drain deadline and heartbeat (defaults: DEFAULT_STREAM_LIMITS). */
  streams?: Partial<StreamLimits>;
}

export interface PreviewServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  port: number;
  /** Case pages, in the order the roots were given. */
  cases: { root: string; url: string }[];
  /** The open event streams and what they hold in the server's buffers. */
  streamStats(): StreamStats;
  /** Stop watching, end every event stream, close the socket. */
  close(): Promise<void>;
}

/** Thrown when the port is taken; the command turns it into exit code 2. */
export class PortInUseError extends Error {}

interface Entry {
  root: string;
  slug: string;
  view: CaseView;
  /** The page body last rendered, and how many times it changed. */
  body: string;
  version: number;
  message: string;
  watchers: Map<string, fs.FSWatcher>;
  timer?: NodeJS.Timeout;
}

function slugFor(root: string, taken: Set<string>): string {
  const dir =
    path.basename(root) === 'warrant.yaml'
      ? path.basename(path.dirname(path.resolve(root)))
      : path.basename(root).replace(/\.ya?ml$/i, '');
  const base =
    dir
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'case';
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

/** The page body of a case that does not load: its diagnostics, where the diagram would be. */
export function errorBody(view: Extract<CaseView, { ok: false }>, live: boolean): string {
  const rows = view.diagnostics
    .map(
      (d: Diagnostic) =>
        `<li><span class="sev sev-${h(d.severity)}">${h(d.severity)}</span> <code>${h(d.code)}</code> <code class="loc">${h(d.file)}:${d.line}:${d.col}</code><div>${h(d.message)}</div>${d.hint ? `<div class="hint">${h(d.hint)}</div>` : ''}</li>`,
    )
    .join('');
  return (
    `<header class="case-header"><p class="eyebrow">Safety case preview · <code>${h(view.root)}</code></p><h1>The case does not load</h1>` +
    (live ? `<p class="live-status" id="live-status" role="status">Watching for changes</p>` : '') +
    `</header>\n<main id="main"><section class="load-errors" id="load-errors" aria-labelledby="load-errors-h"><h2 id="load-errors-h">${view.diagnostics.length} problem${view.diagnostics.length === 1 ? '' : 's'} in the files</h2>` +
    `<p>Fix them and save: the diagram comes back by itself.</p><ol class="finding-list">${rows}</ol></section></main>\n`
  );
}

function messageFor(view: CaseView): string {
  if (!view.ok)
    return `The case does not load: ${view.diagnostics.length} problem${view.diagnostics.length === 1 ? '' : 's'}`;
  const f = view.data.findingCounts;
  return `Up to date: ${f.error} error${f.error === 1 ? '' : 's'}, ${f.warning} warning${f.warning === 1 ? '' : 's'}, ${f.info} info`;
}

/** The index page's body: every case with its top claim's status and its findings (pushed again when any case changes). */
function indexBody(entries: Entry[]): string {
  const items = entries
    .map((e) => {
      const v = e.view;
      const title = v.ok ? v.data.header.title : 'does not load';
      const detail = v.ok
        ? `${v.data.status?.topStatus ? `top claim ${h(v.data.statusLabels[v.data.status.topStatus])}; ` : ''}${h(messageFor(v).replace(/^Up to date: /, ''))}`
        : `${v.diagnostics.length} problem${v.diagnostics.length === 1 ? '' : 's'} in the files`;
      return `<li><a href="/case/${h(e.slug)}/"><strong>${h(title)}</strong></a> <code>${h(e.root)}</code><div class="hint">${detail}</div></li>`;
    })
    .join('');
  return (
    `<header class="case-header"><h1>Warrant preview</h1><p class="meta">${entries.length} case${entries.length === 1 ? '' : 's'}; this list and each case page update when files are saved.</p>` +
    `<p class="live-status" id="live-status" role="status">Watching for changes</p></header>\n<main id="main"><ul class="case-list">${items}</ul></main>\n`
  );
}

/** One preview's state: its cases, the index page, and whether it has been closed. */
interface Preview {
  opts: PreviewOptions;
  script: string;
  log: (line: string) => void;
  debounce: number;
  entries: Entry[];
  bySlug: Map<string, Entry>;
  /** The index page's body and how many times it changed. */
  index: { body: string; version: number };
  /** The index page's URL: only with several cases. */
  indexUrl: string | undefined;
  /** Every open event stream; a case's channel is its slug, the index's INDEX_CHANNEL. */
  streams: EventStreams<string>;
  /** The request guards, known once the server listens (the port may be picked then). */
  guard: GuardPolicy | undefined;
  closed: boolean;
}

/** No slug holds a slash. */
const INDEX_CHANNEL = '/';
const METHODS = ['GET', 'HEAD'];

export async function startPreview(opts: PreviewOptions): Promise<PreviewServer> {
  const preview = createPreview(opts);
  for (const e of preview.entries) render(preview, e);
  renderIndex(preview);
  const server = http.createServer(lastResort((req, res) => respond(preview, req, res), preview.log));
  // Keep-alive sockets would hold close() open; event streams are ended by close().
  server.keepAliveTimeout = 1000;
  server.once('listening', () => {
    const port = (server.address() as AddressInfo).port;
    const host = hostPolicy({ host: opts.host ?? '127.0.0.1', port, allowHosts: opts.allowHosts ?? [] });
    preview.guard = { host, methods: METHODS };
  });
  await listen(server, opts, () => {
    // Nothing may keep the process alive after a failed start.
    preview.closed = true;
    stopWatching(preview);
  });
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/`,
    port,
    cases: preview.entries.map((e) => ({ root: e.root, url: `${base}/case/${e.slug}/` })),
    streamStats: () => preview.streams.stats(),
    close: () => closePreview(preview, server),
  };
}

function createPreview(opts: PreviewOptions): Preview {
  // A name --allow-host cannot use fails here, before anything starts.
  hostPolicy({ host: opts.host ?? '127.0.0.1', port: 0, allowHosts: opts.allowHosts ?? [] });
  const taken = new Set<string>();
  const entries: Entry[] = opts.roots.map((root) => ({
    root,
    slug: slugFor(root, taken),
    view: undefined as unknown as CaseView,
    body: '',
    version: 0,
    message: '',
    watchers: new Map(),
  }));
  return {
    opts,
    script: reportScript(),
    log: opts.log ?? (() => {}),
    debounce: opts.debounceMs ?? 120,
    entries,
    bySlug: new Map(entries.map((e) => [e.slug, e])),
    index: { body: '', version: 0 },
    indexUrl: entries.length > 1 ? '/' : undefined,
    streams: createEventStreams<string>(opts.streams),
    guard: undefined,
    closed: false,
  };
}

/** Load and render a case; its version moves on only when its page body changed. */
function render(p: Preview, e: Entry): void {
  e.view = viewCase(e.root, {
    cwd: p.opts.cwd,
    asOf: p.opts.asOf,
    version: p.opts.version,
    ...(p.opts.maxBytes ? { maxBytes: p.opts.maxBytes } : {}),
  });
  const body = e.view.ok ? reportBody(e.view.data, e.view.svg, true, DIAGRAM_ID_PREFIX) : errorBody(e.view, true);
  e.message = messageFor(e.view);
  if (body !== e.body) {
    e.body = body;
    e.version++;
  }
  watch(p, e);
}

/** Render the index page; true when its body changed. */
function renderIndex(p: Preview): boolean {
  const body = indexBody(p.entries);
  if (body === p.index.body) return false;
  p.index.body = body;
  p.index.version++;
  return true;
}

function indexMessage(p: Preview): string {
  const broken = p.entries.filter((e) => !e.view.ok).length;
  return broken ? `${broken} of ${p.entries.length} cases do not load` : `Up to date: ${p.entries.length} cases`;
}

/** What an event stream is sent: the page body now, with its version and the status line. */
interface Update {
  version: number;
  body: string;
  message: string;
}

function indexUpdate(p: Preview): Update {
  return { ...p.index, message: indexMessage(p) };
}

function updateEvent(u: Update): string {
  return `id: ${u.version}\nevent: update\ndata: ${JSON.stringify({ body: u.body, message: u.message })}\n\n`;
}

/** A file of the case changed: render it again and push the new body (and index) to the open pages. */
function reload(p: Preview, e: Entry): void {
  if (p.closed) return;
  const before = e.version;
  try {
    render(p, e);
  } catch (err) {
    // A bug in a renderer must not take the preview down: say so, keep serving.
    p.log(
      `warrant serve: internal error while rendering ${e.root}: ${err instanceof Error ? err.message : String(err)}`,
    );
    return;
  }
  if (e.version === before) return;
  p.log(`${e.root}: ${e.message}`);
  p.streams.publish(e.slug, updateEvent(e));
  if (p.indexUrl && renderIndex(p)) p.streams.publish(INDEX_CHANNEL, updateEvent(indexUpdate(p)));
}

/** Watch the directories of the case's files (an editor's save may replace a file); rewatch as includes change. */
function watch(p: Preview, e: Entry): void {
  const files = new Set(e.view.files.map((f) => path.resolve(p.opts.cwd, f)));
  const dirs = new Set([...files].map((f) => path.dirname(f)));
  for (const [dir, w] of e.watchers) {
    if (!dirs.has(dir)) {
      w.close();
      e.watchers.delete(dir);
    }
  }
  for (const dir of dirs) {
    if (e.watchers.has(dir)) continue;
    try {
      const w = fs.watch(dir, { persistent: true }, (_event, name) => {
        const file = name ? path.join(dir, name.toString()) : undefined;
        // Any YAML file in a watched directory: a new include or a .warrant.yaml may matter too.
        if (file && !files.has(file) && !/\.ya?ml$/i.test(file)) return;
        clearTimeout(e.timer);
        e.timer = setTimeout(() => reload(p, e), p.debounce);
      });
      w.on('error', () => {
        w.close();
        e.watchers.delete(dir);
      });
      e.watchers.set(dir, w);
    } catch {
      // A directory that vanished: the next successful reload watches again.
    }
  }
}

function stopWatching(p: Preview): void {
  for (const e of p.entries) {
    clearTimeout(e.timer);
    for (const w of e.watchers.values()) w.close();
    e.watchers.clear();
  }
}

function headers(type: string, csp?: string): http.OutgoingHttpHeaders {
  return { 'content-type': type, ...securityHeaders(csp) };
}

function send(res: http.ServerResponse, status: number, type: string, body: string, csp?: string): void {
  res.writeHead(status, headers(type, csp));
  res.end(body);
}

const GREETING = ': warrant preview\nretry: 1000\n\n';

/**
 * An event stream, if its origin may read it and a slot is free: a page rendered before the latest
 * change gets that change at once, then every later one.
 */
function openStream(
  p: Preview,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  target: RequestTarget,
  channel: string,
  now: Update,
): void {
  const refusal = checkOrigin(p.guard!.host, originHeaders(guardedRequest(req)), 'stream') ?? p.streams.full();
  if (refusal) {
    sendRefusal(req, res, refusal);
    return;
  }
  res.writeHead(200, { ...headers('text/event-stream; charset=utf-8'), connection: 'keep-alive' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const seen = Number(req.headers['last-event-id'] ?? target.query.get('v') ?? now.version);
  p.streams.add(channel, responseSink(res), GREETING + (seen === now.version ? '' : updateEvent(now)));
}

/** Route a request past the guards: the index (or the one case), its event stream, a case's page, stream or report. */
function respond(p: Preview, req: http.IncomingMessage, res: http.ServerResponse): void {
  const target = guardRequest(p.guard!, guardedRequest(req));
  if (isRefusal(target)) {
    sendRefusal(req, res, target);
    return;
  }
  if (target.path === '/') {
    respondIndex(p, res);
    return;
  }
  if (target.path === '/events' && p.indexUrl) {
    openStream(p, req, res, target, INDEX_CHANNEL, indexUpdate(p));
    return;
  }
  // /case/<slug>/, /case/<slug>/events, /case/<slug>/report.html
  const [area, slug, page, ...more] = target.segments;
  const e = area === 'case' && more.length === 0 && slug ? p.bySlug.get(slug) : undefined;
  if (!e || (page !== '' && page !== 'events' && page !== 'report.html')) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found. The index is at /.\n');
    return;
  }
  if (page === 'events') openStream(p, req, res, target, e.slug, e);
  else if (page === 'report.html') respondReport(p, e, res);
  else send(res, 200, 'text/html; charset=utf-8', casePage(p, e), contentSecurityPolicy(p.script, true));
}

/** The index page, or with one case a redirect to it. */
function respondIndex(p: Preview, res: http.ServerResponse): void {
  if (p.entries.length === 1) {
    res.writeHead(302, { ...securityHeaders(), location: `/case/${p.entries[0]!.slug}/` });
    res.end();
    return;
  }
  const page = renderPage({
    title: 'Warrant preview',
    body: p.index.body,
    script: p.script,
    version: p.opts.version,
    live: { eventsUrl: `/events?v=${p.index.version}` },
  });
  send(res, 200, 'text/html; charset=utf-8', page, contentSecurityPolicy(p.script, true));
}

/** A case's standalone report, as `warrant report` writes it. */
function respondReport(p: Preview, e: Entry, res: http.ServerResponse): void {
  if (!e.view.ok) {
    send(res, 409, 'text/plain; charset=utf-8', `${e.root} does not load; fix it first.\n`);
    return;
  }
  const html = renderReportHtml(e.view.data, { diagramSvg: e.view.svg, script: p.script, idPrefix: DIAGRAM_ID_PREFIX });
  send(res, 200, 'text/html; charset=utf-8', html, contentSecurityPolicy(p.script, false));
}

function casePage(p: Preview, e: Entry): string {
  return renderPage({
    title: e.view.ok ? reportTitle(e.view.data) : `${e.root} \u2014 does not load`,
    body: e.body,
    script: p.script,
    version: p.opts.version,
    live: { eventsUrl: `/case/${e.slug}/events?v=${e.version}`, ...(p.indexUrl ? { indexUrl: p.indexUrl } : {}) },
  });
}

/** Listen on the port; a port in use is a PortInUseError, after `onFail` has cleaned up. */
function listen(server: http.Server, opts: PreviewOptions, onFail: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      onFail();
      reject(
        err.code === 'EADDRINUSE'
          ? new PortInUseError(
              `port ${opts.port} on ${opts.host ?? '127.0.0.1'} is already in use; choose another with --port (0 picks a free one).`,
            )
          : err,
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(opts.port, opts.host ?? '127.0.0.1');
  });
}

/** Stop watching, end every event stream, close the socket. */
function closePreview(p: Preview, server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    if (p.closed) return resolve();
    p.closed = true;
    stopWatching(p);
    p.streams.close();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
