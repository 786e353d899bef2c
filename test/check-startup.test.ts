// What `warrant check` loads before it reads a case: zod and the schemas built
// with it cost more at start-up than the rest of checking a small case, so the
// command's static imports in the build must not reach them (zod is imported
// only to explain an invalid file: src/format/load-case-fast.ts).
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { cliBundleOptions } from '../scripts/cli-bundle.mjs';

const REPO = path.resolve(import.meta.dirname, '..');

type Metafile = esbuild.Metafile;

let built: Promise<Metafile> | undefined;

/** The binary's build, as scripts/build-cli.mjs makes it, in memory; once for both tests. */
function build(): Promise<Metafile> {
  built ??= bundle();
  return built;
}

async function bundle(): Promise<Metafile> {
  const result = await esbuild.build({
    ...cliBundleOptions(path.join(REPO, 'dist')),
    absWorkingDir: REPO,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile as Metafile;
}

/** The source files of the output chunk for `entry` and of every chunk it imports statically. */
function staticInputs(meta: Metafile, entry: string): string[] {
  const start = Object.keys(meta.outputs).find((o) => meta.outputs[o]?.entryPoint === entry);
  assert.ok(start, `no output chunk for ${entry}`);
  const seen = new Set<string>();
  const inputs = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    const o = meta.outputs[out];
    for (const input of Object.keys(o?.inputs ?? {})) inputs.add(input);
    for (const i of o?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(start);
  return [...inputs];
}

describe('warrant check start-up', () => {
  it('the check command imports no zod and no schema statically; loading a case with zod does', async () => {
    const meta = await build();
    const check = staticInputs(meta, 'src/cli/commands/check.ts');
    assert.ok(check.includes('src/format/load-case-fast.ts'), check.join('\n'));
    assert.deepEqual(
      check.filter((f) => f.includes('node_modules/zod/') || f === 'src/model/schema.ts'),
      [],
    );
    // The walk finds zod where it is: the loader that explains invalid files.
    const full = staticInputs(meta, 'src/format/load-case.ts');
    assert.ok(full.includes('src/model/schema.ts'));
    assert.ok(full.some((f) => f.includes('node_modules/zod/')));
  });

  it('bundles zod with its English messages only', async () => {
    const meta = await build();
    const locales = Object.keys(meta.inputs).filter((f) => f.includes('node_modules/zod/v4/locales/'));
    assert.deepEqual(locales.map((f) => path.basename(f)).sort(), ['en.js', 'index.js']);
  });
});
