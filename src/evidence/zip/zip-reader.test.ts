// .eval archives that real tools would not write: ZIP64, repeated names,
// crashed runs without header.json, zip bombs, lying sizes and CRCs,
// truncation, bit flips, unsupported methods. Each is generated here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import yazl from 'yazl';
import { buildZip, readMembers, type TestMember } from '../../../test/support/zip.js';
import type { EvalLogErrorCode, EvalLogResult } from '../eval-run.js';
import { readEvalLog } from '../read-log.js';

const FIX = path.join(import.meta.dirname, '../../../test/fixtures/evals/inspect');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-zip-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
function write(buf: Buffer, ext = '.eval'): string {
  const f = path.join(tmp, `t${n++}${ext}`);
  fs.writeFileSync(f, buf);
  return f;
}

function expectError(r: EvalLogResult, code: EvalLogErrorCode, pattern?: RegExp, member?: string): void {
  if (r.ok) assert.fail(`expected ${code}, got a result`);
  assert.equal(r.error.code, code, `${r.error.code}: ${r.error.message}`);
  if (pattern) assert.match(r.error.message, pattern);
  if (member !== undefined) assert.equal(r.error.member, member);
}

const header = (task: string) =>
  Buffer.from(
    JSON.stringify({
      version: 2,
      status: 'success',
      eval: { task, model: 'openai/gpt-4o', created: '2025-01-01T00:00:00+00:00' },
      plan: { steps: [] },
      results: {
        total_samples: 1,
        completed_samples: 1,
        scores: [{ name: 'match', scorer: 'match', metrics: { accuracy: { name: 'accuracy', value: 1 } } }],
      },
      stats: { started_at: '2025-01-01T00:00:00+00:00', completed_at: '2025-01-01T00:00:01+00:00', model_usage: {} },
    }),
  );

describe('.eval archives', () => {
  it('reads a ZIP64 archive (yazl forceZip64Format)', async () => {
    const members = await readMembers(path.join(FIX, 'log_formats.eval'));
    const z = new yazl.ZipFile();
    for (const m of members) z.addBuffer(m.data, m.name, { forceZip64Format: true, compress: true });
    z.end({ forceZip64Format: true, comment: '' });
    const chunks: Buffer[] = [];
    for await (const c of z.outputStream) chunks.push(c as Buffer);
    const file = write(Buffer.concat(chunks));
    const r = await readEvalLog(file);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const orig = await readEvalLog(path.join(FIX, 'log_formats.eval'));
    assert.ok(orig.ok);
    const { artefact: _a, ...got } = r.runs[0]!;
    const { artefact: _b, ...want } = orig.runs[0]!;
    assert.deepEqual(got, want);
  });

  it('repeated member names: the last one in the central directory wins, and it is noted', async () => {
    const file = write(
      buildZip([
        { name: 'header.json', data: header('first') },
        { name: 'header.json', data: header('second') },
      ]),
    );
    const r = await readEvalLog(file);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.equal(r.runs[0]!.task.name, 'second');
    assert.ok(r.runs[0]!.notes.some((x) => /more than one member named header\.json/.test(x)));
  });

  it('a crashed run without header.json is reconstructed from the journal and flagged as started', async () => {
    const members = (
      await readMembers(path.join(FIX, '2025-02-11T15-18-04-05-00_popularity_mj7khqpMM4GBCfVQozKgzB.eval'))
    ).filter((m) => m.name !== 'header.json' && m.name !== 'summaries.json' && m.name !== 'reductions.json');
    const r = await readEvalLog(write(buildZip(members)));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const run = r.runs[0]!;
    assert.equal(run.outcome.status, 'started');
    assert.equal(run.task.name, 'popularity');
    assert.equal(run.model.requested, 'openai/gpt-4o-mini');
    assert.deepEqual(run.scores, []);
    assert.equal(run.samples.completed, 10);
    assert.equal(run.samples.errored, 0);
    assert.deepEqual(run.model.reported, ['gpt-4o-mini-2024-07-18']);
    assert.ok(run.notes.some((x) => /header\.json is missing/.test(x)));
  });

  it('zstd members copied raw from a real log are read and CRC-checked', async () => {
    const members = await readMembers(path.join(FIX, 'ais-decoder.eval'));
    const r = await readEvalLog(write(buildZip(members)));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.deepEqual(r.runs[0]!.model.reported, ['gpt-5.4-2026-03-05']);
    // The same member with one flipped bit in its zstd data.
    const bad = members.map((m) => {
      if (m.name !== 'header.json') return m;
      const raw = Buffer.from(m.raw!);
      raw[Math.floor(raw.length / 2)]! ^= 0x10;
      return { ...m, raw };
    });
    expectError(await readEvalLog(write(buildZip(bad))), 'E0805', /corrupt|CRC/, 'header.json');
  });

  it('a zstd member whose frame declares more than the member is refused before fzstd allocates it; a cut zstd stream is corrupt', async () => {
    const members = await readMembers(path.join(FIX, 'ais-decoder.eval'));
    const lying = members.map((m) => (m.name === 'header.json' ? { ...m, size: 100 } : m));
    // Inspect's zstd frames carry no content size: the overrun is caught while decompressing.
    expectError(await readEvalLog(write(buildZip(lying))), 'E0805', /more than its declared 100 bytes/, 'header.json');
    // A frame that declares its content size (255) beyond the member's (5) is refused from its header.
    const frame = Buffer.concat([Buffer.from('28b52ffd20ff', 'hex'), Buffer.from([0x29, 0, 0]), Buffer.from('hello')]);
    const declared = write(buildZip([{ name: 'header.json', data: Buffer.from('hello'), raw: frame, method: 93 }]));
    expectError(await readEvalLog(declared), 'E0805', /zstd frame that declares 255 bytes/, 'header.json');
    const cut = members.map((m) =>
      m.name === 'header.json' ? { ...m, raw: m.raw!.subarray(0, m.raw!.length - 40) } : m,
    );
    expectError(await readEvalLog(write(buildZip(cut))), 'E0805', undefined, 'header.json');
  });

  it('a zip bomb (ratio above the limit) is refused before it is inflated', async () => {
    const zeros = Buffer.alloc(40 * 1024 * 1024);
    const bomb = deflateRawSync(zeros, { level: 9 });
    const file = write(
      buildZip([
        { name: 'header.json', data: header('x') },
        { name: 'summaries.json', data: zeros, raw: bomb, method: 8 },
      ]),
    );
    expectError(await readEvalLog(file), 'E0806', /zip bomb/, 'summaries.json');
  });

  it('the total decompressed bytes are capped (limits.maxTotalUncompressed)', async () => {
    const file = write(buildZip([{ name: 'header.json', data: header('x') }]));
    expectError(await readEvalLog(file, { limits: { maxTotalUncompressed: 100 } }), 'E0806', /maxTotalUncompressed/);
  });

  it('a member that inflates past its declared size is refused (a lying zip bomb)', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const body = Buffer.concat([Buffer.from('['), big, Buffer.from(']')]);
    const file = write(
      buildZip([
        { name: 'header.json', data: header('x') },
        { name: 'summaries.json', data: body, size: 1000 },
      ]),
    );
    expectError(await readEvalLog(file), 'E0805', undefined, 'summaries.json');
  });

  it('a wrong CRC-32 is caught', async () => {
    const file = write(buildZip([{ name: 'header.json', data: header('x'), crc: 0x12345678 }]));
    expectError(await readEvalLog(file), 'E0805', /CRC-32/, 'header.json');
  });

  it('a stored member with a wrong CRC-32 is caught too', async () => {
    const file = write(buildZip([{ name: 'header.json', data: header('x'), method: 0, crc: 1 }]));
    expectError(await readEvalLog(file), 'E0805', /CRC-32/, 'header.json');
  });

  it('unsupported compression methods and encryption get E0807', async () => {
    const h = header('x');
    expectError(
      await readEvalLog(write(buildZip([{ name: 'header.json', data: h, method: 12, raw: h }]))),
      'E0807',
      /method 12/,
    );
    // ZipCrypto: a 12-byte encryption header precedes the (here stored) data.
    const sealed = Buffer.concat([Buffer.alloc(12, 7), h]);
    expectError(
      await readEvalLog(write(buildZip([{ name: 'header.json', data: h, raw: sealed, method: 0, flags: 1 }]))),
      'E0807',
      /encrypted/,
    );
  });

  it('a zip that is not an Inspect log gets E0802', async () => {
    expectError(
      await readEvalLog(write(buildZip([{ name: 'readme.txt', data: Buffer.from('hello') }]))),
      'E0802',
      /not an Inspect \.eval log/,
    );
  });

  it('header.json that is not JSON, or not an object, is refused', async () => {
    expectError(
      await readEvalLog(write(buildZip([{ name: 'header.json', data: Buffer.from('{"version": 2, ') }]))),
      'E0803',
      undefined,
      'header.json',
    );
    expectError(
      await readEvalLog(write(buildZip([{ name: 'header.json', data: Buffer.from('[1]') }]))),
      'E0808',
      /not a JSON object/,
    );
  });

  it('summaries that are not an array of summaries are refused', async () => {
    for (const body of ['{"a": 1}', '{}', '5']) {
      const file = write(
        buildZip([
          { name: 'header.json', data: header('x') },
          { name: 'summaries.json', data: Buffer.from(body) },
        ]),
      );
      expectError(await readEvalLog(file), 'E0808', /not a JSON array of sample summaries/, 'summaries.json');
    }
    const ok = write(
      buildZip([
        { name: 'header.json', data: header('x') },
        { name: 'summaries.json', data: Buffer.from(' []') },
      ]),
    );
    const r = await readEvalLog(ok);
    assert.ok(r.ok);
    assert.equal(r.runs[0]!.samples.errored, 0);
  });

  it('a truncated archive gets E0804', async () => {
    const buf = fs.readFileSync(path.join(FIX, 'log_formats.eval'));
    for (const len of [10, 100, Math.floor(buf.length / 2), buf.length - 30]) {
      expectError(await readEvalLog(write(buf.subarray(0, len))), 'E0804', /truncated or damaged/);
    }
  });

  it('a bit flip in compressed data gets E0805', async () => {
    const members = await readMembers(path.join(FIX, 'log_formats.eval'));
    const bad = members.map((m) => {
      if (m.name !== 'header.json') return m;
      const raw = Buffer.from(m.raw!);
      raw[20]! ^= 0x04;
      return { ...m, raw };
    });
    expectError(await readEvalLog(write(buildZip(bad))), 'E0805', undefined, 'header.json');
  });

  it('too many members (limits.maxEntries) gets E0806', async () => {
    const members: TestMember[] = [{ name: 'header.json', data: header('x') }];
    for (let i = 0; i < 5; i++) members.push({ name: `samples/${i}_epoch_1.json`, data: Buffer.from('{}') });
    expectError(await readEvalLog(write(buildZip(members)), { limits: { maxEntries: 3 } }), 'E0806', /maxEntries/);
  });
});
