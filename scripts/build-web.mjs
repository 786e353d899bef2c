// Part of `npm run build`: bundle the report's browser script
// (src/web/report-app.ts) into dist/web/report-app.bundle.js, which the built
// CLI inlines into every HTML report. Same esbuild options as a run from
// source: they live in src/node/web-assets.ts, bundled here into a temporary
// module to be called (dist/ holds no module tree to import them from).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
const tmp = fs.mkdtempSync(path.join(root, 'dist', '.web-assets-'));
try {
  const assets = path.join(tmp, 'web-assets.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'node', 'web-assets.ts')],
    outfile: assets,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const { BUNDLE_NAME, bundleWebScript } = await import(pathToFileURL(assets).href);
  const out = path.join(root, 'dist', 'web', BUNDLE_NAME);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${bundleWebScript(path.join(root, 'src', 'web', 'report-app.ts'))}\n`);
  console.log(`built ${path.relative(root, out)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
