// Issue 11, finding 1: keys named after Object.prototype's members. A field,
// id, rule, metric or task named `constructor`, `toString`, `__proto__`, ...
// is data like any other: it gets a diagnostic or is kept, never finds
// Object.prototype's member (a hint that was a function: "s.replace is not a
// function", SARIF's "function Object() { [native code] }") and never slips
// past validation (a `__proto__` entry zod's record skipped, then a crash in
// every command that read it). The property test throws such keys at every
// level of valid cases through every pure stage a command uses; the fixed
// cases pin each finding, in process and through the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { diffCases } from '../../src/analysis/diff/diff.js';
import { formatDiffJson } from '../../src/analysis/diff/format.js';
import type { EvalArtefact } from '../../src/evidence/eval-run.js';
import { lmEvalRuns } from '../../src/evidence/lm-eval/results.js';
import { readEvalLog } from '../../src/evidence/read-log.js';
import { provenanceOf } from '../../src/evidence/to-evidence.js';
import { importGsn2x } from '../../src/format/gsn2x/import.js';
import { loadCase } from '../../src/format/load-case.js';
import { memoryReader } from '../../src/format/memory-reader.js';
import { validCase } from '../arbitrary-case.js';
import { tempDir } from '../support/cli.js';
import { type Everything, runEverything } from '../support/everything.js';
import {
  dumpDoc,
  idRenames,
  keyMutation,
  mappingPaths,
  PROTO_IDS,
  PROTO_NAMES,
  parseDoc,
  renameKey,
} from '../support/key-renames.js';

const BIN = path.resolve('dist/cli/bin.js');
const noDist = !fs.existsSync(BIN) && 'dist not built';
const MINIMAL = fs.readFileSync('examples/minimal/warrant.yaml', 'utf8');

/** What a prototype name leaks as when it is looked up instead of read as data. */
const LEAKS = /native code|"hint": \{\}|\[object Object\]|s\.replace is not a function/;

/** Diagnostics, never a throw; every message and hint a string; no prototype member printed anywhere. */
function assertSurvives(r: Everything, what: string): void {
  if (!r.loaded) assert.ok(r.diagnostics.length > 0, `${what}: no case and no diagnostic`);
  for (const d of r.diagnostics) {
    assert.equal(typeof d.message, 'string', `${what}: ${d.code} message`);
    if (d.hint !== undefined) assert.equal(typeof d.hint, 'string', `${what}: ${d.code} hint`);
    assert.ok(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.col) && d.col >= 1, `${what}: ${d.code}`);
  }
  for (const text of [r.outputs.pretty, r.outputs.json, r.outputs.sarif, ...r.texts])
    assert.doesNotMatch(text, LEAKS, `${what}: a prototype member leaked into the output`);
}

/** Load and run everything on one root file, asking about the prototype names as ids. */
function everything(text: string, baseline?: string): Everything {
  return runEverything(
    { 'warrant.yaml': text },
    { ids: ['constructor', '__proto__', 'toString'], ...(baseline ? { baseline: { 'warrant.yaml': baseline } } : {}) },
  );
}

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe('keys named after Object.prototype members (finding 1)', () => {
  it('the names tested are every member of Object.prototype, __proto__ included', () => {
    for (const n of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'])
      assert.ok(PROTO_NAMES.includes(n), n);
    for (const n of ['isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString']) assert.ok(PROTO_NAMES.includes(n), n);
  });

  it('an unknown field with a prototype name, at the top and in a node, is L05 with a text hint', () => {
    for (const name of PROTO_NAMES) {
      const top = MINIMAL.replace('warrant: 2\n', `warrant: 2\n${name}: 1\n`);
      const node = MINIMAL.replace('    kind: context\n', `    kind: context\n    ${name}: x\n`);
      for (const [where, text] of [
        ['top', top],
        ['node', node],
      ] as const) {
        const r = everything(text as string);
        assertSurvives(r, `${name} at the ${where}`);
        const d = r.diagnostics.find((x) => x.code === 'L05');
        assert.ok(d, `${name} at the ${where}: L05`);
        assert.match(d.message, new RegExp(`Unknown field \`${name.replace(/\$/g, '\\$')}\``));
        assert.match(d.hint ?? '', /^Known fields here: /);
      }
    }
  });

  it('a __proto__ entry in argument, evidence, risks or criteria is validated: an invalid id (L08)', () => {
    const doc = parseDoc(MINIMAL) as Record<string, Record<string, unknown>>;
    const sections: [string, string[]][] = [
      ['argument', ['argument']],
      ['evidence', ['evidence']],
      ['risks', ['risks']],
      ['criteria', ['acceptability', 'criteria']],
    ];
    for (const [name, at] of sections) {
      const r = everything(dumpDoc(renameKey(doc, at, 0, '__proto__')));
      assertSurvives(r, name);
      assert.equal(r.loaded, false, `${name}: the case does not load`);
      const d = r.diagnostics.find((x) => x.code === 'L08' && x.message.includes('__proto__'));
      assert.ok(d, `${name}: ${codes(r).join(', ')}`);
      assert.match(d.message, new RegExp(`is not a valid id in \`${at.join('.')}\``));
    }
  });

  it('a __proto__ risk whose severity is a list is an error, not a case that then crashes every command', () => {
    const text = MINIMAL.replace(
      'risks:\n',
      'risks:\n  __proto__:\n    title: x\n    pathway: cyber\n    severity: [high, low]\n',
    );
    const r = everything(text);
    assertSurvives(r, 'risk __proto__');
    assert.equal(r.loaded, false);
    assert.ok(codes(r).includes('L08'));
  });

  it('a __proto__ entry of a record whose keys are free text is validated too, and kept when valid', () => {
    const withRules = (rules: string) => MINIMAL.replace('warrant: 2\n', `warrant: 2\nrules:\n${rules}`);
    const bad = everything(withRules('  __proto__: [error]\n'));
    assertSurvives(bad, 'rules.__proto__ a list');
    assert.equal(bad.loaded, false);
    assert.ok(
      bad.diagnostics.some((d) => d.code === 'L08' && d.message.includes('rules.__proto__')),
      codes(bad).join(),
    );
    // A valid setting under a name no rule has: the unknown rule, as for any other name.
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const r = everything(withRules(`  ${name}: off\n`));
      assertSurvives(r, `rules.${name}`);
      assert.ok(r.loaded);
      const d = r.diagnostics.find((x) => x.code === 'L14');
      assert.ok(d, `rules.${name}: ${codes(r).join()}`);
      assert.equal(d.message, `Unknown rule \`${name}\` in the rule configuration.`);
    }
  });

  it('a __proto__ metric in the provenance of an evidence item, below a list, is validated and kept when valid', () => {
    const withMetric = (value: string) =>
      MINIMAL.replace(
        '    polarity: supports\n',
        '    polarity: supports\n    provenance:\n      framework: inspect_ai\n      task: t\n      requested_model: m\n' +
          `      status: success\n      scores:\n        - scorer: s\n          metrics: { __proto__: ${value}, acc: 0.5 }\n`,
      );
    const bad = everything(withMetric('[1]'));
    assertSurvives(bad, 'metrics.__proto__ a list');
    assert.equal(bad.loaded, false);
    const d = bad.diagnostics.find((x) => x.message.includes('scores[0].metrics.__proto__'));
    assert.ok(d, bad.diagnostics.map((x) => x.message).join('\n'));
    const good = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': withMetric('0.25') }));
    const metrics = [...(good.case?.evidence.values() ?? [])].find((e) => e.provenance)?.provenance?.scores?.[0]
      ?.metrics;
    assert.ok(metrics && Object.hasOwn(metrics, '__proto__'), good.diagnostics.map((x) => x.message).join('\n'));
    assert.deepEqual(Object.entries(metrics), [
      ['__proto__', 0.25],
      ['acc', 0.5],
    ]);
  });

  it('a nested __proto__ entry (develops of a module header) is validated', () => {
    const text = MINIMAL.replace(
      'warrant: 2\n',
      'warrant: 2\nmodule:\n  id: main\n  extends:\n    - module: other\n      develops:\n        __proto__: 7\n',
    );
    const r = everything(text);
    assertSurvives(r, 'develops.__proto__');
    assert.ok(
      r.diagnostics.some((d) => d.code === 'L08' && d.message.includes('__proto__')),
      codes(r).join(),
    );
  });

  it('a context reference to a prototype name does not resolve (S27)', () => {
    for (const ref of ['context.constructor', 'context.model.toString', 'context.__proto__', 'context.tools.valueOf']) {
      const r = everything(MINIMAL.replace('ref: context.tools', `ref: ${ref}`));
      assertSurvives(r, ref);
      assert.ok(
        r.diagnostics.some((d) => d.code === 'S27' && d.message.includes(ref)),
        `${ref}: ${codes(r).join()}`,
      );
    }
  });

  it('the diff of a case whose criterion is renamed to a prototype name reports data, not the member', () => {
    const before = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': MINIMAL })).case;
    for (const name of PROTO_IDS) {
      const after = loadCase(
        'warrant.yaml',
        memoryReader({ 'warrant.yaml': MINIMAL.replaceAll('crit-injection', name) }),
      ).case;
      assert.ok(before && after, name);
      for (const text of [formatDiffJson(diffCases(before, after)), formatDiffJson(diffCases(after, before))]) {
        assert.doesNotMatch(text, LEAKS, name);
        assert.match(text, new RegExp(`criteria\\.${name}`), name);
      }
    }
  });

  it('ids named after prototype members make a valid case that every stage handles', () => {
    for (const name of PROTO_IDS) {
      for (const id of ['G-root', 'ev-injection-suite', 'risk-scanning', 'crit-injection', 'C-tool']) {
        const r = everything(MINIMAL.replaceAll(id, name), MINIMAL);
        assertSurvives(r, `${id} -> ${name}`);
        assert.ok(r.loaded, `${id} -> ${name}: ${codes(r).join()}`);
        assert.ok(!r.diagnostics.some((d) => d.severity === 'error' && /^[LS]/.test(d.code)), `${id} -> ${name}`);
      }
    }
  });
});

describe('every key of a case renamed to a prototype name (property)', { timeout: 60_000 }, () => {
  const minimalDoc = parseDoc(MINIMAL);

  it('any key at any level, any id: diagnostics and output, never a throw or a leaked member', () => {
    const docs = fc.oneof(validCase as fc.Arbitrary<unknown>, fc.constant(minimalDoc));
    const mutations = fc.array(keyMutation(fc.constantFrom(...PROTO_NAMES)), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(docs, mutations, (doc, ms) => {
        const mutated = ms.reduce((d, m) => m.apply(d), doc);
        assertSurvives(everything(dumpDoc(mutated), dumpDoc(doc)), ms.map((m) => m.describe).join('; '));
      }),
      { numRuns: 200 },
    );
  });

  it('ids renamed to prototype names: the same findings, through every stage', () => {
    const docs = fc.oneof(validCase as fc.Arbitrary<unknown>, fc.constant(minimalDoc));
    const sorted = (r: Everything) => r.diagnostics.map((d) => `${d.code} ${d.severity}`).sort();
    fc.assert(
      fc.property(docs, idRenames(), (doc, m) => {
        const before = everything(dumpDoc(doc));
        const after = everything(dumpDoc(m.apply(doc)), dumpDoc(doc));
        assertSurvives(after, m.describe);
        assert.ok(after.loaded, m.describe);
        assert.deepEqual(sorted(after), sorted(before), m.describe);
      }),
      { numRuns: 40 },
    );
  });

  it('every mapping of the minimal example, its first key renamed to __proto__ and to constructor', () => {
    const paths = mappingPaths(minimalDoc);
    assert.ok(paths.length > 50, `${paths.length} mappings`);
    for (const p of paths)
      for (const name of ['__proto__', 'constructor']) {
        const r = runEverything({ 'warrant.yaml': dumpDoc(renameKey(minimalDoc, p, 0, name)) });
        assertSurvives(r, `${p.join('.')} -> ${name}`);
      }
  });
});

describe('evidence readers and gsn2x import with prototype names', () => {
  const artefact: EvalArtefact = {
    path: 'results.json',
    format: 'lm-eval-results',
    sha256: '0'.repeat(64),
    bytes: 1,
  } as EvalArtefact;

  it('lm-eval: tasks and metrics named after prototype members are data, kept as own keys', () => {
    const top = JSON.parse(
      '{"results": {"constructor": {"acc,none": 0.5, "__proto__,none": 0.25}, "__proto__": {"acc,none": 0.75}},' +
        ' "versions": {"other": 1}, "n-shot": {}, "higher_is_better": {"constructor": {"__proto__": true}},' +
        ' "config": {"model": "m", "__proto__": {"leak": 1}}}',
    ) as Record<string, unknown>;
    const runs = lmEvalRuns(artefact, top);
    assert.deepEqual(
      runs.map((r) => r.task.name),
      ['constructor', '__proto__'],
    );
    for (const run of runs) {
      assert.equal(run.task.version, undefined, 'no version: the versions table has none for this task');
      assert.equal(run.task.nShot, undefined);
    }
    const metrics = runs[0]!.scores[0]!.metrics;
    assert.deepEqual(
      metrics.map((m) => m.name),
      ['acc', '__proto__'],
    );
    const provenance = provenanceOf(runs[0]!);
    const recorded = provenance.scores?.[0]?.metrics ?? {};
    assert.ok(Object.hasOwn(recorded, '__proto__'), 'the metric named __proto__ is an own key');
    assert.equal(Object.getPrototypeOf(recorded), Object.prototype);
    assert.deepEqual(Object.keys(recorded), ['acc', '__proto__']);
    assert.ok(Object.hasOwn(runs[0]!.config ?? {}, '__proto__'), 'the config entry is kept as data');
    // A registry name's package is looked up among the packages the log lists, not on Object.prototype.
    for (const pkg of PROTO_NAMES) {
      const run = runs[0]!;
      const named = {
        ...run,
        framework: { ...run.framework, packages: {} },
        task: { ...run.task, registryName: `${pkg}/t` },
      };
      assert.equal(provenanceOf(named).registry_version, undefined, pkg);
    }
    assert.equal((runs[0]!.config as Record<string, unknown>).leak, undefined, 'and does not become the prototype');
  });

  it('Inspect JSON log: a top-level __proto__ member is data, not the prototype the run is read from', async () => {
    const dir = tempDir();
    const spec = '{"task": "t", "model": "m", "packages": {"constructor": "1.0"}, "model_roles": {"__proto__": "g"}}';
    const hidden = path.join(dir, 'hidden.json');
    fs.writeFileSync(hidden, `{"version": 2, "status": "success", "__proto__": {"eval": ${spec}}}`);
    const r = await readEvalLog(hidden);
    assert.equal(r.ok, false, 'no "eval" of its own: not an Inspect log');
    if (!r.ok) assert.equal(r.error.code, 'E0802');
    const plain = path.join(dir, 'plain.json');
    fs.writeFileSync(plain, `{"version": 2, "status": "success", "eval": ${spec}}`);
    const ok = await readEvalLog(plain);
    assert.ok(ok.ok, ok.ok ? '' : ok.error.message);
    const run = ok.runs[0]!;
    assert.deepEqual(Object.entries(run.framework.packages ?? {}), [['constructor', '1.0']]);
    assert.deepEqual(Object.entries(run.model.roles ?? {}), [['__proto__', 'g']]);
  });

  it('gsn2x: elements, assurance claim points and develops named after prototype members', () => {
    const text = [
      'module: {name: Main, extends: [{module: Other, develops: {constructor: [toString], __proto__: [G1]}}]}',
      'G1: {text: g, supportedBy: [constructor], acp: {toString: G1, __proto__: G1}}',
      'constructor: {nodeType: Goal, text: c, undeveloped: true}',
      'toString: {nodeType: Goal, text: t, undeveloped: true}',
      '__proto__: {nodeType: Goal, text: p}',
      '',
    ].join('\n');
    const r = importGsn2x([{ path: 'case.gsn.yaml', text }]);
    for (const d of r.diagnostics) {
      assert.equal(typeof d.message, 'string');
      assert.equal(typeof d.hint, 'string');
    }
    // `__proto__` is not a valid id: reported where it is written, each time.
    assert.ok(r.diagnostics.filter((d) => d.code === 'X02' && d.message.includes('__proto__')).length >= 3);
    const ok = importGsn2x([{ path: 'case.gsn.yaml', text: text.replace(/__proto__/g, 'valueOf') }]);
    assert.deepEqual(
      ok.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    const loaded = loadCase('warrant.yaml', memoryReader(new Map(ok.files.map((f) => [f.path, f.text]))));
    assert.ok(loaded.case, loaded.diagnostics.map((d) => d.message).join('\n'));
    assert.deepEqual([...loaded.case.nodes.keys()].sort(), ['G1', 'constructor', 'toString', 'valueOf']);
  });
});

describe('the built CLI on prototype-named keys', { skip: noDist }, () => {
  function cli(args: string[], cwd: string) {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
    return { code: r.status, signal: r.signal, out: (r.stdout ?? '') + (r.stderr ?? '') };
  }
  const cases: Record<string, string> = {
    'a __proto__ risk with a list severity': MINIMAL.replace(
      'risks:\n',
      'risks:\n  __proto__:\n    title: x\n    pathway: cyber\n    severity: [high, low]\n',
    ),
    'an unknown field constructor at the top': MINIMAL.replace('warrant: 2\n', 'warrant: 2\nconstructor: 1\n'),
    'an unknown field constructor in a node': MINIMAL.replace(
      '    kind: context\n',
      '    kind: context\n    constructor: x\n',
    ),
  };

  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: check exits 1 or 2 with the diagnostic in pretty, JSON and SARIF`, () => {
      const dir = tempDir({ 'warrant.yaml': text });
      for (const format of ['pretty', 'json', 'sarif']) {
        const r = cli(['check', '--format', format, '--as-of', '2026-04-28'], dir);
        assert.equal(r.signal, null);
        assert.ok(r.code === 1 || r.code === 2, `${format}: exit ${r.code}\n${r.out}`);
        assert.match(r.out, /L0[58]/, format);
        assert.doesNotMatch(r.out, /internal error|function Object\(\)|native code|"hint": \{\}/, format);
      }
    });
  }

  it('a __proto__ risk with a list severity: report, status, critical and render refuse the case (exit 2)', () => {
    const dir = tempDir({ 'warrant.yaml': cases['a __proto__ risk with a list severity'] as string });
    for (const command of [['report'], ['status'], ['critical'], ['render', '-o', '-']]) {
      const r = cli([...command, '--as-of', '2026-04-28'], dir);
      assert.equal(r.code, 2, `${command[0]}: exit ${r.code}\n${r.out}`);
      assert.match(r.out, /L08/, command[0]);
      assert.doesNotMatch(r.out, /internal error|native code/, command[0]);
    }
  });
});
