// The self-contained HTML report: one file, everything inline (CSS, the SVG
// diagram, the browser script, the data), and a Content-Security-Policy that
// lets the page load nothing from anywhere: it can be mailed to a regulator
// and opened offline. Deterministic: the same input and as-of date give the
// same bytes (no timestamp unless the caller passes one).
import { sha256Base64 } from '../../util/sha256.js';
import type { ReportData } from './data.js';
import { escapeHtml as h, jsonForScript } from './escape.js';
import {
  acceptabilityHtml,
  contextHtml,
  decisionHtml,
  evidenceHtml,
  findingsHtml,
  findingsListHtml,
  headerHtml,
  outlineHtml,
  outOfScopeHtml,
  peopleHtml,
  redactionsHtml,
  risksHtml,
  summaryHtml,
  suppressionsHtml,
  triggersHtml,
} from './sections.js';
import { REPORT_CSS } from './styles.js';

export interface HtmlOptions {
  /** The argument diagram as an SVG document fragment (from src/render's renderSvg). */
  diagramSvg: string;
  /** The prefix of the node ids in the SVG (renderSvg's idPrefix), so the script finds the nodes. */
  idPrefix?: string;
  /** The browser script (src/web/report-app.ts, bundled). */
  script: string;
  /**
   * Preview server mode: the page listens for updates on this same-origin URL
   * (Server-Sent Events), shows the findings beside the diagram and links back
   * to the index. The CSP then allows connections to 'self' and nothing else.
   */
  live?: { eventsUrl: string; indexUrl?: string };
}

export const DATA_ELEMENT_ID = 'warrant-data';

/** The CSP hash source of an inline script: 'sha256-<base64>'. */
export function scriptHash(script: string): string {
  return `'sha256-${sha256Base64(script)}'`;
}

export function contentSecurityPolicy(script: string, live: boolean): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src ${scriptHash(script)}`,
    'img-src data:',
    ...(live ? ["connect-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A script's text can hold anything but the sequence that would end its element. */
function inlineScript(script: string): string {
  if (/<\/script/i.test(script) || /<!--/.test(script))
    throw new Error('The report script contains "</script" or "<!--" and cannot be inlined.');
  return script;
}

/** The diagram region: toolbar, the pan-and-zoom viewport holding the SVG, and the detail panel. */
function diagramHtml(data: ReportData, svg: string, live: boolean, idPrefix: string): string {
  return (
    `<section id="diagram" aria-labelledby="diagram-h"><h2 id="diagram-h">Argument diagram</h2>` +
    `<div class="toolbar" role="toolbar" aria-label="Diagram controls">` +
    `<label for="search" class="sr-only">Search nodes by id or text</label>` +
    `<input id="search" type="search" placeholder="Search by id or text (/)" autocomplete="off" ` +
    `aria-describedby="search-count">` +
    `<span id="search-count" class="count" aria-live="polite"></span>` +
    `<button type="button" data-action="zoom-in" aria-label="Zoom in">+</button>` +
    `<button type="button" data-action="zoom-out" aria-label="Zoom out">\u2212</button>` +
    `<button type="button" data-action="fit">Fit</button>` +
    `<button type="button" data-action="expand-all">Expand all</button>` +
    `<button type="button" data-action="collapse-all">Collapse to top claims</button>` +
    (live ? `<span class="live-status" id="live-status" role="status">Watching for changes</span>` : '') +
    `</div>` +
    `<p class="keys" id="diagram-keys">Drag or use the arrow keys to pan, + and \u2212 to zoom, 0 to fit. ` +
    `On a node: Enter opens its detail, C collapses or expands its branch, ` +
    `arrow keys move to its parent, children and siblings, Escape returns to the diagram. ` +
    `The <a href="#outline">argument outline</a> lists the same content as text.</p>` +
    `<div class="diagram-area">` +
    `<div class="viewport" id="viewport" data-id-prefix="${h(idPrefix)}" tabindex="0" role="group" ` +
    `aria-roledescription="diagram" ` +
    `aria-label="Argument diagram of ${h(data.header.id)}: ${data.nodes.length} nodes" ` +
    `aria-describedby="diagram-keys">${svg}</div>` +
    `<div class="side-col">` +
    (live
      ? `<aside class="side" aria-labelledby="side-h"><h2 id="side-h">Findings (${data.findings.length})</h2>` +
        `<div id="side-findings">${findingsListHtml(data)}</div></aside>`
      : '') +
    `<aside class="detail" id="detail" aria-live="polite" aria-label="Node detail" tabindex="-1">` +
    `<p class="none">Select a node (click it, or focus it and press Enter) ` +
    `to see its text, status, evidence, defeaters and findings.</p></aside>` +
    `</div></div></section>\n`
  );
}

/** Everything the preview server replaces when a file changes: the sections and the data. */
export function reportBody(data: ReportData, svg: string, live: boolean, idPrefix = ''): string {
  return (
    headerHtml(data) +
    `<main id="main">` +
    summaryHtml(data) +
    diagramHtml(data, svg, live, idPrefix) +
    findingsHtml(data) +
    outlineHtml(data) +
    evidenceHtml(data) +
    contextHtml(data) +
    risksHtml(data) +
    outOfScopeHtml(data) +
    acceptabilityHtml(data) +
    decisionHtml(data) +
    peopleHtml(data) +
    triggersHtml(data) +
    redactionsHtml(data) +
    suppressionsHtml(data) +
    `</main>\n` +
    `<footer>Generated by warrant ${h(data.tool.version)} from <code>${h(data.root)}</code>, ` +
    `judged as of ${h(data.asOf)}. This file is self-contained and makes no network requests.</footer>\n` +
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(data)}</script>\n`
  );
}

export interface PageOptions {
  title: string;
  /** Inner HTML of #live. */
  body: string;
  script: string;
  version: string;
  live?: HtmlOptions['live'];
  /** Extra attributes on <body> (already escaped), e.g. data-version. */
  bodyAttrs?: string;
}

/** The page shell every report page shares: CSP, styles, the live region, the script. */
export function renderPage(opts: PageOptions): string {
  const live = Boolean(opts.live);
  const script = inlineScript(opts.script);
  const liveAttrs = opts.live
    ? ` data-events="${h(opts.live.eventsUrl)}"${opts.live.indexUrl ? ` data-index="${h(opts.live.indexUrl)}"` : ''}`
    : '';
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${h(contentSecurityPolicy(script, live))}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="warrant ${h(opts.version)}">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<title>${h(opts.title)}</title>\n` +
    `<style>${REPORT_CSS}</style>\n</head>\n` +
    `<body${live ? ' class="serve"' : ''}${liveAttrs}${opts.bodyAttrs ?? ''}>\n<a class="skip" href="#main">Skip to the report</a>\n` +
    (opts.live?.indexUrl ? `<nav class="case-header"><a href="${h(opts.live.indexUrl)}">All cases</a></nav>\n` : '') +
    `<div id="live">\n${opts.body}</div>\n` +
    `<script>${script}</script>\n</body>\n</html>\n`
  );
}

/** The title of a case's report page. */
export function reportTitle(data: ReportData): string {
  return `${data.header.title} \u2014 safety case report`;
}

export function renderReportHtml(data: ReportData, opts: HtmlOptions): string {
  return renderPage({
    title: reportTitle(data),
    body: reportBody(data, opts.diagramSvg, Boolean(opts.live), opts.idPrefix),
    script: opts.script,
    version: data.tool.version,
    ...(opts.live ? { live: opts.live } : {}),
  });
}
