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
import { buildGraph } from '../../model/graph.js';
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

/** A module id for a new evidence file: its name without the YAML extension, made a valid id unique among the case's modules. */
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
  const graph = buildGraph(c);
  const errors: string[] = [];
  const texts = new Map<string, string>(loaded.sources);
  const original = new Map<string, string>(loaded.sources);
  const created = new Set<string>();
  const seen = new Map<string, string>();
  const items: PlannedItem[] = [];
  let includeAdded: string | undefined;

  for (const r of requests) {
    if (!ID_PATTERN.test(r.id))
      errors.push(
        `${r.log}: evidence id "${r.id}" is not a valid id (a letter, then letters, digits, ".", "_" or "-").`,
      );
    const twice = seen.get(r.id);
    if (twice)
      errors.push(`${r.log}: evidence id ${r.id} is also given to ${twice}; give each log its own id with --id.`);
    seen.set(r.id, r.log);
    const other = c.nodes.has(r.id)
      ? 'an argument node'
      : c.risks.has(r.id)
        ? 'a risk'
        : c.criteria.has(r.id)
          ? 'an acceptability criterion'
          : undefined;
    if (other)
      errors.push(
        `${r.log}: id ${r.id} is already used by ${other}; ids are unique across the case. Choose another with --id.`,
      );
  }
  if (errors.length) return { ok: false, errors, diagnostics: [] };

  for (const r of requests) {
    const existing = c.evidence.get(r.id);
    const old = existing ? rawItem(existing) : undefined;
    const file = existing ? existing.file : into;
    if (!file) {
      errors.push(`${r.log}: ${r.id} is a new evidence item: name the module file it goes into with --into <file>.`);
      continue;
    }
    const made = runToEvidence(r.run, {
      ...r.options,
      artefactUri: artefactUri(root, r.log),
      ...(old ? { existing: old } : {}),
    });
    if (!made.ok) {
      errors.push(`${r.log}: ${made.message}.`);
      continue;
    }
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
    items.push({
      id: r.id,
      file,
      action: old ? (canonical(old) === canonical(item) ? 'unchanged' : 'updated') : 'created',
      item,
      changes,
      ...(review ? { review } : {}),
      warnings,
    });
  }
  if (errors.length) return { ok: false, errors, diagnostics: [] };

  if (into && items.some((i) => i.file === into) && !c.files.includes(into)) {
    const read = reader.read(into, DEFAULT_LIMITS.maxBytes);
    if (read.ok) {
      if (/^case\s*:/m.test(read.text))
        return {
          ok: false,
          errors: [`${into} is another case's root file, not a module file; name a module file with --into.`],
          diagnostics: [],
        };
      texts.set(into, read.text);
      original.set(into, read.text);
    } else if (read.reason === 'missing') {
      texts.set(
        into,
        `# Evidence imported from evaluation logs by \`warrant evidence import\`.\nmodule:\n  id: ${moduleIdFor(into, c)}\n  title: Evaluation evidence\n`,
      );
      created.add(into);
    } else {
      return { ok: false, errors: [`cannot use ${into} for --into: it ${read.detail}.`], diagnostics: [] };
    }
    includeAdded = artefactUri(c.root, into);
    try {
      texts.set(c.root, addInclude(texts.get(c.root)!, c.root, includeAdded));
    } catch (e) {
      return { ok: false, errors: [(e as Error).message], diagnostics: [] };
    }
  }

  try {
    for (const p of items) {
      if (p.action === 'unchanged') continue;
      texts.set(
        p.file,
        setEvidenceItem(texts.get(p.file)!, p.file, p.id, p.item as unknown as Record<string, unknown>),
      );
    }
  } catch (e) {
    if (e instanceof EditError) return { ok: false, errors: [e.message], diagnostics: [] };
    throw e;
  }

  // New files first: they are renamed into place before the root file that includes them.
  const files: PlannedFile[] = [];
  for (const [file, text] of texts) if (created.has(file)) files.push({ path: file, text, created: true });
  for (const [file, text] of texts)
    if (!created.has(file) && original.get(file) !== text) files.push({ path: file, text, created: false });

  // The case as it would be on disk: it must load, and hold exactly what was imported.
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
    if (!got || canonical(rawItem(got)) !== canonical(p.item)) {
      return {
        ok: false,
        errors: [
          `internal: ${p.id} would not read back as imported; nothing was written. Please report this with the case file.`,
        ],
        diagnostics: [],
      };
    }
  }
  return { ok: true, items, files, ...(includeAdded ? { includeAdded } : {}) };
}

function withReview(item: RawEvidenceItem, review: ReviewMarker | undefined): RawEvidenceItem {
  // Keep the canonical key order: review sits just before provenance.
  const { review: _old, provenance, ...rest } = item;
  return { ...rest, ...(review ? { review } : {}), ...(provenance ? { provenance } : {}) } as RawEvidenceItem;
}
