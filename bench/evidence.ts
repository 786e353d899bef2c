// `npm run bench -- --suite evidence`: how fast, and in how much memory, does
// readEvalLog import a large Inspect .eval log, against the floor of merely
// unzipping and parsing its header and summaries with the same libraries?
//
//   npm run bench -- --suite evidence [--samples 5400] [--json-samples 600] [--runs 3] [--record]
//
// It generates (once, cached in bench/out/evidence/) an .eval of a few hundred
// MB: `--samples` monolith sample members of about 250 KB of JSON each
// (messages, events, a base64 attachment; deflated about 3:1), plus the
// header.json, journal, summaries.json and reductions.json Inspect writes.
// Then, each time in a fresh process (bench/evidence-measure.ts) so that peak
// memory belongs to one measurement:
//   baseline  yauzl: open, inflate header.json, summaries.json and
//             reductions.json, JSON.parse each; nothing else
//   import    readEvalLog(file): format detection, sha256 of the whole file,
//             header.json, summaries streamed and counted, the first sample
//             streamed for the provider-reported model, all sizes and CRCs checked
//   sha256    sha256File(file) alone: the part of `import` that reads every byte
// and, for a large Inspect .json log (--json-samples inline samples, same shapes):
//   JSON.parse   fs.readFileSync + JSON.parse of the whole file: what a reader
//                that does not stream would do
//   json import  readEvalLog(file): one streamed pass keeping the header parts
// and reports the median of --runs runs. --record rewrites the "Evidence
// import" section of docs/benchmarks.md.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import {
  benchDir,
  f0,
  f2,
  failer,
  machineLine,
  markdownTable,
  outDir,
  recordSection,
  runChild,
  type Stat,
  stat,
  textTable,
  withRange,
} from './lib.js';

const fail: (message: string) => never = failer('evidence');

const { values: opts } = parseArgs({
  strict: false,
  options: {
    samples: { type: 'string', default: '5400' },
    'json-samples': { type: 'string', default: '600' },
    runs: { type: 'string', default: '3' },
    record: { type: 'boolean', default: false },
    suite: { type: 'string' },
  },
});

const SAMPLES = Number(opts.samples);
const JSON_SAMPLES = Number(opts['json-samples']);
const RUNS = Number(opts.runs);
const LIMIT_MB = 256;

interface Sample {
  task: string;
  ms: number;
  cpuMs: number;
  peakRssMB: number;
  detail?: Record<string, unknown>;
}

// ---------------------------------------------------------------- generation

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeWords(rand: () => number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const len = 2 + Math.floor(rand() * 9);
    let w = '';
    for (let j = 0; j < len; j++) w += letters[Math.floor(rand() * 26)];
    words.push(w);
  }
  return words;
}

function text(rand: () => number, words: string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(rand() * words.length)]!);
  return out.join(' ');
}

/**
 * The body of one sample (everything after its id): messages, output, scores,
 * events with model calls, and an image attachment, as Inspect writes them.
 * About 250 KB of JSON.
 */
function sampleBody(k: number): string {
  const rand = prng(1000 + k);
  const words = makeWords(prng(7));
  const messages = [];
  const events = [];
  for (let turn = 0; turn < 12; turn++) {
    const user = text(rand, words, 120);
    const assistant = text(rand, words, 260);
    messages.push({ id: `m${turn}u`, role: 'user', content: user, source: 'input' });
    messages.push({
      id: `m${turn}a`,
      role: 'assistant',
      content: assistant,
      source: 'generate',
      model: 'gpt-5.4-2026-03-05',
    });
    events.push({
      event: 'model',
      timestamp: `2026-06-10T18:${String(turn).padStart(2, '0')}:00.000000+00:00`,
      model: 'openai/gpt-5.4',
      input: [{ role: 'user', content: user }],
      tools: [
        {
          name: 'bash',
          description: 'Run a shell command',
          parameters: { type: 'object', properties: { cmd: { type: 'string' } } },
        },
      ],
      output: {
        model: 'gpt-5.4-2026-03-05',
        choices: [{ message: { role: 'assistant', content: assistant }, stop_reason: 'stop' }],
        usage: { input_tokens: 900, output_tokens: 300 },
      },
      call: {
        request: { model: 'gpt-5.4', temperature: 0 },
        response: { id: `resp-${k}-${turn}`, system_fingerprint: 'fp_0123456789' },
      },
    });
    events.push({
      event: 'tool',
      function: 'bash',
      arguments: { cmd: text(rand, words, 6) },
      result: text(rand, words, 200),
    });
  }
  const image = randomBytes(60_000).toString('base64');
  const body = {
    epoch: 1,
    input: text(rand, words, 80),
    target: 'flag{example}',
    messages,
    output: {
      model: 'gpt-5.4-2026-03-05',
      choices: [{ message: { role: 'assistant', content: text(rand, words, 40) }, stop_reason: 'stop' }],
      completion: 'done',
    },
    scores: {
      model_graded_qa: { value: rand() < 0.5 ? 'C' : 'I', answer: 'done', explanation: text(rand, words, 60) },
    },
    metadata: { category: `c${k % 7}` },
    store: {},
    events,
    model_usage: { 'openai/gpt-5.4': { input_tokens: 10800, output_tokens: 3600, total_tokens: 14400 } },
    total_time: 120.5,
    working_time: 100.25,
    error: null,
    attachments: { [`img${k}`]: `data:image/png;base64,${image}` },
  };
  // Inspect writes "id" first and "output" before "events"; keep that order, id supplied per sample.
  return JSON.stringify(body).slice(1); // without the opening brace
}

interface CdEntry {
  name: Buffer;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
}

/** A streaming zip writer (classic format, deflate), writing members as they are made. */
class ZipOut {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: CdEntry[] = [];
  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }
  /** Add a member from deflate-raw parts that concatenate into one stream, with the CRC and size of the content. */
  addParts(name: string, parts: Buffer[], crc: number, usize: number): void {
    const nameBuf = Buffer.from(name, 'utf8');
    const csize = parts.reduce((s, p) => s + p.length, 0);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(0, 10);
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(csize, 18);
    h.writeUInt32LE(usize, 22);
    h.writeUInt16LE(nameBuf.length, 26);
    h.writeUInt16LE(0, 28);
    this.entries.push({ name: nameBuf, crc, csize, usize, offset: this.offset });
    for (const b of [h, nameBuf, ...parts]) {
      fs.writeSync(this.fd, b);
      this.offset += b.length;
    }
    if (this.offset > 0xfffffff0) fail('the generated archive would need ZIP64; use fewer --samples');
  }
  add(name: string, content: Buffer): void {
    this.addParts(name, [deflateRawSync(content)], crc32(content), content.length);
  }
  close(): void {
    const cdStart = this.offset;
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(0x0800, 8);
      c.writeUInt16LE(8, 10);
      c.writeUInt32LE(0, 12);
      c.writeUInt32LE(e.crc >>> 0, 16);
      c.writeUInt32LE(e.csize, 20);
      c.writeUInt32LE(e.usize, 24);
      c.writeUInt16LE(e.name.length, 28);
      c.writeUInt32LE(e.offset, 42);
      fs.writeSync(this.fd, c);
      fs.writeSync(this.fd, e.name);
      this.offset += c.length + e.name.length;
    }
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(this.entries.length, 8);
    eocd.writeUInt16LE(this.entries.length, 10);
    eocd.writeUInt32LE(this.offset - cdStart, 12);
    eocd.writeUInt32LE(cdStart, 16);
    fs.writeSync(this.fd, eocd);
    fs.closeSync(this.fd);
  }
}

/** Generate the large .eval (cached by sample count). Returns its path. */
function generate(samples: number): string {
  if (samples > 60000) fail('--samples above 60000 would need ZIP64 entry counts');
  const dir = path.join(outDir, 'evidence');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `large-${samples}.eval`);
  if (fs.existsSync(file)) return file;
  const t0 = performance.now();
  const tmp = `${file}.tmp-${process.pid}`;
  const zip = new ZipOut(tmp);
  const spec = {
    eval_id: 'BenchEvalId000000000000',
    run_id: 'BenchRunId0000000000000',
    created: '2026-06-10T18:00:00+00:00',
    task: 'bench_ctf',
    task_id: 'BenchTaskId000000000000',
    task_version: 1,
    task_registry_name: 'bench/bench_ctf',
    dataset: { name: 'bench', samples, shuffled: false },
    sandbox: { type: 'docker' },
    model: 'openai/gpt-5.4',
    model_args: {},
    config: { epochs: 1, epochs_reducer: ['mean'], approval: { approvers: [{ name: 'human', tools: ['bash'] }] } },
    revision: { type: 'git', origin: 'git@example.com:lab/evals.git', commit: '0123456789ab', dirty: false },
    packages: { inspect_ai: '0.3.239' },
    scorers: [
      { name: 'model_graded_qa', options: {}, metrics: [{ name: 'inspect_ai/accuracy', options: {} }], metadata: {} },
    ],
  };
  const plan = {
    name: 'plan',
    steps: [
      { solver: 'use_tools', params: { tools: [{ name: 'bash' }] } },
      { solver: 'generate', params: {} },
    ],
    config: {},
  };
  zip.add('_journal/start.json', Buffer.from(JSON.stringify({ version: 2, eval: spec, plan })));

  // Each distinct body is deflated once, as a non-final block run; each sample
  // then deflates only its small prefix and the closing brace, and the raw
  // deflate parts concatenate into one valid stream.
  const bodies = Array.from({ length: 16 }, (_, k) => {
    const b = Buffer.from(sampleBody(k));
    return { raw: b, deflated: deflateRawSync(b, { finishFlush: constants.Z_SYNC_FLUSH, level: 6 }) };
  });
  const summaries: unknown[] = [];
  const reductions: unknown[] = [];
  const words = makeWords(prng(11));
  const rand = prng(12);
  for (let i = 1; i <= samples; i++) {
    const body = bodies[i % bodies.length]!;
    const prefix = Buffer.from(`{"id":${i},`);
    const pre = deflateRawSync(prefix, { finishFlush: constants.Z_SYNC_FLUSH });
    const fin = deflateRawSync(Buffer.alloc(0)); // the final (empty) block
    const crc = crc32(body.raw, crc32(prefix));
    zip.addParts(`samples/${i}_epoch_1.json`, [pre, body.deflated, fin], crc, prefix.length + body.raw.length);
    const value = rand() < 0.6 ? 'C' : 'I';
    summaries.push({
      id: i,
      epoch: 1,
      input: text(rand, words, 150),
      target: 'flag{example}',
      scores: { model_graded_qa: { value, answer: 'done', explanation: text(rand, words, 40) } },
      model_usage: { 'openai/gpt-5.4': { input_tokens: 10800, output_tokens: 3600, total_tokens: 14400 } },
      started_at: '2026-06-10T18:00:00+00:00',
      completed_at: '2026-06-10T18:02:00+00:00',
      total_time: 120.5,
      working_time: 100.25,
      error: i % 97 === 0 ? 'RuntimeError: sandbox timed out' : null,
      completed: true,
      message_count: 24,
    });
    reductions.push({ value: value === 'C' ? 1 : 0, answer: 'done', sample_id: i });
  }
  const summariesBuf = Buffer.from(JSON.stringify(summaries));
  zip.add('_journal/summaries/1.json', summariesBuf);
  zip.add('summaries.json', summariesBuf);
  zip.add('reductions.json', Buffer.from(JSON.stringify([{ scorer: 'model_graded_qa', samples: reductions }])));
  const correct = reductions.filter((r) => (r as { value: number }).value === 1).length;
  const header = {
    version: 2,
    status: 'success',
    eval: spec,
    plan,
    results: {
      total_samples: samples,
      completed_samples: samples,
      scores: [
        {
          name: 'model_graded_qa',
          scorer: 'model_graded_qa',
          reducer: 'mean',
          scored_samples: samples,
          unscored_samples: 0,
          params: {},
          metrics: { accuracy: { name: 'accuracy', value: correct / samples, params: {} } },
        },
      ],
    },
    stats: {
      started_at: '2026-06-10T18:00:00+00:00',
      completed_at: '2026-06-10T20:00:00+00:00',
      model_usage: { 'openai/gpt-5.4': { input_tokens: 10800 * samples, output_tokens: 3600 * samples } },
    },
    invalidated: false,
  };
  zip.add('header.json', Buffer.from(JSON.stringify(header)));
  zip.close();
  fs.renameSync(tmp, file);
  process.stderr.write(
    `bench evidence: generated ${file} (${f0(fs.statSync(file).size / 2 ** 20)} MB) in ${f0((performance.now() - t0) / 1000)} s\n`,
  );
  return file;
}

/** Generate a large Inspect .json log with the samples inline (cached by sample count). */
function generateJson(samples: number): string {
  const dir = path.join(outDir, 'evidence');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `large-${samples}.json`);
  if (fs.existsSync(file)) return file;
  const t0 = performance.now();
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(tmp, 'w');
  const spec = {
    run_id: 'BenchRunId0000000000000',
    created: '2026-06-10T18:00:00+00:00',
    task: 'bench_ctf',
    task_version: 1,
    model: 'openai/gpt-5.4',
    packages: { inspect_ai: '0.3.239' },
    revision: { type: 'git', origin: 'git@example.com:lab/evals.git', commit: '0123456789ab' },
  };
  const head = {
    version: 2,
    status: 'success',
    eval: spec,
    plan: { name: 'plan', steps: [{ solver: 'generate', params: {} }], config: {} },
    results: {
      total_samples: samples,
      completed_samples: samples,
      scores: [
        {
          name: 'model_graded_qa',
          scorer: 'model_graded_qa',
          params: {},
          metrics: { accuracy: { name: 'accuracy', value: 0.5, params: {} } },
        },
      ],
    },
    stats: { started_at: '2026-06-10T18:00:00+00:00', completed_at: '2026-06-10T20:00:00+00:00', model_usage: {} },
  };
  fs.writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"samples":[`);
  const bodies = Array.from({ length: 16 }, (_, k) => sampleBody(k));
  for (let i = 1; i <= samples; i++) fs.writeSync(fd, `${i > 1 ? ',' : ''}{"id":${i},${bodies[i % bodies.length]!}`);
  fs.writeSync(fd, '],"reductions":[]}');
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  process.stderr.write(
    `bench evidence: generated ${file} (${f0(fs.statSync(file).size / 2 ** 20)} MB) in ${f0((performance.now() - t0) / 1000)} s\n`,
  );
  return file;
}

// --------------------------------------------------------------- measurement

type Task = 'baseline' | 'import' | 'sha256' | 'json-parse' | 'json-import';

function measure(task: Task, file: string): Sample {
  return runChild<Sample>(path.join(benchDir, 'evidence-measure.ts'), [task, file], fail);
}

interface Row {
  task: string;
  ms: Stat;
  cpuMs: Stat;
  peakRssMB: Stat;
}

function main(): void {
  if (!Number.isInteger(SAMPLES) || SAMPLES < 1) fail('--samples takes a positive integer');
  if (!Number.isInteger(JSON_SAMPLES) || JSON_SAMPLES < 0) fail('--json-samples takes a non-negative integer');
  const file = generate(SAMPLES);
  const size = fs.statSync(file).size;
  const jsonFile = JSON_SAMPLES > 0 ? generateJson(JSON_SAMPLES) : undefined;
  const jsonSize = jsonFile ? fs.statSync(jsonFile).size : 0;
  const tasks: Array<[Task, string]> = [
    ['baseline', file],
    ['import', file],
    ['sha256', file],
  ];
  if (jsonFile) tasks.push(['json-parse', jsonFile], ['json-import', jsonFile]);
  const all = new Map<Task, Sample[]>(tasks.map(([t]) => [t, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [task, f] of tasks) {
      const s = measure(task, f);
      all.get(task)!.push(s);
      process.stderr.write(`  ${task.padEnd(11)} run ${i + 1}/${RUNS}: ${f0(s.ms)} ms, peak ${f0(s.peakRssMB)} MB\n`);
    }
  }
  const rows = new Map<Task, Row>();
  for (const [task, xs] of all) {
    rows.set(task, {
      task,
      ms: stat(xs.map((x) => x.ms)),
      cpuMs: stat(xs.map((x) => x.cpuMs)),
      peakRssMB: stat(xs.map((x) => x.peakRssMB)),
    });
  }
  const base = rows.get('baseline')!;
  const imp = rows.get('import')!;
  const sha = rows.get('sha256')!;
  const detail = all.get('import')![0]!.detail ?? {};
  const evalMB = f0(size / 2 ** 20);
  const jsonMB = f0(jsonSize / 2 ** 20);
  const label: Record<Task, string> = {
    baseline: `.eval ${evalMB} MB: baseline, yauzl + JSON.parse of header.json, summaries.json, reductions.json`,
    import: `.eval ${evalMB} MB: readEvalLog (import, summaries only)`,
    sha256: `.eval ${evalMB} MB: sha256 of the whole file (part of import)`,
    'json-parse': `.json ${jsonMB} MB: readFileSync + JSON.parse of the whole log`,
    'json-import': `.json ${jsonMB} MB: readEvalLog (one streamed pass)`,
  };
  const ratioTo: Record<Task, Task> = {
    baseline: 'baseline',
    import: 'baseline',
    sha256: 'baseline',
    'json-parse': 'json-parse',
    'json-import': 'json-parse',
  };
  const t = {
    header: ['task', 'ms, median (min–max)', 'CPU ms', 'peak RSS MB', 'ms / its baseline', 'CPU / its baseline'],
    body: [...rows.values()].map((r) => {
      const b = rows.get(ratioTo[r.task as Task])!;
      return [
        label[r.task as Task],
        withRange(r.ms),
        f0(r.cpuMs.median),
        f0(r.peakRssMB.median),
        f2(r.ms.median / b.ms.median),
        f2(r.cpuMs.median / b.cpuMs.median),
      ];
    }),
  };
  const jsonImp = rows.get('json-import');
  const peakImport = Math.max(imp.peakRssMB.max, jsonImp?.peakRssMB.max ?? 0);
  const verdict = peakImport < LIMIT_MB ? `under the ${LIMIT_MB} MB target` : `OVER the ${LIMIT_MB} MB target`;
  process.stdout.write(`\n${textTable(t)}\n`);
  process.stdout.write(
    `.eval: ${evalMB} MB, ${f0(SAMPLES)} samples; import ${f2(imp.ms.median / base.ms.median)}x the baseline, ≈ ${f0(imp.ms.median - sha.ms.median)} ms without hashing; readEvalLog peak ${f0(peakImport)} MB (${verdict})\n`,
  );
  const jsonRow = rows.get('json-parse');
  const md = [
    `Measured on ${machineLine()}, ${new Date().toISOString().slice(0, 10)}, with \`npm run bench -- --suite evidence --samples ${SAMPLES} --json-samples ${JSON_SAMPLES} --runs ${RUNS} --record\`.`,
    '',
    `The files, generated and cached in \`bench/out/evidence/\`: an Inspect \`.eval\` of ${evalMB} MB (${f0(SAMPLES)} deflated sample members of about 250 KB of JSON each, messages, model and tool events and a base64 attachment, about ${f0((SAMPLES * 250) / 1024)} MB uncompressed, plus header.json, the journal, summaries.json and reductions.json)${jsonFile ? `, and an Inspect \`.json\` log of ${jsonMB} MB with ${f0(JSON_SAMPLES)} such samples inline` : ''}. Each figure is the median of ${RUNS} runs, each in a fresh process (Node with tsx loaded, about 80 MB before any work); peak RSS is the process's VmHWM. "ms" covers the task only, not start-up.`,
    '',
    markdownTable(t),
    `The machine is shared (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores at the end of this run), so wall-clock times vary a lot from run to run; CPU time (user + system of the measuring process) is the steadier figure, and the last column compares it.`,
    '',
    `readEvalLog's peak memory was at most ${f0(peakImport)} MB (${verdict}). On the \`.eval\` it does more than the baseline: it hashes every byte of the file (the sha256 row: most of the difference), checks the CRC of every member it reads, streams the summaries instead of parsing them whole, and reads the first sample for the provider-reported model (found: ${JSON.stringify(detail.reported ?? [])}; samples ${String(detail.samples ?? 'n/a')}, errored ${String(detail.errored ?? 'n/a')} counted from the streamed summaries).` +
      (jsonRow && jsonImp
        ? ` On the \`.json\` log, parsing the whole file peaks at ${f0(jsonRow.peakRssMB.median)} MB while the streamed pass stays at ${f0(jsonImp.peakRssMB.median)} MB: that is why JSON logs are streamed rather than parsed whole (and \`JSON.parse\` cannot read a log above V8's 512 MB string limit at all).`
        : ''),
  ].join('\n');
  fs.writeFileSync(path.join(outDir, 'evidence-results.md'), `${md}\n`);
  fs.writeFileSync(
    path.join(outDir, 'evidence-results.json'),
    `${JSON.stringify({ file, size, jsonFile, jsonSize, samples: SAMPLES, jsonSamples: JSON_SAMPLES, runs: RUNS, rows: [...rows.values()] }, null, 2)}\n`,
  );
  if (opts.record) {
    recordSection('evidence', 'Evidence import', md);
    process.stderr.write('bench evidence: recorded docs/benchmarks.md\n');
  }
  if (peakImport >= LIMIT_MB) process.exitCode = 1;
}

main();
