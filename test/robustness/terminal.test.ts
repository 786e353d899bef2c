// Finding 8 of issue 11, and the Markdown part of 9: what Warrant prints.
//
// Every command of the registry runs on a hostile version of examples/minimal
// (test/support/hostile-case.ts: every text field, file name and argument
// carries escape sequences, BEL, a one-byte CSI, bidi controls, a canary,
// mentions and issue references), in pretty output with colour off and on.
// Nothing but a line feed (and, with colour, Warrant's own styles) may reach
// stdout or stderr raw. The commands run in process through `dispatch`, which
// is main without the output guard, so each formatter is held to account on
// its own; the guard (src/cli/io.ts) is tested apart, and the built CLI once
// end to end. The table of arguments must name every command: a new command
// fails here until it is given a run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { commands } from '../../src/cli/commands/index.js';
import { guardedIo, type Io } from '../../src/cli/io.js';
import { dispatch, main } from '../../src/cli/main.js';
import { SGR } from '../../src/output/text.js';
import { tempDir } from '../support/cli.js';
import {
  hostileMinimal,
  MENTIONS,
  NAME_CANARY,
  PAYLOAD,
  PAYLOAD_NAME,
  payload,
  TEXT_CANARY,
} from '../support/hostile-case.js';
import { buildZip, readMembers } from '../support/zip.js';

const BIN = path.resolve('dist/cli/bin.js');
const built = fs.existsSync(BIN);

// ---- the fixture --------------------------------------------------------------

/** A hostile argument on the command line. */
const ARG_CANARY = 'ARGCANARY';
const ARG = payload(ARG_CANARY);

// Names in the fixture directory; every one but `orig` carries the hostile file-name payload.
const CASE = `case${PAYLOAD_NAME}`;
const BROKEN = `broken${PAYLOAD_NAME}`;
/** The hostile case in format 1, for `warrant migrate`. */
const V1 = `v1${PAYLOAD_NAME}`;
const ORIG = 'orig';
const LOG = `log${PAYLOAD_NAME}.json`;
const EVAL = `log${PAYLOAD_NAME}.eval`;
const GSN = `ok${PAYLOAD_NAME}.gsn.yaml`;
const GSN_BAD = `bad${PAYLOAD_NAME}.gsn.yaml`;

/** A string in a YAML double-quoted scalar, every control written as an escape. */
function yamlQuoted(s: string): string {
  return JSON.stringify(s).replace(/[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** An Inspect log whose task, model, dataset, scorer and metric names carry the payload. */
function hostileInspectLog(): string {
  const fixture = 'test/fixtures/evals/inspect/2024-08-29T15-11-18+00-00_popularity_5EAmX6wjMFqea6WY7XHzZp.json';
  const log = JSON.parse(fs.readFileSync(fixture, 'utf8'));
  log.status = 'success';
  log.eval.task = `popularity${PAYLOAD}`;
  log.eval.model = `mockllm/model${PAYLOAD}`;
  log.eval.dataset.name += PAYLOAD;
  log.results.scores[0].name += PAYLOAD;
  return JSON.stringify(log);
}

const fixtures: string[] = [];
after(() => {
  for (const d of fixtures.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** The directory every run starts from a copy of (kept for the whole file, unlike a tempDir). */
async function makeFixture(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-terminal-'));
  fixtures.push(dir);
  const h = hostileMinimal();
  const write = (name: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  write(`${CASE}/warrant.yaml`, h.text);
  write(`${BROKEN}/warrant.yaml`, h.broken);
  write(`${V1}/warrant.yaml`, h.text.replace(/^warrant: 2$/m, 'warrant: 1'));
  write(`${ORIG}/warrant.yaml`, fs.readFileSync('examples/minimal/warrant.yaml', 'utf8'));
  write(LOG, hostileInspectLog());
  // A member the reader does not read: its hostile name is printed in the "not verified" note.
  const members = await readMembers('test/fixtures/evals/inspect/log_formats.eval');
  write(EVAL, buildZip([...members, { name: `extra${PAYLOAD_NAME}.json`, data: Buffer.from('{}') }]));
  write(GSN, `G1:\n  text: ${yamlQuoted(`Goal ${PAYLOAD}`)}\n  supportedBy: [Sn1]\nSn1:\n  text: Solution\n`);
  write(GSN_BAD, `G1:\n  text: ${yamlQuoted(PAYLOAD)}\n  supportedBy: [${yamlQuoted(`X${PAYLOAD}`)}]\n`);
  return dir;
}

// ---- the table ------------------------------------------------------------------

type Canary = 'text' | 'name' | 'arg';
const CANARIES: Record<Canary, string> = { text: TEXT_CANARY, name: NAME_CANARY, arg: ARG_CANARY };

interface Run {
  args: string[];
  /** Canaries the output must show: proof that the hostile text was printed, not left out. */
  shows: Canary[];
  /** For a command that runs until stopped: what to do while it runs, then stop it. */
  whileRunning?: (run: Running) => Promise<void>;
  /** For the data formats: the output holds no text of the case (ids and numbers only). */
  noText?: boolean;
}

interface Running {
  dir: string;
  out: () => string;
  err: () => string;
}

const EVIDENCE = ['--case', CASE, '--into', 'imported.yaml', '--polarity', 'supports', '--produced-by', ARG];

/**
 * Every command of the registry, with the runs that reach its human output:
 * the case's text, its errors on the broken case, and hostile arguments.
 * Keyed by the command's name as registered; the first test holds the keys
 * and the registry together.
 */
const RUNS: Record<string, Run[]> = {
  check: [
    { args: [CASE], shows: ['text', 'name'] },
    { args: [BROKEN], shows: ['text', 'name'] },
  ],
  rules: [{ args: [], shows: [] }],
  explain: [
    { args: ['S09'], shows: [] },
    { args: [ARG], shows: ['arg'] },
  ],
  status: [
    { args: [CASE], shows: ['text', 'name'] },
    { args: [BROKEN], shows: ['text', 'name'] },
  ],
  why: [
    { args: [CASE, 'G-injection'], shows: ['text'] },
    { args: [CASE, 'ev-injection-suite'], shows: ['text'] },
    { args: [CASE, 'D-query-string'], shows: ['text'] },
    { args: [CASE, 'A-get-only'], shows: ['text'] },
    { args: [CASE, ARG], shows: ['arg', 'name'] },
  ],
  critical: [{ args: [CASE], shows: ['text', 'name'] }],
  whatif: [
    { args: [CASE, '--defeat', 'ev-injection-suite'], shows: ['text', 'name'] },
    { args: [CASE, '--defeat', 'A-get-only'], shows: ['text', 'name'] },
    { args: [CASE, '--defeat', ARG], shows: ['arg'] },
  ],
  impact: [
    { args: [CASE, '--change', `context.model.build=${ARG}`], shows: ['text', 'name', 'arg'] },
    { args: [CASE, '--change', `tools+=${ARG}`], shows: ['arg'] },
    { args: [CASE, '--change', `${ARG}=1`], shows: ['arg'] },
    { args: [BROKEN, '--change', 'context.model.build=x'], shows: ['text', 'name'] },
  ],
  diff: [
    { args: [ORIG, CASE], shows: ['text', 'name'] },
    { args: [CASE, BROKEN], shows: ['text', 'name'] },
  ],
  render: [
    { args: [CASE, '-o', `svg${PAYLOAD_NAME}`], shows: ['name'] },
    { args: [BROKEN, '-o', 'svg'], shows: ['text', 'name'] },
    { args: [CASE, '-o', 'svg', '--view', `subtree:${ARG}`], shows: ['arg'] },
  ],
  report: [
    { args: [CASE, '-o', `report${PAYLOAD_NAME}.html`], shows: ['name'] },
    { args: [BROKEN, '-o', 'report.md'], shows: ['text', 'name'] },
  ],
  serve: [{ args: [CASE, BROKEN, '--port', '0'], shows: ['name'], whileRunning: editWhileServing }],
  'evidence import': [
    { args: [LOG, ...EVIDENCE], shows: ['text', 'name'] },
    { args: [LOG, ...EVIDENCE, '--dry-run'], shows: ['text', 'name'] },
    { args: [EVAL, ...EVIDENCE, '--dry-run'], shows: ['name'] },
    { args: [LOG, ...EVIDENCE.map((a) => (a === CASE ? BROKEN : a))], shows: ['text', 'name'] },
    { args: [`missing${PAYLOAD_NAME}.json`, ...EVIDENCE], shows: ['name'] },
  ],
  cite: [
    { args: [CASE, 'Sn-egress-test', 'ev-query-string'], shows: ['name'] },
    { args: [CASE, ARG, 'ev-query-string'], shows: ['arg'] },
    { args: [CASE, 'Sn-egress-test', ARG], shows: ['arg'] },
    { args: [BROKEN, 'Sn-egress-test', 'ev-query-string'], shows: ['text', 'name'] },
  ],
  'evidence verify': [
    { args: [CASE], shows: ['text', 'name'] },
    { args: [BROKEN], shows: ['text', 'name'] },
  ],
  migrate: [
    { args: [CASE], shows: ['name'] },
    { args: [BROKEN], shows: ['text', 'name'] },
    { args: [V1, '--dry-run'], shows: ['text', 'name'] },
    { args: [V1], shows: ['text', 'name'] },
  ],
  'import gsn2x': [
    { args: [GSN, '-o', `imported${PAYLOAD_NAME}/warrant.yaml`], shows: ['name'] },
    { args: [GSN_BAD], shows: ['text', 'name'] },
    { args: [`missing${PAYLOAD_NAME}.gsn.yaml`], shows: ['name'] },
  ],
  'export gsn2x': [
    { args: [CASE, '-o', `gsn${PAYLOAD_NAME}`], shows: ['name'] },
    { args: [BROKEN], shows: ['text', 'name'] },
  ],
  'keys generate': [{ args: [ARG], shows: ['arg'] }],
  decide: [
    { args: [CASE, '--outcome', 'approve-with-conditions', '--key', ARG], shows: ['arg'] },
    { args: [BROKEN, '--outcome', 'approve', '--key', ARG], shows: ['text', 'name'] },
  ],
  'record verify': [{ args: [ARG, '--keyring', ARG], shows: ['arg'] }],
  'record show': [{ args: [ARG], shows: ['arg'] }],
  'server user': [
    { args: ['add', ARG], shows: ['arg'] },
    { args: ['add', 'ada', '--clearance', ARG], shows: ['arg'] },
  ],
  server: [
    { args: ['--port', ARG], shows: ['arg'] },
    { args: [ARG], shows: ['arg'] },
  ],
  'server token': [{ args: ['create', ARG], shows: ['arg'] }],
  'server verify-log': [{ args: ['--db', `missing${PAYLOAD_NAME}.db`], shows: ['name'] }],
};

/** Serve two cases, save one with a change (the reload is logged with the case's path); then it is stopped. */
async function editWhileServing(run: Running): Promise<void> {
  await until(() => /http:\/\/127\.0\.0\.1:\d+\//.test(run.out()), 'the URL');
  const file = path.join(run.dir, CASE, 'warrant.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Meridian-4:', 'Meridian-4 (saved):'));
  await until(() => run.err().includes(NAME_CANARY), 'the reload logged');
}

async function until(ok: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// ---- running and judging ----------------------------------------------------------

const OWN_SGR = new Set(['0', ...Object.values(SGR)].map((code) => `\x1b[${code}m`));

/**
 * The first raw character of `text` that must not reach a terminal, with
 * what surrounds it; undefined when there is none. With colour, Warrant's own
 * SGR sequences are allowed (and only those: any other ESC is raw).
 */
function rawControl(text: string, color: boolean): string | undefined {
  const plain = color ? text.replace(/\x1b\[[0-9;]*m/g, (m) => (OWN_SGR.has(m) ? '' : m)) : text;
  const m =
    /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
      plain,
    );
  return m ? JSON.stringify(plain.slice(Math.max(0, m.index - 60), m.index + 20)) : undefined;
}

interface Printed {
  code: number;
  stdout: string;
  stderr: string;
}

/** One run of one command in a fresh copy of the fixture, in process and unguarded. */
async function runCommand(fixture: string, name: string, run: Run, color: boolean): Promise<Printed> {
  const dir = tempDir({}, 'warrant-terminal-run-');
  fs.cpSync(fixture, dir, { recursive: true });
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    cwd: dir,
    color,
    today: '2026-04-28',
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  };
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, process.listeners(s)]));
  const running = dispatch([...name.split(' '), ...run.args], io);
  if (run.whileRunning) {
    try {
      await run.whileRunning({ dir, out: () => out.join(''), err: () => err.join('') });
    } finally {
      // Stopped as Ctrl-C stops it, by calling the handlers it added: no signal reaches the test process.
      for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)!.includes(l)) l(s);
    }
  }
  const code = await running;
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function judge(name: string, run: Run, color: boolean, p: Printed): void {
  const what = `warrant ${name} ${JSON.stringify(run.args)} (colour ${color ? 'on' : 'off'})`;
  for (const stream of ['stdout', 'stderr'] as const) {
    const raw = rawControl(p[stream], color);
    assert.equal(raw, undefined, `${what}: a raw control character on ${stream}, near ${raw}`);
  }
  const all = p.stdout + p.stderr;
  for (const c of run.shows)
    assert.ok(all.includes(CANARIES[c]), `${what}: the ${c} canary is not in the output:\n${all.slice(0, 2000)}`);
  assert.doesNotMatch(all, /\n\s+at .*\(.*:\d+:\d+\)/, `${what}: a stack trace`);
}

// ---- the tests ------------------------------------------------------------------

describe('terminal output: every command, on a hostile case', () => {
  let fixture: string;
  before(async () => {
    fixture = await makeFixture();
  });

  it('the table of runs names every command of the registry, and only those', () => {
    assert.deepEqual(Object.keys(RUNS).sort(), commands.map((c) => c.name).sort());
    for (const [name, runs] of Object.entries(RUNS)) assert.ok(runs.length > 0, `no run for ${name}`);
  });

  it('the hostile case carries the payload in its texts, names and notes', () => {
    const { hostile } = hostileMinimal();
    for (const field of [
      'case.title',
      'case.reviewers.0.name',
      'argument.G-injection.text',
      'evidence.ev-injection-suite.title',
      'evidence.ev-egress-test.notes',
      'evidence.ev-injection-suite.review.reason',
      'suppressions.0.reason',
      'decision.makers.0.name',
    ])
      assert.ok(hostile.includes(field), `${field} does not carry the payload`);
    assert.ok(hostile.length > 60, `only ${hostile.length} fields carry the payload`);
  });

  for (const entry of commands) {
    for (const color of [false, true]) {
      const title = `${entry.name}, colour ${color ? 'on' : 'off'}: no raw control character, the hostile text escaped`;
      it(title, { timeout: 30_000 }, async () => {
        for (const run of RUNS[entry.name] ?? [])
          judge(entry.name, run, color, await runCommand(fixture, entry.name, run, color));
      });
    }
  }

  it('with colour on, Warrant still colours its own words', async () => {
    const p = await runCommand(fixture, 'status', { args: [CASE], shows: [] }, true);
    assert.match(p.stdout, /\x1b\[3[1-6]m/);
  });
});

describe('the output guard', () => {
  it('main passes what a command prints through it', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = {
      cwd: process.cwd(),
      color: false,
      today: '2026-04-28',
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
    };
    // A usage error echoes the argument: unguarded it is escaped by the formatter, guarded too; neither is raw.
    assert.equal(await main(['status', '--format', ARG], io), 2);
    assert.equal(rawControl(err.join(''), false), undefined);
    const g = guardedIo(io);
    g.stdout(`{"a": "\x1b[2J\u009b"}\n`);
    g.stderr(`x\x1b]0;t\x07\u202e\n`);
    assert.equal(out.join(''), '{"a": "\\u001b[2J\\u009b"}\n');
    assert.match(err.join(''), /x\\x1b\]0;t\\x07\\u202e\n$/);
  });

  it("with colour, only Warrant's own styles pass", () => {
    const out: string[] = [];
    const io: Io = { cwd: '.', color: true, today: '2026-04-28', stdout: (t) => void out.push(t), stderr: () => {} };
    guardedIo(io).stdout('\x1b[1;31mred\x1b[0m \x1b[5;7mblink\x1b[0m \x1b[2J');
    assert.equal(out.join(''), '\x1b[1;31mred\x1b[0m \\u001b[5;7mblink\x1b[0m \\u001b[2J');
  });

  it('the built CLI prints the hostile case escaped', { skip: !built && 'dist not built' }, async () => {
    const dir = await makeFixture();
    for (const args of [
      ['status', CASE],
      ['why', CASE, 'G-injection'],
      ['check', BROKEN],
      ['explain', ARG],
    ]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
      assert.equal(rawControl(r.stdout + r.stderr, false), undefined, args.join(' '));
      assert.match(r.stdout + r.stderr, /CANARY/);
    }
  });
});

// ---- data formats ------------------------------------------------------------------

describe('data formats carry no raw control character', () => {
  let fixture: string;
  before(async () => {
    fixture = await makeFixture();
  });

  const DATA: [string, string[], { noText?: boolean }?][] = [
    ['check', [CASE, '--format', 'json']],
    ['check', [CASE, '--format', 'sarif']],
    ['status', [CASE, '--format', 'json']],
    ['why', [CASE, 'G-injection', '--format', 'json']],
    ['critical', [CASE, '--format', 'json'], { noText: true }],
    ['whatif', [CASE, '--defeat', 'A-get-only', '--format', 'json'], { noText: true }],
    ['impact', [CASE, '--change', 'context.model.build=x', '--format', 'json']],
    ['diff', [ORIG, CASE, '--format', 'json']],
    ['evidence import', [LOG, ...EVIDENCE, '--dry-run', '--format', 'json']],
    ['evidence verify', [CASE, '--format', 'json']],
    ['rules', ['--format', 'json'], { noText: true }],
    ['impact', [CASE, '--change', 'context.model.build=x', '--format', 'markdown']],
    ['diff', [ORIG, CASE, '--format', 'markdown']],
    ['report', [CASE, '--format', 'markdown']],
    ['report', [CASE]],
    ['render', [CASE, '-o', '-']],
    ['export gsn2x', [CASE]],
  ];
  for (const [name, args, opts] of DATA) {
    it(`${name} ${JSON.stringify(args.slice(1))}`, async () => {
      const p = await runCommand(fixture, name, { args, shows: [] }, false);
      // Tab and line feed are data; C0, DEL and C1 controls are commands to a terminal.
      const m = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.exec(p.stdout);
      assert.equal(m, null, m ? JSON.stringify(p.stdout.slice(m.index - 40, m.index + 10)) : '');
      if (!opts?.noText) assert.ok(p.stdout.includes(TEXT_CANARY), 'the case text is in the output');
      if (args.includes('json') || args.includes('sarif')) {
        JSON.parse(p.stdout);
        assert.doesNotMatch(p.stdout, /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/, 'JSON escapes bidi controls');
      }
    });
  }
});

// ---- Markdown: mentions and references ----------------------------------------------

describe('Markdown output mentions no one and references no issue', () => {
  let fixture: string;
  before(async () => {
    fixture = await makeFixture();
  });

  /** Mentions and references GitHub would link in `md`, outside code spans. */
  function links(md: string): string[] {
    const prose = md.replace(/(`+)[^`]*?\1/g, '');
    return [
      ...(prose.match(/(?<![A-Za-z0-9_])@[A-Za-z0-9][\w-]*(\/[\w-]+)?/g) ?? []),
      ...(prose.match(/#[0-9]+/g) ?? []),
      ...(prose.match(/(?<![A-Za-z0-9_])GH-[0-9]+/gi) ?? []),
    ];
  }

  for (const [name, args] of [
    ['report', [CASE, '--format', 'markdown']],
    ['diff', [ORIG, CASE, '--format', 'markdown']],
    ['impact', [CASE, '--change', `context.model.build=${MENTIONS}`, '--format', 'markdown']],
  ] as const) {
    it(`${name} --format markdown`, async () => {
      const p = await runCommand(fixture, name, { args: [...args], shows: [] }, false);
      assert.ok(p.stdout.includes(TEXT_CANARY) && p.stdout.includes('octocat'), 'the hostile text is in the output');
      // Entities and backslash escapes are undone when GitHub renders the Markdown, before it looks for references.
      const rendered = p.stdout
        .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
        .replace(/&(quot|amp|lt|gt);/g, (_m, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>' })[e]!)
        .replace(/\\([!-/:-@[-`{-~])/g, '$1');
      assert.deepEqual(links(rendered), []);
      assert.match(rendered, /@\u200doctocat/);
      assert.match(rendered, /#\u200d12/);
    });
  }

  it('ids in code spans are left whole, text around them neutralised', async () => {
    const dir = tempDir({
      'c/warrant.yaml': `${fs.readFileSync('examples/minimal/warrant.yaml', 'utf8')}`.replace(
        /\bG-injection\b/g,
        'GH-12',
      ),
    });
    const out: string[] = [];
    const io: Io = { cwd: dir, color: false, today: '2026-04-28', stdout: (t) => void out.push(t), stderr: () => {} };
    assert.equal(await dispatch(['report', 'c', '--format', 'markdown'], io), 0);
    assert.match(out.join(''), /`GH-12`/);
    assert.doesNotMatch(out.join(''), /`GH-\u200d12`/);
  });
});

// ---- EPIPE ---------------------------------------------------------------------------

describe('a reader that stops early', { skip: !built && 'dist not built' }, () => {
  const procs: ReturnType<typeof spawn>[] = [];
  after(() => {
    for (const p of procs) p.kill('SIGKILL');
  });

  /** The built CLI piped into a reader that takes `take` bytes (0: none) and closes the pipe. */
  function pipedInto(args: string[], cwd: string, take: number) {
    return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; got: number }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        procs.push(child);
        const timer = setTimeout(() => reject(new Error('the CLI did not end after its reader went away')), 20_000);
        let got = 0;
        let stderr = '';
        child.stderr!.setEncoding('utf8').on('data', (s: string) => void (stderr += s));
        if (take === 0) child.stdout!.destroy();
        else
          child.stdout!.on('data', (b: Buffer) => {
            got += b.length;
            if (got >= take) child.stdout!.destroy();
          });
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          resolve({ code, signal, stderr, got });
        });
      },
    );
  }

  /** A case whose status tree is a few hundred kilobytes: more than a pipe holds. */
  function bigCase(): string {
    const n = 3000;
    const lines = ['warrant: 1', 'case:', '  id: big', '  title: Big', '  version: "1"', '  status: draft'];
    lines.push('  decision_boundary: { kind: api-launch, decision: Launch., system: S }', 'argument:');
    lines.push(
      `  G0: { kind: claim, text: Top claim of a wide argument., supported_by: [${Array.from({ length: n }, (_, i) => `G${i + 1}`).join(', ')}] }`,
    );
    for (let i = 1; i <= n; i++)
      lines.push(`  G${i}: { kind: claim, text: Claim number ${i} of the wide argument., undeveloped: true }`);
    return tempDir({ 'big/warrant.yaml': `${lines.join('\n')}\n` });
  }

  // `git log | head` dies of SIGPIPE: the shell reports 141. Where there is no SIGPIPE, that status.
  const endedByPipe = (r: { code: number | null; signal: NodeJS.Signals | null }) =>
    r.signal === 'SIGPIPE' || r.code === 141;

  it('a pipe closed after the first chunk ends the CLI quietly, by SIGPIPE', { timeout: 30_000 }, async () => {
    const r = await pipedInto(['status', 'big', '--as-of', '2026-04-28'], bigCase(), 1);
    assert.ok(r.got > 0);
    assert.ok(endedByPipe(r), `ended with code ${r.code}, signal ${r.signal}`);
    assert.equal(r.stderr, '', 'nothing on stderr: no stack trace, no message');
  });

  it('a pipe closed before anything is written ends it the same way', { timeout: 30_000 }, async () => {
    const r = await pipedInto(['rules'], process.cwd(), 0);
    assert.ok(endedByPipe(r), `ended with code ${r.code}, signal ${r.signal}`);
    assert.equal(r.stderr, '');
  });

  it('a write that fails otherwise (a full disk) is one line and exit 2', {
    skip: !fs.existsSync('/dev/full') && 'no /dev/full',
  }, () => {
    const fd = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'rules'], {
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^warrant: cannot write the output: ENOSPC/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    } finally {
      fs.closeSync(fd);
    }
  });
});
