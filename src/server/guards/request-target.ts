// The request target (the path and query of the request line), parsed so that
// no input can throw: a malformed target is a Refusal, never an exception.
// Percent-escapes are checked before anything decodes them (a lone `%ff` made
// decodeURIComponent throw and took the preview down), each segment is decoded
// on its own, and a segment that would change the path's meaning once decoded
// (`..`, an escaped slash, a control character) is refused rather than
// normalised: the server serves no files, but the review server will route
// on these segments and must never see two spellings of one path.
import { type Refusal, refuse } from './refusal.js';

/** Case pages and their streams need a few dozen characters; browsers send at most a few KB. */
export const MAX_TARGET_LENGTH = 2048;

export interface RequestTarget {
  /** The path as sent (still escaped). */
  path: string;
  /** The path's segments, decoded; a trailing slash gives a last empty segment. */
  segments: string[];
  query: URLSearchParams;
}

// RFC 3986 path characters (pchar and "/"); the query may hold "?" too.
const PATH_CHARS = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;
const QUERY_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/;
const WELL_FORMED_ESCAPES = /^(?:[^%]|%[0-9A-Fa-f]{2})*$/;
const UNSAFE_IN_SEGMENT = /[\u0000-\u001f\u007f-\u009f/\\]/;

/** decodeURIComponent that answers undefined instead of throwing on bytes that are not UTF-8. */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function parseRequestTarget(raw: string, maxLength = MAX_TARGET_LENGTH): RequestTarget | Refusal {
  if (raw.length > maxLength)
    return refuse('target-too-long', `The request target is ${raw.length} characters; the limit is ${maxLength}.`);
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = q < 0 ? '' : raw.slice(q + 1);
  if (!PATH_CHARS.test(path) || !QUERY_CHARS.test(query))
    return refuse('bad-target', 'The request target must be a path from the root (/...), escaped as in a URL.');
  if (!WELL_FORMED_ESCAPES.test(path) || !WELL_FORMED_ESCAPES.test(query))
    return refuse('bad-encoding', 'A percent-escape is malformed: "%" must be followed by two hex digits.');
  if (safeDecode(query.replace(/\+/g, ' ')) === undefined)
    return refuse('bad-encoding', 'The query decodes to bytes that are not UTF-8.');
  const segments = decodeSegments(path);
  if (!Array.isArray(segments)) return segments;
  return { path, segments, query: new URLSearchParams(query) };
}

function decodeSegments(path: string): string[] | Refusal {
  const parts = path.slice(1).split('/');
  const segments: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const segment = safeDecode(parts[i]!);
    if (segment === undefined) return refuse('bad-encoding', 'The path decodes to bytes that are not UTF-8.');
    if (segment === '' && i < parts.length - 1) return refuse('bad-path', 'The path has an empty segment ("//").');
    if (segment === '.' || segment === '..')
      return refuse('bad-path', 'The path has a "." or ".." segment; ask for the page by its own path.');
    if (UNSAFE_IN_SEGMENT.test(segment))
      return refuse('bad-path', 'A path segment holds a slash, a backslash or a control character once decoded.');
    segments.push(segment);
  }
  return segments;
}
