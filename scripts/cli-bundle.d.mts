// Types of scripts/cli-bundle.mjs, for the tests that bundle the binary as the build does.
import type { BuildOptions } from 'esbuild';

export declare const EXTERNAL: string[];
export declare function cliBundleOptions(outdir: string): BuildOptions;
