// SARIF 2.1.0 output of `warrant check --format sarif`, shaped for GitHub code
// scanning: one run, one rule per code actually reported, relative artifact
// URIs under %SRCROOT%, and a partial fingerprint per result that survives
// line moves. Deterministic: no clock, no absolute paths unless given, and
// keys in a fixed order.

import type { CodeInfo, Diagnostic, Related, Severity } from '../model/diagnostic.js';
import { SEVERITIES } from '../model/diagnostic.js';
import type { CheckReport } from './report.js';
import { omittedTotal, sortedDiagnostics } from './report.js';
import { jsonText } from './text.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/warrant-safety/warrant';
/** Each code is documented under a heading anchored `#<code lowercased>` on this page. */
export const CHECKS_DOC_URI = 'https://github.com/warrant-safety/warrant/blob/main/docs/checks.md';
export const SRCROOT = '%SRCROOT%';
/** The partialFingerprints key; bump the version if the hashed text changes. */
export const FINGERPRINT_KEY = 'warrant/v1';

export interface SarifOptions {
  /**
   * Where %SRCROOT% points, e.g. "file:///home/ci/repo/" or an absolute path
   * ("/home/ci/repo"). Left out of the log when absent, which is what GitHub
   * code scanning expects for paths relative to the repository root.
   */
  baseUri?: string;
}

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

const UTF8 = new TextEncoder();

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 lowercase hex digits.
 * The hash is kept in four 16-bit limbs (h0 lowest) so that it runs on plain
 * numbers: a BigInt per byte made it the slowest part of a SARIF log of
 * thousands of findings. The prime is 2^40 + 0x1b3, so multiplying by it is
 * 0x1b3 times each limb plus the low two limbs moved up by 40 bits.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of UTF8.encode(text)) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((seg) => (/^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
}

/**
 * A diagnostic's file as a SARIF artifact URI: relative paths become relative
 * URI references with forward slashes (resolved against %SRCROOT%), absolute
 * paths become file URIs.
 */
export function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  let p = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(p)) return { uri: `file:///${encodePath(p)}` };
  if (p.startsWith('//')) return { uri: `file:${encodePath(p)}` };
  if (p.startsWith('/')) return { uri: `file://${encodePath(p)}` };
  p = p.replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return { uri: encodePath(p), uriBaseId: SRCROOT };
}

/** A base given as a URI is kept; a path is made a file URI. Either way it ends with "/". */
export function baseUriOf(base: string): string {
  const isUri = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(base) && !/^[A-Za-z]:([\\/]|$)/.test(base);
  const uri = isUri ? base : artifactUri(base).uri;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

function physicalLocation(l: { file: string; line: number; col: number }): object {
  return {
    artifactLocation: artifactUri(l.file),
    region: { startLine: Math.max(1, Math.floor(l.line) || 1), startColumn: Math.max(1, Math.floor(l.col) || 1) },
  };
}

function messageText(d: Diagnostic): string {
  return d.hint !== undefined && d.hint !== '' ? `${d.message}\nHint: ${d.hint}` : d.message;
}

/** Codes (L05, S07) are documented in docs/checks.md; rules ("paper-safety/...") each have a page under docs/rules/. */
function helpUriOf(code: string): string {
  return code.includes('/')
    ? CHECKS_DOC_URI.replace(/checks\.md$/, `rules/${code}.md`)
    : `${CHECKS_DOC_URI}#${code.toLowerCase()}`;
}

function rule(code: string, info: CodeInfo | undefined, seen: Severity): object {
  const helpUri = helpUriOf(code);
  if (info === undefined) {
    return {
      id: code,
      shortDescription: { text: code },
      helpUri,
      defaultConfiguration: { level: sarifLevel(seen) },
    };
  }
  return {
    id: code,
    name: info.name,
    shortDescription: { text: info.title },
    fullDescription: { text: info.description },
    helpUri,
    help: {
      text: `${info.title}: ${info.description} See ${helpUri}`,
      markdown: `**${info.title}** (${code})\n\n${info.description}\n\n[Documentation](${helpUri})`,
    },
    defaultConfiguration: { level: sarifLevel(info.severity) },
  };
}

function relatedLocations(related: readonly Related[]): object[] {
  return related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r), message: { text: r.message } }));
}

/** The report as a SARIF 2.1.0 log. Ends with a newline. */
export function formatSarif(report: CheckReport, codes: readonly CodeInfo[], opts: SarifOptions): string {
  const all: Diagnostic[] = report.cases.flatMap(sortedDiagnostics);
  // Suppressed findings are results too, marked as suppressed, as SARIF intends.
  const justification = new Map<Diagnostic, string>();
  for (const c of report.cases) {
    for (const { finding, suppression: s } of c.suppressed ?? []) {
      all.push(finding);
      justification.set(finding, `${s.reason} (suppressed by ${s.by}${s.date ? ` on ${s.date}` : ''})`);
    }
  }

  const info = new Map<string, CodeInfo>();
  for (const c of codes) if (!info.has(c.code)) info.set(c.code, c);
  // The most severe level each code was reported at, for codes without metadata.
  const seen = new Map<string, Severity>();
  for (const d of all) {
    const prev = seen.get(d.code);
    if (prev === undefined || SEVERITIES.indexOf(d.severity) < SEVERITIES.indexOf(prev)) seen.set(d.code, d.severity);
  }
  const used = [...seen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleIndex = new Map(used.map((c, i) => [c, i]));

  const occurrences = new Map<string, number>();
  const results = all.map((d) => {
    const uri = artifactUri(d.file).uri;
    const hash = fnv1a64([d.code, uri, d.target ?? '', d.message].join('\u0000'));
    const n = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, n);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code) as number,
      level: sarifLevel(d.severity),
      message: { text: messageText(d) },
      locations: [
        {
          physicalLocation: physicalLocation(d),
          ...(d.target !== undefined && d.target !== '' ? { logicalLocations: [{ name: d.target }] } : {}),
        },
      ],
      ...(d.related !== undefined && d.related.length > 0 ? { relatedLocations: relatedLocations(d.related) } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${n}` },
      ...(justification.has(d)
        ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: justification.get(d) }] }
        : {}),
    };
  });

  const omitted = omittedTotal(report);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'warrant',
            informationUri: INFORMATION_URI,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: used.map((c) => rule(c, info.get(c), seen.get(c) as Severity)),
          },
        },
        ...(opts.baseUri !== undefined && opts.baseUri !== ''
          ? { originalUriBaseIds: { [SRCROOT]: { uri: baseUriOf(opts.baseUri) } } }
          : {}),
        columnKind: 'utf16CodeUnits',
        results,
        // --quiet left warnings and infos out of the results: say how many, so the log does not pass for complete.
        ...(omitted ? { properties: { quiet: true, omitted } } : {}),
      },
    ],
  };
  return `${jsonText(log, 2)}\n`;
}
