// Validate one parsed file against its zod schema and turn zod's issues into
// diagnostics with a stable code, a position and a fix.
import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import { descend, type Loc, type PathPart, type PosTree } from '../model/loc.js';
import { NODE_KINDS } from '../model/vocab.js';
import { closest } from '../util/did-you-mean.js';
import { own } from '../util/own.js';
import { accepts } from './accepts.js';
import { protoKeyIssues } from './proto-keys.js';
import { quoted } from './yaml-syntax-hint.js';
import { defOf } from './zod-def.js';

function unwrap(s: z.ZodType): z.ZodType {
  let d = defOf(s);
  while ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType) {
    s = d.innerType;
    d = defOf(s);
  }
  return s;
}

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let v = root;
  for (const p of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, p)) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** The schema that describes the value at `path`, following the data through discriminated unions. */
export function schemaAt(root: z.ZodType, data: unknown, path: readonly PathPart[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(root);
  for (let i = 0; i <= path.length && s; i++) {
    const d = defOf(s);
    if (d.type === 'union' && d.discriminator && d.options) {
      const disc = valueAt(data, [...path.slice(0, i), d.discriminator]);
      s = d.options.find(
        (o) => objectKeys(o).includes(d.discriminator as string) && literalOf(o, d.discriminator as string) === disc,
      );
      if (!s) return undefined;
      s = unwrap(s);
      continue;
    }
    if (i === path.length) break;
    const part = path[i] as PathPart;
    if (d.type === 'object' && d.shape) s = own(d.shape, String(part));
    else if (d.type === 'record') s = d.valueType;
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'tuple') s = d.items?.[Number(part)];
    else return undefined;
    if (s) s = unwrap(s);
  }
  return s;
}

function objectKeys(s: z.ZodType): string[] {
  const d = defOf(unwrap(s));
  return d.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

function literalOf(s: z.ZodType, key: string): unknown {
  const d = defOf(unwrap(s));
  const f = own(d.shape, key);
  return f ? defOf(unwrap(f)).values?.[0] : undefined;
}

function typeName(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 37)}...` : v}"`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  return typeof v;
}

const expectedName: ReadonlyMap<string, string> = new Map([
  ['string', 'text'],
  ['number', 'a number'],
  ['int', 'a whole number'],
  ['boolean', 'true or false'],
  ['array', 'a list'],
  ['object', 'a mapping'],
  ['record', 'a mapping'],
  ['tuple', 'a list'],
]);

/** Human path: argument.G1.supported_by[2] */
export function showPath(path: readonly PathPart[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s || '(document)';
}

/** Where in the argument a path points, for messages: "claim G1". */
function subject(data: unknown, path: readonly PathPart[]): string {
  if ((path[0] === 'argument' || path[0] === 'evidence' || path[0] === 'risks') && path.length >= 2) {
    const id = String(path[1]);
    if (path[0] === 'argument') {
      const kind = valueAt(data, [path[0], id, 'kind']);
      return `${typeof kind === 'string' && (NODE_KINDS as readonly string[]).includes(kind) ? kind : 'node'} ${id}`;
    }
    return `${path[0] === 'evidence' ? 'evidence item' : 'risk'} ${id}`;
  }
  return path.length ? `\`${showPath(path)}\`` : 'the file';
}

/** Fields that exist on some node kinds only, and where they belong (a Map: the field name is input). */
const fieldHome: ReadonlyMap<string, string> = new Map([
  ['challenges', 'Only defeaters challenge other nodes: set `kind: defeater`, with a `status`.'],
  [
    'supported_by',
    'Only claims, strategies and defeaters are supported by other nodes; ' +
      'evidence nodes cite `evidence:` items instead.',
  ],
  ['evidence', 'Only evidence nodes and defeaters cite evidence items.'],
  ['addresses', 'Only claims address risks.'],
  ['undeveloped', 'Only claims and strategies can be undeveloped.'],
  ['support', 'Only claims and strategies declare their supporting nodes alternatives (`support: { at_least }`).'],
  ['ref', 'Only context nodes refer into the operational context.'],
  ['status', 'Only defeaters have a status.'],
]);

export interface ValidationInput {
  schema: z.ZodType;
  data: unknown;
  /** Positions, or a function that builds them: only called when there is something to report. */
  pos: PosTree | (() => PosTree);
  file: string;
  /** The file's text, to quote a value as it was written (`1.0`, which YAML reads as the number 1). */
  text?: string;
}

type Issue = z.ZodError['issues'][number];
type IssueOf<C extends Issue['code']> = Extract<Issue, { code: C }>;

/** One issue's place in the data, and how to point at it. */
interface IssueAt {
  schema: z.ZodType;
  data: unknown;
  /** The issue's path (numbers and strings only). */
  path: PathPart[];
  /** The value at the path (undefined when absent). */
  value: unknown;
  /** The position of the value at a path (with `key`, of its key). */
  at: (path: readonly PathPart[], key?: boolean) => Loc;
  /** The value at a position as written in the file, when the text is known. */
  written: (at: Loc) => string | undefined;
}

const error = (code: DiagnosticCode, where: Loc, message: string, hint: string): Diagnostic => ({
  code,
  severity: 'error',
  ...where,
  message,
  hint,
});

const expected = (name: string): string => expectedName.get(name) ?? name;

/** Unknown fields: each with the closest known name, or where the field belongs, or the fields known here. */
function unknownFields(issue: IssueOf<'unrecognized_keys'>, x: IssueAt, typos: Typos): Diagnostic[] {
  const known = objectKeys(schemaAt(x.schema, x.data, x.path) ?? x.schema);
  const misspelt = new Set(typos.values());
  return issue.keys.flatMap((k) => {
    if (misspelt.has(pathKey([...x.path, k]))) return [];
    const suggestion = closest(k, known);
    const hint = suggestion
      ? `Did you mean \`${suggestion}\`? Field names are snake_case.`
      : (fieldHome.get(k) ?? `Known fields here: ${known.join(', ')}.`);
    return [error('L05', x.at([...x.path, k], true), `Unknown field \`${k}\` in ${subject(x.data, x.path)}.`, hint)];
  });
}

/** A value of the wrong type, with a fix for the common slips (a missing field is `missingField`'s). */
function wrongType(issue: IssueOf<'invalid_type'>, x: IssueAt): Diagnostic {
  const { path, value } = x;
  const want = expected(issue.expected);
  let hint = `Write ${want} here.`;
  if (issue.expected === 'array' && typeof value === 'string')
    hint = `Write a list: \`[${value
      .split(/[,\s]+/)
      .filter(Boolean)
      .join(', ')}]\` (a single id still needs the brackets).`;
  else if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    hint = `Quote the value: ${quoted(x.written(x.at(path)) ?? String(value))}.`;
  else if (value === null) hint = `The field is empty; give it ${want} or remove it.`;
  return error('L06', x.at(path), `\`${showPath(path)}\` must be ${want}, but is ${typeName(value)}.`, hint);
}

/** A required field that is absent: the mapping it belongs in, its name, and what it takes. */
interface MissingField {
  parent: PathPart[];
  field: string;
  takes: string;
}

/** Missing fields, by their path's key, to the path of the unknown key that is the field misspelt. */
type Typos = ReadonlyMap<string, string>;

const pathKey = (path: readonly PathPart[]): string => JSON.stringify(path);

const isMapping = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The required field an issue is about when the field is absent from its mapping. zod reports an absent
 * field by the type or values the field takes, or (for a node's `kind`) as a union with no matching option;
 * all three are one finding: the field is missing.
 */
function missingField(issue: Issue, x: IssueAt): MissingField | undefined {
  const disc = issue.code === 'invalid_union' ? (issue as { discriminator?: string }).discriminator : undefined;
  if (disc) {
    const parent = x.path[x.path.length - 1] === disc ? x.path.slice(0, -1) : x.path;
    const options = defOf(unionAt(x.schema, x.data, parent) ?? x.schema).options ?? [];
    return absent(x.data, parent, disc, `one of: ${options.map((o) => String(literalOf(o, disc))).join(', ')}`);
  }
  const field = x.path[x.path.length - 1];
  if (typeof field !== 'string') return undefined;
  if (issue.code === 'invalid_type') return absent(x.data, x.path.slice(0, -1), field, expected(issue.expected));
  if (issue.code === 'invalid_value')
    return absent(x.data, x.path.slice(0, -1), field, `one of: ${issue.values.map(String).join(', ')}`);
  return undefined;
}

/** The union schema at `path` itself (schemaAt would follow the data into one of its options). */
function unionAt(root: z.ZodType, data: unknown, path: readonly PathPart[]): z.ZodType | undefined {
  if (path.length === 0) return unwrap(root);
  const outer = schemaAt(root, data, path.slice(0, -1));
  const d = outer ? defOf(outer) : undefined;
  const part = String(path[path.length - 1]);
  const inner = d?.type === 'object' ? own(d.shape, part) : d?.type === 'record' ? d.valueType : d?.element;
  return inner ? unwrap(inner) : undefined;
}

function absent(data: unknown, parent: PathPart[], field: string, takes: string): MissingField | undefined {
  const mapping = valueAt(data, parent);
  return isMapping(mapping) && !Object.hasOwn(mapping, field) ? { parent, field, takes } : undefined;
}

/** Unknown keys that are a missing field misspelt (`polarty` for `polarity`): reported once, as the missing field. */
function typosOf(missing: readonly MissingField[], data: unknown): Typos {
  const typos = new Map<string, string>();
  for (const m of missing) {
    const mapping = valueAt(data, m.parent);
    if (!isMapping(mapping)) continue;
    const wanted = missing.filter((o) => pathKey(o.parent) === pathKey(m.parent)).map((o) => o.field);
    const typo = Object.keys(mapping).find((k) => closest(k, wanted) === m.field || swapped(k, m.field));
    if (typo !== undefined) typos.set(pathKey([...m.parent, m.field]), pathKey([...m.parent, typo]));
  }
  return typos;
}

/** Two neighbouring letters swapped (`txet` for `text`), which edit distance counts as two slips. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** L07 at the key of the item that lacks the field, naming the misspelt key when there is one. */
function missingDiagnostic(m: MissingField, x: IssueAt, typos: Typos): Diagnostic {
  const typoPath = typos.get(pathKey([...m.parent, m.field]));
  const typo = typoPath === undefined ? undefined : (JSON.parse(typoPath) as PathPart[]);
  const hint = typo
    ? `Did you mean \`${m.field}\` for \`${String(typo[typo.length - 1])}\` (line ${x.at(typo, true).line})? ` +
      `Rename it; \`${m.field}\` takes ${m.takes}.`
    : `Add \`${m.field}:\`; it takes ${m.takes}.`;
  return error(
    'L07',
    x.at(m.parent, true),
    `Missing required field \`${m.field}\` in ${subject(x.data, m.parent)}.`,
    hint,
  );
}

/** GSN names for node kinds, to Warrant's (a Map: the kind is input). */
const GSN_KINDS: ReadonlyMap<string, string> = new Map([
  ['goal', 'claim'],
  ['solution', 'evidence'],
  ['counterclaim', 'defeater'],
  ['countergoal', 'defeater'],
  ['countersolution', 'defeater'],
]);

/** A node with no kind or an unknown one (suggesting Warrant's name for a GSN kind), else a wrongly shaped value. */
function wrongShape(issue: IssueOf<'invalid_union'>, x: IssueAt): Diagnostic {
  const { path } = x;
  const disc = (issue as { discriminator?: string }).discriminator;
  const nodePath = path[path.length - 1] === disc ? path.slice(0, -1) : path;
  if (!disc || nodePath[0] !== 'argument' || nodePath.length !== 2)
    return error(
      'L06',
      x.at(path),
      `\`${showPath(path)}\` has the wrong shape: ${typeName(x.value)}.`,
      describeUnion(schemaAt(x.schema, x.data, path)),
    );
  const id = String(nodePath[1]);
  const kind = valueAt(x.data, [...nodePath, disc]);
  const g = typeof kind === 'string' ? GSN_KINDS.get(kind.toLowerCase().replace(/[-_ ]/g, '')) : undefined;
  const s = g ?? (typeof kind === 'string' ? closest(kind, NODE_KINDS) : undefined);
  return error(
    'S01',
    x.at([...nodePath, disc]),
    `Unknown node kind ${JSON.stringify(kind)} for node ${id}.`,
    `${s ? `Did you mean \`${s}\`? ` : ''}A node kind is one of: ${NODE_KINDS.join(', ')}.`,
  );
}

/** A number or list out of range, or empty text. */
function outOfRange(issue: IssueOf<'too_small' | 'too_big'>, x: IssueAt): Diagnostic {
  const { path, value } = x;
  const origin = (issue as { origin?: string }).origin;
  let message: string;
  if (origin === 'string') message = `\`${showPath(path)}\` is empty.`;
  else if (origin === 'array') {
    const entries = Array.isArray(value) ? value.length : 0;
    const bound =
      (issue as { minimum?: unknown; maximum?: unknown }).minimum ?? (issue as { maximum?: unknown }).maximum;
    const limit = issue.code === 'too_small' ? 'it needs at least' : 'it allows at most';
    message = `\`${showPath(path)}\` has ${entries} entries; ${limit} ${String(bound)}.`;
  } else message = `\`${showPath(path)}\` is out of range: ${issue.message}.`;
  const hint = origin === 'string' ? 'Write something here, or remove the field.' : 'Change the value to fit.';
  return error('L08', x.at(path), message, hint);
}

/** The diagnostics of one zod issue. */
function issueDiagnostics(issue: Issue, x: IssueAt, typos: Typos): Diagnostic[] {
  const { path, value } = x;
  const shown = showPath(path);
  const missing = missingField(issue, x);
  if (missing) return [missingDiagnostic(missing, x, typos)];
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownFields(issue, x, typos);
    case 'invalid_type':
      return [wrongType(issue, x)];
    case 'invalid_union':
      return [wrongShape(issue, x)];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const s = typeof value === 'string' ? closest(value, allowed) : undefined;
      const hint = `${s ? `Did you mean \`${s}\`? ` : ''}Allowed: ${allowed.join(', ')}.`;
      return [error('L08', x.at(path), `\`${shown}\` is ${typeName(value)}, which is not allowed here.`, hint)];
    }
    case 'invalid_format': {
      const pattern = String((issue as { pattern?: string }).pattern ?? '');
      const message = `\`${shown}\` is ${typeName(value)}, which is not ${formatName(pattern)}.`;
      return [error('L08', x.at(path), message, formatHint(pattern))];
    }
    case 'invalid_key':
      return [
        error(
          'L08',
          x.at(path, true),
          `\`${String(path[path.length - 1])}\` is not a valid id in \`${showPath(path.slice(0, -1))}\`.`,
          'An id starts with a letter, followed by letters, digits, ".", "_" or "-".',
        ),
      ];
    case 'too_small':
    case 'too_big':
      return [outOfRange(issue, x)];
    default:
      return [error('L08', x.at(path), `\`${shown}\`: ${issue.message}.`, 'Correct the value.')];
  }
}

/** The plain scalar at a position, as written: up to a space, a comma, a closing bracket or a comment. */
function writtenAt(text: string | undefined): (at: Loc) => string | undefined {
  if (text === undefined) return () => undefined;
  let lines: string[] | undefined;
  return (at) => {
    lines ??= text.split(/\r?\n/);
    const m = /^[^\s,}\]#"']+/.exec(lines[at.line - 1]?.slice(at.col - 1) ?? '');
    return m?.[0];
  };
}

export function validate({ schema, data, pos, file, text }: ValidationInput): Diagnostic[] {
  // `accepts` checks every own key, `__proto__` included: a yes holds for those entries too.
  if (accepts(schema, data)) return [];
  const r = schema.safeParse(data);
  // zod's records skip a `__proto__` key, which the parsed data keeps as its own: those entries are checked apart.
  const issues = [...(r.success ? [] : r.error.issues), ...protoKeyIssues(schema, data)];
  if (issues.length === 0) return [];
  const tree = typeof pos === 'function' ? pos() : pos;
  const at = (path: readonly PathPart[], key = false) => {
    const t = descend(tree, path);
    const p = key && t.key ? t.key : t;
    return { file, line: p.line, col: p.col };
  };
  const written = writtenAt(text);
  const found = issues.map((issue) => {
    const path = issue.path.filter((p): p is PathPart => typeof p === 'string' || typeof p === 'number');
    return { issue, x: { schema, data, path, value: valueAt(data, path), at, written } };
  });
  const missing = found.flatMap(({ issue, x }) => missingField(issue, x) ?? []);
  const typos = typosOf(missing, data);
  return found.flatMap(({ issue, x }) => issueDiagnostics(issue, x, typos));
}

function formatName(pattern: string): string {
  if (pattern.includes('\\d{4}-')) return 'a date (YYYY-MM-DD)';
  if (pattern.includes('0-9a-f')) return 'a SHA-256 digest';
  if (pattern.includes('A-Za-z')) return 'a valid id';
  return `in the expected format`;
}

function formatHint(pattern: string): string {
  if (pattern.includes('\\d{4}-')) return 'Write the date as YYYY-MM-DD, e.g. 2026-11-26.';
  if (pattern.includes('0-9a-f'))
    return 'Write the 64 lowercase hex characters of the SHA-256 digest (e.g. the output of `sha256sum`).';
  if (pattern.includes('A-Za-z')) return 'An id starts with a letter, followed by letters, digits, ".", "_" or "-".';
  return `It must match ${pattern}.`;
}

function describeUnion(s: z.ZodType | undefined): string {
  const d = s ? defOf(s) : undefined;
  if (!d?.options) return 'Check the value against docs/format.md.';
  const names = d.options.map((o) => expected(defOf(unwrap(o)).type));
  return `Write ${[...new Set(names)].join(' or ')}.`;
}
