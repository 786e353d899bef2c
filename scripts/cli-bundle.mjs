// How the `warrant` binary is bundled: one esbuild configuration, shared by
// the build (scripts/build-cli.mjs), `npm run bench -- --build` and the test
// that the build ships no test code (test/layers.test.ts).
//
// Start-up used to read about 400 modules (ours, zod's, js-yaml's), one ESM
// resolution and compilation each: a fifth of `warrant check` on a large case.
// Bundled, the binary is dist/cli/bin.js plus shared chunks in dist/chunks/.
// Code splitting keeps each command's dynamic import a chunk of its own, so
// `warrant --version` still loads no schema, rule or renderer. Chunks sit one
// level below dist/, as the modules they replace did, so that a module finding
// files from its own URL (src/node/web-assets.ts: ../web/) finds them still.
//
// Dependencies are bundled too, except yauzl and yaml (CommonJS packages that
// require Node built-ins, which an ESM bundle cannot do; they load only for
// evidence import), esbuild (run from source only), and the review store's
// database drivers: better-sqlite3 is a native addon (a .node file esbuild
// cannot bundle) and pg is CommonJS with optional native parts; both load only
// for the `warrant server` commands.
import path from 'node:path';

export const EXTERNAL = ['esbuild', 'yaml', 'yauzl', 'better-sqlite3', 'pg'];

/**
 * zod's namespace object re-exports every locale (`z.locales`), so esbuild
 * cannot drop them: about 370 KB of the 920 KB chunk that every command
 * reading a case loads, parsed by V8 at each start. Warrant uses only the
 * English messages, which zod registers from locales/en.js directly; the
 * index that gathers the others is replaced by one that re-exports English.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/** esbuild options for the binary, written under `outdir`. */
export function cliBundleOptions(outdir) {
  return {
    entryPoints: {
      'cli/bin': 'src/cli/bin.ts',
      // Entries of their own for test/robustness/evidence-import.test.ts, which drives the built
      // `main` (without bin's process wiring) and the case lock in child processes.
      'cli/main': 'src/cli/main.ts',
      'node/case-lock': 'src/node/case-lock.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    external: EXTERNAL,
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [zodEnglishOnly],
  };
}
