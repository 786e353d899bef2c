import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { createFsReader } from '../node/fs-reader.js';
import { loadCase, type SourceReader } from './load-case.js';
import { loadCaseFast } from './load-case-fast.js';
import { memoryReader } from './memory-reader.js';

const ok = 'argument:\n  G1: { kind: claim, text: Safe to launch., undeveloped: true }\n';

/** A load as JSON: the case (positions are read lazily and not serialised), diagnostics, sources, fatal. */
const shown = (r: ReturnType<typeof loadCase>) => JSON.stringify({ ...r, sources: [...r.sources] });

function both(reader: SourceReader, root = 'warrant.yaml') {
  return { fast: loadCaseFast(root, reader), full: loadCase(root, reader) };
}

describe('loadCaseFast: the case without zod, or nothing when zod must explain a file', () => {
  const examples = fs
    .readdirSync('examples', { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join('examples', e.name, 'warrant.yaml')));

  it('loads every example case exactly as loadCase does', () => {
    assert.ok(examples.length >= 3);
    for (const e of examples) {
      const root = path.join('examples', e.name, 'warrant.yaml');
      const { fast, full } = both(createFsReader(process.cwd()), root);
      // examples/flawed has findings but is valid, so every example takes the fast path.
      assert.ok(fast, `${root} took the zod path`);
      assert.equal(shown(fast), shown(full), root);
    }
  });

  it('gives the same result as loadCase where the files are not invalid against the schema', () => {
    const inputs: Record<string, string>[] = [
      { 'warrant.yaml': EXAMPLE_HEADER + ok },
      { 'warrant.yaml': `${EXAMPLE_HEADER}argument: [\n` }, // L01: not YAML
      { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [missing.yaml]\n${ok}` }, // a missing include
      { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`, 'm.yaml': 'module: { id: m }\n' },
      { 'warrant.yaml': EXAMPLE_HEADER + ok, '.warrant.yaml': 'rules:\n  leaf-claim-without-evidence: off\n' },
    ];
    for (const files of inputs) {
      const { fast, full } = both(memoryReader(files));
      assert.ok(fast, Object.keys(files).join(', '));
      assert.equal(shown(fast), shown(full));
    }
  });

  it('gives nothing when a root, a module or the configuration is invalid, where loadCase explains why', () => {
    const invalid: [string, Record<string, string>][] = [
      [
        'L05',
        { 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., supportedBy: [G2] }\n` },
      ],
      ['L06', { 'warrant.yaml': `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., supported_by: G2 }\n` }],
      [
        'L06',
        { 'warrant.yaml': `${EXAMPLE_HEADER}includes: [m.yaml]\n${ok}`, 'm.yaml': 'module: { id: m }\nargument: 3\n' },
      ],
      ['L08', { 'warrant.yaml': EXAMPLE_HEADER + ok, '.warrant.yaml': 'rules:\n  some-rule: sometimes\n' }],
    ];
    for (const [code, files] of invalid) {
      const { fast, full } = both(memoryReader(files));
      assert.equal(fast, undefined, code);
      assert.ok(
        full.diagnostics.some((d) => d.code === code),
        `${code}: ${full.diagnostics.map((d) => d.code)}`,
      );
    }
  });
});
