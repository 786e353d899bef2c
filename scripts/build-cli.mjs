// Part of `npm run build` (after tsc has type-checked the sources): bundle the
// `warrant` binary into dist/cli/bin.js and dist/chunks/ (scripts/cli-bundle.mjs
// says why and how). `--outdir <dir>` writes the same build elsewhere (the
// benchmarks' fresh build).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { cliBundleOptions } from './cli-bundle.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = path.resolve(root, values.outdir);
const result = await esbuild.build({ ...cliBundleOptions(outdir), absWorkingDir: root, metafile: true });
const bin = path.join(outdir, 'cli', 'bin.js');
fs.chmodSync(bin, 0o755);
const files = Object.keys(result.metafile.outputs).length;
const modules = Object.keys(result.metafile.inputs).length;
console.log(`built ${path.relative(root, bin)}: ${modules} modules in ${files} files`);
