// Plan an evidence import: every file the import would change, with its new
// text, decided before anything is written. Pure (file access through a
// SourceReader): the command writes the plan atomically, or prints it for
// --dry-run. All or nothing: any error leaves the plan empty.
//
// The plan is checked before it is returned: the case, with the new texts in
// place of the old, must load without errors and give back exactly the items
// imported. If it does not, the plan is refused and nothing is written.
import { loadCase, type SourceReader } from '../../format/load-case.js';
import { DEFAULT_LIMITS } from '../../format/parse-yaml.js';
import type { Case, EvidenceItem } from '../../model/case.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { buildGraph, type CaseGraph } from '../../model/graph.js';
import { ID_PATTERN, type RawEvidenceItem, type ReviewMarker } from '../../model/schema.js';
import { posixPath as path } from '../../util/posix-path.js';
import { type Change, claimsRestingOn, driftMarker, evidenceDrift } from '../drift.js';
import type { EvalRun } from '../eval-run.js';
import { runToEvidence, type ToEvidenceOptions } from '../to-evidence.js';
import { addInclude, EditError, setEvidenceItem } from './yaml-edit.js';

export interface ImportRequest {
  /** Evidence id the run is written under. */
  id: string;
  run: EvalRun;
  /** The log's absolute path. */
  log: string;
  options: Omit<ToEvidenceOptions, 'artefactUri' | 'existing'>;
}

export interface PlannedItem {
  id: string;
  /** The file the item is written to. */
  file: string;
  action: 'created' | 'updated' | 'unchanged';
  item: RawEvidenceItem;
  /** For a re-import: what changed, material changes first in a fixed order. */
  changes: Change[];
  /** Claims resting on the item, marked for review when a material change was found. */
  review?: ReviewMarker;
  warnings: string[];
}

export interface PlannedFile {
  path: string;
  text: string;
  created: boolean;
}

export type ImportPlan =
  | { ok: true; items: PlannedItem[]; files: PlannedFile[]; includeAdded?: string }
  | { ok: false; errors: string[]; diagnostics: Diagnostic[]; sources?: Map<string, string> };

/** An evidence item as written in its file: without the loader's placement fields. */
export function rawItem(e: EvidenceItem): RawEvidenceItem {
  const { id: _id, module: _module, file: _file, pos: _pos, ...raw } = e as EvidenceItem & { pos?: unknown };
  return raw as RawEvidenceItem;
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

/**
 * A module id for a new evidence file: its name without the YAML extension,
 * made a valid id unique among the case's modules.
 */
function moduleIdFor(file: string, c: Case): string {
  let base = path
    .basename(file)
    .replace(/\.(warrant\.)?ya?ml$/i, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z]+/, '');
  if (!ID_PATTERN.test(base)) base = 'evidence';
  let id = base;
  for (let i = 2; c.modules.has(id); i++) id = `${base}-${i}`;
  return id;
}

function mergeReview(incomplete: ReviewMarker | undefined, drift: ReviewMarker | undefined): ReviewMarker | undefined {
  if (!incomplete || !drift) return drift ?? incomplete;
  return { ...drift, reason: `${incomplete.reason} ${drift.reason}` };
}

/** The artefact URI the case records for a log: its path from the root file's directory, with "/" separators. */
export function artefactUri(root: string, log: string): string {
  const rel = path.relative(path.dirname(root), log);
  return rel === '' ? path.basename(log) : rel;
}

type Refusal = Extract<ImportPlan, { ok: false }>;

const refuse = (errors: string[]): Refusal => ({ ok: false, errors, diagnostics: [] });

/** What an id of the case other than an evidence item's names, in words; undefined when it is free. */
function otherUse(c: Case, id: string): string | undefined {
  if (c.nodes.has(id)) return 'an argument node';
  if (c.risks.has(id)) return 'a risk';
  if (c.criteria.has(id)) return 'an acceptability criterion';
  return undefined;
}

/** Ids that cannot be used: not valid, given to two logs, or already used by something other than evidence. */
function requestErrors(c: Case, requests: readonly ImportRequest[]): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const r of requests) {
    if (!ID_PATTERN.test(r.id))
      errors.push(
        `${r.log}: evidence id "${r.id}" is not a valid id (a letter, then letters, digits, ".", "_" or "-").`,
      );
    const twice = seen.get(r.id);
    if (twice)
      errors.push(`${r.log}: evidence id ${r.id} is also given to ${twice}; give each log its own id with --id.`);
    seen.set(r.id, r.log);
    const other = otherUse(c, r.id);
    if (other)
      errors.push(
        `${r.log}: id ${r.id} is already used by ${other}; ids are unique across the case. Choose another with --id.`,
      );
  }
  return errors;
}

/**
 * One request as a planned item: a new item for `into`, or a re-import where
 * the item is, with what changed and the review marker that follows.
 * Returns an error message instead when it cannot be imported.
 */
function planItem(
  c: Case,
  graph: CaseGraph,
  root: string,
  r: ImportRequest,
  into: string | undefined,
): PlannedItem | string {
  const existing = c.evidence.get(r.id);
  const old = existing ? rawItem(existing) : undefined;
  const file = existing ? existing.file : into;
  if (!file) return `${r.log}: ${r.id} is a new evidence item: name the module file it goes into with --into <file>.`;
  const made = runToEvidence(r.run, {
    ...r.options,
    artefactUri: artefactUri(root, r.log),
    ...(old ? { existing: old } : {}),
  });
  if (!made.ok) return `${r.log}: ${made.message}.`;
  let item = made.item;
  const warnings = [...made.warnings];
  if (old && item.date < old.date)
    warnings.push(
      `this log is dated ${item.date}, earlier than the ${old.date} the item records: check that it is the newer run.`,
    );
  let changes: Change[] = [];
  let review: ReviewMarker | undefined;
  if (old) {
    changes = evidenceDrift(old, item);
    const drift = driftMarker(changes, claimsRestingOn(c, graph, r.id), item.date);
    const incomplete = item.review && item.review !== old.review ? item.review : undefined;
    review = mergeReview(incomplete, drift) ?? old.review;
    item = withReview(item, review);
  } else {
    review = item.review;
  }
  return {
    id: r.id,
    file,
    action: old ? (canonical(old) === canonical(item) ? 'unchanged' : 'updated') : 'created',
    item,
    changes,
    ...(review ? { review } : {}),
    warnings,
  };
}

/** The file texts of the plan: as read, then as edited. */
interface Texts {
  texts: Map<string, string>;
  original: Map<string, string>;
  created: Set<string>;
}

/**
 * Make `into`, a module file the case does not include yet, part of it: read
 * it (or start it) and include it from the root file. Returns the include
 * written, or a refusal.
 */
function includeModule(c: Case, reader: SourceReader, into: string, t: Texts): string | Refusal {
  const read = reader.read(into, DEFAULT_LIMITS.maxBytes);
  if (read.ok) {
    if (/^case\s*:/m.test(read.text))
      return refuse([`${into} is another case's root file, not a module file; name a module file with --into.`]);
    t.texts.set(into, read.text);
    t.original.set(into, read.text);
  } else if (read.reason === 'missing') {
    t.texts.set(
      into,
      [
        ...schemaLine(t.texts.get(c.root) ?? '', c.root, into),
        '# Evidence imported from evaluation logs by `warrant evidence import`.',
        'module:',
        `  id: ${moduleIdFor(into, c)}`,
        '  title: Evaluation evidence',
        '',
      ].join('\n'),
    );
    t.created.add(into);
  } else {
    return refuse([`cannot use ${into} for --into: it ${read.detail}.`]);
  }
  const include = artefactUri(c.root, into);
  try {
    t.texts.set(c.root, addInclude(t.texts.get(c.root)!, c.root, include));
  } catch (e) {
    return refuse([(e as Error).message]);
  }
  return include;
}

const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$/m;

/**
 * The editor's schema line for a new module, as hand-written modules start: the root file's own, with a path
 * rewritten relative to the module. None when the root has none (where the schema lives is then unknown).
 */
export function schemaLine(rootText: string, root: string, into: string): string[] {
  const target = SCHEMA_LINE.exec(rootText.split('\n', 5).join('\n'))?.[1];
  if (target === undefined) return [];
  const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(target);
  const rel = isUrl ? target : path.relative(path.dirname(into), path.join(path.dirname(root), target));
  return [`# yaml-language-server: $schema=${rel}`];
}

/** The files to write: new ones first (renamed into place before the root file including them), then changed ones. */
function plannedFiles(t: Texts): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const [file, text] of t.texts) if (t.created.has(file)) files.push({ path: file, text, created: true });
  for (const [file, text] of t.texts)
    if (!t.created.has(file) && t.original.get(file) !== text) files.push({ path: file, text, created: false });
  return files;
}

/** The case as it would be on disk must load, and hold exactly what was imported; a refusal when it does not. */
function checkReadBack(
  root: string,
  reader: SourceReader,
  texts: ReadonlyMap<string, string>,
  items: readonly PlannedItem[],
): Refusal | undefined {
  const overlay: SourceReader = {
    read: (file, max) => {
      const t = texts.get(path.normalize(file));
      return t !== undefined ? { ok: true, text: t } : reader.read(file, max);
    },
  };
  const after = loadCase(root, overlay);
  const afterErrors = after.diagnostics.filter((d) => d.severity === 'error');
  if (!after.case || afterErrors.length) {
    return {
      ok: false,
      errors: ['the case would not load after the import, so nothing was written:'],
      diagnostics: afterErrors,
      sources: after.sources,
    };
  }
  for (const p of items) {
    const got = after.case.evidence.get(p.id);
    if (!got || canonical(rawItem(got)) !== canonical(p.item))
      return refuse([
        `internal: ${p.id} would not read back as imported; nothing was written. ` +
          'Please report this with the case file.',
      ]);
  }
  return undefined;
}

/**
 * Plan the import of `requests` into the case whose root file is `root`.
 * `into` is the module file new items go to (absolute); items whose id is
 * already in the case are updated where they are.
 */
export function planImport(
  root: string,
  reader: SourceReader,
  requests: readonly ImportRequest[],
  into: string | undefined,
): ImportPlan {
  const loaded = loadCase(root, reader);
  const loadErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.case || loadErrors.length) {
    return {
      ok: false,
      errors: ['the case does not load; fix it before importing into it.'],
      diagnostics: loadErrors,
      sources: loaded.sources,
    };
  }
  const c = loaded.case;
  const idErrors = requestErrors(c, requests);
  if (idErrors.length) return refuse(idErrors);

  const graph = buildGraph(c);
  const planned = requests.map((r) => planItem(c, graph, root, r, into));
  const errors = planned.filter((p): p is string => typeof p === 'string');
  if (errors.length) return refuse(errors);
  const items = planned as PlannedItem[];

  const t: Texts = { texts: new Map(loaded.sources), original: new Map(loaded.sources), created: new Set() };
  let includeAdded: string | undefined;
  if (into && items.some((i) => i.file === into) && !c.files.includes(into)) {
    const included = includeModule(c, reader, into, t);
    if (typeof included !== 'string') return included;
    includeAdded = included;
  }
  try {
    for (const p of items) {
      if (p.action === 'unchanged') continue;
      const text = setEvidenceItem(t.texts.get(p.file)!, p.file, p.id, p.item as unknown as Record<string, unknown>);
      t.texts.set(p.file, text);
    }
  } catch (e) {
    if (e instanceof EditError) return refuse([e.message]);
    throw e;
  }
  const refusal = checkReadBack(root, reader, t.texts, items);
  if (refusal) return refusal;
  return { ok: true, items, files: plannedFiles(t), ...(includeAdded ? { includeAdded } : {}) };
}

function withReview(item: RawEvidenceItem, review: ReviewMarker | undefined): RawEvidenceItem {
  // Keep the canonical key order: review sits just before provenance.
  const { review: _old, provenance, ...rest } = item;
  return { ...rest, ...(review ? { review } : {}), ...(provenance ? { provenance } : {}) } as RawEvidenceItem;
}
