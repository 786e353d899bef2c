// Load a case: the root file and every module it includes, validated and
// merged into one located Case. File access comes in through `SourceReader`
// so this stays a pure function of the files' contents.
import type { Case, Module, Placed, RuleConfigValue, Section } from '../model/case.js';
import type { Diagnostic, Related } from '../model/diagnostic.js';
import { descend, type Located, type PathPart, type PosTree } from '../model/loc.js';
import { ConfigFileSchema, type ModuleFile, ModuleFileSchema, type RootFile, RootFileSchema } from '../model/schema.js';
import { posixPath as path } from '../util/posix-path.js';
import { DEFAULT_LIMITS, type ParseLimits, parseYamlLazy } from './parse-yaml.js';
import { validate } from './validate.js';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' | 'directory' | 'too-large' | 'unreadable'; detail: string };

/** How the loader reaches files. The CLI passes one over the file system, tests one over a map. */
export interface SourceReader {
  read(file: string, maxBytes: number): ReadResult;
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

/** Load the case whose root file is `root`. */
export function loadCase(root: string, reader: SourceReader, limits: ParseLimits = DEFAULT_LIMITS): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const loaded: LoadedFile[] = [];
  const visited = new Set<string>();
  let fatal = false;
  let schemaErrors = false;

  // `from` says where the include was written; a function, so positions are only built for an error.
  const visit = (
    file: string,
    chain: string[],
    includedAt?: () => { file: string; line: number; col: number },
  ): void => {
    const from = () => includedAt?.();
    if (chain.includes(file)) {
      const cycle = [...chain.slice(chain.indexOf(file)), file].join(' -> ');
      diagnostics.push({
        code: 'L10',
        severity: 'error',
        ...(from() ?? { file, line: 1, col: 1 }),
        message: `Include cycle: ${cycle}.`,
        hint: 'A module must not include, directly or indirectly, a file that includes it. Remove one of these includes.',
      });
      fatal = true;
      return;
    }
    if (visited.has(file)) return; // included twice by different modules: load once
    visited.add(file);
    const read = reader.read(file, limits.maxBytes);
    if (!read.ok) {
      const what = includedAt ? 'Included file' : 'Case file';
      diagnostics.push({
        code: read.reason === 'too-large' ? 'L03' : 'L09',
        severity: 'error',
        ...(from() ?? { file, line: 1, col: 1 }),
        message: `${what} ${file} ${read.reason === 'missing' ? 'does not exist' : read.reason === 'directory' ? 'is a directory without a warrant.yaml' : read.detail}.`,
        hint:
          read.reason === 'too-large'
            ? 'Split the case into modules, or raise the limit with --max-file-size if the file is trusted.'
            : includedAt
              ? 'Include paths are relative to the including file. Check the spelling and that the file is committed.'
              : 'Pass a case file (warrant.yaml) or a directory that holds one.',
      });
      fatal = true;
      return;
    }
    sources.set(file, read.text);
    const parsed = parseYamlLazy(read.text, file, limits);
    if (!parsed.ok) {
      diagnostics.push(parsed.diagnostic);
      fatal = true;
      return;
    }
    const isRoot = chain.length === 0;
    const value = parsed.value;
    if (isRoot && isObject(value) && !('case' in value) && 'module' in value) {
      diagnostics.push({
        code: 'L13',
        severity: 'error',
        file,
        line: 1,
        col: 1,
        message: `${file} is a module file, not a case: it has \`module:\` but no \`case:\` header.`,
        hint: 'Check the root file that includes this module (usually warrant.yaml).',
      });
      fatal = true;
      return;
    }
    if (!isRoot && isObject(value) && 'case' in value) {
      diagnostics.push({
        code: 'L13',
        severity: 'error',
        ...(from() ?? { file, line: 1, col: 1 }),
        message: `${file} is a case root (it has \`case:\`) and cannot be included as a module.`,
        hint: 'Include module files only; a module has `module:` and argument, evidence or risk sections.',
      });
      fatal = true;
      return;
    }
    const issues = validate({
      schema: isRoot ? RootFileSchema : ModuleFileSchema,
      data: value,
      pos: parsed.positions,
      file,
    });
    if (issues.length) {
      diagnostics.push(...issues);
      schemaErrors = true;
    }
    const data = (isObject(value) ? value : {}) as RootFile | ModuleFile;
    const moduleId = data.module?.id ?? (isRoot ? 'main' : path.basename(file).replace(/\.(warrant\.)?ya?ml$/, ''));
    loaded.push({ file, data, positions: parsed.positions, module: moduleId });
    const includes = Array.isArray(data.includes) ? data.includes : [];
    includes.forEach((inc, i) => {
      if (typeof inc !== 'string') return;
      const at = () => {
        const t = descend(parsed.positions(), ['includes', i]);
        return { file, line: t.line, col: t.col };
      };
      visit(path.normalize(path.join(path.dirname(file), inc)), [...chain, file], at);
    });
  };

  visit(path.normalize(root), []);
  const configFile = fatal
    ? undefined
    : loadConfigFile(path.join(path.dirname(path.normalize(root)), CONFIG_FILE), reader, limits, diagnostics, sources);
  if (configFile === null) schemaErrors = true;
  if (fatal || schemaErrors) return { diagnostics, sources, fatal };
  const built = buildCase(loaded, diagnostics);
  if (built && configFile) built.config.push(configFile);
  return { case: built, diagnostics, sources, fatal: false };
}

/** The optional configuration file beside a case root. */
export const CONFIG_FILE = '.warrant.yaml';

/** Read .warrant.yaml if it exists: its section, undefined when absent, null when invalid (diagnostics added). */
function loadConfigFile(
  file: string,
  reader: SourceReader,
  limits: ParseLimits,
  diagnostics: Diagnostic[],
  sources: Map<string, string>,
): Section<RuleConfigValue> | undefined | null {
  const read = reader.read(file, limits.maxBytes);
  if (!read.ok) {
    if (read.reason === 'missing') return undefined;
    diagnostics.push({
      code: read.reason === 'too-large' ? 'L03' : 'L09',
      severity: 'error',
      file,
      line: 1,
      col: 1,
      message: `Configuration file ${file} ${read.detail}.`,
      hint: 'Fix or remove the file.',
    });
    return null;
  }
  sources.set(file, read.text);
  const parsed = parseYamlLazy(read.text, file, limits);
  if (!parsed.ok) {
    diagnostics.push(parsed.diagnostic);
    return null;
  }
  if (parsed.value === null) return undefined; // an empty file configures nothing
  const issues = validate({ schema: ConfigFileSchema, data: parsed.value, pos: parsed.positions, file });
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
  const root = rootFile.data as RootFile;
  const section = <T>(key: keyof RootFile, value: T | undefined): Section<T> | undefined =>
    value === undefined ? undefined : lazyPos({ value, file: rootFile.file }, rootFile.positions, [key]);

  const c: Case = {
    root: rootFile.file,
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

  const firstDefinition = new Map<string, { prev: Located; what: string }>();
  const claim = (id: string, at: Located, what: string): boolean => {
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
        message: `Duplicate id \`${id}\`: already defined as ${first.what} in ${prev.file}:${p.line}:${p.col}.`,
        hint: 'Ids are unique across the whole case (all modules, nodes, evidence, risks and criteria). Rename one of them and update its references.',
        target: id,
        related,
      });
      return false;
    }
    firstDefinition.set(id, { prev: at, what });
    return true;
  };

  for (const f of files) {
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
    } else {
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
  return c;
}
