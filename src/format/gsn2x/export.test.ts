import assert from 'node:assert/strict';
import { test } from 'node:test';
import yaml from 'js-yaml';
import type { Case } from '../../model/case.js';
import { loadCase } from '../load-case.js';
import { exportGsn2x } from './export.js';
import { importGsn2x } from './import.js';
import { filesReader } from './memory.js';
import type { Gsn2xFile } from './read-modules.js';

function load(files: Gsn2xFile[], root = 'case/warrant.yaml'): Case {
  const r = loadCase(root, filesReader(files));
  assert.deepEqual(r.diagnostics, []);
  assert.ok(r.case);
  return r.case;
}

const header = `warrant: 1
case:
  id: tools-case
  title: Browsing tool
  version: "2"
  status: in-review
  decision_boundary: {kind: agent-tools, decision: Enable browsing for internal agents}
`;

const ROOT = `${header}context:
  model: {id: m, build: b1}
  deployment_channel: internal agent platform
  user_population: {description: staff}
risks:
  R1: {title: Exfiltration, pathway: cyber, severity: high}
evidence:
  E1: {title: Red team, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: team, polarity: supports}
argument:
  top:
    kind: claim
    text: "Browsing is acceptably safe: see #risks"
    supported_by: [how]
    in_context_of: [C1]
    addresses: [R1]
  how: {kind: strategy, text: By threat, supported_by: [Sn1, G2]}
  C1: {kind: context, text: The platform, ref: context.tools}
  Sn1: {kind: evidence, text: Red team found nothing, evidence: [E1], tier: internal}
  G2: {kind: claim, text: Monitored, undeveloped: true}
  D1:
    kind: defeater
    form: counter-evidence
    text: A bypass was found
    challenges: [how -> Sn1]
    status: mitigated
    resolution: {summary: patched}
  D2: {kind: defeater, text: Monitor may be blind, challenges: [G2], status: open, due: 2026-12-01}
`;

test('a single-module case exports to <case id>.gsn.yaml with types, links and what was dropped', () => {
  const files = exportGsn2x(load([{ path: 'case/warrant.yaml', text: ROOT }]));
  assert.deepEqual(
    files.map((f) => f.path),
    ['tools-case.gsn.yaml'],
  );
  const text = files[0]?.text ?? '';
  const comments = text.split('\n').filter((l) => l.startsWith('#'));
  assert.deepEqual(comments, [
    '# Exported from Warrant case tools-case, by `warrant export gsn2x`.',
    '# gsn2x cannot hold the following, so it was dropped:',
    '# - the case header (id, title, version, status, decision boundary, authors, reviewers)',
    '# - the operational context',
    '# - the evidence registry: E1 (1 item)',
    '# - the risk model: R1',
    '# - node fields: top (addresses), C1 (ref), Sn1 (tier, evidence), D1 (resolution, status mitigated), D2 (due)',
  ]);
  assert.deepEqual(yaml.load(text), {
    top: {
      text: 'Browsing is acceptably safe: see #risks',
      nodeType: 'Goal',
      supportedBy: ['how'],
      inContextOf: ['C1'],
    },
    how: { text: 'By threat', nodeType: 'Strategy', supportedBy: ['Sn1', 'G2'] },
    C1: { text: 'The platform' },
    Sn1: { text: 'Red team found nothing' },
    G2: { text: 'Monitored', undeveloped: true },
    D1: { text: 'A bypass was found', nodeType: 'CounterSolution', challenges: 'how -> Sn1' },
    D2: { text: 'Monitor may be blind', nodeType: 'CounterGoal', challenges: 'G2' },
  });
});

test('several modules: index.gsn.yaml uses the others, module names and extends are kept', () => {
  const files = [
    {
      path: 'case/warrant.yaml',
      text: `${header}includes: [parts/monitor.yaml, base.warrant.yaml]\nargument:\n  G1: {kind: claim, text: top, supported_by: [G2, G3]}\n`,
    },
    {
      path: 'case/parts/monitor.yaml',
      text: 'module: {id: mon, title: Monitoring, description: The monitor argument}\nargument:\n  G2: {kind: claim, text: m, undeveloped: true}\n',
    },
    {
      path: 'case/base.warrant.yaml',
      text: 'module:\n  id: base\n  extends: [{module: mon, develops: {G2: [G3]}}]\nincludes: [parts/monitor.yaml]\nargument:\n  G3: {kind: claim, text: b, undeveloped: true}\n',
    },
  ];
  const out = exportGsn2x(load(files));
  assert.deepEqual(
    out.map((f) => f.path),
    ['index.gsn.yaml', 'parts/monitor.gsn.yaml', 'base.gsn.yaml'],
  );
  const docs = out.map((f) => yaml.load(f.text) as Record<string, unknown>);
  assert.deepEqual(docs[0]?.module, { name: 'tools-case', uses: ['parts/monitor.gsn.yaml', 'base.gsn.yaml'] });
  assert.deepEqual(docs[1]?.module, { name: 'mon', brief: 'The monitor argument' });
  assert.deepEqual(docs[2]?.module, {
    name: 'base',
    uses: ['parts/monitor.gsn.yaml'],
    extends: [{ module: 'mon', develops: { G2: ['G3'] } }],
  });
  assert.match(out[1]?.text ?? '', /# - the module title \(the gsn2x module is named by its id, mon\)/);
  assert.match(out[2]?.text ?? '', /# Nothing was dropped/);
});

test('an imported case exports its absent texts, explicit types and layout back', () => {
  const src =
    'module: {name: Main Module}\nG1: {supportedBy: [X1], horizontalIndex: {absolute: last}}\nX1: {nodeType: Solution, layer1: note}\nSn2: {text: s, supportedBy: G1}\n';
  const imported = importGsn2x([{ path: 'in.gsn.yaml', text: src }]);
  const c = load(imported.files, 'warrant.yaml');
  const out = exportGsn2x(c);
  assert.deepEqual(yaml.load(out[0]?.text ?? ''), {
    module: { name: 'Main Module' },
    G1: { supportedBy: ['X1'], horizontalIndex: { absolute: 'last' } },
    X1: { nodeType: 'Solution', layer1: 'note' },
    Sn2: { text: 's', supportedBy: 'G1' },
  });
});

test('a text edited after import is written even where the gsn2x element had none', () => {
  const imported = importGsn2x([{ path: 'in.gsn.yaml', text: 'G1: {undeveloped: true}\n' }]);
  const c = load(imported.files, 'warrant.yaml');
  const g1 = c.nodes.get('G1');
  assert.ok(g1);
  g1.text = 'Now stated';
  assert.deepEqual(yaml.load(exportGsn2x(c)[0]?.text ?? ''), { G1: { text: 'Now stated', undeveloped: true } });
});

test('a node with the id `module` cannot be written and is reported as dropped', () => {
  const c = load([
    { path: 'case/warrant.yaml', text: `${header}argument:\n  module: {kind: claim, text: x, undeveloped: true}\n` },
  ]);
  const out = exportGsn2x(c)[0]?.text ?? '';
  assert.match(out, /module \(the whole node: gsn2x reserves the id `module`\)/);
  assert.deepEqual(yaml.load(out), {});
});

test('export is deterministic', () => {
  const c = load([{ path: 'case/warrant.yaml', text: ROOT }]);
  assert.deepEqual(exportGsn2x(c), exportGsn2x(c));
});

test("an assumption's in_context_of (format 2) is dropped and said to be, since gsn2x links nothing from an assumption", () => {
  const root = `${header.replace('warrant: 1', 'warrant: 2')}argument:
  G1: {kind: claim, text: Safe, undeveloped: true, in_context_of: [A1]}
  A1: {kind: assumption, text: Logs cannot be disabled, in_context_of: [J1]}
  J1: {kind: justification, text: Logging runs outside the agent}
`;
  const text = exportGsn2x(load([{ path: 'case/warrant.yaml', text: root }]))[0]?.text ?? '';
  assert.match(text, /# - node fields: A1 \(in_context_of\)/);
  const out = yaml.load(text) as Record<string, Record<string, unknown>>;
  assert.equal(out.A1?.inContextOf, undefined);
  assert.deepEqual(out.G1?.inContextOf, ['A1']);
});
