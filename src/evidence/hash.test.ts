import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sha256File } from './hash.js';

describe('sha256File', () => {
  it('streams a file and matches a one-shot sha256, including across chunk boundaries and for an empty file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-hash-'));
    try {
      for (const size of [0, 1, 1024 * 1024 + 7, 3 * 1024 * 1024]) {
        const data = Buffer.alloc(size);
        for (let i = 0; i < size; i++) data[i] = (i * 31 + 7) & 0xff;
        const f = path.join(dir, `f${size}`);
        fs.writeFileSync(f, data);
        assert.deepEqual(await sha256File(f), { sha256: createHash('sha256').update(data).digest('hex'), bytes: size });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
