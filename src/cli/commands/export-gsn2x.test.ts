import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { fakeIo, tempDir as makeTempDir } from '../../../test/support/cli.js';
import { UsageError } from '../io.js';
import { exportGsn2xCommand } from './export-gsn2x.js';
import { importGsn2xCommand } from './import-gsn2x.js';

const tempDir = (files: Record<string, string> = {}) => makeTempDir(files, 'warrant-export-gsn2x-');

const CASE = `warrant: 1
case:
  id: demo
  title: Demo
  version: "1"
  status: draft
  decision_boundary: {kind: continue-training, decision: Continue training run 7}
includes: [monitor.yaml]
argument:
  G1: {kind: claim, text: Safe to continue, supported_by: [G2]}
`;
const MONITOR = 'module: {id: monitor}\nargument:\n  G2: {kind: claim, text: "Monitored: yes", undeveloped: true}\n';

test('a case directory, no -o: the gsn2x files on stdout', async () => {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/monitor.yaml': MONITOR });
  const { io, out, err } = fakeIo(dir);
  assert.equal(await exportGsn2xCommand.run(['case'], io), 0, err());
  const docs = yaml.loadAll(out()) as Record<string, unknown>[];
  assert.deepEqual(out().match(/^# file: .*$/gm), ['# file: index.gsn.yaml', '# file: monitor.gsn.yaml']);
  assert.deepEqual(docs[0], {
    module: { name: 'demo', uses: ['monitor.gsn.yaml'] },
    G1: { text: 'Safe to continue', supportedBy: ['G2'] },
  });
  assert.deepEqual(docs[1], { module: { name: 'monitor' }, G2: { text: 'Monitored: yes', undeveloped: true } });
});

test('-o dir: files written there, nothing else left behind', async () => {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/monitor.yaml': MONITOR });
  const { io, out, err } = fakeIo(dir);
  assert.equal(await exportGsn2xCommand.run(['case/warrant.yaml', '-o', 'gsn'], io), 0);
  assert.equal(out(), '');
  assert.equal(err(), 'Wrote gsn/index.gsn.yaml, gsn/monitor.gsn.yaml.\n');
  assert.deepEqual(fs.readdirSync(path.join(dir, 'gsn')).sort(), ['index.gsn.yaml', 'monitor.gsn.yaml']);
  assert.match(fs.readFileSync(path.join(dir, 'gsn/index.gsn.yaml'), 'utf8'), /^# Exported from Warrant case demo/);
});

test('import then export through the commands restores the gsn2x argument', async () => {
  const src =
    'module:\n  name: Main\n  uses: [sub.gsn.yaml]\nG1:\n  text: Top\n  supportedBy: [Sn1]\n  horizontalIndex: {absolute: last}\n';
  const sub = 'module:\n  name: Sub\nSn1: {}\n';
  const dir = tempDir({ 'in/index.gsn.yaml': src, 'in/sub.gsn.yaml': sub });
  const a = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['in/index.gsn.yaml', '-o', 'case/warrant.yaml'], a.io), 0, a.err());
  const b = fakeIo(dir);
  assert.equal(await exportGsn2xCommand.run(['case', '-o', 'out'], b.io), 0, b.err());
  const read = (p: string) => yaml.load(fs.readFileSync(path.join(dir, p), 'utf8'));
  assert.deepEqual(read('out/index.gsn.yaml'), {
    module: { name: 'Main', uses: ['sub.gsn.yaml'] },
    G1: { text: 'Top', supportedBy: ['Sn1'], horizontalIndex: { absolute: 'last' } },
  });
  assert.deepEqual(read('out/sub.gsn.yaml'), { module: { name: 'Sub' }, Sn1: {} });
});

test('a missing case: exit 2 with the loader diagnostic', async () => {
  const dir = tempDir();
  const { io, out, err } = fakeIo(dir);
  assert.equal(await exportGsn2xCommand.run(['nowhere/warrant.yaml'], io), 2);
  assert.equal(out(), '');
  assert.match(err(), /^error\[L09\] nowhere\/warrant\.yaml:1:1: Case file .* does not exist\./);
  assert.match(err(), /cannot be exported/);
});

test('duplicate ids: exit 2, nothing written', async () => {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/monitor.yaml': MONITOR.replace('G2:', 'G1:') });
  const { io, err } = fakeIo(dir);
  assert.equal(await exportGsn2xCommand.run(['case', '-o', 'out'], io), 2);
  assert.match(err(), /^error\[L11\] case\/monitor\.yaml:3:3: Duplicate id `G1`/m);
  assert.equal(fs.existsSync(path.join(dir, 'out')), false);
});

test('an output path that cannot be a directory: exit 2, nothing written', async () => {
  const dir = tempDir({ 'case/warrant.yaml': CASE, 'case/monitor.yaml': MONITOR, taken: 'a file' });
  const { io, err } = fakeIo(dir);
  assert.equal(await exportGsn2xCommand.run(['case', '-o', 'taken'], io), 2);
  assert.match(err(), /warrant export gsn2x: cannot write .*; nothing was written\./);
});

test('bad usage throws for main to report (exit 2)', () => {
  const { io } = fakeIo(os.tmpdir());
  assert.throws(() => exportGsn2xCommand.run([], io), UsageError);
  assert.throws(() => exportGsn2xCommand.run(['a', 'b'], io), /one case only/);
});
