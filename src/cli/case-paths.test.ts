// Which cases `warrant check <paths>` checks: a directory of cases stands for
// each case under it; what is not a case is skipped with one line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeIo, tempDir } from '../../test/support/cli.js';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { casesUnder, expandCaseArgs } from './case-paths.js';
import { main } from './main.js';

const clean = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe to launch., undeveloped: true }\n`;
const broken = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe to launch., supported_by: [G2] }\n`;

/** Two cases side by side, a nested group of one, a README, a module directory and a dependency. */
function tree() {
  return tempDir({
    'cases/a/warrant.yaml': clean,
    'cases/a/sub/warrant.yaml': broken, // inside case a: a case's own directory is not searched
    'cases/b/warrant.yaml': clean,
    'cases/group/c/warrant.yaml': broken,
    'cases/README.md': '# Cases\n',
    'cases/notes/todo.txt': 'x\n',
    'node_modules/pkg/warrant.yaml': broken,
    '.git/warrant.yaml': broken,
  });
}

describe('case arguments', () => {
  it('finds the cases under a directory, sorted, not inside a case, not in node_modules or dot directories', () => {
    const dir = tree();
    assert.deepEqual(expandCaseArgs(['.'], dir).roots, [
      'cases/a/warrant.yaml',
      'cases/b/warrant.yaml',
      'cases/group/c/warrant.yaml',
    ]);
    assert.equal(casesUnder(`${dir}/cases/notes`).length, 0);
  });

  it('keeps a case directory and a .yaml file as given, and skips other files with one line each', () => {
    const dir = tree();
    const r = expandCaseArgs(['cases/a', 'cases/b/warrant.yaml', 'cases/README.md'], dir);
    assert.deepEqual(r.roots, ['cases/a/warrant.yaml', 'cases/b/warrant.yaml']);
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0] ?? '', /^skipped cases\/README\.md: not a case/);
  });

  it('leaves a missing path and an empty directory to the loader, which says what is missing', () => {
    const dir = tempDir({ 'empty/.keep': '' });
    assert.deepEqual(expandCaseArgs(['nope', 'empty'], dir).roots, ['nope', 'empty/warrant.yaml']);
  });

  it('check over a directory of cases and a README (a shell glob): checks each case, exit 1 for the broken one', async () => {
    const dir = tree();
    const f = fakeIo(dir);
    const code = await main(
      ['check', 'cases/a', 'cases/b', 'cases/group', 'cases/README.md', '--format', 'json'],
      f.io,
    );
    assert.equal(code, 1, f.err());
    const report = JSON.parse(f.out()) as { cases: { root: string }[] };
    assert.deepEqual(
      report.cases.map((c) => c.root),
      ['cases/a/warrant.yaml', 'cases/b/warrant.yaml', 'cases/group/c/warrant.yaml'],
    );
    assert.match(f.err(), /^warrant check: skipped cases\/README\.md: not a case/m);
    assert.match(f.err(), /^warrant check: cases\/group holds no warrant\.yaml: checking the 1 case under it\.$/m);
  });

  it('check of clean cases only, by their parent directory, exits 0', async () => {
    const dir = tempDir({ 'x/a/warrant.yaml': clean, 'x/b/warrant.yaml': clean });
    const f = fakeIo(dir);
    assert.equal(await main(['check', 'x', '--no-rules'], f.io), 0, f.out() + f.err());
  });

  it('exits 2 when every path is skipped', async () => {
    const dir = tree();
    const f = fakeIo(dir);
    assert.equal(await main(['check', 'cases/README.md'], f.io), 2);
    assert.match(f.err(), /no case to check/);
  });

  it('check -o writes the file and says so on stderr, with the counts; nothing on stdout', async () => {
    const dir = tree();
    const f = fakeIo(dir);
    const code = await main(['check', 'cases', '--format', 'sarif', '-o', 'out.sarif', '--no-rules'], f.io);
    assert.equal(code, 1);
    assert.equal(f.out(), '');
    assert.match(f.err(), /^Wrote out\.sarif \(sarif\): 1 error, 0 warnings, 0 info in 3 cases, failed\.$/m);
  });

  it('checking several cases shows progress on a terminal only, and clears it at the end', async () => {
    const dir = tree();
    const lines: string[] = [];
    const f = fakeIo(dir);
    await main(['check', 'cases', '--no-rules'], { ...f.io, progress: (l) => void lines.push(l) });
    assert.equal(lines[0], 'checking 0/3 cases/a/warrant.yaml');
    assert.equal(lines.at(-1), '');
    assert.doesNotMatch(f.out() + f.err(), /checking \d/, 'progress never goes to stdout or stderr as text');
    const single: string[] = [];
    await main(['check', 'cases/a', '--no-rules'], { ...fakeIo(dir).io, progress: (l) => void single.push(l) });
    assert.deepEqual(single, [], 'one case: no progress');
  });

  it('check -o - prints to stdout and writes no file', async () => {
    const dir = tree();
    const f = fakeIo(dir);
    assert.equal(await main(['check', 'cases/a', '--format', 'json', '-o', '-', '--no-rules'], f.io), 0, f.err());
    assert.match(f.out(), /^\{/);
    assert.equal(f.err(), '');
  });
});
