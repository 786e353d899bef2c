// gsn2x -> Warrant. Pure: files in, Warrant YAML files and diagnostics out.
// One root file (the first given module nobody uses) with a synthesised case
// header, and one module file for each further gsn2x module.
import { compareDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { FORMAT_VERSION, ID_PATTERN } from '../../model/schema.js';
import { posixPath as path } from '../../util/posix-path.js';
import type { ParseLimits } from '../parse-yaml.js';
import { diagnostic, setOwn } from './diag.js';
import { comment, dumpYaml } from './dump.js';
import { findDuplicates } from './duplicates.js';
import { type HeaderOptions, SYNTHESISED_NOTE, synthesiseHeader } from './header.js';
import { claimName, relativeInside, stemOf, toId, withoutExtension } from './names.js';
import { type Gsn2xFile, type Gsn2xModule, type ReadFile, readModules } from './read-modules.js';
import { type PlainNode, toWarrantNode } from './to-warrant-node.js';

export interface ImportOptions {
  /** Reads files named by `module.uses` that are not among the files given. Without it they must be given. */
  read?: ReadFile;
  /** Overrides for the synthesised case header. */
  header?: HeaderOptions;
  /** Path of the root file in the output (default `warrant.yaml`); module files are placed beside it. */
  rootPath?: string;
  /**
   * Where Warrant's JSON Schema is, for editors: a URL, or a path relative to
   * the root file's directory. When given, every file starts with a
   * `# yaml-language-server: $schema=...` line pointing at it.
   */
  schema?: string;
  limits?: ParseLimits;
}

export interface ImportResult {
  /** Root file first. Empty when any error was reported. */
  files: Gsn2xFile[];
  diagnostics: Diagnostic[];
}

interface Planned {
  src: Gsn2xModule;
  /** Warrant module id. */
  id: string;
  /** The gsn2x module name, when it could not be the id itself. */
  title?: string;
  out: string;
  includes: string[];
}

export function importGsn2x(files: readonly Gsn2xFile[], options: ImportOptions = {}): ImportResult {
  if (files.length === 0) {
    return {
      files: [],
      diagnostics: [
        diagnostic(
          'L09',
          'error',
          { file: '(none)', line: 1, col: 1 },
          'No gsn2x file was given.',
          'Pass the gsn2x file (or the index of a modular case) to import.',
        ),
      ],
    };
  }
  const read = readModules(files, options.read, options.limits);
  const diagnostics = [...read.diagnostics];
  const done = (out: Gsn2xFile[]): ImportResult => {
    diagnostics.sort(compareDiagnostics);
    return { files: diagnostics.some((d) => d.severity === 'error') ? [] : out, diagnostics };
  };
  if (read.fatal) return done([]);
  diagnostics.push(...findDuplicates(read.modules));
  if (diagnostics.some((d) => d.severity === 'error')) return done([]);

  const plan = planModules(read.modules, options.rootPath ?? 'warrant.yaml');
  const root = plan[0] as Planned;
  const idOfName = new Map<string, string>();
  for (const p of plan) idOfName.set(p.src.header?.name ?? stemOf(p.src.path), p.id);

  const texts: Gsn2xFile[] = [];
  for (const p of plan) {
    const argument: Record<string, PlainNode> = {};
    for (const id of Object.keys(p.src.value)) {
      if (id === 'module') continue;
      const node = toWarrantNode(id, p.src.value[id], p.src.pos.fields?.get(id) ?? p.src.pos, p.src.path, diagnostics);
      if (node) setOwn(argument, id, node);
    }
    const header = moduleHeader(p, plan.length > 1, idOfName, diagnostics);
    const body: Record<string, unknown> = {};
    const from = p === root ? path.basename(p.src.path) : relativeInside(path.dirname(root.src.path), p.src.path);
    const notes = [`Imported from gsn2x ${from} by \`warrant import gsn2x\`.`];
    if (p === root) {
      notes.push(...SYNTHESISED_NOTE);
      body.warrant = FORMAT_VERSION;
      body.case = synthesiseHeader(root.src.header?.name ?? stemOf(root.src.path), options.header);
    }
    if (header) body.module = header;
    if (p.includes.length) body.includes = p.includes;
    if (Object.keys(argument).length) body.argument = argument;
    texts.push({ path: p.out, text: schemaLine(p.out, root.out, options.schema) + comment(notes) + dumpYaml(body) });
  }
  return done(texts);
}

/** The editor's schema line for the file at `out`, or nothing. */
function schemaLine(out: string, rootOut: string, schema: string | undefined): string {
  if (!schema?.trim()) return '';
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(schema);
  const target = isUrl ? schema : path.relative(path.dirname(out), path.join(path.dirname(rootOut), schema));
  return `# yaml-language-server: $schema=${target.replace(/[\r\n]+/g, ' ')}\n`;
}

/** Choose the root, give every module a unique Warrant id and output path, and work out the includes. */
function planModules(modules: readonly Gsn2xModule[], rootPath: string): Planned[] {
  const used = new Set(modules.flatMap((m) => m.uses));
  const rootSrc = modules.find((m) => m.given && !used.has(m.path)) ?? (modules[0] as Gsn2xModule);
  const ordered = [rootSrc, ...modules.filter((m) => m !== rootSrc)];
  const rootDir = path.dirname(rootSrc.path);
  const outDir = path.dirname(rootPath);
  const taken = new Set<string>([path.normalize(rootPath).toLowerCase()]);
  const ids = new Set<string>();
  const plan = ordered.map((src): Planned => {
    const name = src.header?.name ?? stemOf(src.path);
    let id = toId(name, 'module');
    for (let n = 2; ids.has(id); n++) id = `${toId(name, 'module')}-${n}`;
    ids.add(id);
    const out =
      src === rootSrc
        ? path.normalize(rootPath)
        : claimName(
            path.normalize(path.join(outDir, `${withoutExtension(relativeInside(rootDir, src.path))}.warrant.yaml`)),
            taken,
            '.warrant.yaml',
          );
    return {
      src,
      id,
      out,
      includes: [],
      ...(src.header?.name !== undefined && src.header.name !== id ? { title: src.header.name } : {}),
    };
  });
  const byPath = new Map(plan.map((p) => [p.src.path, p]));
  const includeFrom = (p: Planned, target: Planned) => {
    const rel = path.relative(path.dirname(p.out), target.out);
    if (target !== plan[0] && !p.includes.includes(rel)) p.includes.push(rel);
  };
  for (const p of plan)
    for (const u of p.src.uses) {
      const target = byPath.get(u);
      if (target) includeFrom(p, target);
    }
  // Modules given side by side, which nobody uses, hang off the root.
  for (const p of plan.slice(1)) if (p.src.given && !used.has(p.src.path)) includeFrom(plan[0] as Planned, p);
  return plan;
}

/** The Warrant `module:` header, or undefined for a lone module without a gsn2x header. */
function moduleHeader(
  p: Planned,
  several: boolean,
  idOfName: Map<string, string>,
  diags: Diagnostic[],
): Record<string, unknown> | undefined {
  const h = p.src.header;
  if (!h && !several) return undefined;
  const out: Record<string, unknown> = { id: p.id };
  if (p.title !== undefined) out.title = p.title;
  if (h?.brief !== undefined && h.brief !== '') out.description = h.brief;
  if (h?.extends.length) {
    out.extends = h.extends.map((e) => {
      const develops: Record<string, string[]> = {};
      for (const d of e.develops) {
        for (const x of [{ id: d.id, at: d.at }, ...d.by]) {
          if (!ID_PATTERN.test(x.id))
            diags.push(
              diagnostic(
                'X02',
                'error',
                x.at,
                `\`extends\` names ${JSON.stringify(x.id)}, which is not a valid id.`,
                'Name elements by their ids.',
              ),
            );
        }
        setOwn(
          develops,
          d.id,
          d.by.map((b) => b.id),
        );
      }
      return { module: idOfName.get(e.module) ?? toId(e.module, 'module'), develops };
    });
  }
  return out;
}
