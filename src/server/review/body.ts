// Reading a request body safely: the declared size is checked before any
// byte is read, and the bytes actually read are counted as they arrive, so a
// body without Content-Length (chunked) cannot exceed the limit either.
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError } from './errors.js';

const tooLarge = (max: number) => new HttpError(413, 'too-large', `the body is over the limit of ${max} bytes`);

/** Refuses before reading when Content-Length already says the body is too large, or it is not JSON. */
export function checkDeclared(c: Context, max: number): void {
  const declared = c.req.header('content-length');
  if (declared !== undefined && (!/^\d+$/.test(declared) || Number(declared) > max)) throw tooLarge(max);
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'unsupported-media-type', 'send the body as application/json');
  }
}

async function readLimited(c: Context, max: number): Promise<string> {
  const stream = c.req.raw.body;
  if (!stream) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** The body parsed and validated by `schema`, or a 400 saying where it does not fit. */
export async function parseBody<T>(c: Context, schema: z.ZodType<T>, max: number): Promise<T> {
  const text = await readLimited(c, max);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad-json', 'the body is not JSON');
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the body';
  throw new HttpError(400, 'invalid-body', `${where}: ${issue?.message ?? 'does not fit the schema'}`);
}

/** The version in If-Match: a strong ETag as this server sends them ("3"). */
export function ifMatchVersion(c: Context): number {
  const raw = c.req.header('if-match');
  if (raw === undefined) throw new HttpError(428, 'precondition-required', 'send If-Match with the ETag you read');
  const m = /^\s*"(\d{1,15})"\s*$/.exec(raw);
  if (!m) throw new HttpError(400, 'bad-if-match', 'If-Match must be one ETag as this server sends them, e.g. "3"');
  return Number(m[1]);
}
