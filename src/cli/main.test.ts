// The command line's conventions: version and help spellings, --no-color, and
// mistakes told in one line with a did-you-mean and the short usage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeIo } from '../../test/support/cli.js';
import { wantsColour } from './io.js';
import { main } from './main.js';

async function run(argv: string[], color = false) {
  const f = fakeIo(process.cwd());
  const code = await main(argv, { ...f.io, color });
  return { code, out: f.out(), err: f.err() };
}

describe('warrant command line', () => {
  it('prints the version for -V, --version, -v and version', async () => {
    for (const flag of ['-V', '--version', '-v', 'version']) {
      const r = await run([flag]);
      assert.equal(r.code, 0, flag);
      assert.match(r.out, /^\d+\.\d+\.\d+\n$/, flag);
    }
  });

  it('prints the help for -h, --help and help, and one command for help <command>', async () => {
    for (const argv of [['-h'], ['--help'], ['help']]) assert.match((await run(argv)).out, /^warrant: .*\n\nUsage:/);
    const one = await run(['help', 'evidence', 'verify']);
    assert.equal(one.code, 0);
    assert.match(one.out, /^Usage: warrant evidence verify/);
    assert.match((await run(['check', '-h'])).out, /^Usage: warrant check/);
  });

  it('tells an unknown command with the closest one and the short usage, on stderr', async () => {
    const r = await run(['chekc']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(
      r.err,
      'warrant: unknown command "chekc". Did you mean "check"?\nUsage: warrant <command> [options]\nRun "warrant --help" for more.\n',
    );
    const far = await run(['frobnicate']);
    assert.doesNotMatch(far.err, /Did you mean/);
  });

  it('tells an unknown option with the closest option of that command', async () => {
    const r = await run(['check', '--formt', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^warrant check: unknown option "--formt"\. Did you mean "--format"\?\nUsage: warrant check /);
    assert.doesNotMatch(r.err, /positional argument|Options:/, 'neither the parser message nor the whole help');
    const render = await run(['render', '--veiw', 'all']);
    assert.match(render.err, /Did you mean "--view"\?/);
    assert.doesNotMatch((await run(['check', '--zzzzzzzz'])).err, /Did you mean/);
  });

  it('says which option lacks a value or takes none', async () => {
    assert.match((await run(['check', '--format'])).err, /^warrant check: --format needs a value\.\n/);
    assert.match((await run(['check', '--quiet=yes'])).err, /^warrant check: --quiet takes no value\.\n/);
  });

  it('suggests the second word of a two-word command', async () => {
    const r = await run(['evidence', 'verfy']);
    assert.equal(r.code, 2);
    assert.match(r.err, /Did you mean "verify"\?/);
  });

  it('takes --no-color from any command: no escape sequences even when colour is on', async () => {
    const argv = ['status', 'examples/minimal', '--as-of', '2026-04-28'];
    assert.match((await run(argv, true)).out, /\x1b\[/, 'coloured without the option');
    const plain = await run([...argv, '--no-color'], true);
    assert.equal(plain.code, 0, plain.err);
    assert.doesNotMatch(plain.out, /\x1b\[/);
  });

  it('colours only a terminal, and not when NO_COLOR is set to anything', () => {
    assert.equal(wantsColour(true, {}), true);
    assert.equal(wantsColour(false, {}), false, 'piped or redirected');
    assert.equal(wantsColour(true, { NO_COLOR: '1' }), false);
    assert.equal(wantsColour(true, { NO_COLOR: '' }), true, 'an empty NO_COLOR is unset (no-color.org)');
  });

  it('exits 2 with the short usage when no command is given', async () => {
    const r = await run([]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^Usage: warrant <command>/);
  });
});
