// Streaming sha256 of a file: the artefact hash recorded with every imported
// run. The file is read in chunks, never whole.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The sha256 (lowercase hex) and size in bytes of a file, read as a stream. */
export async function sha256File(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    const b = chunk as Buffer;
    bytes += b.length;
    hash.update(b);
  }
  return { sha256: hash.digest('hex'), bytes };
}
