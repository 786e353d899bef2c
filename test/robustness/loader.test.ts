// Issue 11, findings 3, 4, 5 and the loader's part of 9: what the loader and
// `evidence verify` read. Each case is one finding. Where the finding is about
// the process (a stack overflow, a hang, a flood of bytes) the built CLI is
// spawned with a timeout, so a regression fails the test instead of hanging
// the run; the rest runs in process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../../src/check/examples.js';
import { main } from '../../src/cli/main.js';
import { fakeIo, tempDir } from '../support/cli.js';

const BIN = path.resolve('dist/cli/bin.js');
const posix = process.platform !== 'win32';
const noDist = !fs.existsSync(BIN) && 'dist not built';

/** The built CLI in `cwd`; killed after `timeout` ms so a hang fails instead of blocking. */
function cli(args: string[], cwd: string, timeout = 20_000) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 1 << 24 });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** What a command printed, with its exit code, run in process. */
async function run(argv: string[], cwd: string) {
  const { io, out, err } = fakeIo(cwd);
  const code = await main(argv, io);
  return { code, stdout: out(), stderr: err() };
}

const ok = 'argument:\n  G1: { kind: claim, text: Safe to launch., undeveloped: true }\n';
const root = (includes: string[], rest = ok) =>
  `${EXAMPLE_HEADER}${includes.length ? `includes: [${includes.join(', ')}]\n` : ''}${rest}`;
const CANARY = 'CANARY-7f3a9c-secret-token';
/** A file that is valid YAML up to its first line and then not: a parse error would print its first lines. */
const secret = `API_KEY: ${CANARY}\nOTHER = ${CANARY} [\n`;

/** No crash: no stack trace, no V8 abort, no signal. */
function assertNoCrash(r: { code: number | null; signal: NodeJS.Signals | null; stderr: string }) {
  assert.equal(r.signal, null, `killed by ${r.signal} (a hang or a flood)`);
  assert.doesNotMatch(r.stderr, /RangeError|Maximum call stack|internal error|\n\s+at /);
}

/** Each output format of `check` on `dir`, as printed (stdout and stderr together). */
async function everyFormat(dir: string, extra: string[] = []) {
  const outputs: Record<string, { code: number; text: string }> = {};
  for (const format of ['pretty', 'json', 'sarif']) {
    const r = await run(['check', '--no-rules', '--format', format, ...extra], dir);
    outputs[format] = { code: r.code, text: r.stdout + r.stderr };
  }
  return outputs;
}

describe('finding 3: a deep include chain', () => {
  it('a 2,000-deep chain gives the depth diagnostic (L16) and exit 2, not a stack overflow', {
    skip: noDist,
  }, () => {
    const files: Record<string, string> = { 'warrant.yaml': root(['m1.yaml']) };
    for (let i = 1; i < 2000; i++) files[`m${i}.yaml`] = `module: { id: m${i} }\nincludes: [m${i + 1}.yaml]\n`;
    files['m2000.yaml'] = 'module: { id: m2000 }\n';
    const dir = tempDir(files);
    const r = cli(['check', '--no-rules', '--format', 'json'], dir);
    assertNoCrash(r);
    assert.equal(r.code, 2, r.stderr);
    const diags = JSON.parse(r.stdout).cases[0].diagnostics as { code: string; file: string; message: string }[];
    const deep = diags.find((d) => d.code === 'L16');
    assert.ok(deep, JSON.stringify(diags).slice(0, 500));
    assert.equal(deep.file, 'm64.yaml', 'reported at the include that goes one level too deep');
    assert.match(deep.message, /warrant\.yaml/);
    assert.match(deep.message, /m65\.yaml/);
  });
});

describe('finding 4: includes and artefacts that are not regular files', () => {
  it('an include that is a symbolic link to /dev/zero: L18, exit 2, at once', {
    skip: ((!posix || !fs.existsSync('/dev/zero')) && 'no /dev/zero') || noDist,
  }, () => {
    const dir = tempDir({ 'warrant.yaml': root(['zero.yaml']) });
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    const r = cli(['check', '--no-rules'], dir, 15_000);
    assertNoCrash(r);
    assert.equal(r.code, 2);
    // /dev/zero is outside the case as well; either reason refuses it without reading a byte.
    assert.match(r.stdout, /L1[78]/);
    assert.match(r.stdout, /zero\.yaml/);
  });

  it('an include that is a FIFO: L18, exit 2, no hang', { skip: (!posix && 'no mkfifo') || noDist }, () => {
    const dir = tempDir({ 'warrant.yaml': root(['pipe.yaml']) });
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]).status, 0);
    const r = cli(['check', '--no-rules'], dir, 15_000);
    assertNoCrash(r);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /L18/);
    assert.match(r.stdout, /pipe\.yaml.*(FIFO|named pipe)/);
  });

  it('a case root that is a FIFO: exit 2, no hang', { skip: (!posix && 'no mkfifo') || noDist }, () => {
    const dir = tempDir();
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'warrant.yaml')]).status, 0);
    const r = cli(['check', '--no-rules', 'warrant.yaml'], dir, 15_000);
    assertNoCrash(r);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /L18/);
  });

  it('a .warrant.yaml that is a FIFO: an error in the configuration, no hang', {
    skip: (!posix && 'no mkfifo') || noDist,
  }, () => {
    const dir = tempDir({ 'warrant.yaml': root([]) });
    assert.equal(spawnSync('mkfifo', [path.join(dir, '.warrant.yaml')]).status, 0);
    const r = cli(['check', '--no-rules'], dir, 15_000);
    assertNoCrash(r);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /L18.*\.warrant\.yaml/);
  });

  it('evidence verify on an artefact path of /dev/zero: reported at once, not hashed', {
    skip: ((!posix || !fs.existsSync('/dev/zero')) && 'no /dev/zero') || noDist,
  }, () => {
    const dir = tempDir({ 'warrant.yaml': root([], evidence('/dev/zero')) });
    const r = cli(['evidence', 'verify', '--format', 'json'], dir, 15_000);
    assertNoCrash(r);
    assert.equal(r.code, 1, r.stderr);
    const a = JSON.parse(r.stdout).artefacts[0];
    assert.equal(a.code, 'A06');
    assert.equal(a.actual, undefined);
  });

  it('evidence verify on a FIFO inside the case: A05, no hang', { skip: (!posix && 'no mkfifo') || noDist }, () => {
    const dir = tempDir({ 'warrant.yaml': root([], evidence('logs/pipe.eval')) });
    fs.mkdirSync(path.join(dir, 'logs'));
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'logs/pipe.eval')]).status, 0);
    const r = cli(['evidence', 'verify'], dir, 15_000);
    assertNoCrash(r);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /A05.*logs\/pipe\.eval.*(FIFO|named pipe)/);
  });
});

/** A root file section with one evidence item citing `uri`. */
function evidence(uri: string, sha256?: string): string {
  return `${ok}evidence:
  E1:
    title: A log
    kind: capability-evaluation
    source_type: internal-test
    date: 2026-01-01
    produced_by: Evals
    polarity: supports
    artefact: { uri: "${uri}"${sha256 ? `, sha256: ${sha256}` : ''} }
`;
}

describe('finding 5: includes and artefacts that escape the case', () => {
  it('includes: [../.env] is refused (L17) and its content is in no output format', async () => {
    const top = tempDir({ '.env': secret, 'case/warrant.yaml': root(['../.env']) });
    const outputs = await everyFormat(path.join(top, 'case'));
    for (const [format, o] of Object.entries(outputs)) {
      assert.equal(o.code, 2, format);
      assert.match(o.text, /L17/, format);
      assert.match(o.text, /\.\.\/\.env/, `${format} names the include as written`);
      assert.ok(!o.text.includes(CANARY), `${format} leaks the file's content`);
    }
  });

  it('a symbolic link out of the case is refused (L17) and its content is in no output format', async () => {
    const top = tempDir({ 'secret.yaml': secret, 'case/warrant.yaml': root(['mod.yaml']) });
    fs.symlinkSync(path.join(top, 'secret.yaml'), path.join(top, 'case/mod.yaml'));
    const outputs = await everyFormat(path.join(top, 'case'));
    for (const [format, o] of Object.entries(outputs)) {
      assert.equal(o.code, 2, format);
      assert.match(o.text, /L17/, format);
      assert.ok(!o.text.includes(CANARY), `${format} leaks the file's content`);
    }
  });

  it('a case root that is a symbolic link out of its directory is refused too', async () => {
    const top = tempDir({ 'secret.yaml': secret, 'case/.keep': '' });
    fs.symlinkSync(path.join(top, 'secret.yaml'), path.join(top, 'case/warrant.yaml'));
    const outputs = await everyFormat(path.join(top, 'case'));
    for (const [format, o] of Object.entries(outputs)) {
      assert.equal(o.code, 2, format);
      assert.ok(!o.text.includes(CANARY), `${format} leaks the file's content`);
    }
  });

  it('inside a git repository, includes may reach across it but not out of it', async () => {
    const top = tempDir({
      '.env': secret,
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/shared/m.yaml': 'module: { id: shared }\n',
      'repo/case/warrant.yaml': root(['../shared/m.yaml']),
    });
    const inside = await run(['check', '--no-rules'], path.join(top, 'repo/case'));
    assert.equal(inside.code, 0, inside.stdout);
    fs.writeFileSync(path.join(top, 'repo/case/warrant.yaml'), root(['../shared/m.yaml', '../../.env']));
    const outputs = await everyFormat(path.join(top, 'repo/case'));
    for (const [format, o] of Object.entries(outputs)) {
      assert.equal(o.code, 2, format);
      assert.match(o.text, /L17/, format);
      assert.ok(!o.text.includes(CANARY), `${format} leaks the file's content`);
    }
  });

  it('evidence verify does not hash a file outside the case, and prints no digest of it', async () => {
    const top = tempDir({ 'secret.txt': CANARY, 'case/warrant.yaml': root([], evidence('../secret.txt')) });
    const digest = crypto.createHash('sha256').update(CANARY).digest('hex');
    for (const format of ['pretty', 'json']) {
      const r = await run(['evidence', 'verify', '--format', format], path.join(top, 'case'));
      assert.equal(r.code, 1, format);
      assert.match(r.stdout, /A06/, format);
      assert.match(r.stdout, /\.\.\/secret\.txt/, format);
      assert.ok(!(r.stdout + r.stderr).includes(digest), `${format} prints the outside file's digest`);
      assert.ok(!(r.stdout + r.stderr).includes(CANARY), format);
    }
  });

  it('evidence verify does not follow a symbolic link out of the case', async () => {
    const top = tempDir({ 'secret.txt': CANARY, 'case/warrant.yaml': root([], evidence('logs/run.eval')) });
    fs.mkdirSync(path.join(top, 'case/logs'));
    fs.symlinkSync(path.join(top, 'secret.txt'), path.join(top, 'case/logs/run.eval'));
    const digest = crypto.createHash('sha256').update(CANARY).digest('hex');
    const r = await run(['evidence', 'verify', '--format', 'json'], path.join(top, 'case'));
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout).artefacts[0].code, 'A06');
    assert.ok(!r.stdout.includes(digest));
  });
});

describe('finding 9: bytes the loader reads', () => {
  /** The JSON diagnostics of `check` on a case whose root file holds `bytes`. */
  async function checkBytes(bytes: Buffer | string) {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'warrant.yaml'), bytes);
    const r = await run(['check', '--no-rules', '--format', 'json'], dir);
    const diags = JSON.parse(r.stdout).cases[0].diagnostics as { code: string; line: number; column: number }[];
    return { code: r.code, diags, at: (c: string) => diags.filter((d) => d.code === c).map((d) => [d.line, d.column]) };
  }
  // Line 8 of the example is `argument:`; a field unknown to the schema on line 9, column 34.
  const bad = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe, bogus: 1, undeveloped: true }\n`;

  it('a UTF-8 byte order mark does not shift columns', async () => {
    // `warrant: 3` is an invalid value at line 1, column 10 (the mark is not a column an editor shows).
    const r = await checkBytes(`\uFEFF${bad.replace('warrant: 2', 'warrant: 3')}`);
    assert.deepEqual(r.at('L08'), [[1, 10]]);
    assert.deepEqual(r.at('L05'), [[9, 34]]);
  });

  it('CR-only line endings count as line breaks', async () => {
    const r = await checkBytes(bad.replaceAll('\n', '\r'));
    assert.deepEqual(r.at('L05'), [[9, 34]]);
    const syntax = await checkBytes(`${EXAMPLE_HEADER}argument: [\n`.replaceAll('\n', '\r'));
    assert.equal(syntax.code, 2);
    assert.equal(syntax.diags[0]!.line > 1, true, 'a syntax error is not on line 1');
  });

  it('a NUL byte is an error at its position (L20), exit 2', async () => {
    const r = await checkBytes(`${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Sa\0fe, undeveloped: true }\n`);
    assert.equal(r.code, 2);
    assert.deepEqual(r.at('L20'), [[9, 30]]);
  });

  it('invalid UTF-8 is a warning (L19) at the first bad byte, and the case still loads', async () => {
    const text = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: "Caf\u00e9 X", undeveloped: true }\n`;
    const bytes = Buffer.from(text, 'utf8');
    const x = bytes.indexOf('X'.charCodeAt(0), bytes.indexOf('Caf'));
    bytes[x] = 0xff;
    const r = await checkBytes(bytes);
    assert.equal(r.code, 0, JSON.stringify(r.diags));
    assert.deepEqual(r.at('L19'), [[9, 34]]);
  });

  it('an empty file, and one with only comments, is unusable input: L21, exit 2', async () => {
    for (const text of ['', '# nothing here\n\n# still nothing\n']) {
      const r = await checkBytes(text);
      assert.equal(r.code, 2, JSON.stringify(text));
      assert.deepEqual(
        r.diags.map((d) => d.code),
        ['L21'],
      );
    }
  });
});
