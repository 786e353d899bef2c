// The README works as written: every command in its ```sh blocks runs, in
// order, from a copy of the repository's files, and exits as its trailing
// comment says (`# exit N`, default 0; test/support/readme-commands.ts gives
// the convention). `npx warrant` runs the built CLI (dist/cli/bin.js) directly,
// through sh for the globs and redirections. `npm` lines (npm ci, npm test,
// npm start) are not run: they install, build, run this very test, or serve
// until stopped; each must name a script package.json has.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from './support/cli.js';
import { type ReadmeCommand, readmeCommands } from './support/readme-commands.js';

const BIN = path.resolve('dist/cli/bin.js');
const README = fs.readFileSync('README.md', 'utf8');
/** What the README's commands read: the example cases and the evaluation logs they import. */
const COPIED = ['examples', 'test/fixtures/evals'];

/** A fresh copy of what the commands read, as a git repository on branch main (diff and impact read main). */
function freshCopy(): string {
  const dir = tempDir({}, 'warrant-readme-');
  for (const p of COPIED) fs.cpSync(p, path.join(dir, p), { recursive: true });
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
    assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'fresh clone');
  return dir;
}

const shellLine = (c: ReadmeCommand) => c.command.replace(/^npx warrant\b/, `exec "${process.execPath}" "${BIN}"`);
const ENV = { ...process.env, NO_COLOR: '1' };

function runToEnd(c: ReadmeCommand, cwd: string) {
  const r = spawnSync('sh', ['-c', shellLine(c)], { cwd, env: ENV, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Start it, wait for the line that says Ctrl-C stops it, interrupt it: it should end with 0. */
function runUntilReady(c: ReadmeCommand, cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', shellLine(c)], { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let sent = false;
    const seen = (d: Buffer) => {
      output += d;
      if (!sent && /Ctrl-C/.test(output)) {
        sent = true;
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('README commands', () => {
  const commands = readmeCommands(README);

  it('finds the commands, and every one is npx warrant or npm', () => {
    assert.ok(commands.length >= 20, `only ${commands.length} commands found`);
    for (const c of commands)
      assert.match(c.command, /^(npx warrant|npm) /, `README.md:${c.line}: neither npx warrant nor npm`);
  });

  it('each npm line names a script package.json has', () => {
    const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    for (const c of commands.filter((c) => c.command.startsWith('npm '))) {
      for (const part of c.command.split('&&')) {
        const [, sub, name] = /^\s*npm (ci|test|start|run (\S+))\b/.exec(part) ?? [];
        assert.ok(sub, `README.md:${c.line}: an npm command this test does not know: ${part.trim()}`);
        if (sub === 'test' || sub === 'start') assert.ok(scripts[sub], `no "${sub}" script`);
        if (name) assert.ok(scripts[name], `README.md:${c.line}: no "${name}" script`);
      }
    }
  });

  it('every npx warrant line runs from a fresh copy, in order, with its documented exit code', {
    timeout: 300_000,
  }, async () => {
    const dir = freshCopy();
    const run = commands.filter((c) => c.command.startsWith('npx warrant') && c.kind !== 'pattern');
    for (const c of run) {
      const r = c.kind === 'until-interrupted' ? await runUntilReady(c, dir) : runToEnd(c, dir);
      assert.equal(r.code, c.exit, `README.md:${c.line}: ${c.command}\nexited ${r.code}, not ${c.exit}:\n${r.output}`);
      assert.doesNotMatch(r.output, /internal error|\n\s+at /, `README.md:${c.line}: a crash`);
    }
  });
});

describe('README command extraction', () => {
  const md = [
    'text',
    '```sh',
    'npx warrant check a   # structure',
    'npx warrant check b   # exit 1: it fails',
    '# a comment line',
    'npx warrant import x \\',
    '    --case "c # d" --into e   # exit 2',
    'npx warrant serve --port 0    # until Ctrl-C: live',
    'npx warrant check <case>      # pattern: a placeholder',
    '```',
    '```yaml',
    'npx: not a command',
    '```',
  ].join('\n');

  it('reads each command once, with its exit code, kind and line, and nothing outside sh blocks', () => {
    assert.deepEqual(readmeCommands(md), [
      { line: 3, command: 'npx warrant check a', exit: 0, kind: 'run' },
      { line: 4, command: 'npx warrant check b', exit: 1, kind: 'run' },
      { line: 6, command: 'npx warrant import x --case "c # d" --into e', exit: 2, kind: 'run' },
      { line: 8, command: 'npx warrant serve --port 0', exit: 0, kind: 'until-interrupted' },
      { line: 9, command: 'npx warrant check <case>', exit: 0, kind: 'pattern' },
    ]);
  });
});
