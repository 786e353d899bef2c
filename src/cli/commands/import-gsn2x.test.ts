import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { fakeIo, tempDir as makeTempDir } from '../../../test/support/cli.js';
import { loadCase } from '../../format/load-case.js';
import { fsReader } from '../../node/fs-reader.js';
import { UsageError } from '../io.js';
import { importGsn2xCommand } from './import-gsn2x.js';

const tempDir = (files: Record<string, string> = {}) => makeTempDir(files, 'warrant-import-gsn2x-');

const MODULAR = {
  'index.gsn.yaml':
    'module:\n  name: Main\n  uses: [sub1.gsn.yaml, parts/sub3.gsn.yaml]\nG1:\n  text: Main Goal\n  supportedBy: [G3]\n',
  'sub1.gsn.yaml': 'module:\n  name: Sub1\nG3:\n  text: "Conquer: the #submodules"\n  supportedBy: [Sn1]\n',
  'parts/sub3.gsn.yaml': 'module:\n  name: Sub3\nSn1:\n  text: Solution 1\n',
  'dup.gsn.yaml': 'module:\n  name: Dup\nG1:\n  text: again\n  undeveloped: true\n',
};

test('one file, no -o: the case on stdout', async () => {
  const dir = tempDir({ 'a.gsn.yaml': 'G1:\n  text: Goal\n  undeveloped: true\n' });
  const { io, out, err } = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['a.gsn.yaml', '--kind', 'api-launch', '--title', 'My case'], io), 0);
  assert.equal(err(), '');
  const doc = yaml.load(out()) as { case: { id: string; title: string; decision_boundary: { kind: string } } };
  assert.equal(doc.case.id, 'a');
  assert.equal(doc.case.title, 'My case');
  assert.equal(doc.case.decision_boundary.kind, 'api-launch');
});

test('several modules, no -o: each file as a YAML document headed by its name', async () => {
  const dir = tempDir(MODULAR);
  const { io, out } = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['index.gsn.yaml'], io), 0);
  const text = out();
  assert.deepEqual(text.match(/^# file: .*$/gm), [
    '# file: warrant.yaml',
    '# file: sub1.warrant.yaml',
    '# file: parts/sub3.warrant.yaml',
  ]);
  const docs = yaml.loadAll(text) as Record<string, unknown>[];
  assert.equal(docs.length, 3);
  assert.deepEqual(docs[0]?.includes, ['sub1.warrant.yaml', 'parts/sub3.warrant.yaml']);
});

test('several modules with -o: the root where asked, modules beside it, and it loads', async () => {
  const dir = tempDir(MODULAR);
  const { io, out, err } = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['index.gsn.yaml', '-o', 'out/case.yaml'], io), 0, err());
  assert.equal(out(), '');
  assert.equal(err(), 'Wrote out/case.yaml, out/sub1.warrant.yaml, out/parts/sub3.warrant.yaml.\n');
  const loaded = loadCase(path.join(dir, 'out/case.yaml'), fsReader);
  assert.deepEqual(loaded.diagnostics, []);
  assert.deepEqual([...(loaded.case?.nodes.keys() ?? [])], ['G1', 'G3', 'Sn1']);
  assert.deepEqual(
    fs.readdirSync(path.join(dir, 'out')).sort(),
    ['case.yaml', 'parts', 'sub1.warrant.yaml'],
    'no temporary files are left',
  );
});

test('--schema points each written file at the schema, relative to where it is written', async () => {
  const dir = tempDir(MODULAR);
  const { io, err } = fakeIo(dir);
  assert.equal(
    await importGsn2xCommand.run(
      ['index.gsn.yaml', '-o', 'out/case.yaml', '--schema', 'schema/warrant.schema.json'],
      io,
    ),
    0,
    err(),
  );
  const first = (p: string) => fs.readFileSync(path.join(dir, p), 'utf8').split('\n')[0];
  assert.equal(first('out/case.yaml'), '# yaml-language-server: $schema=../schema/warrant.schema.json');
  assert.equal(
    first('out/parts/sub3.warrant.yaml'),
    '# yaml-language-server: $schema=../../schema/warrant.schema.json',
  );
});

test('duplicate ids: exit 2, both places named, nothing written', async () => {
  const dir = tempDir(MODULAR);
  const { io, out, err } = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['index.gsn.yaml', 'dup.gsn.yaml', '-o', 'case.yaml'], io), 2);
  assert.equal(out(), '');
  assert.match(
    err(),
    /^error\[L11\] dup\.gsn\.yaml:3:1: Duplicate id `G1`: already defined in another module\.\n(?: .*\n)+ {2}= hint: .*\n {2}= note: first defined here: index\.gsn\.yaml:4:1\n/,
  );
  assert.match(err(), /nothing imported/);
  assert.equal(fs.existsSync(path.join(dir, 'case.yaml')), false);
});

test('unreadable input: exit 2 with a clear message', async () => {
  const dir = tempDir();
  const { io, err } = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['missing.gsn.yaml'], io), 2);
  assert.equal(err(), 'warrant import gsn2x: cannot read missing.gsn.yaml: it does not exist.\n');
  const d = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['.'], d.io), 2);
  assert.match(d.err(), /cannot read \.: it is a directory/);
});

test('a used file that is missing or broken: exit 2 with its position', async () => {
  const dir = tempDir({
    'i.gsn.yaml': 'module: {name: M, uses: [gone.gsn.yaml, bad.gsn.yaml]}\n',
    'bad.gsn.yaml': 'G1: [\n',
  });
  const { io, err } = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['i.gsn.yaml'], io), 2);
  assert.match(err(), /^error\[L09\] i\.gsn\.yaml:1:26: Used module gone\.gsn\.yaml does not exist\./m);
  assert.match(err(), /^error\[L01\] bad\.gsn\.yaml:2:1: /m);
});

test('warnings are printed and the import still succeeds', async () => {
  const dir = tempDir({
    'w.gsn.yaml':
      'G1: {text: g, supportedBy: Sn1}\nSn1: {text: s, supportedBy: G2}\nG2: {text: g2, undeveloped: true}\n',
  });
  const { io, err } = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['w.gsn.yaml'], io), 0);
  assert.match(err(), /^warning\[X04\] w\.gsn\.yaml:2:16: /);
});

test('refuses to overwrite an input file', async () => {
  const dir = tempDir({ 'a.yaml': 'G1: {text: g, undeveloped: true}\n' });
  const { io, err } = fakeIo(dir);
  assert.equal(await importGsn2xCommand.run(['a.yaml', '-o', 'a.yaml'], io), 2);
  assert.match(err(), /refusing to overwrite the input file a\.yaml/);
  assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), 'G1: {text: g, undeveloped: true}\n');
});

test('bad usage throws for main to report (exit 2)', () => {
  const { io } = fakeIo(os.tmpdir());
  assert.throws(() => importGsn2xCommand.run([], io), UsageError);
  assert.throws(() => importGsn2xCommand.run(['a.gsn.yaml', '--kind', 'ship-it'], io), /--kind must be one of/);
  assert.throws(() => importGsn2xCommand.run(['a.gsn.yaml', '--id', '1 bad'], io), UsageError);
  assert.throws(() => importGsn2xCommand.run(['a.gsn.yaml', '--bogus'], io), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
});
