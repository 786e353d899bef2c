// Load a case: the root file and every module it includes, validated and
// merged into one located Case. File access comes in through `SourceReader`
// so this stays a pure function of the files' contents. How a file is
// validated comes in too (`ValidateFile`), so that this module does not load
// zod: src/format/load-case.ts validates with zod, src/format/load-case-fast.ts
// without it.
import type { Case, Module, Placed, RuleConfigValue, Section } from '../model/case.js';
import type { Diagnostic, Related } from '../model/diagnostic.js';
import { descend, type Located, type PathPart, type PosTree } from '../model/loc.js';
import type { ModuleFile, RootFile } from '../model/schema.js';
import { posixPath as path } from '../util/posix-path.js';
import { derivePolarity } from './derive-polarity.js';
import {
  emptyFile,
  includeTooDeep,
  invalidUtf8,
  MAX_INCLUDE_DEPTH,
  nulByte,
  unreadableFile,
  type Where,
} from './file-diagnostics.js';
import { formatNotes } from './format-notes.js';
import { DEFAULT_LIMITS, type ParseLimits, parseYamlLazy } from './parse-yaml.js';
import { prepareSource } from './source-text.js';

/** Why a reader could not give a file's text. */
export type ReadFailure = 'missing' | 'directory' | 'too-large' | 'unreadable' | 'outside' | 'not-regular';

export type ReadResult =
  | {
      ok: true;
      text: string;
      /** Offset in `text` of the first character decoded from invalid UTF-8, when the reader decoded bytes. */
      invalidUtf8At?: number;
    }
  | { ok: false; reason: ReadFailure; detail: string };

/**
 * What a read is for. A reader over a real file system refuses, as `outside`,
 * a file that resolves outside the directory of the case's root file (or the
 * git repository holding it); readers over memory or a commit have nothing to
 * escape to and may ignore it.
 */
export interface ReadScope {
  /** The case's root file, as passed to loadCase. */
  root: string;
}

/** How the loader reaches files. The CLI passes one over the file system, tests one over a map. */
export interface SourceReader {
  read(file: string, maxBytes: number, scope?: ReadScope): ReadResult;
}

/** The parser's limits, and how deep includes may nest below the root file (default 64). */
export interface LoadLimits extends ParseLimits {
  maxIncludeDepth?: number;
}

export interface LoadResult {
  /** The case, when every file parsed and validated. */
  case?: Case;
  diagnostics: Diagnostic[];
  /** The text of every file read, for code frames. */
  sources: Map<string, string>;
  /** True when the input is unusable (unreadable, not YAML, include cycle): exit code 2. */
  fatal: boolean;
}

/** The three kinds of file the loader reads: a case root, a module it includes, and .warrant.yaml. */
export type FileKind = 'root' | 'module' | 'config';

/** A parsed file's diagnostics against its format, none when it is valid. */
export type ValidateFile = (
  kind: FileKind,
  /** `text`: the file's source, for hints that quote it. */
  input: { data: unknown; pos: () => PosTree; file: string; text: string | undefined },
) => Diagnostic[];

interface LoadedFile {
  file: string;
  data: RootFile | ModuleFile;
  /** The file's positions, built on first use. */
  positions: () => PosTree;
  module: string;
}

/**
 * A position tree that is looked up in its file's positions only when first
 * read. A plain property holding one keeps the case's objects in fast shape
 * (a getter per object would not).
 */
class LazyPosTree implements PosTree {
  private tree: PosTree | undefined;
  constructor(
    private readonly positions: () => PosTree,
    private readonly path: PathPart[],
  ) {}
  private get t(): PosTree {
    return (this.tree ??= descend(this.positions(), this.path));
  }
  get line(): number {
    return this.t.line;
  }
  get col(): number {
    return this.t.col;
  }
  get key(): PosTree['key'] {
    return this.t.key;
  }
  get fields(): PosTree['fields'] {
    return this.t.fields;
  }
  get items(): PosTree['items'] {
    return this.t.items;
  }
}

/** Give `target` a `pos` that is resolved on first use. */
function lazyPos<T extends object>(target: T, positions: () => PosTree, path: PathPart[]): T & { pos: PosTree } {
  const t = target as T & { pos: PosTree };
  t.pos = new LazyPosTree(positions, path);
  return t;
}

/** Load the case whose root file is `root`, validating each file with `validateFile`. */
export function loadCaseWith(
  validateFile: ValidateFile,
  root: string,
  reader: SourceReader,
  limits: LoadLimits = DEFAULT_LIMITS,
): LoadResult {
  const rootFile = path.normalize(root);
  const state: Loading = {
    validateFile,
    reader,
    limits,
    scope: { root: rootFile },
    diagnostics: [],
    sources: new Map(),
    loaded: [],
    visited: new Set(),
    fatal: false,
    schemaErrors: false,
  };
  walkIncludes(state, rootFile);
  const { diagnostics, sources } = state;
  const configFile = state.fatal ? undefined : loadConfigFile(path.join(path.dirname(rootFile), CONFIG_FILE), state);
  if (configFile === null) state.schemaErrors = true;
  if (state.fatal || state.schemaErrors) return { diagnostics, sources, fatal: state.fatal };
  const built = buildCase(state.loaded, diagnostics);
  if (built && configFile) built.config.push(configFile);
  return { case: built, diagnostics, sources, fatal: false };
}

/** What loading has gathered so far, file by file. */
interface Loading {
  validateFile: ValidateFile;
  reader: SourceReader;
  limits: LoadLimits;
  scope: ReadScope;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  loaded: LoadedFile[];
  visited: Set<string>;
  /** The input is unusable: stop before building the case. */
  fatal: boolean;
  schemaErrors: boolean;
}

/** Where an include was written; a function, so positions are only built for an error. */
type IncludedAt = () => Where;

/** A file to load, and how the walk reached it. */
interface Pending {
  file: string;
  /** The including file's entry; none for the root file. */
  parent?: Pending;
  /** Includes between the root file and this one (the root is at 0). */
  depth: number;
  /** The include as written, and where. */
  written?: string;
  includedAt?: IncludedAt;
}

/**
 * Load the root file and everything it includes, depth first in include
 * order, from an explicit work list: a chain of any length cannot overflow
 * the stack, and one deeper than the limit stops with L16.
 */
function walkIncludes(state: Loading, rootFile: string): void {
  const work: Pending[] = [{ file: rootFile, depth: 0 }];
  for (let next = work.pop(); next; next = work.pop()) {
    const includes = visit(state, next);
    // Pushed last to first, so the first include is loaded (with all it includes) first.
    for (let i = includes.length - 1; i >= 0; i--) work.push(includes[i] as Pending);
  }
}

/** Load one file; the files it includes, still to visit. */
function visit(state: Loading, p: Pending): Pending[] {
  const at = () => p.includedAt?.() ?? { file: p.file, line: 1, col: 1 };
  const chain = chainTo(p);
  if (chain.includes(p.file)) {
    fail(state, includeCycle(p.file, chain, at()));
    return [];
  }
  if (state.visited.has(p.file)) return []; // included twice by different modules: load once
  const maxDepth = state.limits.maxIncludeDepth ?? MAX_INCLUDE_DEPTH;
  if (p.depth > maxDepth && p.parent) {
    fail(state, includeTooDeep(chain[0] as string, p.parent.file, p.written ?? p.file, maxDepth, at()));
    return [];
  }
  state.visited.add(p.file);
  const parsed = readFile(state, p, at);
  return parsed ? addFile(state, p, parsed) : [];
}

/** The files that include `p`, from the root file down (not `p` itself). */
function chainTo(p: Pending): string[] {
  const chain: string[] = [];
  for (let q = p.parent; q; q = q.parent) chain.push(q.file);
  return chain.reverse();
}

function fail(state: Loading, d: Diagnostic): void {
  state.diagnostics.push(d);
  state.fatal = true;
}

/**
 * Read and parse one file; undefined (and a fatal diagnostic) when it cannot
 * be read, is not YAML, is empty or is misplaced.
 */
function readFile(
  state: Loading,
  p: Pending,
  at: () => Where,
): { value: unknown; positions: () => PosTree } | undefined {
  const { file } = p;
  const read = state.reader.read(file, state.limits.maxBytes, state.scope);
  if (!read.ok) {
    fail(state, unreadableFile(file, read, at(), p.written));
    return undefined;
  }
  const text = sourceText(state, file, read);
  if (text === undefined) return undefined;
  const parsed = parseYamlLazy(text, file, state.limits);
  if (!parsed.ok) {
    fail(state, parsed.diagnostic);
    return undefined;
  }
  if (parsed.value === null) {
    fail(state, emptyFile(file, p.parent ? at() : { file, line: 1, col: 1 }, p.parent !== undefined));
    return undefined;
  }
  const misplaced = wrongKindOfFile(file, parsed.value, p.depth === 0, at);
  if (misplaced) {
    fail(state, misplaced);
    return undefined;
  }
  return parsed;
}

/**
 * A file's text ready to parse, kept for code frames; a warning if its bytes
 * were not UTF-8; undefined (and a fatal error) if it holds a NUL byte.
 */
function sourceText(state: Loading, file: string, read: Extract<ReadResult, { ok: true }>): string | undefined {
  const src = prepareSource(read.text, read.invalidUtf8At);
  state.sources.set(file, src.text);
  if (src.invalidUtf8) state.diagnostics.push(invalidUtf8(file, src.invalidUtf8));
  if (src.nul) {
    fail(state, nulByte(file, src.nul));
    return undefined;
  }
  return src.text;
}

/** Validate a parsed file, keep it, and list the files it includes. */
function addFile(state: Loading, p: Pending, parsed: { value: unknown; positions: () => PosTree }): Pending[] {
  const { file } = p;
  const isRoot = p.depth === 0;
  const value = parsed.value;
  const issues = state.validateFile(isRoot ? 'root' : 'module', {
    data: value,
    pos: parsed.positions,
    file,
    text: state.sources.get(file),
  });
  if (issues.length) {
    state.diagnostics.push(...issues);
    state.schemaErrors = true;
  } else if (isRoot) state.diagnostics.push(...formatNotes(value as RootFile, parsed.positions, file));
  const data = (isObject(value) ? value : {}) as RootFile | ModuleFile;
  const moduleId = data.module?.id ?? (isRoot ? 'main' : path.basename(file).replace(/\.(warrant\.)?ya?ml$/, ''));
  state.loaded.push({ file, data, positions: parsed.positions, module: moduleId });
  const includes = Array.isArray(data.includes) ? data.includes : [];
  const next: Pending[] = [];
  includes.forEach((inc, i) => {
    if (typeof inc !== 'string') return;
    const includedAt = () => {
      const t = descend(parsed.positions(), ['includes', i]);
      return { file, line: t.line, col: t.col };
    };
    const target = path.normalize(path.join(path.dirname(file), inc));
    next.push({ file: target, parent: p, depth: p.depth + 1, written: inc, includedAt });
  });
  return next;
}

function includeCycle(file: string, chain: string[], at: Where): Diagnostic {
  const cycle = [...chain.slice(chain.indexOf(file)), file].join(' -> ');
  return {
    code: 'L10',
    severity: 'error',
    ...at,
    message: `Include cycle: ${cycle}.`,
    hint: 'A module must not include, directly or indirectly, a file that includes it. Remove one of these includes.',
  };
}

/** A module file given as the case (L13), or a case root included as a module (L13). */
function wrongKindOfFile(file: string, value: unknown, isRoot: boolean, at: () => Where): Diagnostic | undefined {
  if (isRoot && isObject(value) && !Object.hasOwn(value, 'case') && Object.hasOwn(value, 'module')) {
    return {
      code: 'L13',
      severity: 'error',
      file,
      line: 1,
      col: 1,
      message: `${file} is a module file, not a case: it has \`module:\` but no \`case:\` header.`,
      hint: 'Check the root file that includes this module (usually warrant.yaml).',
    };
  }
  if (!isRoot && isObject(value) && Object.hasOwn(value, 'case')) {
    return {
      code: 'L13',
      severity: 'error',
      ...at(),
      message: `${file} is a case root (it has \`case:\`) and cannot be included as a module.`,
      hint: 'Include module files only; a module has `module:` and argument, evidence or risk sections.',
    };
  }
  return undefined;
}

/** The optional configuration file beside a case root. */
export const CONFIG_FILE = '.warrant.yaml';

/** Read .warrant.yaml if it exists: its section, undefined when absent, null when invalid (diagnostics added). */
function loadConfigFile(file: string, state: Loading): Section<RuleConfigValue> | undefined | null {
  const { diagnostics, limits } = state;
  const read = state.reader.read(file, limits.maxBytes, state.scope);
  if (!read.ok) {
    if (read.reason === 'missing') return undefined;
    const refused = unreadableFile(file, read, { file, line: 1, col: 1 });
    diagnostics.push({
      ...refused,
      message: `Configuration file ${file} ${read.detail}.`,
      hint: 'Fix or remove the file.',
    });
    return null;
  }
  const src = prepareSource(read.text, read.invalidUtf8At);
  state.sources.set(file, src.text);
  if (src.invalidUtf8) diagnostics.push(invalidUtf8(file, src.invalidUtf8));
  if (src.nul) {
    diagnostics.push(nulByte(file, src.nul));
    return null;
  }
  const parsed = parseYamlLazy(src.text, file, limits);
  if (!parsed.ok) {
    diagnostics.push(parsed.diagnostic);
    return null;
  }
  if (parsed.value === null) return undefined; // an empty file configures nothing
  const issues = state.validateFile('config', { data: parsed.value, pos: parsed.positions, file, text: undefined });
  if (issues.length) {
    diagnostics.push(...issues);
    return null;
  }
  return lazyPos({ value: parsed.value as RuleConfigValue, file }, parsed.positions, []);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Merge validated files into one Case, reporting ids defined twice (L11) and modules named twice (L12). */
function buildCase(files: LoadedFile[], diagnostics: Diagnostic[]): Case | undefined {
  const rootFile = files[0];
  if (!rootFile) return undefined;
  const c = caseFromRoot(rootFile, files);
  const claim = idClaims(diagnostics);
  for (const f of files) {
    addModule(c, f, diagnostics);
    const addAll = <T extends object>(
      key: string,
      entries: Record<string, T> | undefined,
      what: (raw: T) => string,
      into: Map<string, T & Placed>,
    ) => {
      for (const [id, raw] of Object.entries(entries ?? {})) {
        // The raw object is this load's own: extend it in place rather than copy it.
        const placed = lazyPos(Object.assign(raw, { id, module: f.module, file: f.file }), f.positions, [key, id]);
        if (claim(id, placed, what(raw))) into.set(id, placed);
      }
    };
    addAll('argument', f.data.argument, (n) => `${n.kind} node`, c.nodes);
    addAll('evidence', f.data.evidence, () => 'evidence item', c.evidence);
    addAll('risks', f.data.risks, () => 'risk', c.risks);
  }
  addRootIds(c, rootFile, claim);
  diagnostics.push(...derivePolarity(c));
  return c;
}

/** The case with its root file's sections, and no nodes, items, risks, criteria or modules yet. */
function caseFromRoot(rootFile: LoadedFile, files: LoadedFile[]): Case {
  const root = rootFile.data as RootFile;
  const section = <T>(key: keyof RootFile, value: T | undefined): Section<T> | undefined =>
    value === undefined ? undefined : lazyPos({ value, file: rootFile.file }, rootFile.positions, [key]);
  return {
    root: rootFile.file,
    format: root.warrant,
    header: lazyPos({ value: root.case, file: rootFile.file }, rootFile.positions, ['case']),
    context: section('context', root.context),
    acceptability: section('acceptability', root.acceptability),
    decision: section('decision', root.decision),
    changeControl: section('change_control', root.change_control),
    publication: section('publication', root.publication),
    config:
      root.rules || root.suppressions
        ? [
            lazyPos(
              { value: { rules: root.rules, suppressions: root.suppressions }, file: rootFile.file },
              rootFile.positions,
              [],
            ),
          ]
        : [],
    nodes: new Map(),
    evidence: new Map(),
    risks: new Map(),
    criteria: new Map(),
    modules: new Map(),
    files: files.map((f) => f.file),
  };
}

/** Ids are unique across the case: `claim` records an id's first definition, and reports a second one (L11). */
function idClaims(diagnostics: Diagnostic[]): (id: string, at: Located, what: string) => boolean {
  const firstDefinition = new Map<string, { prev: Located; what: string }>();
  return (id, at, what) => {
    const first = firstDefinition.get(id);
    if (first) {
      const prev = first.prev;
      const p = prev.pos.key ?? prev.pos;
      const here = at.pos.key ?? at.pos;
      const related: Related[] = [
        { file: prev.file, line: p.line, col: p.col, message: `first defined here (${first.what})` },
      ];
      diagnostics.push({
        code: 'L11',
        severity: 'error',
        file: at.file,
        line: here.line,
        col: here.col,
        // Where, in words only: the related location carries the path, which the shells show relative to the cwd.
        message: `Duplicate id \`${id}\`: already defined as ${first.what} ${prev.file === at.file ? `on line ${p.line}` : 'in another file of the case'}.`,
        hint: 'Ids are unique across the whole case (all modules, nodes, evidence, risks and criteria). Rename one of them and update its references.',
        target: id,
        related,
      });
      return false;
    }
    firstDefinition.set(id, { prev: at, what });
    return true;
  };
}

/** The file's module, unless another file already defines a module of that id (L12). */
function addModule(c: Case, f: LoadedFile, diagnostics: Diagnostic[]): void {
  const existing = c.modules.get(f.module);
  if (existing) {
    const modPos = descend(f.positions(), ['module']);
    diagnostics.push({
      code: 'L12',
      severity: 'error',
      file: f.file,
      line: modPos.line,
      col: modPos.col,
      message: `Module \`${f.module}\` is defined twice: also by ${existing.file}.`,
      hint: 'Give each module file its own `module: { id: ... }`.',
    });
    return;
  }
  const mod: Module = lazyPos(
    {
      id: f.module,
      file: f.file,
      includes: (f.data.includes ?? []).map((inc) => path.normalize(path.join(path.dirname(f.file), inc))),
      ...(f.data.module ? { header: f.data.module } : {}),
    },
    f.positions,
    [],
  );
  c.modules.set(f.module, mod);
}

/** The ids the root file defines outside the argument: review triggers (ids only) and acceptability criteria. */
function addRootIds(c: Case, rootFile: LoadedFile, claim: (id: string, at: Located, what: string) => boolean): void {
  const root = rootFile.data as RootFile;
  (root.change_control?.review_triggers ?? []).forEach((t, i) => {
    claim(
      t.id,
      lazyPos({ file: rootFile.file }, rootFile.positions, ['change_control', 'review_triggers', i, 'id']),
      'review trigger',
    );
  });
  for (const [id, raw] of Object.entries(root.acceptability?.criteria ?? {})) {
    const placed = lazyPos(
      Object.assign(raw, { id, module: rootFile.module, file: rootFile.file }),
      rootFile.positions,
      ['acceptability', 'criteria', id],
    );
    if (claim(id, placed, 'acceptability criterion')) c.criteria.set(id, placed);
  }
}
