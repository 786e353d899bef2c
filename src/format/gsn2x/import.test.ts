import assert from 'node:assert/strict';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { loadCase } from '../load-case.js';
import { importGsn2x } from './import.js';
import { filesReader } from './memory.js';
import type { Gsn2xFile } from './read-modules.js';

const one = (text: string, path = 'case.gsn.yaml') => importGsn2x([{ path, text }]);
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

/** The argument section of the root file an import produced. */
function argument(files: Gsn2xFile[]): Record<string, Record<string, unknown>> {
  const root = yaml.load(files[0]?.text ?? '') as { argument?: Record<string, Record<string, unknown>> };
  return root.argument ?? {};
}

function loads(files: Gsn2xFile[], root = 'warrant.yaml') {
  const r = loadCase(root, filesReader(files));
  assert.deepEqual(r.diagnostics, [], 'the import loads without loader diagnostics');
  assert.ok(r.case);
  return r.case;
}

test('maps each gsn2x type to its Warrant kind', () => {
  const r = one(
    'G1: {text: g}\nS1: {text: s}\nSn1: {text: sn}\nC1: {text: c}\nA1: {text: a}\nJ1: {text: j}\nCG1: {text: cg, challenges: G1}\nCSn1: {text: csn, challenges: S1}\n',
  );
  assert.deepEqual(r.diagnostics, []);
  const a = argument(r.files);
  assert.deepEqual(Object.fromEntries(Object.entries(a).map(([id, n]) => [id, [n.kind, n.form ?? '']])), {
    G1: ['claim', ''],
    S1: ['strategy', ''],
    Sn1: ['evidence', ''],
    C1: ['context', ''],
    A1: ['assumption', ''],
    J1: ['justification', ''],
    CG1: ['defeater', 'counter-claim'],
    CSn1: ['defeater', 'counter-evidence'],
  });
  assert.equal(a.CG1?.status, 'open');
  assert.deepEqual(a.CG1?.challenges, ['G1']);
  loads(r.files);
});

test('maps links, flags and assurance claim points', () => {
  const r = one(
    [
      'G1:',
      '  text: top',
      '  supportedBy: S1',
      '  inContextOf: [C1, A1]',
      '  url: https://example.org/g1',
      '  acp: {ACP1: S1, ACP2: [C1, A1]}',
      'S1: {text: s, undeveloped: true, defeated: true}',
      'C1: {text: c}',
      'A1: {text: a}',
      'CG1: {text: cg, challenges: "S1->G1", defeatedRelation: S1}',
      '',
    ].join('\n'),
  );
  assert.deepEqual(r.diagnostics, []);
  const a = argument(r.files);
  assert.deepEqual(a.G1, {
    kind: 'claim',
    text: 'top',
    supported_by: ['S1'],
    in_context_of: ['C1', 'A1'],
    url: 'https://example.org/g1',
    acp: { ACP1: 'S1', ACP2: ['C1', 'A1'] },
  });
  assert.deepEqual(a.S1, { kind: 'strategy', text: 's', undeveloped: true, defeated: true });
  assert.deepEqual(a.CG1, {
    kind: 'defeater',
    form: 'counter-claim',
    text: 'cg',
    status: 'open',
    challenges: ['S1 -> G1'],
    defeated_relations: ['S1'],
  });
  loads(r.files);
});

test('layout-only fields, layers and unknown attributes go under layout in source order', () => {
  const r = one(
    'Sn1:\n  text: s\n  layer1: extra\n  horizontalIndex: {relative: -1}\n  rankIncrement: 2\n  charWrap: 20\n  classes: [a, b]\n  level: x\n  constructor: c\n',
  );
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(argument(r.files).Sn1?.layout, {
    layer1: 'extra',
    horizontalIndex: { relative: -1 },
    rankIncrement: 2,
    charWrap: 20,
    classes: ['a', 'b'],
    level: 'x',
    constructor: 'c',
  });
  loads(r.files);
});

test('an element without text takes its id as text and records that', () => {
  const r = one('G1:\n  supportedBy: Sn1\nSn1: {}\nC1:\nA1: {text: ""}\n');
  assert.deepEqual(r.diagnostics, []);
  const a = argument(r.files);
  for (const id of ['G1', 'Sn1', 'C1', 'A1']) {
    assert.equal(a[id]?.text, id);
    assert.deepEqual(a[id]?.layout, { text: 'absent' });
  }
  loads(r.files);
});

test('nodeType wins over the prefix and is recorded when it disagrees', () => {
  const r = one(
    'CCSn1: {nodeType: CounterSolution, challenges: G1}\nG1: {text: g, nodeType: Goal}\nX9: {text: x, nodeType: Strategy}\n',
  );
  assert.deepEqual(r.diagnostics, []);
  const a = argument(r.files);
  assert.equal(a.CCSn1?.kind, 'defeater');
  assert.equal(a.CCSn1?.form, 'counter-evidence');
  assert.equal((a.CCSn1!.layout as Record<string, unknown>).nodeType, 'CounterSolution');
  assert.equal(a.G1?.layout, undefined, 'an agreeing nodeType is not recorded');
  assert.equal(a.X9?.kind, 'strategy');
  loads(r.files);
});

test('fields the kind cannot hold are kept as layout with a warning (X04)', () => {
  const r = one('Sn1: {text: s, supportedBy: G1}\nC1: {text: c, inContextOf: A1, undeveloped: true}\nG1: {text: g}\n');
  assert.deepEqual(codes(r), ['X04', 'X04', 'X04']);
  assert.ok(r.diagnostics.every((d) => d.severity === 'warning'));
  const a = argument(r.files);
  assert.deepEqual(a.Sn1?.layout, { supportedBy: 'G1' });
  assert.deepEqual(a.C1?.layout, { inContextOf: 'A1', undeveloped: true });
  loads(r.files);
});

test('an element other than a counter-goal or counter-solution that challenges is an error (X07, gsn2x V12)', () => {
  const r = one(
    'G1: {text: g, supportedBy: [Sn1]}\nSn1: {text: s}\nG2:\n  text: g2\n  challenges: G1\n' +
      'Sn2: {nodeType: Solution, text: s2, challenges: [Sn1]}\nCG1: {text: cg, challenges: G1}\n',
  );
  assert.deepEqual(codes(r), ['X07', 'X07']);
  assert.ok(r.diagnostics.every((d) => d.severity === 'error'));
  assert.deepEqual(
    r.diagnostics.map((d) => [d.line, d.col, d.target]),
    [
      [5, 3, 'G2'],
      [6, 37, 'Sn2'],
    ],
  );
  assert.match(r.diagnostics[0]?.message ?? '', /G2 is a gsn2x Goal, which cannot challenge/);
  assert.match(r.diagnostics[0]?.hint ?? '', /CounterGoal/);
  assert.deepEqual(r.files, [], 'nothing is written after an error');
});

test('a counter element challenging is not X07, whatever its id (nodeType decides)', () => {
  const r = one('G1: {text: g, undeveloped: true}\nCCSn1: {nodeType: CounterSolution, challenges: G1}\n');
  assert.deepEqual(codes(r), []);
  loads(r.files);
});

test('a nodeType that contradicts the id prefix is a warning (X06, gsn2x V08); the declared type is used', () => {
  const r = one('G1: {text: g, supportedBy: [G2]}\nG2:\n  text: a test report\n  nodeType: Solution\n');
  assert.deepEqual(codes(r), ['X06']);
  const d = r.diagnostics[0]!;
  assert.equal(d.severity, 'warning');
  assert.deepEqual([d.line, d.col, d.target], [4, 13, 'G2']);
  assert.equal(d.message, 'G2 is declared a Solution, but its id says Goal; the declared type is used.');
  assert.match(d.hint ?? '', /starts with Sn/);
  const a = argument(r.files);
  assert.equal(a.G2?.kind, 'evidence');
  assert.equal((a.G2!.layout as Record<string, unknown>).nodeType, 'Solution');
  loads(r.files);
});

test('no X06 where the nodeType agrees or the id names no type', () => {
  const r = one(
    'G1: {text: g, nodeType: Goal, supportedBy: [Gate, Sn1]}\nGate: {nodeType: Solution}\n' +
      'Sn1: {nodeType: Solution}\nX1: {nodeType: Context}\n',
  );
  assert.deepEqual(codes(r), []);
});

test('an element without a type is an error (X01) and nothing is produced', () => {
  const r = one('G1: {text: g}\nX1: {text: x}\nY1: {text: y, nodeType: Widget}\n');
  assert.deepEqual(codes(r), ['X01', 'X01']);
  assert.deepEqual(r.files, []);
  assert.deepEqual([r.diagnostics[0]?.line, r.diagnostics[0]?.col], [2, 1]);
  assert.deepEqual([r.diagnostics[1]?.line, r.diagnostics[1]?.col], [3, 25]);
});

test('a list written as one string is reported with a fix (X02)', () => {
  const r = one('G1:\n  text: g\n  supportedBy: G2, G3\n');
  assert.deepEqual(codes(r), ['X02']);
  assert.equal(r.diagnostics[0]?.line, 3);
  assert.match(r.diagnostics[0]?.hint ?? '', /\[G2, G3\]/);
});

test('values of the wrong type are errors (X03) with positions', () => {
  const r = one(
    'G1:\n  text: [a]\n  undeveloped: maybe\n  supportedBy: {a: 1}\nG2: just text\nG3: {text: t, acp: [x]}\n',
  );
  assert.deepEqual(codes(r), ['X03', 'X03', 'X03', 'X03', 'X03']);
  assert.deepEqual(
    r.diagnostics.map((d) => d.line),
    [2, 3, 4, 5, 6],
  );
  assert.deepEqual(r.files, []);
});

test('scalar text that is not a string is kept as text', () => {
  const r = one('G1: {text: 42, undeveloped: true}\n');
  assert.deepEqual(r.diagnostics, []);
  assert.equal(argument(r.files).G1?.text, '42');
});

test('a document that is not a mapping is an error; an empty one imports as an empty case', () => {
  assert.deepEqual(codes(one('- G1\n- G2\n')), ['X03']);
  assert.deepEqual(codes(one('just words')), ['X03']);
  const empty = one('');
  assert.deepEqual(empty.diagnostics, []);
  loads(empty.files);
});

test('YAML errors carry the loader codes', () => {
  assert.deepEqual(codes(one('G1: {text: [\n')), ['L01']);
  assert.deepEqual(codes(one('G1: {text: a}\nG1: {text: b}\n')), ['L02']);
});

test('the synthesised header is marked, named after the module or file, and overridable', () => {
  const r = one('G1: {text: g, undeveloped: true}\n', 'dir/my case.gsn.yaml');
  const text = r.files[0]?.text ?? '';
  assert.match(text, /^# Imported from gsn2x my case\.gsn\.yaml/);
  assert.match(text, /synthesised by `warrant import gsn2x`/);
  const root = yaml.load(text) as { case: Record<string, unknown> };
  assert.equal(root.case.id, 'my-case');
  assert.equal(root.case.status, 'draft');
  assert.deepEqual((root.case.decision_boundary as Record<string, unknown>).kind, 'continue-training');

  const o = importGsn2x([{ path: 'x.gsn.yaml', text: 'module: {name: Main}\nG1: {text: g, undeveloped: true}\n' }], {
    header: {
      title: 'Agent tools case',
      kind: 'agent-tools',
      decision: 'Enable the browsing tool for internal agents',
      version: '0.3',
      status: 'in-review',
    },
  });
  const h = (yaml.load(o.files[0]?.text ?? '') as { case: Record<string, unknown> }).case;
  assert.deepEqual(h, {
    id: 'Main',
    title: 'Agent tools case',
    version: '0.3',
    status: 'in-review',
    decision_boundary: { kind: 'agent-tools', decision: 'Enable the browsing tool for internal agents' },
  });
  loads(o.files);
});

test('the module header maps name, brief and extends; a name that is not an id becomes the title', () => {
  const r = importGsn2x([
    {
      path: 't/template.gsn.yaml',
      text: 'module: {name: Template Module, brief: The template}\nG1: {text: g, undeveloped: true}\n',
    },
    {
      path: 't/instance.gsn.yaml',
      text: 'module:\n  name: instance\n  extends:\n    - module: Template Module\n      develops: {G1: [G2]}\nG2: {text: g2, undeveloped: true}\n',
    },
  ]);
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(
    r.files.map((f) => f.path),
    ['warrant.yaml', 'instance.warrant.yaml'],
  );
  const root = yaml.load(r.files[0]?.text ?? '') as Record<string, unknown>;
  assert.deepEqual(root.module, { id: 'Template-Module', title: 'Template Module', description: 'The template' });
  assert.deepEqual(root.includes, ['instance.warrant.yaml']);
  const inst = yaml.load(r.files[1]?.text ?? '') as Record<string, unknown>;
  assert.deepEqual(inst.module, { id: 'instance', extends: [{ module: 'Template-Module', develops: { G1: ['G2'] } }] });
  const c = loads(r.files);
  assert.deepEqual([...c.modules.keys()], ['Template-Module', 'instance']);
});

test('module fields Warrant cannot hold are reported (X05) and dropped', () => {
  const r = one(
    'module: {name: M, brief: b, horizontalIndex: {relative: 1}, additionalInformation: x}\nG1: {text: g, undeveloped: true}\n',
  );
  assert.deepEqual(codes(r), ['X05']);
  assert.equal(r.files.length, 1);
});

test('uses are followed through the reader, relative to the using file', () => {
  const files = [
    {
      path: 'case/index.gsn.yaml',
      text: 'module: {name: Main, uses: [parts/a.gsn.yaml]}\nG1: {text: g, supportedBy: [G2]}\n',
    },
    {
      path: 'case/parts/a.gsn.yaml',
      text: 'module: {name: A, uses: b.gsn.yaml}\nG2: {text: g2, supportedBy: [Sn1]}\n',
    },
    { path: 'case/parts/b.gsn.yaml', text: 'module: {name: B}\nSn1: {text: s}\n' },
  ];
  const reader = filesReader(files);
  const r = importGsn2x([files[0] as Gsn2xFile], { read: reader.read });
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(
    r.files.map((f) => f.path),
    ['warrant.yaml', 'parts/a.warrant.yaml', 'parts/b.warrant.yaml'],
  );
  assert.deepEqual((yaml.load(r.files[1]?.text ?? '') as Record<string, unknown>).includes, ['b.warrant.yaml']);
  const c = loads(r.files);
  assert.deepEqual([...c.nodes.keys()], ['G1', 'G2', 'Sn1']);

  const missing = importGsn2x([files[0] as Gsn2xFile]);
  assert.deepEqual(codes(missing), ['L09']);
  assert.deepEqual([missing.diagnostics[0]?.file, missing.diagnostics[0]?.line], ['case/index.gsn.yaml', 1]);
});

test('the root is the first given module that no other module uses', () => {
  const r = importGsn2x([
    { path: 'sub.gsn.yaml', text: 'module: {name: Sub}\nSn1: {text: s}\n' },
    { path: 'index.gsn.yaml', text: 'module: {name: Main, uses: [sub.gsn.yaml]}\nG1: {text: g, supportedBy: Sn1}\n' },
  ]);
  assert.deepEqual(r.diagnostics, []);
  assert.match(r.files[0]?.text ?? '', /id: Main/);
  assert.deepEqual(
    r.files.map((f) => f.path),
    ['warrant.yaml', 'sub.warrant.yaml'],
  );
  loads(r.files);
});

test('a uses cycle is reported (L10)', () => {
  const r = importGsn2x([
    { path: 'a.gsn.yaml', text: 'module: {name: A, uses: [b.gsn.yaml]}\nG1: {text: g, undeveloped: true}\n' },
    { path: 'b.gsn.yaml', text: 'module: {name: B, uses: [a.gsn.yaml]}\nG2: {text: g, undeveloped: true}\n' },
  ]);
  assert.deepEqual(codes(r), ['L10']);
  assert.match(r.diagnostics[0]?.message ?? '', /a\.gsn\.yaml -> b\.gsn\.yaml -> a\.gsn\.yaml/);
});

test('duplicate ids (L11) and module names (L12) across modules produce nothing', () => {
  const r = importGsn2x([
    { path: 'a.gsn.yaml', text: 'module: {name: M}\nG1: {text: g, undeveloped: true}\n' },
    { path: 'b.gsn.yaml', text: 'module: {name: M}\n\nG1: {text: again, undeveloped: true}\n' },
  ]);
  assert.deepEqual(codes(r), ['L12', 'L11']);
  const dup = r.diagnostics.find((d) => d.code === 'L11');
  assert.deepEqual([dup?.file, dup?.line, dup?.col], ['b.gsn.yaml', 3, 1]);
  assert.deepEqual(
    dup?.related?.map((x) => [x.file, x.line, x.col]),
    [['a.gsn.yaml', 2, 1]],
  );
  assert.deepEqual(r.files, []);
});

test('modules without a header get one named after their file, unique', () => {
  const r = importGsn2x([
    { path: 'x/part.gsn.yaml', text: 'G1: {text: g, supportedBy: [G2, G3]}\n' },
    { path: 'y/part.gsn.yaml', text: 'G2: {text: g, undeveloped: true}\n' },
    { path: 'z/part.gsn.yaml', text: 'G3: {text: g, undeveloped: true}\n' },
  ]);
  assert.deepEqual(r.diagnostics, []);
  // Output paths stay beside the root: files outside its directory keep their base name.
  assert.deepEqual(
    r.files.map((f) => f.path),
    ['warrant.yaml', 'part.warrant.yaml', 'part-2.warrant.yaml'],
  );
  const c = loads(r.files);
  assert.deepEqual([...c.modules.keys()], ['part', 'part-2', 'part-3']);
});

test('output is deterministic', () => {
  const text =
    'module: {name: M}\nG1: {text: "a: b # c", supportedBy: [S1]}\nS1: {text: s, undeveloped: true, classes: [x]}\n';
  assert.deepEqual(one(text), one(text));
});

test('a root path option places module files beside it', () => {
  const r = importGsn2x(
    [
      { path: 'index.gsn.yaml', text: 'module: {name: Main, uses: [sub.gsn.yaml]}\nG1: {text: g, supportedBy: Sn1}\n' },
      { path: 'sub.gsn.yaml', text: 'module: {name: Sub}\nSn1: {text: s}\n' },
    ],
    { rootPath: 'out/sub.warrant.yaml' },
  );
  assert.deepEqual(
    r.files.map((f) => f.path),
    ['out/sub.warrant.yaml', 'out/sub-2.warrant.yaml'],
  );
  loads(r.files, 'out/sub.warrant.yaml');
});

test('a schema option starts every file with an editor schema line, relative to each file', () => {
  const files = [
    {
      path: 'index.gsn.yaml',
      text: 'module: {name: Main, uses: [parts/a.gsn.yaml]}\nG1: {text: g, supportedBy: [Sn1]}\n',
    },
    { path: 'parts/a.gsn.yaml', text: 'module: {name: A}\nSn1: {text: s}\n' },
  ];
  const r = importGsn2x(files, { schema: '../schema/warrant.schema.json', rootPath: 'case/warrant.yaml' });
  assert.deepEqual(
    r.files.map((f) => f.text.split('\n')[0]),
    [
      '# yaml-language-server: $schema=../schema/warrant.schema.json',
      '# yaml-language-server: $schema=../../schema/warrant.schema.json',
    ],
  );
  loads(r.files, 'case/warrant.yaml');
  const url = importGsn2x(files, { schema: 'https://example.org/warrant.schema.json' });
  assert.ok(
    url.files.every((f) =>
      f.text.startsWith('# yaml-language-server: $schema=https://example.org/warrant.schema.json\n'),
    ),
  );
});
