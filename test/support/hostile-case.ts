// A hostile version of examples/minimal for the terminal and Markdown output
// tests: every string the loader accepts with extra characters starts and
// ends with a payload (escape sequences, BEL, a one-byte CSI, bidi controls,
// a canary, mentions and issue references). Which fields those are is found
// by loading, not listed by hand, so a new text field of the schema is
// covered without anyone remembering to add it.
import fs from 'node:fs';
import { type Document, isPair, isScalar, isSeq, parseDocument, type Scalar, visit } from 'yaml';
import { loadCase } from '../../src/format/load-case.js';
import { memoryReader } from '../../src/format/memory-reader.js';

/** Control sequences a case, a log, a file name or an argument must not be able to send to a terminal. */
const CONTROLS = '\x1b[2J\x1b]0;pwned\x07\x1b[5;7m\u009b31m\u202e\u2066\r\t\x7f';
/** Text GitHub would turn into notifications and backlinks. */
export const MENTIONS = '@octocat @org/team #12 GH-34 owner/repo#5';

/** A payload whose canary shows, when found in an output, that the text around it was printed at all. */
export function payload(canary: string): string {
  return `${CONTROLS}${canary}\u2069 ${MENTIONS}`;
}

/** In the case's text. */
export const TEXT_CANARY = 'TEXTCANARY';
export const PAYLOAD = payload(TEXT_CANARY);

/** In file and directory names: no "/" and no NUL. */
export const NAME_CANARY = 'NAMECANARY';
export const PAYLOAD_NAME = `\x1b[2J\x1b]0;pwned\x07\u009b31m\u202e\t${NAME_CANARY}`;

const MINIMAL = 'examples/minimal/warrant.yaml';

/** Optional text fields examples/minimal leaves out, added so that they carry the payload too. */
function addOptionalText(doc: Document): void {
  const set = (path: string[], value: unknown) => doc.setIn(path, doc.createNode(value));
  set(['context', 'notes'], 'Context notes.');
  set(['context', 'incident_response'], 'Paged on-call.');
  set(['evidence', 'ev-egress-test', 'notes'], 'Rerun after the proxy change.');
  set(['evidence', 'ev-egress-test', 'environment'], 'Staging.');
  // A relative artefact that does not exist, so `evidence verify` names it; a review marker for `status` and `why`.
  set(['evidence', 'ev-egress-test', 'artefact', 'uri'], 'artefacts/egress.pdf');
  set(['evidence', 'ev-injection-suite', 'review'], {
    reason: 'Re-imported with a different result.',
    since: '2026-04-26',
    claims: ['G-injection'],
    changes: ['accuracy: 0.62 -> 0.71'],
  });
  set(['suppressions'], [{ rule: 'S09', target: 'D-suite-coverage', reason: 'Tracked.', by: 'Priya Raman' }]);
}

/** Every string scalar of the document that is a value (not a key), with its path. */
function stringValues(doc: Document): { path: string; node: Scalar<string> }[] {
  const found: { path: string; node: Scalar<string> }[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if ((key !== 'value' && typeof key !== 'number') || typeof node.value !== 'string') return;
      const names = [...pathNames(path, node), ...(key === 'value' ? [] : [String(key)])];
      found.push({ path: names.join('.'), node: node as Scalar<string> });
    },
  });
  return found;
}

/** Keys of the pairs and indexes in the sequences on the way to `node`. */
function pathNames(path: readonly unknown[], node: unknown): string[] {
  const names: string[] = [];
  for (const [i, p] of path.entries()) {
    if (isPair(p)) names.push(String(isScalar(p.key) ? p.key.value : p.key));
    else if (isSeq(p)) {
      const next = path[i + 1] ?? node;
      if (path[i + 1] !== undefined) names.push(String(p.items.indexOf(next as never)));
    }
  }
  return names;
}

function loads(text: string) {
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': text }));
  return r.diagnostics.filter((d) => d.severity === 'error');
}

export interface HostileCase {
  /** The root file's text: a usable case. */
  text: string;
  /** The text with the payload in every string, usable or not: the loader's diagnostics quote it. */
  broken: string;
  /** Paths (keys joined by ".") of the strings that carry the payload in `text`. */
  hostile: string[];
}

let cached: HostileCase | undefined;

/**
 * Put the payload in every string, load, and take it out again of the strings
 * an error points at (ids, enumerations, dates, references), until the case
 * loads. Positions are found in the text as written, so each round re-parses.
 */
export function hostileMinimal(): HostileCase {
  if (cached) return cached;
  const base = parseDocument(fs.readFileSync(MINIMAL, 'utf8'));
  addOptionalText(base);
  const all = stringValues(base).map((s) => s.path);
  const clean = new Set<string>();
  const render = (payloadIn: (p: string) => boolean) => {
    const doc = base.clone();
    for (const s of stringValues(doc))
      if (payloadIn(s.path)) {
        s.node.value = PAYLOAD + s.node.value + PAYLOAD;
        s.node.type = 'QUOTE_DOUBLE';
      }
    return doc.toString({ lineWidth: 0 });
  };
  const broken = render(() => true);
  for (let round = 0; round < 20; round++) {
    const text = render((p) => !clean.has(p));
    const errors = loads(text);
    if (!errors.length) {
      cached = { text, broken, hostile: all.filter((p) => !clean.has(p)) };
      return cached;
    }
    const doc = parseDocument(text);
    const starts = lineStarts(text);
    const values = stringValues(doc);
    for (const e of errors) {
      const at = (starts[e.line - 1] ?? 0) + e.col - 1;
      const hit =
        values.find((v) => v.node.range && v.node.range[0] <= at && at < v.node.range[1]) ??
        values.find((v) => v.node.range && lineOf(starts, v.node.range[0]) === e.line);
      if (!hit || clean.has(hit.path))
        throw new Error(
          `hostile case: cannot place ${e.code} ${e.line}:${e.col} ${JSON.stringify(text.split('\n')[e.line - 1])}`,
        );
      clean.add(hit.path);
    }
  }
  throw new Error('hostile case: does not converge');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return line + 1;
}
