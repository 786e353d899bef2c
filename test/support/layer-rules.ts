// The layers of src/ and what each may import: the one place the rules are
// written down. test/layers.test.ts holds every module of src/ (tests aside)
// to them, and bundles the layers marked `browser` for the browser with no
// Node built-ins. A new folder or file must be placed in a layer here first.

export type Layer = 'core' | 'evidence' | 'evidence-readers' | 'web' | 'node' | 'store' | 'server' | 'cli';

export interface LayerRule {
  /** Folders (ending in "/") and files the layer holds. A file belongs to the layer with the longest matching path. */
  paths: readonly string[];
  /** The layers its modules may import (its own included). */
  mayImport: readonly Layer[];
  /** May import Node built-ins (node:fs, ...) and Node-only packages. False: the layer runs in a browser. */
  node: boolean;
  why: string;
}

export const LAYERS: Record<Layer, LayerRule> = {
  core: {
    paths: [
      'src/model/',
      'src/format/',
      'src/check/',
      'src/analysis/',
      'src/render/',
      'src/output/',
      'src/util/',
      'src/record/',
      'src/review/',
      'src/version.ts',
    ],
    mayImport: ['core'],
    node: false,
    why: 'The pure core: no file, network or clock access, so it runs in a browser as it runs in Node.',
  },
  evidence: {
    paths: ['src/evidence/'],
    mayImport: ['core', 'evidence'],
    node: false,
    why: 'Evidence from evaluation runs, pure: a run to an item, planning an import, drift, verification.',
  },
  'evidence-readers': {
    paths: [
      'src/evidence/read-log.ts',
      'src/evidence/hash.ts',
      'src/evidence/inspect/eval-log.ts',
      'src/evidence/inspect/json-log.ts',
      'src/evidence/json/scan-file.ts',
      'src/evidence/json/tolerant.ts',
      'src/evidence/zip/',
    ],
    mayImport: ['core', 'evidence', 'evidence-readers'],
    node: true,
    why: 'The evaluation-log readers stream logs of hundreds of MB from disk, so they read files themselves.',
  },
  web: {
    paths: ['src/web/'],
    mayImport: ['core', 'web'],
    node: false,
    why: "The report's browser script.",
  },
  node: {
    paths: ['src/node/'],
    mayImport: ['core', 'evidence', 'evidence-readers', 'node'],
    node: true,
    why: 'Node-only code both shells use: the fs reader, how paths are shown, a case loaded for a page, web assets.',
  },
  store: {
    paths: ['src/store/'],
    mayImport: ['core', 'node', 'store'],
    node: true,
    why: 'The review store: SQLite or PostgreSQL through Kysely, the event log, accounts. A shell: the only layer that talks to a database.',
  },
  server: {
    paths: ['src/server/'],
    mayImport: ['core', 'evidence', 'node', 'store', 'server'],
    node: true,
    why: 'The shell of `warrant serve`: node:http, file watching, Server-Sent Events.',
  },
  cli: {
    paths: ['src/cli/'],
    mayImport: ['core', 'evidence', 'evidence-readers', 'node', 'store', 'cli'],
    node: true,
    why: 'The shell of the `warrant` command: arguments, files, exit codes.',
  },
};

/** Imports allowed although the layers alone forbid them, each with its reason. */
export const EXCEPTIONS: readonly { from: string; to: string; why: string }[] = [
  {
    from: 'src/cli/commands/serve.ts',
    to: 'src/server/preview.ts',
    why: '`warrant serve` starts the preview server: the one way from the CLI into the server (never the reverse).',
  },
];

/**
 * Node's globals: a layer with `node: false` must not use them (as free names;
 * a local, a property or a string of the same name is fine), a browser has none.
 */
export const NODE_GLOBALS: readonly string[] = [
  'Buffer',
  'process',
  'global',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'setImmediate',
  'clearImmediate',
];

/** npm packages that need Node (a layer with `node: false` must not import them). */
export const NODE_ONLY_PACKAGES: readonly string[] = ['esbuild', 'yauzl', 'better-sqlite3', 'pg', 'kysely'];

/**
 * Test code, in src/ or not: a test file, a module in a test-only folder, or a
 * test helper (it imports node:test). It is in no layer and never in dist/.
 */
export const TEST_FILE = /\.test\.ts$|(^|\/)(test|bench|testing|test-support)\//;
export const TEST_HELPER_IMPORT = /^\s*import\b[^;]*?'node:test'/m;

/** The layers that must bundle for a browser. */
export const BROWSER_LAYERS: readonly Layer[] = (Object.keys(LAYERS) as Layer[]).filter((l) => !LAYERS[l].node);
