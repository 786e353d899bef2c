// The browser script of the report (src/web/report-app.ts) as one inline-able
// string. `npm run build` bundles it once into dist/web/report-app.bundle.js
// (scripts/build-web.mjs); the built CLI reads that file. Run from the sources
// (tests, tsx), it is bundled from src/web with esbuild, in process, from the
// installed package: never fetched from anywhere. The two paths use the same
// options, so a report is byte-identical either way.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BUNDLE_NAME = 'report-app.bundle.js';
const cache = new Map<string, string>();

/** Bundle a browser entry with esbuild: one IIFE, minified, no comments, ES2020. */
export function bundleWebScript(entry: string): string {
  const require = createRequire(import.meta.url);
  const esbuild = require('esbuild') as typeof import('esbuild');
  const out = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text.trimEnd();
}

/** The report's browser script: bundled from the sources beside this file, or the prebuilt bundle. */
export function reportScript(): string {
  const cached = cache.get('report');
  if (cached !== undefined) return cached;
  const source = path.join(here, '..', 'web', 'report-app.ts');
  const bundle = path.join(here, '..', 'web', BUNDLE_NAME);
  let text: string;
  if (fs.existsSync(source)) text = bundleWebScript(source);
  else if (fs.existsSync(bundle)) text = fs.readFileSync(bundle, 'utf8').trimEnd();
  else throw new Error(`The report's browser script is missing (${bundle}); run \`npm run build\`.`);
  cache.set('report', text);
  return text;
}
