// The layers hold (test/support/layer-rules.ts): every module imports only
// what its layer may, the pure layers bundle for a browser with no Node
// built-in, and the build ships no test code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { cliBundleOptions } from '../scripts/cli-bundle.mjs';
import {
  type Edge,
  importGraph,
  importSpecifiers,
  isTestCode,
  layerOf,
  REPO,
  resolveImport,
  sourceModules,
  violations,
} from './support/import-graph.js';
import { BROWSER_LAYERS, NODE_GLOBALS, NODE_ONLY_PACKAGES } from './support/layer-rules.js';

const modules = sourceModules();

describe('layers: the import graph', () => {
  it('every module of src/ is in a layer and imports only what its layer may', () => {
    assert.deepEqual(violations(modules, importGraph(modules)), []);
  });

  it('the rules catch each kind of breach', () => {
    const edge = (from: string, to: string): Edge => resolveImport(from, to);
    const found = violations(
      ['src/brand-new/thing.ts'],
      [
        edge('src/server/preview.ts', '../cli/options.js'),
        edge('src/cli/commands/report.ts', '../../server/preview.js'),
        edge('src/render/report/html.ts', '../../node/web-assets.js'),
        edge('src/format/load-case.ts', '../cli/io.js'),
        edge('src/format/load-case.ts', 'node:path/posix'),
        edge('src/util/sha256.ts', 'crypto'),
        edge('src/evidence/to-evidence.ts', './read-log.js'),
        edge('src/web/report-app.ts', 'yauzl'),
        edge('src/node/case-view.ts', '../server/preview.js'),
        edge('src/check/run-check.ts', './no-such-module.js'),
      ],
    );
    assert.equal(found.length, 11, found.join('\n'));
    assert.match(found[0]!, /brand-new\/thing\.ts is in no layer/);
    assert.match(found.join('\n'), /server\/preview\.ts \(server\) imports src\/cli\/options\.ts \(cli\)/);
    assert.match(found.join('\n'), /Node built-in crypto, but core must run in a browser/);
  });

  it('lets the serve command start the server, and nothing else cross between the shells', () => {
    assert.deepEqual(violations([], [resolveImport('src/cli/commands/serve.ts', '../../server/preview.js')]), []);
    assert.equal(violations([], [resolveImport('src/cli/commands/check.ts', '../../server/preview.js')]).length, 1);
  });

  it('reads every import esbuild finds, type-only ones too', async () => {
    const result = await esbuild.build({
      entryPoints: modules.map((m) => path.join(REPO, m)),
      absWorkingDir: REPO,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      packages: 'external',
      format: 'esm',
      outdir: 'out',
      logLevel: 'silent',
    });
    const ours = new Set(importGraph(modules).map((e) => `${e.from} -> ${e.to}`));
    const missed: string[] = [];
    for (const [file, input] of Object.entries(result.metafile.inputs)) {
      if (!file.startsWith('src/')) continue;
      for (const i of input.imports) {
        // A package's name: its first part, or its first two for a scoped one (@hono/node-server).
        const to = i.external ? (isBuiltin(i.path) ? i.path : resolveImport(file, i.path).to) : i.path;
        if (!ours.has(`${file} -> ${to}`)) missed.push(`${file} -> ${to}`);
      }
    }
    assert.deepEqual(missed, []);
    const types = importSpecifiers(
      "import type { Case } from '../model/case.js';\nimport {\n  a,\n  type B,\n} from './b.js';",
    );
    assert.deepEqual(types, ['../model/case.js', './b.js']);
  });
});

/** Fails the bundle on any Node built-in or Node-only package, naming the module that imports it. */
const browserOnly: esbuild.Plugin = {
  name: 'browser-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path : args.path.split('/')[0]!;
      if (!isBuiltin(args.path) && !NODE_ONLY_PACKAGES.includes(name)) return undefined;
      const by = path.relative(REPO, args.importer) || args.importer;
      return { errors: [{ text: `${by} imports ${args.path}, which needs Node` }] };
    });
  },
};

async function bundleForBrowser(options: esbuild.BuildOptions): Promise<string[]> {
  try {
    const r = await esbuild.build({
      ...options,
      absWorkingDir: REPO,
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: 'out',
      logLevel: 'silent',
      plugins: [browserOnly],
    });
    return r.errors.map((e) => e.text);
  } catch (e) {
    return (e as esbuild.BuildFailure).errors.map((x) => x.text);
  }
}

/**
 * Each module's free uses of Node's globals, as "<module> uses <name>".
 * esbuild's `define` replaces a global only where the name is free (not a
 * local, a parameter, a property or a string), with a marker to look for.
 */
async function nodeGlobalsIn(options: esbuild.BuildOptions): Promise<string[]> {
  const define: Record<string, string> = {};
  NODE_GLOBALS.forEach((g, i) => {
    define[g] = `__node_global_${i}`;
    define[`globalThis.${g}`] = `__node_global_${i}`;
  });
  const r = await esbuild.build({
    ...options,
    absWorkingDir: REPO,
    outbase: REPO,
    outdir: 'out',
    bundle: false,
    write: false,
    format: 'esm',
    platform: 'neutral',
    define,
    logLevel: 'silent',
  });
  const found = new Set<string>();
  for (const f of r.outputFiles) {
    const module = path.relative(path.join(REPO, 'out'), f.path).replace(/\.js$/, '.ts');
    for (const m of f.text.matchAll(/__node_global_(\d+)\b/g))
      found.add(`${module} uses ${NODE_GLOBALS[Number(m[1])]}`);
  }
  return [...found].sort();
}

describe('layers: the pure core runs in a browser', () => {
  it(`every module of ${BROWSER_LAYERS.join(', ')} bundles for the browser, with no Node built-in`, async () => {
    const entries = modules.filter((m) => BROWSER_LAYERS.includes(layerOf(m)!));
    assert.ok(entries.length > 150, `only ${entries.length} browser modules found`);
    assert.ok(entries.includes('src/format/load-case.ts') && entries.includes('src/render/report/html.ts'));
    assert.deepEqual(await bundleForBrowser({ entryPoints: entries }), []);
  });

  it(`no module of ${BROWSER_LAYERS.join(', ')} uses a Node global (${NODE_GLOBALS.join(', ')})`, async () => {
    const entries = modules.filter((m) => BROWSER_LAYERS.includes(layerOf(m)!));
    assert.deepEqual(await nodeGlobalsIn({ entryPoints: entries.map((m) => path.join(REPO, m)) }), []);
  });

  it('the Node-global check finds each global used freely, and not a local, a property or a string', async () => {
    const contents = [
      "const b: Buffer = Buffer.from('x');",
      'export const home = process.env.HOME;',
      'export const dir = __dirname;',
      "export const req = require('x');",
      '(global as { x?: number }).x = 1;',
      'setImmediate(() => {});',
      'export const p = globalThis.process;',
      'function shadow(process: number, Buffer: string) {',
      '  return process + Buffer;',
      '}',
      'export const obj = { process: 1, Buffer: 2, require: 3 };',
      "export const s = 'Buffer process require global';",
      'export const q = obj.process + obj.require;',
      'export { b, shadow };',
    ].join('\n');
    const found = await nodeGlobalsIn({
      stdin: { contents, loader: 'ts', sourcefile: 'src/leaky.ts', resolveDir: path.join(REPO, 'src') },
    });
    assert.deepEqual(
      found.map((f) => f.replace(/^\S+ uses /, '')),
      ['Buffer', '__dirname', 'global', 'process', 'require', 'setImmediate'],
    );
  });

  it('the bundle check fails on a Node built-in, with or without node:, and on a Node-only package', async () => {
    const errors = await bundleForBrowser({
      stdin: {
        contents: [
          "import fs from 'node:fs';",
          "import path from 'path';",
          "import yauzl from 'yauzl';",
          'export { fs, path, yauzl };',
        ].join('\n'),
        resolveDir: path.join(REPO, 'src'),
        sourcefile: 'src/leaky.ts',
        loader: 'ts',
      },
    });
    assert.equal(errors.length, 3, errors.join('\n'));
    assert.match(errors.join('\n'), /imports node:fs, which needs Node/);
  });
});

/** Program files of the build that are test code, or that live outside src/. */
function testCodeIn(files: readonly string[], read: (f: string) => string): string[] {
  return files.filter((f) => !f.startsWith('src/') || isTestCode(f, read(f)));
}

describe('layers: the build ships no test code', () => {
  it('bundles what the `warrant` binary uses, and no test, test helper or test folder', async () => {
    const result = await esbuild.build({
      ...cliBundleOptions(path.join(REPO, 'dist')),
      absWorkingDir: REPO,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const files = Object.keys(result.metafile?.inputs ?? {}).filter((f) => !f.startsWith('node_modules/'));
    assert.ok(files.includes('src/cli/bin.ts') && files.includes('src/check/rules/facts.ts'), files.join('\n'));
    assert.deepEqual(
      testCodeIn(files, (f) => fs.readFileSync(path.join(REPO, f), 'utf8')),
      [],
    );
  });

  it('type-checks for the build what the binary uses, and no test, test helper or test folder', () => {
    const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--listFilesOnly'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const files = r.stdout
      .split('\n')
      .filter((f) => f && !f.includes('/node_modules/'))
      .map((f) => path.relative(REPO, f).split(path.sep).join('/'));
    assert.ok(files.includes('src/cli/bin.ts') && files.includes('src/check/rules/facts.ts'), files.join('\n'));
    assert.deepEqual(
      testCodeIn(files, (f) => fs.readFileSync(path.join(REPO, f), 'utf8')),
      [],
    );
  });

  it('the check flags a test, a test helper, a test folder and a file outside src/', () => {
    const text: Record<string, string> = {
      'src/check/rules/helper.ts': "import assert from 'node:assert/strict';\nimport { it } from 'node:test';\n",
      'src/check/rules/engine.ts': "import { x } from './y.js';\n",
    };
    const files = [
      'src/check/rules/engine.ts',
      'src/check/rules/helper.ts',
      'src/check/rules/engine.test.ts',
      'src/check/testing/cases.ts',
      'test/support/cli.ts',
    ];
    assert.deepEqual(
      testCodeIn(files, (f) => text[f] ?? ''),
      files.slice(1),
    );
  });

  it('dist/, when built, holds no test code', {
    skip: !fs.existsSync(path.join(REPO, 'dist')) && 'dist not built',
  }, () => {
    const found: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.test\.js$/.test(e.name) || /from\s*['"]node:test['"]/.test(fs.readFileSync(p, 'utf8')))
          found.push(path.relative(REPO, p));
      }
    };
    walk(path.join(REPO, 'dist'));
    assert.deepEqual(found, []);
  });
});
