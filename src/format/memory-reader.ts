// A SourceReader over in-memory files: for tests, examples and the browser.
import { posixPath as path } from '../util/posix-path.js';
import { utf8Over } from '../util/utf8.js';
import type { SourceReader } from './load-case.js';

export function memoryReader(files: Map<string, string> | Record<string, string>): SourceReader {
  const map = files instanceof Map ? files : new Map(Object.entries(files));
  const norm = new Map([...map].map(([k, v]) => [path.normalize(k), v]));
  return {
    read(file, maxBytes) {
      const text = norm.get(path.normalize(file));
      if (text === undefined) return { ok: false, reason: 'missing', detail: 'does not exist' };
      const size = utf8Over(text, maxBytes);
      if (size !== undefined)
        return { ok: false, reason: 'too-large', detail: `is ${size} bytes, over the limit of ${maxBytes} bytes` };
      return { ok: true, text };
    },
  };
}
