// Fuzzing the readers end to end: random bytes, truncations and bit flips of
// real logs (.json and .eval, deflate and zstd) always give a result or a
// typed error, never an exception, an internal error or a hang.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import type { EvalLogResult } from './eval-run.js';
import { readEvalLog } from './read-log.js';

const FIX = path.join(import.meta.dirname, '../../test/fixtures/evals');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-fuzz-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;

async function readBytes(buf: Uint8Array): Promise<EvalLogResult> {
  const f = path.join(tmp, `f${n++}`);
  fs.writeFileSync(f, buf);
  try {
    return await readEvalLog(f);
  } finally {
    fs.rmSync(f, { force: true });
  }
}

function assertTyped(r: EvalLogResult): void {
  if (r.ok) {
    for (const run of r.runs) {
      assert.ok(typeof run.task.name === 'string' && run.task.name.length > 0);
      assert.ok(typeof run.model.requested === 'string' && run.model.requested.length > 0);
    }
    return;
  }
  assert.match(r.error.code, /^E080[1-8]$/);
  assert.doesNotMatch(r.error.message, /internal error/, r.error.message);
  assert.ok(r.error.message.length > 0);
}

const sources = [
  'inspect/log_formats.eval', // deflate
  'inspect/ais-decoder.eval', // zstd
  'inspect/log_streaming.eval', // zstd, chunked
  'inspect/log_formats.json',
  'inspect/log_with_nan.txt',
  'lm-eval/results_2025-01-21T00-40-03.356274.json',
].map((p) => ({ name: p, bytes: fs.readFileSync(path.join(FIX, p)) }));

describe('reader fuzzing', { timeout: 240_000 }, () => {
  for (const src of sources) {
    it(`truncations and bit flips of ${src.name}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: src.bytes.length }),
          fc.array(fc.tuple(fc.nat({ max: src.bytes.length - 1 }), fc.integer({ min: 0, max: 7 })), { maxLength: 4 }),
          fc.boolean(),
          async (cut, flips, truncate) => {
            const b = Buffer.from(src.bytes);
            for (const [pos, bit] of flips) b[pos]! ^= 1 << bit;
            assertTyped(await readBytes(truncate ? b.subarray(0, cut) : b));
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('random bytes, with and without a zip or JSON prefix', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('', 'PK\u0003\u0004', '{', '{"eval": {"task": "t", "model": "m"}, "results": '),
        async (bytes, prefix) => {
          assertTyped(await readBytes(Buffer.concat([Buffer.from(prefix, 'latin1'), bytes])));
        },
      ),
      { numRuns: 150 },
    );
  });
});
