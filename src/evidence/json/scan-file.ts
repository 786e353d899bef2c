// Drive a JsonScanner over a file or a zip member, turning scanner and parse
// errors into typed reader errors (E0803 not JSON, E0806 a value too large).

import { createReadStream } from 'node:fs';
import { EvalLogFailure } from '../eval-run.js';
import {
  formatPath,
  JsonCaptureLimitError,
  JsonScanError,
  JsonScanner,
  type PathSeg,
  type ScanHandlers,
  type ScanOptions,
} from './scan.js';
import { JsonSyntaxError, parseJsonTolerant } from './tolerant.js';

/** Where the bytes come from, for error messages. */
export interface ScanSource {
  file: string;
  member?: string;
}

/** Turn a scanner, capture-limit or parse error into an EvalLogFailure. */
export function jsonFailure(src: ScanSource, err: unknown, limitName = 'limits.maxJsonValueBytes'): EvalLogFailure {
  if (err instanceof EvalLogFailure) return err;
  const where = src.member ? `${src.member}` : 'the file';
  const base = src.member === undefined ? { file: src.file } : { file: src.file, member: src.member };
  if (err instanceof JsonScanError) {
    const message = err.truncated
      ? `${where} is not complete JSON: ${err.message} at byte ${err.offset}`
      : `${where} is not valid JSON: ${err.message} at byte ${err.offset}`;
    return new EvalLogFailure({ ...base, code: 'E0803', message });
  }
  if (err instanceof JsonCaptureLimitError) {
    return new EvalLogFailure({
      ...base,
      code: 'E0806',
      message: `in ${where}, ${err.message} (${limitName}); raise the limit if the log is genuine`,
    });
  }
  if (err instanceof JsonSyntaxError) {
    return new EvalLogFailure({ ...base, code: 'E0803', message: `${where} is not valid JSON: ${err.message}` });
  }
  return new EvalLogFailure({
    ...base,
    code: 'E0803',
    message: `${where} could not be parsed: ${err instanceof Error ? err.message : String(err)}`,
  });
}

/** Parse captured raw bytes with the tolerant parser; errors name the path. */
export function parseCaptured(src: ScanSource, path: readonly PathSeg[], raw: Uint8Array): unknown {
  try {
    return parseJsonTolerant(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8'));
  } catch (e) {
    const base = src.member === undefined ? { file: src.file } : { file: src.file, member: src.member };
    const msg = e instanceof Error ? e.message : String(e);
    throw new EvalLogFailure({
      ...base,
      code: 'E0803',
      message: `the value at ${formatPath(path)} is not valid JSON: ${msg}`,
    });
  }
}

/** Scan a whole file as a stream. Throws EvalLogFailure. */
export async function scanFile(
  file: string,
  handlers: ScanHandlers,
  opts: ScanOptions,
  limitName?: string,
): Promise<void> {
  const scanner = new JsonScanner(handlers, opts);
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) scanner.push(chunk as Buffer);
    scanner.end();
  } catch (e) {
    if (isFsError(e))
      throw new EvalLogFailure({ code: 'E0801', file, message: `cannot read the file: ${(e as Error).message}` });
    throw jsonFailure({ file }, e, limitName);
  }
}

function isFsError(e: unknown): boolean {
  return (
    e instanceof Error &&
    typeof (e as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!)
  );
}
