// Part of `npm run build` (after tsc): bundle the report's browser script
// (src/web/report-app.ts) into dist/web/report-app.bundle.js, which the built
// CLI inlines into every HTML report. Same esbuild options as a run from source.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_NAME, bundleWebScript } from '../dist/node/web-assets.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'web', BUNDLE_NAME);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${bundleWebScript(path.join(root, 'src', 'web', 'report-app.ts'))}\n`);
console.log(`built ${path.relative(root, out)}`);
