import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fakeIo, tempDir as makeTempDir } from '../../../test/support/cli.js';
import { assertWellFormed } from '../../../test/support/render.js';
import { UsageError } from '../io.js';
import { renderCommand } from './render.js';

const tempDir = (files: Record<string, string> = {}) => makeTempDir(files, 'warrant-render-');

const CASE = `warrant: 1
case:
  id: demo
  title: Demo
  version: "1"
  status: draft
  decision_boundary: {kind: continue-training, decision: Continue training run 7}
risks:
  R1: {title: Sabotage, pathway: sabotage, severity: high}
includes: [monitor.yaml]
argument:
  G1: {kind: claim, text: Safe to continue, supported_by: [S1], in_context_of: [C1]}
  C1: {kind: context, text: Training run 7}
  S1: {kind: strategy, text: Argue over each risk, supported_by: [G2, G3]}
  G3: {kind: claim, text: No sabotage, addresses: [R1], supported_by: [E1]}
  E1: {kind: evidence, text: "<script>alert(1)</script> sabotage eval"}
  D1: {kind: defeater, text: The eval is too easy, challenges: [E1], status: open}
`;
const MONITOR = 'module: {id: monitor}\nargument:\n  G2: {kind: claim, text: "Monitored: yes", undeveloped: true}\n';

test('-o dir writes <case id>.svg with every node, its status as of --as-of, atomically', async () => {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/monitor.yaml': MONITOR });
  const { io, out, err } = fakeIo(dir);
  assert.equal(await renderCommand.run(['case', '-o', 'out', '--as-of', '2026-05-01'], io), 0, err());
  assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['demo.svg']);
  assert.match(err(), /Wrote out\/demo\.svg\./);
  assert.equal(out(), '', 'the files are the result; the line naming them is a message');
  const svg = fs.readFileSync(path.join(dir, 'out/demo.svg'), 'utf8');
  assertWellFormed(svg);
  for (const id of ['G1', 'C1', 'S1', 'G2', 'G3', 'E1', 'D1']) assert.match(svg, new RegExp(`<g id="${id}" `));
  assert.match(svg, /<g id="G1" class="node claim status-[a-z]+"[^>]*data-status="[a-z]+"/);
  assert.match(svg, /status: undeveloped/);
  assert.match(svg, /Status \(2026-05-01\)/);
  assert.doesNotMatch(svg, /<script>/);
});

test('several views: one file each, named by view; --theme dark, --no-status, --depth', async () => {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/monitor.yaml': MONITOR });
  const { io, err } = fakeIo(dir);
  const args = [
    'case',
    '-o',
    'out',
    '--view',
    'all',
    '--view',
    'subtree:S1',
    '--view',
    'risk:R1',
    '--view',
    'defeaters',
    '--view',
    'module:monitor',
    '--theme',
    'dark',
    '--no-status',
  ];
  assert.equal(await renderCommand.run(args, io), 0, err());
  assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), [
    'demo.defeaters.svg',
    'demo.module-monitor.svg',
    'demo.risk-R1.svg',
    'demo.subtree-S1.svg',
    'demo.svg',
  ]);
  const sub = fs.readFileSync(path.join(dir, 'out/demo.subtree-S1.svg'), 'utf8');
  assert.match(sub, /theme-dark/);
  assert.doesNotMatch(sub, /<g id="G1" /);
  assert.match(sub, /<g id="E1" /);
  assert.doesNotMatch(sub, /status: /);
  const mod = fs.readFileSync(path.join(dir, 'out/demo.module-monitor.svg'), 'utf8');
  assert.match(mod, /<g id="S1" class="node strategy away"/);
  const { io: io2, out: out2 } = fakeIo(dir);
  assert.equal(await renderCommand.run(['case', '-o', '-', '--depth', '1'], io2), 0);
  assert.match(out2(), /<g id="G1" [^>]*data-hidden="4"/);
  assert.doesNotMatch(out2(), /<g id="S1" /);
  assert.doesNotMatch(out2(), /<g id="D1" /);
});

test('a case that cannot be loaded: its diagnostics, exit 2, nothing written', async () => {
  const dir = tempDir({ 'case/warrant.yaml': 'warrant: 1\ncase: {id: x}\n' });
  const { io, err } = fakeIo(dir);
  assert.equal(await renderCommand.run(['case', '-o', 'out'], io), 2);
  assert.match(err(), /cannot be drawn/);
  assert.equal(fs.existsSync(path.join(dir, 'out')), false);
});

test('without -o the SVG goes to stdout, as report does; several views then need -o <dir>', async () => {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/monitor.yaml': MONITOR });
  const { io, out, err } = fakeIo(dir);
  assert.equal(await renderCommand.run(['case', '--as-of', '2026-05-01'], io), 0, err());
  assert.match(out(), /^<\?xml [\s\S]*<g id="G1" [\s\S]*<\/svg>\n?$/);
  assert.equal(err(), '');
  await assert.rejects(
    async () => renderCommand.run(['case', '--view', 'all', '--view', 'defeaters'], io),
    /stdout takes one SVG/,
  );
});

test('usage errors: unknown view, unknown node in a view, bad depth or theme', async () => {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/monitor.yaml': MONITOR });
  const { io, err } = fakeIo(dir);
  await assert.rejects(async () => renderCommand.run(['case', '-o', 'out', '--view', 'sideways'], io), UsageError);
  await assert.rejects(async () => renderCommand.run(['case', '-o', 'out', '--depth', '0'], io), UsageError);
  await assert.rejects(async () => renderCommand.run(['case', '-o', 'out', '--theme', 'pink'], io), UsageError);
  await assert.rejects(
    async () => renderCommand.run(['case', '-o', '-', '--view', 'all', '--view', 'defeaters'], io),
    UsageError,
  );
  assert.equal(await renderCommand.run(['case', '-o', 'out', '--view', 'subtree:Nope'], io), 2);
  assert.match(err(), /"Nope" is not a node of this case/);
  assert.equal(fs.existsSync(path.join(dir, 'out')), false);
});
