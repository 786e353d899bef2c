// The import graph of src/ (tests aside) and the layer rules of
// layer-rules.ts applied to it. Imports are read from the source text, type-only
// ones included: a type imported across a layer couples the code as much as a
// value does. test/layers.test.ts checks this reader against esbuild's.
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCEPTIONS, LAYERS, type Layer, NODE_ONLY_PACKAGES, TEST_FILE, TEST_HELPER_IMPORT } from './layer-rules.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Edge =
  | { from: string; kind: 'module'; to: string }
  | { from: string; kind: 'builtin' | 'package'; to: string }
  | { from: string; kind: 'unresolved'; to: string };

const toPosix = (p: string) => p.split(path.sep).join('/');

/** A repo-relative file is test code: a test, in a test-only folder, or a test helper. */
export function isTestCode(file: string, text = fs.readFileSync(path.join(REPO, file), 'utf8')): boolean {
  return TEST_FILE.test(file) || TEST_HELPER_IMPORT.test(text);
}

/** Every module of `dir` (repo-relative, "/"-separated) that is not test code. */
export function sourceModules(dir = 'src'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(REPO, d), { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !isTestCode(p)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

// Biome formats every import with single quotes and starts each statement on its own line.
const STATEMENT = /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*'([^']+)'/gm;
const SIDE_EFFECT = /^\s*import\s*'([^']+)'/gm;
const DYNAMIC = /\bimport\(\s*'([^']+)'\s*\)/g;

/** What a module imports: static imports, re-exports, type-only, side-effect and dynamic imports. */
export function importSpecifiers(text: string): string[] {
  const specs = new Set<string>();
  for (const re of [STATEMENT, SIDE_EFFECT, DYNAMIC]) for (const m of text.matchAll(re)) specs.add(m[1]!);
  return [...specs];
}

/** A specifier of `from` as an edge: a module of the repo, a Node built-in or a package. */
export function resolveImport(from: string, spec: string): Edge {
  if (isBuiltin(spec)) return { from, kind: 'builtin', to: spec };
  if (!spec.startsWith('.')) {
    const parts = spec.split('/');
    return { from, kind: 'package', to: spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
  }
  const target = toPosix(path.join(path.dirname(from), spec)).replace(/\.js$/, '');
  for (const candidate of [`${target}.ts`, `${target}/index.ts`, target]) {
    if (fs.existsSync(path.join(REPO, candidate)) && fs.statSync(path.join(REPO, candidate)).isFile())
      return { from, kind: 'module', to: candidate };
  }
  return { from, kind: 'unresolved', to: spec };
}

export function importGraph(files: readonly string[]): Edge[] {
  return files.flatMap((f) =>
    importSpecifiers(fs.readFileSync(path.join(REPO, f), 'utf8')).map((s) => resolveImport(f, s)),
  );
}

/** The layer a file belongs to: the one with the longest path that holds it. */
export function layerOf(file: string): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const [layer, rule] of Object.entries(LAYERS) as [Layer, (typeof LAYERS)[Layer]][]) {
    for (const p of rule.paths) {
      const holds = p.endsWith('/') ? file.startsWith(p) : file === p;
      if (holds && (!best || p.length > best.length)) best = { layer, length: p.length };
    }
  }
  return best?.layer;
}

/** Every way `edges` break the layer rules, one readable line each; `files` must each be in a layer. */
export function violations(files: readonly string[], edges: readonly Edge[]): string[] {
  const out: string[] = [];
  for (const f of files) if (!layerOf(f)) out.push(`${f} is in no layer: place it in test/support/layer-rules.ts`);
  for (const e of edges) {
    const from = layerOf(e.from);
    if (!from) continue;
    const rule = LAYERS[from];
    if (e.kind === 'unresolved') out.push(`${e.from} imports ${e.to}, which does not resolve to a module`);
    else if (e.kind === 'builtin' && !rule.node)
      out.push(`${e.from} (${from}) imports the Node built-in ${e.to}, but ${from} must run in a browser`);
    else if (e.kind === 'package' && !rule.node && NODE_ONLY_PACKAGES.includes(e.to))
      out.push(`${e.from} (${from}) imports ${e.to}, which needs Node, but ${from} must run in a browser`);
    else if (e.kind === 'module') {
      const to = layerOf(e.to);
      const excepted = EXCEPTIONS.some((x) => x.from === e.from && x.to === e.to);
      if (!to) out.push(`${e.from} (${from}) imports ${e.to}, which is in no layer`);
      else if (!rule.mayImport.includes(to) && !excepted)
        out.push(`${e.from} (${from}) imports ${e.to} (${to}); ${from} may import only ${rule.mayImport.join(', ')}`);
    }
  }
  return out;
}
