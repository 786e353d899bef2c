// Finding 7 of issue 11, and the evidence readers' part of finding 9: an
// import never loses data. Two imports at once into one file both said
// "created" and one item was lost; a rename failing half way through a
// multi-file write left the first file in place while the tool said "nothing
// was written"; a kill between the renames left an orphaned module and a
// temporary file. Now the case is locked for the read-check-write, a write of
// several files lands whole or not at all (fault injection through the commit
// module's fs seam), and the next run recovers an interrupted one. The readers:
// an lm-eval metric that is not a number is a warning, and a headline it
// displaces is explained; .eval members the reader skips are named as not
// verified.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { EXAMPLE_HEADER } from '../../src/check/examples.js';
import { main } from '../../src/cli/main.js';
import { loadCase } from '../../src/format/load-case.js';
import { LOCK_FILE, lockCase } from '../../src/node/case-lock.js';
import { type CommitFs, commitFiles, nodeCommitFs, recoverCommits } from '../../src/node/commit-files.js';
import { createFsReader } from '../../src/node/fs-reader.js';
import { fakeIo, tempDir } from '../support/cli.js';
import { buildZip, readMembers } from '../support/zip.js';

const FIX = path.join(import.meta.dirname, '../fixtures/evals');
const LOG = path.join(FIX, 'inspect/log_formats.json');
const BIN = path.resolve('dist/cli/bin.js');
const built = fs.existsSync(BIN);
const CASE = `${EXAMPLE_HEADER}argument:\n  G1: { kind: claim, text: Safe., undeveloped: true }\n`;
const NEW = ['--into', 'evidence.yaml', '--polarity', 'supports', '--produced-by', 'Evals team'];

function makeCase(): string {
  const dir = tempDir({ 'warrant.yaml': CASE }, 'warrant-import-');
  fs.mkdirSync(path.join(dir, 'logs'));
  fs.copyFileSync(LOG, path.join(dir, 'logs/run.json'));
  return dir;
}

/** The built CLI as a process, killed if it has not finished in 20 s (so a hang fails the test). */
function cli(cwd: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => void (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => void (err += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

async function inProcess(dir: string, ...args: string[]) {
  const { io, out, err } = fakeIo(dir);
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}

function evidenceIds(dir: string): string[] {
  const loaded = loadCase(path.join(dir, 'warrant.yaml'), createFsReader(dir));
  assert.deepEqual(
    loaded.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  return [...(loaded.case?.evidence.keys() ?? [])];
}

/** Files Warrant leaves only while it writes: locks, journals, temporaries and backups. */
function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n === LOCK_FILE || /\.warrant-|warrant\.lock\./.test(n));
}

/** A pid that no process has any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/**
 * A CLI process that runs `warrant` once per line it reads (the arguments as a
 * JSON array) and answers each with a JSON line { code, err }: two of them race
 * round after round without paying Node's start-up each time.
 */
class Importer {
  private readonly child;
  private buffered = '';
  private readonly waiting: ((line: string) => void)[] = [];
  constructor(cwd: string) {
    const script = `import readline from 'node:readline';
      const { main } = await import(${JSON.stringify(pathToFileURL(path.resolve('dist/cli/main.js')).href)});
      for await (const line of readline.createInterface({ input: process.stdin })) {
        let err = '';
        const io = { cwd: process.cwd(), color: false, today: '2026-11-26', stdout: () => {}, stderr: (t) => void (err += t) };
        const code = await main(JSON.parse(line), io);
        process.stdout.write(JSON.stringify({ code, err }) + '\\n');
      }`;
    this.child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd, stdio: 'pipe' });
    this.child.stdout.setEncoding('utf8').on('data', (s: string) => {
      this.buffered += s;
      for (let nl = this.buffered.indexOf('\n'); nl !== -1; nl = this.buffered.indexOf('\n')) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        this.waiting.shift()?.(line);
      }
    });
  }
  run(args: string[]): Promise<{ code: number; err: string }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${args.join(' ')} in 20 s`)), 20_000);
      this.waiting.push((line) => {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      });
      this.child.stdin.write(`${JSON.stringify(args)}\n`);
    });
  }
  close(): void {
    this.child.stdin.end();
    this.child.kill('SIGKILL');
  }
}

describe('finding 7: two imports at once into one file', () => {
  it('20 rounds of two concurrent imports in two processes: both land, or one fails clearly; never a silent loss', {
    skip: !built && 'dist not built',
    timeout: 60_000,
  }, async () => {
    const dir = makeCase();
    const importers = [new Importer(dir), new Importer(dir)];
    try {
      for (let i = 0; i < 20; i++) {
        const ids = [`ev-a${i}`, `ev-b${i}`];
        const runs = await Promise.all(
          importers.map((p, k) => p.run(['evidence', 'import', 'logs/run.json', '--id', ids[k]!, ...NEW])),
        );
        const have = evidenceIds(dir);
        for (const [k, r] of runs.entries()) {
          if (r.code === 0) assert.ok(have.includes(ids[k]!), `round ${i}: ${ids[k]} said created but is missing`);
          else {
            assert.equal(r.code, 2, r.err);
            assert.match(r.err, /another import holds the lock on this case since .*pid \d+/);
          }
          assert.doesNotMatch(r.err, /internal error|\n\s+at /, 'no crash');
        }
        assert.ok(
          runs.some((r) => r.code === 0),
          `round ${i}: neither import landed`,
        );
      }
    } finally {
      for (const p of importers) p.close();
    }
    assert.deepEqual(leftovers(dir), []);
  });

  it('a second import waits for the lock and then goes on', { skip: !built && 'dist not built' }, async () => {
    const dir = makeCase();
    const held = await lockCase(dir, { command: 'a test' });
    assert.ok(held.ok);
    const started = Date.now();
    const pending = cli(dir, ['evidence', 'import', 'logs/run.json', '--id', 'ev-waited', ...NEW]);
    await new Promise((r) => setTimeout(r, 400));
    held.lock.release();
    const r = await pending;
    assert.equal(r.code, 0, r.err);
    assert.ok(Date.now() - started >= 400);
    assert.deepEqual(evidenceIds(dir), ['ev-waited']);
  });

  it('a lock held past the wait fails clearly, naming its holder and its start', async () => {
    const dir = makeCase();
    const held = await lockCase(dir, { command: 'warrant evidence import' });
    assert.ok(held.ok);
    try {
      const second = await lockCase(dir, { waitMs: 150 });
      assert.ok(!second.ok);
      assert.match(
        second.message,
        /^another import holds the lock on this case since \d{4}-\d\d-\d\dT[\d:.]+Z \(warrant evidence import, pid \d+ on .+\); it was not released within 0\.15 s\. If no import is running, remove .*\.warrant\.lock$/,
      );
    } finally {
      held.lock.release();
    }
    assert.deepEqual(leftovers(dir), []);
  });

  it('a stale lock (dead pid on this host, or too old) is broken with a note', async () => {
    const dir = makeCase();
    const lock = path.join(dir, LOCK_FILE);
    const owner = { pid: deadPid(), host: os.hostname(), started: new Date().toISOString(), nonce: 'x' };
    fs.writeFileSync(lock, JSON.stringify(owner));
    const r = await inProcess(dir, 'evidence', 'import', 'logs/run.json', '--id', 'ev-1', ...NEW);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.err,
      new RegExp(`note: broke a stale lock .*pid ${owner.pid}.*: process ${owner.pid} is no longer running`),
    );
    // Another machine's lock cannot be checked by pid: only its age breaks it.
    fs.writeFileSync(lock, JSON.stringify({ ...owner, host: 'elsewhere', started: '2020-01-01T00:00:00Z' }));
    const notes: string[] = [];
    const got = await lockCase(dir, { note: (n) => notes.push(n) });
    assert.ok(got.ok);
    got.lock.release();
    assert.match(notes.join('\n'), /broke a stale lock .*on elsewhere.*older than 10 minutes/);
    fs.writeFileSync(lock, JSON.stringify({ ...owner, host: 'elsewhere', started: new Date().toISOString() }));
    assert.ok(!(await lockCase(dir, { waitMs: 50 })).ok, 'a fresh lock from another host is respected');
    fs.rmSync(lock);
    assert.deepEqual(evidenceIds(dir), ['ev-1']);
  });

  it('SIGTERM releases the lock', { skip: !built && 'dist not built', timeout: 20_000 }, async () => {
    const dir = makeCase();
    const lockModule = path.resolve('dist/node/case-lock.js');
    const script = `const { lockCase } = await import(${JSON.stringify(lockModule)});
      const r = await lockCase(process.argv[1]); if (!r.ok) process.exit(3);
      process.stdout.write('held\\n'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir], { stdio: 'pipe' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    assert.ok(fs.existsSync(path.join(dir, LOCK_FILE)));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
    child.kill('SIGTERM');
    assert.equal(await exited, 'SIGTERM');
    clearTimeout(timer);
    assert.deepEqual(leftovers(dir), []);
  });
});

/** nodeCommitFs, but the nth rename (counting from 1) fails as EACCES; `also` fails later ones too. */
function failingRename(nth: number, also: number[] = []): CommitFs {
  let n = 0;
  return {
    ...nodeCommitFs,
    rename(from, to) {
      n++;
      if (n === nth || also.includes(n))
        throw Object.assign(new Error(`EACCES: injected, rename '${from}'`), { code: 'EACCES' });
      nodeCommitFs.rename(from, to);
    },
  };
}

/** nodeCommitFs until the nth rename, where the process "dies": that and every later operation throws. */
function killedAtRename(nth: number): CommitFs {
  let n = 0;
  let dead = false;
  const guard =
    <A extends unknown[], R>(f: (...a: A) => R) =>
    (...a: A): R => {
      if (dead) throw new Error('killed');
      return f(...a);
    };
  return {
    read: guard(nodeCommitFs.read),
    create: guard(nodeCommitFs.create),
    append: guard(nodeCommitFs.append),
    remove: guard(nodeCommitFs.remove),
    list: nodeCommitFs.list,
    mkdirp: guard(nodeCommitFs.mkdirp),
    mode: guard(nodeCommitFs.mode),
    rename: guard((from: string, to: string) => {
      if (++n === nth) {
        dead = true;
        throw new Error('killed');
      }
      nodeCommitFs.rename(from, to);
    }),
  };
}

function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)))
    if (e.isFile()) out[e.name] = fs.readFileSync(path.join(dir, e.name), 'utf8');
  return out;
}

describe('finding 7: a write of several files lands whole or not at all', () => {
  it('the second rename fails: the first file is taken back and the message says so truthfully', () => {
    const dir = tempDir({ 'warrant.yaml': 'root: old\n' });
    const before = contents(dir);
    const r = commitFiles(
      [
        { path: path.join(dir, 'evidence.yaml'), text: 'new module\n' },
        { path: path.join(dir, 'warrant.yaml'), text: 'root: new\n' },
      ],
      { journalDir: dir, fs: failingRename(2), show: (f) => path.relative(dir, f) },
    );
    assert.ok(!r.ok && !r.changed);
    assert.equal(r.message, 'cannot write warrant.yaml (EACCES); evidence.yaml, already written, was removed again');
    assert.deepEqual(contents(dir), before, 'every file as it was, no temporary left');
  });

  it('the third of three renames fails: both earlier files are put back from their backups', () => {
    const dir = tempDir({ 'a.yaml': 'a0\n', 'b.yaml': 'b0\n', 'c.yaml': 'c0\n' });
    const before = contents(dir);
    const r = commitFiles(
      ['a', 'b', 'c'].map((n) => ({ path: path.join(dir, `${n}.yaml`), text: `${n}1\n` })),
      { journalDir: dir, fs: failingRename(3), show: (f) => path.relative(dir, f) },
    );
    assert.ok(!r.ok && !r.changed);
    assert.match(
      r.message,
      /^cannot write c\.yaml \(EACCES\); a\.yaml, already written, was put back as it was; b\.yaml/,
    );
    assert.deepEqual(contents(dir), before);
  });

  it('when putting a file back fails too, the message says the files are partly written, and the next run restores them', () => {
    const dir = tempDir({ 'a.yaml': 'a0\n', 'b.yaml': 'b0\n' });
    const before = contents(dir);
    const files = ['a', 'b'].map((n) => ({ path: path.join(dir, `${n}.yaml`), text: `${n}1\n` }));
    const r = commitFiles(files, { journalDir: dir, fs: failingRename(2, [3]), show: (f) => path.relative(dir, f) });
    assert.ok(!r.ok && r.changed);
    assert.match(
      r.message,
      /a\.yaml could not be put back \(EACCES\): it holds the new content, its old content is in \.a\.yaml\.warrant-/,
    );
    assert.match(r.message, /partly written: the next run puts them back from the journal \.warrant-commit-/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), 'a1\n');
    const rec = recoverCommits(dir);
    assert.equal(rec.failed, undefined);
    assert.match(
      rec.notes.join('\n'),
      /was interrupted while writing .*a\.yaml, .*b\.yaml: put every file back as it was\./,
    );
    assert.deepEqual(contents(dir), before);
  });

  it('a failure while writing the temporaries changes nothing and leaves nothing', () => {
    const dir = tempDir({ 'a.yaml': 'a0\n' });
    const before = contents(dir);
    let creates = 0;
    const cfs: CommitFs = {
      ...nodeCommitFs,
      create(file, data, mode) {
        if (++creates === 3) throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
        nodeCommitFs.create(file, data, mode);
      },
    };
    const r = commitFiles(
      [
        { path: path.join(dir, 'a.yaml'), text: 'a1\n' },
        { path: path.join(dir, 'b.yaml'), text: 'b1\n' },
      ],
      { journalDir: dir, fs: cfs },
    );
    assert.ok(!r.ok && !r.changed && /\(ENOSPC\)$/.test(r.message));
    assert.deepEqual(contents(dir), before);
  });
});

describe('finding 7: a kill between the renames, recovered on the next run', () => {
  const files = (dir: string) => [
    { path: path.join(dir, 'evidence.yaml'), text: 'new module\n' },
    { path: path.join(dir, 'warrant.yaml'), text: 'root: new\n' },
  ];

  it('every new file complete: rolled forward', () => {
    const dir = tempDir({ 'warrant.yaml': 'root: old\n' });
    const r = commitFiles(files(dir), { journalDir: dir, fs: killedAtRename(2) });
    assert.ok(!r.ok);
    // What a kill leaves: the first file in place, the second still a temporary, the journal.
    assert.equal(fs.readFileSync(path.join(dir, 'evidence.yaml'), 'utf8'), 'new module\n');
    assert.equal(fs.readFileSync(path.join(dir, 'warrant.yaml'), 'utf8'), 'root: old\n');
    assert.ok(leftovers(dir).some((n) => n.startsWith('.warrant-commit-')));
    const rec = recoverCommits(dir, { show: (f) => path.relative(dir, f) });
    assert.deepEqual(rec.notes.length, 1);
    assert.match(
      rec.notes[0]!,
      /^A write \(pid \d+, .*\) was interrupted while writing evidence\.yaml, warrant\.yaml: finished it/,
    );
    assert.deepEqual(contents(dir), { 'evidence.yaml': 'new module\n', 'warrant.yaml': 'root: new\n' });
  });

  it('a temporary missing or incomplete: rolled back', () => {
    const dir = tempDir({ 'warrant.yaml': 'root: old\n' });
    commitFiles(files(dir), { journalDir: dir, fs: killedAtRename(2) });
    const temp = fs.readdirSync(dir).find((n) => /^\.warrant\.yaml\.warrant-.*\.new$/.test(n))!;
    fs.writeFileSync(path.join(dir, temp), 'root: ne'); // torn
    const rec = recoverCommits(dir, { show: (f) => path.relative(dir, f) });
    assert.match(rec.notes.join('\n'), /put every file back as it was/);
    assert.deepEqual(contents(dir), { 'warrant.yaml': 'root: old\n' });
  });

  it('a file edited since the kill is left as it is, its backup kept and named', () => {
    const dir = tempDir({ 'a.yaml': 'a0\n', 'b.yaml': 'b0\n' });
    const abc = ['a', 'b'].map((n) => ({ path: path.join(dir, `${n}.yaml`), text: `${n}1\n` }));
    commitFiles(abc, { journalDir: dir, fs: killedAtRename(2) });
    fs.rmSync(path.join(dir, fs.readdirSync(dir).find((n) => /^\.b\.yaml\.warrant-.*\.new$/.test(n))!));
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'edited by hand\n');
    const rec = recoverCommits(dir, { show: (f) => path.relative(dir, f) });
    assert.match(
      rec.notes.join('\n'),
      /every other file is as it was; left as it is: a\.yaml, edited since \(its old content kept in \.a\.yaml\.warrant-[\w-]+\.old\)\.$/,
    );
    assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), 'edited by hand\n');
    assert.equal(fs.readFileSync(path.join(dir, 'b.yaml'), 'utf8'), 'b0\n');
  });

  it('a finished commit whose journal could not be removed, a file edited since: nothing is undone or lost', () => {
    const dir = tempDir({ 'a.yaml': 'a0\n', 'b.yaml': 'b0\n' });
    const cfs: CommitFs = {
      ...nodeCommitFs,
      remove(file) {
        if (/\.warrant-commit-/.test(file)) throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
        nodeCommitFs.remove(file);
      },
    };
    const ab = ['a', 'b'].map((n) => ({ path: path.join(dir, `${n}.yaml`), text: `${n}1\n` }));
    assert.ok(commitFiles(ab, { journalDir: dir, fs: cfs }).ok);
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'edited by hand\n');
    // A pid that is gone, as after a crash.
    const journal = path.join(dir, fs.readdirSync(dir).find((n) => n.startsWith('.warrant-commit-'))!);
    const [head, ...rest] = fs.readFileSync(journal, 'utf8').split('\n');
    fs.writeFileSync(
      journal,
      [JSON.stringify({ ...JSON.parse(head!), owner: { ...JSON.parse(head!).owner, pid: deadPid() } }), ...rest].join(
        '\n',
      ),
    );
    const rec = recoverCommits(dir, { show: (f) => path.relative(dir, f) });
    assert.equal(rec.failed, undefined);
    assert.match(
      rec.notes.join('\n'),
      /left as they are: a\.yaml, edited since; b\.yaml, new, its backup gone \(the write had finished\)\.$/,
    );
    assert.deepEqual(contents(dir), { 'a.yaml': 'edited by hand\n', 'b.yaml': 'b1\n' });
  });

  it('killed while preparing, or while writing the journal, or stray temporaries: removed, files untouched', () => {
    const dead = deadPid();
    const dir = tempDir({
      'a.yaml': 'a0\n',
      [`.warrant-commit-${dead}-abc.json`]: '{"owner": {"pid"', // torn first line
      [`.a.yaml.warrant-${dead}-def.new`]: 'stray',
      [`.warrant-commit-${dead}-123.json`]: `${JSON.stringify({
        owner: { pid: dead, host: os.hostname(), started: new Date().toISOString(), nonce: '123' },
        id: `${dead}-123`,
        entries: [{ target: 'a.yaml', temp: `.a.yaml.warrant-${dead}-123.new`, newHash: 'f'.repeat(64) }],
      })}\n`,
      [`.a.yaml.warrant-${dead}-123.new`]: 'half',
      'notes.warrant-1-2.new': 'not ours: no leading dot',
    });
    const rec = recoverCommits(dir);
    assert.equal(rec.notes.length, 3, rec.notes.join('\n'));
    assert.match(rec.notes.join('\n'), /interrupted before it changed any file/);
    assert.deepEqual(contents(dir), { 'a.yaml': 'a0\n', 'notes.warrant-1-2.new': 'not ours: no leading dot' });
  });

  it('a journal planted to reach outside the case, or to rename other files, is ignored with a note', () => {
    const dead = deadPid();
    const outside = tempDir({ 'victim.txt': 'keep me\n' });
    const dir = tempDir({ 'a.yaml': 'a0\n', 'other.yaml': 'o0\n', '.git/HEAD': 'ref: refs/heads/main\n' });
    const owner = { pid: dead, host: os.hostname(), started: new Date().toISOString(), nonce: 'n' };
    const plant = (name: string, entries: unknown[]) =>
      fs.writeFileSync(
        path.join(dir, `.warrant-commit-${name}.json`),
        `${JSON.stringify({ owner, id: name, entries })}\ncommit\n`,
      );
    const victim = path.relative(dir, path.join(outside, 'victim.txt'));
    plant(`${dead}-1`, [{ target: victim, temp: 'a.yaml', newHash: 'f'.repeat(64) }]);
    plant(`${dead}-2`, [{ target: 'a.yaml', temp: 'other.yaml', newHash: 'f'.repeat(64) }]);
    fs.symlinkSync(outside, path.join(dir, 'link'));
    plant(`${dead}-3`, [
      { target: 'link/victim.txt', temp: `link/.victim.txt.warrant-${dead}-3.new`, newHash: 'f'.repeat(64) },
    ]);
    const before = contents(dir);
    const notes = recoverCommits(dir, { show: (f) => path.relative(dir, f) }).notes.join('\n');
    assert.match(
      notes,
      /ignored \.warrant-commit-\d+-1\.json: it is not a journal Warrant wrote \(.*victim\.txt is outside the case\)/,
    );
    assert.match(notes, /ignored \.warrant-commit-\d+-2\.json: .*the temporary of a\.yaml is misnamed/);
    assert.match(notes, /ignored \.warrant-commit-\d+-3\.json: .*link\/victim\.txt is outside the case/);
    assert.deepEqual(contents(dir), before);
    assert.deepEqual(contents(outside), { 'victim.txt': 'keep me\n' });
  });

  it('a live process’s journal is left alone', () => {
    const dir = tempDir({ 'a.yaml': 'a0\n' });
    const owner = { pid: process.ppid, host: os.hostname(), started: new Date().toISOString(), nonce: 'n' };
    const journal = `.warrant-commit-${owner.pid}-77.json`;
    fs.writeFileSync(path.join(dir, journal), `${JSON.stringify({ owner, id: `${owner.pid}-77`, entries: [] })}\n`);
    assert.deepEqual(recoverCommits(dir).notes, []);
    assert.ok(fs.existsSync(path.join(dir, journal)));
  });

  it('the next `warrant evidence import` finishes an interrupted one before it reads the case', {
    skip: !built && 'dist not built',
  }, async () => {
    const dir = makeCase();
    assert.equal((await inProcess(dir, 'evidence', 'import', 'logs/run.json', '--id', 'ev-1', ...NEW)).code, 0);
    // An earlier write of the case's two files, killed between its renames, by a process that is gone.
    const evidence = path.join(dir, 'evidence.yaml');
    const root = path.join(dir, 'warrant.yaml');
    commitFiles(
      [
        { path: evidence, text: `${fs.readFileSync(evidence, 'utf8')}# edited by the earlier write\n` },
        { path: root, text: `${fs.readFileSync(root, 'utf8')}# edited by the earlier write\n` },
      ],
      { journalDir: dir, fs: killedAtRename(2), command: 'warrant evidence import' },
    );
    const journal = path.join(dir, fs.readdirSync(dir).find((n) => n.startsWith('.warrant-commit-'))!);
    const [head, ...rest] = fs.readFileSync(journal, 'utf8').split('\n');
    const j = JSON.parse(head!);
    j.owner.pid = deadPid();
    fs.writeFileSync(journal, [JSON.stringify(j), ...rest].join('\n'));

    // A dry run writes nothing, recovery included; it says the case may be mid-write.
    const before = contents(dir);
    const dry = await inProcess(dir, 'evidence', 'import', 'logs/run.json', '--id', 'ev-2', '--dry-run', ...NEW);
    assert.equal(dry.code, 0, dry.err);
    assert.match(dry.err, /note: \.warrant-commit-[\w-]+\.json records a write under way or interrupted/);
    assert.deepEqual(contents(dir), before);

    const r = await cli(dir, ['evidence', 'import', 'logs/run.json', '--id', 'ev-2', ...NEW]);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.err,
      /note: warrant evidence import \(pid \d+, .*\) was interrupted while writing evidence\.yaml, warrant\.yaml: finished it/,
    );
    assert.match(fs.readFileSync(root, 'utf8'), /# edited by the earlier write/);
    assert.match(fs.readFileSync(evidence, 'utf8'), /# edited by the earlier write/);
    assert.deepEqual(evidenceIds(dir).sort(), ['ev-1', 'ev-2']);
    assert.deepEqual(leftovers(dir), []);
  });
});

describe('finding 9: what the evidence readers leave out is said', () => {
  const lmEval = (results: string) =>
    `{"results": {"arc": {"alias": "arc", ${results}}}, "versions": {"arc": 1}, "model_name": "m/x", "date": 1713525419.5, "config": {"model": "hf"}}`;

  it('lm-eval: a metric that is not a number is a warning, and the headline it displaces is explained', async () => {
    const dir = makeCase();
    fs.writeFileSync(
      path.join(dir, 'logs/results.json'),
      lmEval('"acc,none": "high", "acc_stderr,none": 0.01, "acc_norm,none": 0.5, "acc_norm_stderr,none": 0.02'),
    );
    const r = await inProcess(dir, 'evidence', 'import', 'logs/results.json', '--id', 'ev-arc', ...NEW);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /^ {2}warning: results\.arc\["acc,none"\] is "high", not a number: the metric was left out\.$/m,
    );
    assert.match(
      r.out,
      /^ {2}warning: the headline metric is none\/acc_norm: none\/acc comes first in the log, but its value "high" is not a number\.$/m,
    );
    const item = parse(fs.readFileSync(path.join(dir, 'evidence.yaml'), 'utf8')).evidence['ev-arc'];
    assert.equal(item.result.value, 0.5);
    assert.ok(item.provenance.reader_notes.some((n: string) => /"high", not a number/.test(n)));
  });

  it('lm-eval: a non-numeric metric after the headline warns, without a headline note; --metric names its own', async () => {
    const dir = makeCase();
    fs.writeFileSync(path.join(dir, 'logs/results.json'), lmEval('"acc,none": 0.4, "f1,none": "n/a?"'));
    const r = await inProcess(dir, 'evidence', 'import', 'logs/results.json', '--dry-run', '--id', 'ev-arc', ...NEW);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /warning: results\.arc\["f1,none"\] is "n\/a\?", not a number/);
    assert.doesNotMatch(r.out, /warning: the headline/);
    fs.writeFileSync(path.join(dir, 'logs/results.json'), lmEval('"acc,none": "x", "f1,none": 0.3'));
    const m = await inProcess(dir, 'evidence', 'import', 'logs/results.json', '--dry-run', '--metric', 'f1', ...NEW);
    assert.equal(m.code, 0, m.err);
    assert.doesNotMatch(m.out, /warning: the headline/, 'the user chose the metric');
  });

  it('.eval: a bit flip in a member the reader skips is imported, but the member is named as not verified', async () => {
    const dir = makeCase();
    const members = await readMembers(path.join(FIX, 'inspect/ais-decoder.eval'));
    const flipped = members.map((m) => {
      if (m.name !== 'reductions.json') return m;
      const raw = Buffer.from(m.raw!);
      raw[Math.floor(raw.length / 2)]! ^= 0x10;
      return { ...m, raw };
    });
    fs.writeFileSync(path.join(dir, 'logs/run.eval'), buildZip(flipped));
    const r = await inProcess(dir, 'evidence', 'import', 'logs/run.eval', '--id', 'ev-ctf', ...NEW);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.err,
      /^logs\/run\.eval: note: Not verified: 3 of 6 archive members were not read, so their CRC-32 was not checked \(_journal\/start\.json, _journal\/summaries\/1\.json, reductions\.json\)/m,
    );
    const item = parse(fs.readFileSync(path.join(dir, 'evidence.yaml'), 'utf8')).evidence['ev-ctf'];
    assert.ok(item.provenance.reader_notes.some((n: string) => /^Not verified: .*reductions\.json/.test(n)));
  });
});
